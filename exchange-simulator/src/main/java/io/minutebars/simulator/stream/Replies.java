package io.minutebars.simulator.stream;

import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** Replies to a control message, sent one after the other before its subscriptions go live. */
public final class Replies {
    private Replies() {
    }

    /**
     * Sends the frames in order, then runs {@code activate}: the emitter only sees a new subscription after
     * its ack (and BitMEX partial) went out, so no trade frame overtakes them.
     */
    public static Uni<Void> inOrder(WebSocketConnection connection, List<String> frames, Runnable activate) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String frame : frames) {
            chain = chain.chain(() -> connection.sendText(frame));
        }
        return chain.invoke(activate);
    }
}
