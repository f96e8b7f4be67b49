package io.hatchery.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the local platform's processes running. One that dies on its own is started again on the same port and
 * data, after a pause that doubles with each crash in a row (from one second up to a minute) and starts over
 * once it has stayed healthy for a while. The console says what happened and when it is back, so one process
 * falling over never asks the user to restart the platform.
 */
public final class Supervisor implements AutoCloseable {

    /** What it takes to start a process again. */
    public record Launch(String name, Path jar, int port, Map<String, String> environment, List<String> jvmOptions,
            Path logFile) {

        ServiceProcess start() {
            return ServiceProcess.start(name, jar, port, environment, jvmOptions, logFile);
        }
    }

    private static final class Supervised {

        final Launch launch;
        ServiceProcess process;
        Duration backoff;
        long restartAt;
        long startedAt;
        int restarts;
        boolean backReported = true;

        Supervised(Launch launch, ServiceProcess process, Duration backoff) {
            this.launch = launch;
            this.process = process;
            this.backoff = backoff;
            this.startedAt = System.nanoTime();
        }
    }

    private final Map<String, Supervised> supervised = new LinkedHashMap<>();
    private final PrintStream console;
    private final Duration firstBackoff;
    private final Duration longestBackoff;
    private final Duration stable;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private Thread watcher;

    /**
     * @param firstBackoff   pause before the first restart after a crash
     * @param longestBackoff the pause never grows beyond this
     * @param stable         healthy for this long, a process's next crash is again its first
     */
    public Supervisor(PrintStream console, Duration firstBackoff, Duration longestBackoff, Duration stable) {
        this.console = console;
        this.firstBackoff = firstBackoff;
        this.longestBackoff = longestBackoff;
        this.stable = stable;
    }

    public static Supervisor forLocalPlatform(PrintStream console) {
        return new Supervisor(console, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofMinutes(2));
    }

    public synchronized ServiceProcess start(Launch launch) {
        ServiceProcess process = launch.start();
        supervised.put(launch.name(), new Supervised(launch, process, firstBackoff));
        return process;
    }

    /** The processes as they run now (a restarted one is a new process). */
    public synchronized List<ServiceProcess> processes() {
        List<ServiceProcess> processes = new ArrayList<>();
        supervised.values().forEach(entry -> processes.add(entry.process));
        return processes;
    }

    public synchronized ServiceProcess process(String name) {
        Supervised entry = supervised.get(name);
        return entry == null ? null : entry.process;
    }

    public synchronized int restarts(String name) {
        Supervised entry = supervised.get(name);
        return entry == null ? 0 : entry.restarts;
    }

    /** Starts watching in a daemon thread, once a second. */
    public synchronized void watch() {
        if (watcher != null) {
            return;
        }
        watcher = new Thread(() -> {
            while (!stopping.get()) {
                check();
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "hatchery-supervisor");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** One round: notices deaths, restarts those whose pause is over, reports those that are back. */
    synchronized void check() {
        long now = System.nanoTime();
        for (Supervised entry : supervised.values()) {
            if (stopping.get()) {
                return;
            }
            if (entry.process.isAlive()) {
                if (!entry.backReported && entry.process.isHealthy()) {
                    console.printf("%s is back (restart %d)%n", entry.launch.name(), entry.restarts);
                    entry.backReported = true;
                }
                if (entry.backReported && now - entry.startedAt > stable.toNanos()) {
                    entry.backoff = firstBackoff;
                }
                continue;
            }
            if (entry.restartAt == 0) {
                console.printf(Locale.ROOT, "%s stopped unexpectedly (exit code %s); restarting it in %.1f s."
                        + " Last lines of %s:%n%s%n", entry.launch.name(), exitCode(entry.process),
                        entry.backoff.toMillis() / 1e3, entry.process.logFile(), tail(entry.process.logFile(), 15));
                entry.restartAt = now + entry.backoff.toNanos();
                entry.backoff = entry.backoff.multipliedBy(2).compareTo(longestBackoff) > 0 ? longestBackoff
                        : entry.backoff.multipliedBy(2);
            } else if (now >= entry.restartAt) {
                entry.restarts++;
                console.printf("Restarting %s (restart %d)…%n", entry.launch.name(), entry.restarts);
                entry.process = entry.launch.start();
                entry.startedAt = now;
                entry.restartAt = 0;
                entry.backReported = false;
            }
        }
    }

    private static String exitCode(ServiceProcess process) {
        return process.exitCode().map(String::valueOf).orElse("unknown");
    }

    /** Stops watching and stops every process, gracefully first. */
    @Override
    public void close() {
        stopping.set(true);
        if (watcher != null) {
            watcher.interrupt();
        }
        List<ServiceProcess> processes = processes();
        processes.forEach(ServiceProcess::requestStop);
        processes.forEach(process -> process.awaitStop(Duration.ofSeconds(20)));
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
