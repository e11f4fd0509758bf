package io.minutebars.mongowire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.nio.file.Path;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MongoWireServerTest {

    static MongoWireServer server(Path file) {
        MongoWireServer s = new MongoWireServer();
        new CommandLine(s).parseArgs("--port", "0", "--file", file.toString());
        return s;
    }

    @Test
    void dataSurvivesARestartOnTheSameFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/minutebars.mv");
        MongoWireServer first = server(file);
        int port = first.start();
        try (MongoClient c = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            c.getDatabase("minutebars").getCollection("bars")
                    .insertOne(new Document("exchange", "binance").append("close", "60759.6"));
        }
        first.stop();

        MongoWireServer second = server(file);
        port = second.start();
        try (MongoClient c = MongoClients.create("mongodb://127.0.0.1:" + port)) {
            Document d = c.getDatabase("minutebars").getCollection("bars").find().first();
            assertEquals("60759.6", d.getString("close"));
        } finally {
            second.stop();
        }
    }
}
