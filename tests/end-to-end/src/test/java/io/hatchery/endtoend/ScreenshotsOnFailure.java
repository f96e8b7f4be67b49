package io.hatchery.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Keeps what the browser showed when a test failed: a screenshot and the page's HTML under
 * {@code target/browser-failures/}, next to the test reports, so a red run shows what went wrong.
 */
final class ScreenshotsOnFailure implements AfterTestExecutionCallback {

    static final Path DIRECTORY = Path.of("target", "browser-failures");

    private final Supplier<WebDriver> browser;

    ScreenshotsOnFailure(Supplier<WebDriver> browser) {
        this.browser = browser;
    }

    /** Runs before the test's {@code @AfterEach} closes the browser. */
    @Override
    public void afterTestExecution(ExtensionContext context) {
        WebDriver driver = browser.get();
        if (context.getExecutionException().isEmpty() || !(driver instanceof ChromeDriver chrome)) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(DIRECTORY);
            Files.write(DIRECTORY.resolve(name + ".png"), chrome.getScreenshotAs(OutputType.BYTES));
            Files.writeString(DIRECTORY.resolve(name + ".html"), "<!-- " + chrome.getCurrentUrl() + " -->\n"
                    + chrome.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
