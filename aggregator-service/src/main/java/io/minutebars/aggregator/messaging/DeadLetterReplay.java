package io.minutebars.aggregator.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.model.Messaging;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Moves dead letters back to the exchange they came from, under their original routing key, once what parked
 * them is fixed (a store outage before this service retried, a bug): each is republished with a confirm before
 * it is removed from the dead-letter queue, so a crash mid-replay loses none (it may repeat one: harmless).
 */
@ApplicationScoped
public class DeadLetterReplay {
    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);
    private static final String ORIGINAL_KEY = "x-original-routing-key";

    @ConfigProperty(name = "rabbitmq-host", defaultValue = "127.0.0.1") String host;
    @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port;
    @ConfigProperty(name = "rabbitmq-username") Optional<String> username;
    @ConfigProperty(name = "rabbitmq-password") Optional<String> password;
    @ConfigProperty(name = "mp.messaging.incoming.bars.dead-letter-queue-name") String barsDlq;
    @ConfigProperty(name = "mp.messaging.incoming.bars.exchange.name") String barsExchange;
    @ConfigProperty(name = "mp.messaging.incoming.events.dead-letter-queue-name") String eventsDlq;
    @ConfigProperty(name = "mp.messaging.incoming.events.exchange.name") String eventsExchange;

    /** A dead-letter queue: how many messages it holds and why the first few were parked. */
    public record QueueState(String name, String queue, long messages, List<String> reasons) {
    }

    public List<QueueState> inspect() throws IOException, TimeoutException {
        try (Connection c = connect(); Channel ch = c.createChannel()) {
            List<QueueState> out = new ArrayList<>();
            for (String name : List.of("bars", "events")) {
                String q = queue(name);
                long count = ch.queueDeclarePassive(q).getMessageCount();
                List<String> reasons = new ArrayList<>();
                for (int i = 0; i < Math.min(5, count); i++) {
                    GetResponse r = ch.basicGet(q, false); // not acked: back in the queue when the channel closes
                    if (r == null) {
                        break;
                    }
                    reasons.add(header(r, Messaging.FAILURE_REASON_HEADER).orElse("(parked by the broker)"));
                }
                out.add(new QueueState(name, q, count, reasons));
            }
            return out;
        }
    }

    /** Republishes up to {@code limit} dead letters of {@code name} (bars or events); returns how many. */
    public int replay(String name, int limit) throws IOException, TimeoutException, InterruptedException {
        String q = queue(name);
        String exchange = "bars".equals(name) ? barsExchange : eventsExchange;
        int replayed = 0;
        try (Connection c = connect(); Channel ch = c.createChannel()) {
            ch.confirmSelect();
            while (replayed < limit) {
                GetResponse r = ch.basicGet(q, false);
                if (r == null) {
                    break;
                }
                Optional<String> key = header(r, ORIGINAL_KEY).or(() -> Optional.ofNullable(r.getEnvelope().getRoutingKey())
                        .filter(k -> !k.equals(q)));
                if (key.isEmpty()) {
                    ch.basicNack(r.getEnvelope().getDeliveryTag(), false, true);
                    LOG.warnf("a dead letter of %s has no original routing key; left in place", q);
                    break;
                }
                Map<String, Object> headers = new HashMap<>(r.getProps().getHeaders() == null ? Map.of()
                        : r.getProps().getHeaders());
                headers.remove(Messaging.FAILURE_REASON_HEADER);
                headers.put("x-replayed", Boolean.TRUE);
                AMQP.BasicProperties props = r.getProps().builder().deliveryMode(2).headers(headers).build();
                ch.basicPublish(exchange, key.get(), props, r.getBody());
                ch.waitForConfirmsOrDie(10_000);
                ch.basicAck(r.getEnvelope().getDeliveryTag(), false);
                replayed++;
            }
        }
        LOG.infof("replayed %d dead letter(s) of %s to %s", replayed, q, exchange);
        return replayed;
    }

    private String queue(String name) {
        return switch (name) {
            case "bars" -> barsDlq;
            case "events" -> eventsDlq;
            default -> throw new IllegalArgumentException("queue must be bars or events, was '" + name + "'");
        };
    }

    private static Optional<String> header(GetResponse r, String name) {
        Map<String, Object> h = r.getProps().getHeaders();
        return h == null || h.get(name) == null ? Optional.empty() : Optional.of(h.get(name).toString());
    }

    private Connection connect() throws IOException, TimeoutException {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(host);
        f.setPort(port);
        username.ifPresent(f::setUsername);
        password.ifPresent(f::setPassword);
        f.setConnectionTimeout(5_000);
        f.setAutomaticRecoveryEnabled(false);
        return f.newConnection("aggregator-dead-letter-replay");
    }
}
