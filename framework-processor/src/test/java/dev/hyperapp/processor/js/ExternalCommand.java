package dev.hyperapp.processor.js;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a real tool (node, tsc through npx) and fails the test with its output when it is missing,
 * exits with an error or runs too long. A missing tool is a failure, not a skip: these tests are the
 * only proof that the generated client works.
 */
final class ExternalCommand {

  private ExternalCommand() {}

  private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

  /** Runs {@code command} in {@code directory} and returns its output (stdout and stderr). */
  static String run(Path directory, Duration timeout, List<String> command) {
    if (WINDOWS && command.get(0).equals("npx")) {
      command = new ArrayList<>(command);
      command.set(0, "npx.cmd"); // a batch file there, which ProcessBuilder does not find by its bare name
    }
    try {
      Path output = Files.createTempFile("hyperapp-command", ".log");
      Process process = new ProcessBuilder(command)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
          .start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      if (!finished) {
        fail("%s did not finish within %s. Output:%n%s", command, timeout, text);
      } else if (process.exitValue() != 0) {
        fail("%s exited with %d. Output:%n%s", command, process.exitValue(), text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError("Could not run " + command + " (is " + command.get(0)
          + " installed and on the PATH? .ci/run installs Node.js): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while running " + command, e);
    }
  }

  private static String nullDevice() {
    return WINDOWS ? "NUL" : "/dev/null";
  }
}
