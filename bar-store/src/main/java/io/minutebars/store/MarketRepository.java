package io.minutebars.store;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.UpdateOptions;
import io.minutebars.model.Bar;
import io.quarkus.mongodb.panache.PanacheMongoRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.ObjectId;

/** The {@code markets} collection: one document per exchange, symbol and interval with its stored range. */
@ApplicationScoped
public class MarketRepository implements PanacheMongoRepositoryBase<MarketDocument, ObjectId> {

    /** Raw documents: the codec, not a typed mapping, decides what a stored value means. */
    MongoCollection<Document> documents() {
        return mongoCollection().withDocumentClass(Document.class);
    }

    void createIndex() {
        documents().createIndex(MarketCodec.keyIndex(), new IndexOptions().unique(true).name("market_key"));
    }

    /** Every bar of {@code bars} (one market and interval) is stored: the range widens to them (min/max). */
    void touch(List<Bar> bars) {
        Bar any = bars.get(0);
        long first = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).min().orElseThrow();
        long last = bars.stream().mapToLong(b -> b.openTime().toEpochMilli()).max().orElseThrow();
        documents().updateOne(MarketCodec.key(any.exchange(), any.symbol(), any.interval()),
                MarketCodec.touch(any.nativeSymbol(), first, last), new UpdateOptions().upsert(true));
    }

    /** Every market; the server gives up after {@code maxTimeMillis} (0: no limit). */
    public List<MarketRecord> all(long maxTimeMillis) {
        return records(documents().find(), maxTimeMillis);
    }

    /** The market's current document, read fresh (a flat equality filter: an index read on every dialect). */
    public List<MarketRecord> find(String exchange, String symbol, String interval, long maxTimeMillis) {
        return records(documents().find(MarketCodec.key(exchange, symbol, interval)), maxTimeMillis);
    }

    private static List<MarketRecord> records(FindIterable<Document> find, long maxTimeMillis) {
        List<MarketRecord> out = new ArrayList<>();
        for (Document d : maxTimeMillis > 0 ? find.maxTime(maxTimeMillis, TimeUnit.MILLISECONDS) : find) {
            MarketRecord r = MarketCodec.record(d);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }
}
