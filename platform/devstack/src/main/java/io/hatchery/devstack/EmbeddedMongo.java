package io.hatchery.devstack;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.oplog.Oplog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A MongoDB-wire server in this JVM ({@code mongo-java-server}), with the oplog enabled so that change streams
 * work, and bounded ({@link BoundedOplog}). Persistent (H2 file) for local runs, in memory for tests.
 */
public final class EmbeddedMongo implements AutoCloseable {

    private MongoServer server;
    private final MongoBackend backend;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, MongoBackend backend, InetSocketAddress address) {
        this.server = server;
        this.backend = backend;
        this.address = address;
    }

    /** A server keeping its data in {@code directory}; the data is found again on the next start. */
    public static EmbeddedMongo persistent(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(new H2Backend(directory.resolve("hatchery.mv").toAbsolutePath().toString()) {
            @Override
            protected Oplog createOplog() {
                return new BoundedOplog(super.createOplog(), resolveDatabase("local").resolveCollection(
                        OPLOG_COLLECTION_NAME, true));
            }
        }, port);
    }

    /** A server that forgets everything when it stops. */
    public static EmbeddedMongo inMemory(int port) {
        return start(new EmbeddedMemoryBackend(), port);
    }

    /**
     * A server in memory whose data outlives an {@link #outage}, as a restarted mongod finds its journal again. Much
     * faster than {@link #persistent} under a long load, whose store grows slower with every write. It keeps no
     * oplog (which would hold every write ever made): its clients must not rely on change streams.
     */
    public static EmbeddedMongo inMemorySurvivingOutages(int port) {
        MongoBackend backend = new SurvivingMemoryBackend();
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, backend, server.getLocalAddress());
    }

    /**
     * Takes the server down for a while, as a crash looks to its clients (every connection dropped, the port
     * closed), then starts it again on the same port with the same data. For a server of
     * {@link #inMemorySurvivingOutages} only.
     */
    public void outage(Duration down) throws InterruptedException {
        if (!(backend instanceof SurvivingMemoryBackend)) {
            throw new IllegalStateException("only a server made to survive outages can be taken down and back");
        }
        server.shutdownNow();
        Thread.sleep(down.toMillis());
        server = new MongoServer(backend);
        server.bind("127.0.0.1", address.getPort());
    }

    /** Memory whose data stays when its server shuts down, for the next server on it. */
    private static final class SurvivingMemoryBackend extends EmbeddedMemoryBackend {

        @Override
        public void close() {
            // the databases stay for the server started after the outage
        }
    }

    private static EmbeddedMongo start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, backend, server.getLocalAddress());
    }

    /** Connection string without a database name. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        if (backend instanceof H2Backend h2) {
            h2.close();
        }
    }
}
