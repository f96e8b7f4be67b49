package io.hatchery.web;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the service when the local launcher that started it ({@code HATCHERY_PARENT_PID}) is gone, so that even a
 * killed {@code ./hatchery up} leaves no service process behind. Inactive unless that variable is set.
 */
public class ParentProcessWatchdog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ParentProcessWatchdog.class);

    private final ApplicationContext context;
    private final long parentPid;
    private volatile boolean running;

    public ParentProcessWatchdog(ApplicationContext context, long parentPid) {
        this.context = context;
        this.parentPid = parentPid;
    }

    @Override
    public void start() {
        running = true;
        Thread watcher = new Thread(() -> {
            while (running) {
                Optional<ProcessHandle> parent = ProcessHandle.of(parentPid);
                if (parent.isEmpty() || !parent.get().isAlive()) {
                    log.warn("The launcher (pid {}) is gone; stopping", parentPid);
                    System.exit(SpringApplication.exit(context, () -> 0));
                    return;
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "parent-watchdog");
        watcher.setDaemon(true);
        watcher.start();
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
