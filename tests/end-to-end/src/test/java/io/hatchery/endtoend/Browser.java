package io.hatchery.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's Chromium, headless, driven by its chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Elsewhere set {@code hatchery.chromium} and
 * {@code hatchery.chromedriver}. A fresh profile each time, and no background networking: without those flags it
 * tries to reach the internet and stalls.
 */
final class Browser {

    private Browser() {
    }

    static ChromeDriver start() {
        Path chromium = Path.of(System.getProperty("hatchery.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("hatchery.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("the browser tests need Chromium and its driver at " + chromium + " and "
                    + driver + ": apt-get install chromium chromium-driver (as .ci/run does), or set "
                    + "-Dhatchery.chromium and -Dhatchery.chromedriver");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("hatchery-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=zh-CN", "--window-size=1366,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        browser.manage().window().setSize(new Dimension(1366, 900));
        return browser;
    }
}
