package dev.hyperapp.samchat.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * When a test fails, saves a screenshot, the HTML and the console log of each browser it watches
 * under {@code target/browser-evidence/<class>/<test>/}, while the browsers are still open.
 */
final class BrowserEvidence implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

  private final List<Browser> browsers = new ArrayList<>();

  /** Watches {@code browser} until the end of the test. */
  Browser watch(Browser browser) {
    browsers.add(browser);
    return browser;
  }

  static Path folderFor(ExtensionContext context) {
    Path target = Path.of(System.getProperty("basedir", "."), "target", "browser-evidence");
    return target.resolve(context.getRequiredTestClass().getSimpleName())
        .resolve(context.getTestMethod().map(method -> method.getName()).orElse("setup"));
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    throw saved(context, failure);
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw saved(context, failure);
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    throw saved(context, failure);
  }

  private Throwable saved(ExtensionContext context, Throwable failure) {
    if (browsers.isEmpty()) {
      return failure;
    }
    Path folder = folderFor(context);
    for (Browser browser : browsers) {
      try {
        browser.saveEvidence(folder);
      } catch (RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    failure.addSuppressed(new BrowserEvidenceSaved(folder));
    return failure;
  }

  /** Tells, in the failure's report, where the screenshots are. */
  private static final class BrowserEvidenceSaved extends Exception {
    BrowserEvidenceSaved(Path folder) {
      super("Screenshots, HTML and console logs of the browsers: " + folder.toAbsolutePath(), null, false, false);
    }
  }
}
