package io.minutebars.query.service;

import io.netty.buffer.ByteBuf;

/** A serialised page of bars and the cursor of the next page (null on the last page). */
public record BarsResult(ByteBuf body, String nextCursor) {
}
