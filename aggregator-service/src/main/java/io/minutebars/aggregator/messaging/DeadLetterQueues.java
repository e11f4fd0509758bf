package io.minutebars.aggregator.messaging;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import io.minutebars.aggregator.config.AggregatorConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dead-letter queues as an operator sees them (how many messages, the first reasons) and their replay. Operator
 * requests are rare: each opens its own broker connection with plain AMQP (a get without auto-ack is what a replay
 * needs, and the messaging connector has no such call) and closes it.
 */
@ApplicationScoped
public class DeadLetterQueues {
    /** The consumers whose dead-letter queues this covers, by the names the API uses. */
    public static final List<String> NAMES = List.of("bars", "events");

    public record QueueView(String name, String queue, long messages, List<String> reasons) {
    }

    public record Replayed(String name, String queue, int replayed, int skipped, String stoppedBecause) {
    }

    @Inject AggregatorConfig config;
    @Inject Config mp;
    @ConfigProperty(name = "rabbitmq-host", defaultValue = "127.0.0.1") String host;
    @ConfigProperty(name = "rabbitmq-port", defaultValue = "5672") int port;
    @ConfigProperty(name = "rabbitmq-username") Optional<String> username;
    @ConfigProperty(name = "rabbitmq-password") Optional<String> password;
    @ConfigProperty(name = "rabbitmq-virtual-host", defaultValue = "/") String virtualHost;
    @ConfigProperty(name = "rabbitmq-ssl", defaultValue = "false") boolean ssl;

    /** Each queue's message count and the reasons of its first few messages (peeked, then put back in place). */
    public List<QueueView> list() throws IOException, TimeoutException {
        List<QueueView> out = new ArrayList<>();
        try (Connection c = connect()) {
            for (String name : NAMES) {
                String dlq = deadLetterQueue(name);
                Channel ch = c.createChannel();
                try {
                    long count = ch.messageCount(dlq);
                    List<String> reasons = new ArrayList<>();
                    long lastTag = -1;
                    while (reasons.size() < Math.min(count, config.deadLetters().reasons())) {
                        GetResponse r = ch.basicGet(dlq, false);
                        if (r == null) {
                            break;
                        }
                        reasons.add(ReplayedMessage.reason(r.getProps()));
                        lastTag = r.getEnvelope().getDeliveryTag();
                    }
                    if (lastTag >= 0) {
                        ch.basicNack(lastTag, true, true); // requeued at their original positions
                    }
                    out.add(new QueueView(name, dlq, count, reasons));
                } finally {
                    ReplayedMessage.close(ch);
                }
            }
        }
        return out;
    }

    /** Replays up to {@code limit} messages of each named queue. */
    public List<Replayed> replay(List<String> names, int limit) throws IOException, TimeoutException {
        List<Replayed> out = new ArrayList<>();
        try (Connection c = connect()) {
            for (String name : names) {
                String exchange = mp.getValue("mp.messaging.incoming." + name + ".exchange.name", String.class);
                out.add(new ReplayedMessage(c.createChannel(), config.deadLetters().confirmTimeout())
                        .replayAll(name, deadLetterQueue(name), exchange, limit));
            }
        }
        return out;
    }

    private String deadLetterQueue(String name) {
        String prefix = "mp.messaging.incoming." + name + ".";
        return mp.getOptionalValue(prefix + "dead-letter-queue-name", String.class)
                .orElseGet(() -> mp.getValue(prefix + "queue.name", String.class) + ".dlq");
    }

    private Connection connect() throws IOException, TimeoutException {
        ConnectionFactory f = new ConnectionFactory();
        f.setHost(host);
        f.setPort(port);
        username.ifPresent(f::setUsername);
        password.ifPresent(f::setPassword);
        f.setVirtualHost(virtualHost);
        f.setConnectionTimeout(5_000);
        f.setAutomaticRecoveryEnabled(false);
        if (ssl) {
            try {
                f.useSslProtocol(javax.net.ssl.SSLContext.getDefault());
                f.enableHostnameVerification();
            } catch (NoSuchAlgorithmException e) {
                throw new IOException(e);
            }
        }
        return f.newConnection("aggregator-service dead letters");
    }

    static Map<String, Object> headers(AMQP.BasicProperties props) {
        return props.getHeaders() == null ? Map.of() : props.getHeaders();
    }
}
