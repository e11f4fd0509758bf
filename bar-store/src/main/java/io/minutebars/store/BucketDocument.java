package io.minutebars.store;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * The layout of a bucket document, for Panache (its collection and the names its queries use). Its bars are read
 * as raw documents through {@link BarCodec}, whose lenient rules a typed mapping could not keep.
 */
@MongoEntity(collection = BarCodec.COLLECTION)
public class BucketDocument {
    public ObjectId id;
    public String exchange;
    public String symbol;
    public String interval;
    public long bucketStart;
    public String nativeSymbol;
    /** Incremented by every write; the embedded dialect's optimistic check. */
    public long version;
    public Date updatedAt;
    public List<Document> bars;
}
