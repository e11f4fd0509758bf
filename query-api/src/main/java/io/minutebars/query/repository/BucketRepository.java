package io.minutebars.query.repository;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import io.minutebars.model.Bar;
import io.minutebars.query.cache.BucketKey;
import com.mongodb.client.FindIterable;
import io.minutebars.query.limits.Deadline;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import io.minutebars.query.config.QueryConfig;

/**
 * Point reads of bucket documents. The filter is flat equality on the four fields of the unique index,
 * the only shape the embedded MongoDB-wire server answers from its index (never $and, never ranges).
 */
@ApplicationScoped
public class BucketRepository {
    private final MongoCollection<Document> bars;

    public BucketRepository(MongoClient client, QueryConfig config) {
        this.bars = client.getDatabase(config.database()).getCollection("bars");
    }

    /**
     * The bars stored in one bucket, empty when the bucket does not exist. The read gets the deadline's remaining
     * time as MongoDB maxTime, so the server stops it too (MongoExecutionTimeoutException, a 503).
     */
    public List<Bar> read(BucketKey key, Deadline deadline) {
        deadline.check();
        Document filter = new Document("exchange", key.exchange())
                .append("symbol", key.symbol())
                .append("interval", key.interval().code())
                .append("bucketStart", key.bucketStart());
        FindIterable<Document> find = bars.find(filter);
        long maxTime = deadline.remainingMillis();
        Document doc = (maxTime > 0 ? find.maxTime(maxTime, TimeUnit.MILLISECONDS) : find).first();
        return doc == null ? List.of() : BarDocumentMapper.bars(doc);
    }
}
