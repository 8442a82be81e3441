package dev.hyperapp.samchat.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its chromedriver. Both are found at the Debian paths
 * (or the system properties {@value #CHROMIUM_PROPERTY} and {@value #DRIVER_PROPERTY}) and given to
 * Selenium explicitly, so Selenium Manager never looks for, or downloads, a browser or a driver.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM_PROPERTY = "samchat.chromium";
  static final String DRIVER_PROPERTY = "webdriver.chrome.driver";
  /**
   * How long a wait for the page to reach a state lasts before the test fails: generous, for a
   * machine busy with other builds.
   */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  private final String name;
  private final ChromeDriver driver;
  private final List<String> console = new ArrayList<>();

  private Browser(String name, ChromeDriver driver) {
    this.name = name;
    this.driver = driver;
  }

  /**
   * Starts a browser with a fresh profile in {@code profile}, a desktop-sized window and nothing
   * that reaches outside the machine.
   *
   * @throws IllegalStateException naming the packages to install if Chromium or its driver is missing
   */
  static Browser start(String name, Path profile) {
    Path chromium = Path.of(System.getProperty(CHROMIUM_PROPERTY, "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getProperty(DRIVER_PROPERTY, "/usr/bin/chromedriver"));
    for (Path program : List.of(chromium, chromedriver)) {
      if (!Files.isExecutable(program)) {
        throw new IllegalStateException("The browser test needs Chromium and its driver, and " + program
            + " is missing: install them with `apt-get install -y chromium chromium-driver` (.ci/run"
            + " does), or point -D" + CHROMIUM_PROPERTY + " and -D" + DRIVER_PROPERTY + " at them");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,860",
        "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .build();
    return new Browser(name, new ChromeDriver(service, options));
  }

  String name() {
    return name;
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE);
  }

  /**
   * Saves what the browser shows into {@code folder}: {@code <name>.png}, the page's HTML as {@code
   * <name>.html} and its console as {@code <name>-console.log}. Best effort: a browser that died
   * saves what it still can.
   */
  void saveEvidence(Path folder) {
    try {
      Files.createDirectories(folder);
      save(folder.resolve(name + ".png"), () -> driver.getScreenshotAs(OutputType.BYTES));
      save(folder.resolve(name + ".html"),
          () -> (driver.getCurrentUrl() + "\n" + driver.getPageSource()).getBytes(StandardCharsets.UTF_8));
      save(folder.resolve(name + "-console.log"),
          () -> String.join("\n", consoleLog()).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not save the browser's evidence in " + folder, e);
    }
  }

  /** Everything the page logged to its console so far, oldest first. */
  List<String> consoleLog() {
    console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(Browser::line)
        .collect(Collectors.toList()));
    return List.copyOf(console);
  }

  private static String line(LogEntry entry) {
    return Instant.ofEpochMilli(entry.getTimestamp()) + " " + entry.getLevel() + " " + entry.getMessage();
  }

  private interface Capture {
    byte[] take();
  }

  private static void save(Path file, Capture capture) throws IOException {
    byte[] content;
    try {
      content = capture.take();
    } catch (WebDriverException e) {
      content = ("Could not capture: " + e.getMessage()).getBytes(StandardCharsets.UTF_8);
    }
    Files.write(file, content);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
