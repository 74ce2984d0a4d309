package dev.accord.server;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Debian's headless Chromium at 1,400×1,000, driven by its ChromeDriver, for the browser tests. */
final class HeadlessChromium {

    static final Path CHROMEDRIVER = Path.of(System.getProperty("accord.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Why a browser test is skipped where ChromeDriver is not installed. */
    static final String MISSING = "skipped: no ChromeDriver at " + CHROMEDRIVER
            + "; install Debian's chromium and chromium-driver (as .ci/run does) to run the browser tests";

    static boolean installed() {
        return Files.isExecutable(CHROMEDRIVER);
    }

    /** A new browser whose profile lives in {@code dir}. */
    static ChromeDriver start(Path dir) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,1000", "--user-data-dir=" + dir.resolve("chromium"));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    /** Saves what the browser shows as {@code folder/name.png}. */
    static Path screenshot(ChromeDriver browser, Path folder, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path out = Files.createDirectories(folder).resolve(name + ".png");
        Files.copy(shot.toPath(), out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }
}
