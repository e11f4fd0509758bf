package io.minutebars.store;

import io.quarkus.mongodb.panache.common.MongoEntity;
import java.util.Date;
import org.bson.types.ObjectId;

/** The layout of a market document, for Panache; read through {@link MarketCodec} (times may be Dates). */
@MongoEntity(collection = MarketCodec.COLLECTION)
public class MarketDocument {
    public ObjectId id;
    public String exchange;
    public String symbol;
    public String interval;
    public String nativeSymbol;
    public Long firstOpenTime;
    public Long lastOpenTime;
    public Date updatedAt;
}
