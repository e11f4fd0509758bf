package io.minutebars.aggregator.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import io.minutebars.model.Messaging;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Moves dead letters back to the exchange and routing key they came from, one at a time and never losing one: get
 * without auto-ack, publish (mandatory) with a publisher confirm, and only then ack the dead letter. A crash or a
 * missing confirm leaves the dead letter in its queue (a replayed copy may then exist twice, which the consumers'
 * idempotent writes absorb); a message with no original key, or that no queue would take, stays too.
 */
final class ReplayedMessage {
    /** Counts how often a message was replayed, so an operator sees one that keeps coming back. */
    static final String REPLAY_COUNT_HEADER = "x-replay-count";

    private final Channel channel;
    private final Duration confirmTimeout;
    private final AtomicBoolean returned = new AtomicBoolean();

    ReplayedMessage(Channel channel, Duration confirmTimeout) {
        this.channel = channel;
        this.confirmTimeout = confirmTimeout;
    }

    DeadLetterQueues.Replayed replayAll(String name, String dlq, String exchange, int limit) throws IOException {
        int replayed = 0;
        int skipped = 0;
        String stopped = null;
        try {
            channel.confirmSelect();
            channel.addReturnListener(r -> returned.set(true)); // runs before the confirm of the same message
            // only what is there now: a replayed message that fails again must not come round in this request
            long available = Math.min(limit, channel.messageCount(dlq));
            for (long i = 0; i < available; i++) {
                GetResponse r = channel.basicGet(dlq, false);
                if (r == null) {
                    break;
                }
                String key = originalKey(r.getProps());
                if (key == null) {
                    skipped++; // left unacknowledged: back in the queue when the channel closes
                    continue;
                }
                returned.set(false);
                channel.basicPublish(exchange, key, true, replayProps(r.getProps()), r.getBody());
                try {
                    channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
                } catch (IOException | TimeoutException e) {
                    stopped = "the broker did not confirm a replayed message (it is still in " + dlq + "): " + e;
                    break;
                }
                if (returned.get()) {
                    skipped++;
                    continue;
                }
                channel.basicAck(r.getEnvelope().getDeliveryTag(), false);
                replayed++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = "interrupted";
        } finally {
            close(channel);
        }
        return new DeadLetterQueues.Replayed(name, dlq, replayed, skipped, stopped);
    }

    /** The key the consumer's dead letter recorded, else the broker's own dead-lettering record; null if neither. */
    static String originalKey(AMQP.BasicProperties props) {
        Map<String, Object> h = DeadLetterQueues.headers(props);
        Object key = h.get(DeadLetters.ORIGINAL_KEY_HEADER);
        if (key != null && !key.toString().isEmpty()) {
            return key.toString();
        }
        if (h.get("x-death") instanceof List<?> deaths && !deaths.isEmpty() && deaths.get(0) instanceof Map<?, ?> d
                && d.get("routing-keys") instanceof List<?> keys && !keys.isEmpty()) {
            return keys.get(0).toString();
        }
        return null;
    }

    /** Why the message was dead-lettered, at most 300 characters. */
    static String reason(AMQP.BasicProperties props) {
        Map<String, Object> h = DeadLetterQueues.headers(props);
        String reason;
        if (h.get(Messaging.FAILURE_REASON_HEADER) != null) {
            reason = h.get(Messaging.FAILURE_REASON_HEADER).toString();
        } else if (h.get("x-death") instanceof List<?> deaths && !deaths.isEmpty() && deaths.get(0) instanceof Map<?, ?> d) {
            reason = "dead-lettered by the broker (" + d.get("reason") + ")";
        } else {
            reason = "no reason recorded";
        }
        return reason.length() > 300 ? reason.substring(0, 300) + "..." : reason;
    }

    /** The original properties without the dead-lettering headers, counting the replay. */
    static AMQP.BasicProperties replayProps(AMQP.BasicProperties props) {
        Map<String, Object> headers = new HashMap<>(DeadLetterQueues.headers(props));
        headers.keySet().removeIf(k -> k.equals(Messaging.FAILURE_REASON_HEADER) || k.equals(DeadLetters.ORIGINAL_KEY_HEADER)
                || k.startsWith("x-death") || k.startsWith("x-first-death") || k.startsWith("x-last-death"));
        int count = headers.get(REPLAY_COUNT_HEADER) instanceof Number n ? n.intValue() : 0;
        headers.put(REPLAY_COUNT_HEADER, count + 1);
        return props.builder().headers(headers).build();
    }

    static void close(Channel channel) {
        try {
            if (channel.isOpen()) {
                channel.close();
            }
        } catch (IOException | TimeoutException | com.rabbitmq.client.AlreadyClosedException e) {
            // already gone: the broker requeued what was not acknowledged
        }
    }
}
