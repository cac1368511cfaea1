package id.go.kalbarprov.sop.request.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real S3-compatible server for the tests: s3rver 3.7.1 from npm, installed once into target/s3rver (node and npm
 * must be on the PATH) and started on a free port with an empty data directory and the attachments' bucket.
 * Its credentials are s3rver's fixed ones (S3RVER / S3RVER); requests are signed and checked as by S3.
 */
public class S3rverResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "sop-attachments";
    public static final String KEY = "S3RVER";
    private static final String VERSION = "3.7.1";

    private Process server;

    @Override
    public Map<String, String> start() {
        Path home = Paths.get("target", "s3rver").toAbsolutePath();
        Path script = home.resolve("node_modules/s3rver/bin/s3rver.js");
        try {
            if (!script.toFile().isFile()) {
                run(List.of("npm", "install", "--prefix", home.toString(), "--no-audit", "--no-fund",
                        "--loglevel=error", "s3rver@" + VERSION), home.resolve("npm-install.log").toFile(), 600);
            }
            Path data = java.nio.file.Files.createTempDirectory(home, "data-");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            server = new ProcessBuilder("node", script.toString(), "-d", data.toString(), "-a", "127.0.0.1",
                    "-p", String.valueOf(port), "--configure-bucket", BUCKET)
                    .redirectErrorStream(true).redirectOutput(home.resolve("s3rver.log").toFile()).start();
            awaitPort(port);
            String endpoint = "http://127.0.0.1:" + port;
            return Map.of("sop.attachments.store", "s3",
                    "sop.attachments.s3.endpoint", endpoint,
                    "sop.attachments.s3.bucket", BUCKET,
                    "sop.attachments.s3.region", "us-east-1",
                    "sop.attachments.s3.access-key", KEY,
                    "sop.attachments.s3.secret-key", KEY,
                    "sop.attachments.s3.path-style", "true");
        } catch (IOException e) {
            throw new IllegalStateException("s3rver could not be installed or started (node and npm needed)", e);
        }
    }

    private static void run(List<String> command, File log, int timeoutSeconds) throws IOException {
        log.getParentFile().mkdirs();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitPort(int port) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("s3rver stopped at start; see target/s3rver/s3rver.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException e) {
                sleep();
            }
        }
        throw new IllegalStateException("s3rver did not listen on " + port + " within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.destroy();
            try {
                server.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            server.destroyForcibly();
        }
    }
}
