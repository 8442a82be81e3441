package dev.hyperapp.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Compares generated text with a golden file under {@code src/test/resources/golden/}. A missing or
 * stale golden file fails with the path to write; run the tests with {@code -Dgolden.update=true} to
 * rewrite them on purpose, then review the diff.
 */
public final class GoldenFiles {

  private static final Path ROOT = Paths.get("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private GoldenFiles() {}

  /** Asserts that {@code actual} equals the golden file {@code golden/<relativePath>}. */
  public static void assertMatches(String relativePath, String actual) {
    Path golden = ROOT.resolve(relativePath);
    try {
      if (UPDATE) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      if (!Files.exists(golden)) {
        fail("No golden file " + golden.toAbsolutePath()
            + "; run with -Dgolden.update=true to write it, then review it.");
      }
      String expected = Files.readString(golden, StandardCharsets.UTF_8);
      assertThat(actual)
          .as("generated output differs from %s (run with -Dgolden.update=true to rewrite it)",
              golden.toAbsolutePath())
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
