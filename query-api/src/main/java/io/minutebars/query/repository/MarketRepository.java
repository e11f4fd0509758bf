package io.minutebars.query.repository;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import io.minutebars.query.config.QueryConfig;

/** Reads of the small {@code markets} collection (one document per exchange, symbol and interval). */
@ApplicationScoped
public class MarketRepository {
    private final MongoCollection<Document> markets;
    /** A market read is shared by the requests waiting on a catalog reload: bounded by one request's budget. */
    private final long maxTimeMillis;

    public MarketRepository(MongoClient client, QueryConfig config) {
        this.markets = client.getDatabase(config.database()).getCollection("markets");
        this.maxTimeMillis = Math.max(1, config.timeBudget().toMillis());
    }

    public List<MarketRecord> all() {
        List<MarketRecord> out = new ArrayList<>();
        for (Document d : markets.find().maxTime(maxTimeMillis, TimeUnit.MILLISECONDS)) {
            toRecord(d, out);
        }
        return out;
    }

    /** The market's current document, read fresh (flat equality filter). */
    public List<MarketRecord> find(String exchange, String symbol, String interval) {
        Document filter = new Document("exchange", exchange).append("symbol", symbol).append("interval", interval);
        List<MarketRecord> out = new ArrayList<>(1);
        for (Document d : markets.find(filter).maxTime(maxTimeMillis, TimeUnit.MILLISECONDS)) {
            toRecord(d, out);
        }
        return out;
    }

    private static void toRecord(Document d, List<MarketRecord> out) {
        // a document without its key fields is not a market; skipping it keeps the listing usable
        if (d.getString("exchange") == null || d.getString("symbol") == null || d.getString("interval") == null) {
            return;
        }
        out.add(new MarketRecord(d.getString("exchange"), d.getString("symbol"), d.getString("nativeSymbol"),
                d.getString("interval"), millis(d.get("firstOpenTime")), millis(d.get("lastOpenTime"))));
    }

    private static Long millis(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof java.util.Date date) {
            return date.getTime();
        }
        return null;
    }
}
