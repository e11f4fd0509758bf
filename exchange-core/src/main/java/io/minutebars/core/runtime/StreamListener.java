package io.minutebars.core.runtime;

import io.minutebars.core.capability.StreamProtocol;
import io.minutebars.core.publish.EventPublisher;
import io.minutebars.core.stream.DecodeChecks;
import io.minutebars.core.stream.DecodeException;
import io.minutebars.core.stream.LiveFeed;
import io.minutebars.core.stream.MarketStream;
import io.minutebars.model.IngestError;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** Connects a stream's events to the live feed: resume on connect, decode frames, record bad input. */
final class StreamListener implements MarketStream.Listener {
    private static final Logger LOG = Logger.getLogger(StreamListener.class);
    /** Longest ingest error message recorded for a frame. */
    static final int MAX_MESSAGE = 500;

    private final String exchange;
    private final StreamProtocol protocol;
    private final LiveFeed feed;
    private final EventPublisher events;
    private final Executor workers;
    private final Consumer<String> resume;

    StreamListener(String exchange, StreamProtocol protocol, LiveFeed feed, EventPublisher events, Executor workers,
            Consumer<String> resume) {
        this.exchange = exchange;
        this.protocol = protocol;
        this.feed = feed;
        this.events = events;
        this.workers = workers;
        this.resume = resume;
    }

    @Override
    public void onConnected(List<String> markets) {
        feed.beginResume(markets);
        for (String m : markets) {
            workers.execute(() -> resume.accept(m));
        }
    }

    @Override
    public void onDisconnected(List<String> markets, String reason) {
        feed.lost(markets);
        events.error(new IngestError(exchange, null, IngestError.Kind.CONNECTION,
                "stream of " + markets.size() + " market(s) " + reason, null, null));
    }

    @Override
    public void onText(String frame) {
        try {
            protocol.decode(frame, t -> {
                String defect = t.defect();
                if (defect != null) {
                    throw new DecodeException(defect, frame);
                }
                feed.onLiveTrade(t);
            });
        } catch (DecodeException e) {
            // messages are bounded: one that quotes a huge payload must not flood the log or the ledger
            String message = DecodeChecks.excerpt(e.getMessage(), MAX_MESSAGE);
            LOG.warnf("%s: undecodable frame: %s", exchange, message);
            events.error(new IngestError(exchange, null, IngestError.Kind.DECODE, message,
                    e.payload(), null));
        } catch (RuntimeException e) {
            // a bug or a surprise in the payload must not kill the connection
            LOG.errorf(e, "%s: frame handling failed", exchange);
            events.error(new IngestError(exchange, null, IngestError.Kind.DECODE,
                    DecodeChecks.excerpt(e.toString(), MAX_MESSAGE), frame, null));
        }
    }
}
