package io.minutebars.store;

import com.mongodb.client.MongoCollection;
import io.minutebars.model.Bar;
import java.util.List;
import org.bson.Document;

/** One dialect's way of storing a bucket's incoming bars under {@link BarMerge}'s rule. */
interface BucketWriter {
    /**
     * Merges {@code incoming} (all of the bucket {@code key}) into what is stored and writes what changed. Returns the
     * merge once written, or null when another writer changed what the merge read (the caller merges again).
     */
    BarMerge.Result write(MongoCollection<Document> bars, Document key, List<Bar> incoming);
}
