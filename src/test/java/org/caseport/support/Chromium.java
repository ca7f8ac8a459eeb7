package org.caseport.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium and ChromeDriver, started with the flags this offline machine needs
 * (no background networking, a fresh profile). {@code bin/test} installs both when missing.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of(System.getProperty("caseport.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("caseport.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    public static ChromeDriver start(int width, int height) {
        return start(width, height, null);
    }

    /** A browser that saves downloads into the given directory without asking. */
    public static ChromeDriver start(int width, int height, Path downloads) {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("Chromium and ChromeDriver are needed at " + BROWSER + " and " + DRIVER
                    + "; run the tests with bin/test, which installs them");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Reduced motion: Bootstrap then scrolls at once instead of smoothly, so an element scrolled into
        // view is where it will stay when the test clicks it (a smooth scroll made clicks land elsewhere).
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--force-prefers-reduced-motion", "--window-size=" + width + "," + height,
                "--user-data-dir=" + freshProfile());
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false, "safebrowsing.enabled", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** A new profile directory, removed when the test JVM exits. */
    private static Path freshProfile() {
        try {
            Path profile = Files.createTempDirectory("caseport-chromium-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(profile.toFile())));
            return profile;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
