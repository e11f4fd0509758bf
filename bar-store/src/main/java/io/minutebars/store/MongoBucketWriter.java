package io.minutebars.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import io.minutebars.model.Bar;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * MongoDB's way: only the minutes a batch carries are read (a {@code $filter} projection of the bucket's array)
 * and only the minutes the merge changed are written, in one ordered bulk of at most two updates: a replaced
 * minute through an array filter on its {@code openTime}, conditioned on the stored minute being exactly as read;
 * a new minute pushed, conditioned on its {@code openTime} still being absent (an upsert creates the bucket). A
 * condition that fails means another writer got in between: the caller merges again. The layout is unchanged.
 */
final class MongoBucketWriter implements BucketWriter {
    private static final String TIME = BarCodec.BARS + "." + BarCodec.OPEN_TIME;

    @Override
    public BarMerge.Result write(MongoCollection<Document> bars, Document key, List<Bar> incoming) {
        List<Long> times = incoming.stream().map(b -> b.openTime().toEpochMilli()).distinct().toList();
        Document filtered = new Document("$filter", new Document("input", "$" + BarCodec.BARS).append("as", "b")
                .append("cond", new Document("$in", List.of("$$b." + BarCodec.OPEN_TIME, times))));
        Document current = bars.aggregate(List.of(new Document("$match", key),
                new Document("$project", new Document(BarCodec.NATIVE_SYMBOL, 1).append(BarCodec.BARS, filtered))))
                .first();
        Map<Long, Document> read = new HashMap<>();
        List<Bar> stored = new ArrayList<>();
        if (current != null) {
            // the projection left the key out: the bars are decoded with it
            Document bucket = new Document(current);
            bucket.putAll(key);
            for (Document d : BarCodec.elements(bucket)) {
                read.put(BarCodec.openTime(d), d);
                stored.add(BarCodec.decode(bucket, d));
            }
        }
        BarMerge.Result r = BarMerge.merge(stored, incoming);
        if (r.changed().isEmpty()) {
            return r;
        }
        List<WriteModel<Document>> ops = updates(key, incoming.get(0).nativeSymbol(), r.changed(), read);
        try {
            BulkWriteResult w = bars.bulkWrite(ops, new BulkWriteOptions().ordered(true));
            return w.getMatchedCount() + w.getUpserts().size() == ops.size() ? r : null;
        } catch (MongoBulkWriteException e) {
            // two writers creating the same bucket: the unique key refuses the second
            if (e.getWriteErrors().stream().allMatch(x -> ErrorCategory.fromErrorCode(x.getCode())
                    == ErrorCategory.DUPLICATE_KEY)) {
                return null;
            }
            throw e;
        }
    }

    private static List<WriteModel<Document>> updates(Document key, String nativeSymbol, List<Bar> changed,
            Map<Long, Document> read) {
        Document set = new Document(BarCodec.NATIVE_SYMBOL, nativeSymbol).append(BarCodec.UPDATED_AT, new Date());
        Document inc = new Document(BarCodec.VERSION, 1L);
        Document replacedSet = new Document(set);
        List<Document> asRead = new ArrayList<>();
        List<Document> arrayFilters = new ArrayList<>();
        List<Document> pushed = new ArrayList<>();
        List<Long> pushedTimes = new ArrayList<>();
        for (Bar b : changed) {
            long t = b.openTime().toEpochMilli();
            Document old = read.get(t);
            if (old == null) {
                pushed.add(BarCodec.encode(b));
                pushedTimes.add(t);
            } else {
                String id = "m" + arrayFilters.size();
                replacedSet.append(BarCodec.BARS + ".$[" + id + "]", BarCodec.encode(b));
                arrayFilters.add(new Document(id + "." + BarCodec.OPEN_TIME, t));
                asRead.add(old);
            }
        }
        // a $set of array elements and a $push to the same array cannot share one update
        List<WriteModel<Document>> ops = new ArrayList<>(2);
        if (!asRead.isEmpty()) {
            ops.add(new UpdateOneModel<>(new Document(key).append(BarCodec.BARS, new Document("$all", asRead)),
                    new Document("$set", replacedSet).append("$inc", inc), new UpdateOptions().arrayFilters(arrayFilters)));
        }
        if (!pushed.isEmpty()) {
            ops.add(new UpdateOneModel<>(new Document(key).append(TIME, new Document("$nin", pushedTimes)),
                    new Document("$push", new Document(BarCodec.BARS, new Document("$each", pushed)))
                            .append("$set", set).append("$inc", inc), new UpdateOptions().upsert(true)));
        }
        return ops;
    }
}
