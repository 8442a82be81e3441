package dev.hyperapp.processor.testing;

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
 * Runs a real tool (node, tsc or jco through npx) for a test. A missing tool is a failure, never a
 * skip: these runs are the only proof that generated files work where they are used.
 */
public final class ExternalCommand {

  private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

  private ExternalCommand() {}

  /** How a command ended: its exit code and its output (stdout and stderr together). */
  public record Result(int exitCode, String output) {}

  /**
   * Runs {@code command} in {@code directory}. Fails the test when the tool cannot be started or
   * does not finish within {@code timeout}.
   */
  public static Result run(Path directory, Duration timeout, List<String> command) {
    List<String> resolved = new ArrayList<>(command);
    if (WINDOWS && resolved.get(0).equals("npx")) {
      resolved.set(0, "npx.cmd"); // a batch file there, which ProcessBuilder does not find by its bare name
    }
    try {
      // Output goes to a file, so that a tool that hangs is caught by the timeout, not by a read.
      Path output = Files.createTempFile("hyperapp-command", ".log");
      Process process = new ProcessBuilder(resolved)
          .directory(directory.toFile())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File(WINDOWS ? "NUL" : "/dev/null")))
          .start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.destroyForcibly().waitFor();
      }
      String text = Files.readString(output, StandardCharsets.UTF_8);
      Files.delete(output);
      if (!finished) {
        fail("%s did not finish within %s. Output:%n%s", command, timeout, text);
      }
      return new Result(process.exitValue(), text);
    } catch (IOException e) {
      throw new AssertionError("Could not run " + command + " (is " + command.get(0)
          + " installed and on the PATH? .ci/run installs Node.js): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while running " + command, e);
    }
  }

  /** Runs {@code command} and returns its output; fails the test with that output on a non-zero exit. */
  public static String runSuccessfully(Path directory, Duration timeout, List<String> command) {
    Result result = run(directory, timeout, command);
    if (result.exitCode() != 0) {
      fail("%s exited with %d. Output:%n%s", command, result.exitCode(), result.output());
    }
    return result.output();
  }
}
