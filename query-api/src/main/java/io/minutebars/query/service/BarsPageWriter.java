package io.minutebars.query.service;

import io.minutebars.query.service.BarPager.Page;
import io.minutebars.query.service.BarPager.Slice;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Assembles the response body around cached bar bytes without copying them: a composite buffer of
 * a small header, the slices (wrapped, not copied) and a footer.
 */
public final class BarsPageWriter {
    private static final byte[] COMMA = {','};

    private BarsPageWriter() {
    }

    public static ByteBuf write(BarsQuery q, Page page, String nextCursor) {
        // exchange and symbol passed the id patterns and the cursor is base64url: no JSON escaping needed
        String header = "{\"exchange\":\"" + q.exchange() + "\",\"symbol\":\"" + q.symbol() + "\",\"interval\":\""
                + q.interval().code() + "\",\"start\":\"" + Instant.ofEpochMilli(q.start()) + "\",\"end\":\""
                + Instant.ofEpochMilli(q.end()) + "\",\"bars\":[";
        String footer = "],\"nextCursor\":" + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
        CompositeByteBuf out = Unpooled.compositeBuffer(page.slices().size() * 2 + 2);
        out.addComponent(true, Unpooled.wrappedBuffer(header.getBytes(StandardCharsets.US_ASCII)));
        boolean first = true;
        for (Slice s : page.slices()) {
            if (!first) {
                out.addComponent(true, Unpooled.wrappedBuffer(COMMA));
            }
            first = false;
            out.addComponent(true, Unpooled.wrappedBuffer(s.bars().json(), s.bars().offset(s.from()),
                    s.bars().length(s.from(), s.to())));
        }
        out.addComponent(true, Unpooled.wrappedBuffer(footer.getBytes(StandardCharsets.US_ASCII)));
        return out;
    }
}
