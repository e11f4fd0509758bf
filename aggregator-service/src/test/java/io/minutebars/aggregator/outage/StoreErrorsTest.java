package io.minutebars.aggregator.outage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import com.mongodb.ServerAddress;
import com.mongodb.WriteError;
import com.mongodb.bulk.WriteConcernError;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.minutebars.store.BucketContention;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class StoreErrorsTest {

    static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void anUnreachableMongoDbIsTransient() throws Exception {
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new com.mongodb.ConnectionString("mongodb://127.0.0.1:" + closedPort()))
                .applyToClusterSettings(b -> b.serverSelectionTimeout(300, TimeUnit.MILLISECONDS)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            RuntimeException e = assertThrows(RuntimeException.class,
                    () -> client.getDatabase("x").runCommand(new Document("ping", 1)));
            assertTrue(StoreErrors.isTransient(e), e.toString());
        }
    }

    @Test
    void anUnreachablePostgresIsTransient() throws Exception {
        SQLException e = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + closedPort() + "/x?connectTimeout=2", "u", "p"));
        assertTrue(StoreErrors.isTransient(e), e + " " + e.getSQLState());
        assertTrue(StoreErrors.isTransient(new IllegalStateException("ledger not reachable", e)), "through a wrapper");
    }

    @Test
    void aDuplicateKeyFromARealServerIsTheMessagesOwn() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort())) {
            var c = client.getDatabase("x").getCollection("c");
            c.insertOne(new Document("_id", 1));
            RuntimeException e = assertThrows(RuntimeException.class, () -> c.insertOne(new Document("_id", 1)));
            assertFalse(StoreErrors.isTransient(e), e.toString());
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void mongoDriverFailuresThatPass() {
        ServerAddress a = new ServerAddress();
        for (Exception e : new Exception[] {
            new MongoSocketReadException("Prematurely reached end of stream", a),
            new MongoNotPrimaryException(new BsonDocument("code", new BsonInt32(10107)), a),
            new MongoNodeIsRecoveringException(new BsonDocument("code", new BsonInt32(91)), a),
            new MongoExecutionTimeoutException(50, "operation exceeded time limit"),
            new MongoWriteConcernException(new WriteConcernError(64, "WriteConcernFailed", "timed out",
                    new BsonDocument()), a),
            new MongoInterruptedException("interrupted", new InterruptedException()),
            new MongoWriteException(new WriteError(11602, "InterruptedDueToReplStateChange", new BsonDocument()), a),
            new BucketContention("busy"),
            new RuntimeException("wrapped", new java.net.ConnectException("Connection refused")),
        }) {
            assertTrue(StoreErrors.isTransient(e), e.toString());
        }
    }

    @Test
    void failuresThatNeverPass() {
        ServerAddress a = new ServerAddress();
        for (Exception e : new Exception[] {
            new MongoWriteException(new WriteError(11000, "E11000 duplicate key", new BsonDocument()), a),
            new MongoWriteException(new WriteError(10334, "BSONObjectTooLarge", new BsonDocument()), a),
            new BsonMaximumSizeExceededException("Payload document size is larger than maximum"),
            new IllegalArgumentException("corrupt stored decimal"),
            new PSQLException("value too long for type character varying(32)", PSQLState.STRING_DATA_RIGHT_TRUNCATION),
            new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION),
            new JsonParseException(null, "Unexpected character"),
        }) {
            assertFalse(StoreErrors.isTransient(e), e.toString());
        }
    }

    @Test
    void sqlStates() {
        assertTrue(StoreErrors.isTransient(new SQLException("Sorry, acquisition timeout!")));
        assertFalse(StoreErrors.isTransient(new SQLException("something else")));
        for (String s : new String[] {"08001", "08006", "28P01", "53300", "57P01", "57P03", "57014", "40001", "40P01"}) {
            assertTrue(StoreErrors.transientSqlState(s), s);
        }
        for (String s : new String[] {"23505", "22001", "22003", "42P01", "57P04", null, "08"}) {
            assertFalse(StoreErrors.transientSqlState(s), s);
        }
    }
}
