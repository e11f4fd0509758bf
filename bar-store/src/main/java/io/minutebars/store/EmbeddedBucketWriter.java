package io.minutebars.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import io.minutebars.model.Bar;
import java.util.List;
import org.bson.Document;

/**
 * The embedded MongoDB-wire server's adapter. That server answers only a flat equality on the whole unique key
 * from its index and scans its collection for any other filter, and its find projections know no aggregation
 * expression: the per-minute read and conditions of {@link MongoBucketWriter} would scan once each. So the bucket
 * is read whole by its key, merged and written back whole: inserted, or replaced under an optimistic check of
 * its {@code version} (one scan, as before bar-store).
 */
final class EmbeddedBucketWriter implements BucketWriter {
    @Override
    public BarMerge.Result write(MongoCollection<Document> bars, Document key, List<Bar> incoming) {
        Document current = bars.find(key).first();
        List<Bar> stored = current == null ? List.of() : BarCodec.bars(current);
        BarMerge.Result r = BarMerge.merge(stored, incoming);
        if (r.changed().isEmpty()) {
            return r;
        }
        Object version = current == null ? null : current.get(BarCodec.VERSION);
        long next = version instanceof Number n ? n.longValue() + 1 : 1;
        Document doc = BarCodec.bucket(key, incoming.get(0).nativeSymbol(), next, r.bars());
        if (current == null) {
            try {
                bars.insertOne(doc);
                return r;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    return null;
                }
                throw e;
            }
        }
        // the version as read (null matches a document without one)
        Document filter = new Document(key).append(BarCodec.VERSION, version);
        return bars.replaceOne(filter, doc).getMatchedCount() == 1 ? r : null;
    }
}
