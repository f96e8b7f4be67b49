package io.hatchery.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./hatchery up} does when a service dies: it starts it again, with growing pauses, and says so. */
class SupervisorTest {

    @TempDir
    Path directory;

    /** A jar that runs {@link CrashingService} from this module's test classes. */
    private Path crashingServiceJar() throws IOException {
        Path classes = Path.of(CrashingService.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, CrashingService.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = directory.resolve("crashing.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out,
                manifest)) {
            return jar;
        }
    }

    @Test
    void aServiceThatDiesIsStartedAgainAfterGrowingPausesAndTheConsoleSaysSo() throws IOException {
        Path crashes = directory.resolve("crashes");
        Files.writeString(crashes, "2");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int port = FreePorts.pick();
        Supervisor.Launch launch = new Supervisor.Launch("crashing", crashingServiceJar(), port,
                Map.of("CRASHES", crashes.toString()), List.of("-Xmx32m"), directory.resolve("crashing.log"));

        try (Supervisor supervisor = new Supervisor(new PrintStream(console, true, StandardCharsets.UTF_8),
                Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMinutes(1))) {
            ServiceProcess first = supervisor.start(launch);
            supervisor.watch();

            await().atMost(Duration.ofSeconds(60)).until(() -> supervisor.restarts("crashing") == 2
                    && supervisor.process("crashing").isHealthy());
            await().atMost(Duration.ofSeconds(10)).until(() -> console.toString(StandardCharsets.UTF_8)
                    .contains("crashing is back (restart 2)"));

            assertThat(supervisor.process("crashing").pid()).isNotEqualTo(first.pid());
            String said = console.toString(StandardCharsets.UTF_8);
            assertThat(said).contains("crashing stopped unexpectedly (exit code 3); restarting it in 0.2 s")
                    .contains("crashing stopped unexpectedly (exit code 3); restarting it in 0.4 s")
                    .contains("crashing on purpose, 1 crashes to go").contains("Restarting crashing (restart 1)")
                    .contains("Restarting crashing (restart 2)");
            assertThat(said.indexOf("restart 1")).isLessThan(said.indexOf("restart 2"));
            assertThat(Files.readString(crashes).trim()).isEqualTo("0");
        }
    }
}
