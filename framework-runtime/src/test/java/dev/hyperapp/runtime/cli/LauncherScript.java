package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.runtime.node.Node;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The {@code hyperapp} launcher script as a user runs it ({@code sh src/main/dist/hyperapp …}), which
 * finds and runs the node jar that {@code package} built. Failsafe names both through the system
 * properties {@value #SCRIPT_PROPERTY} and {@value #JAR_PROPERTY} (framework-runtime/pom.xml).
 */
final class LauncherScript {

  static final String SCRIPT_PROPERTY = "hyperapp.launcher.script";
  static final String JAR_PROPERTY = "hyperapp.launcher.jar";

  private final Path script;
  private final Path devDirectory;

  private LauncherScript(Path script, Path devDirectory) {
    this.script = script;
    this.devDirectory = devDirectory;
  }

  /**
   * The script of this build, whose {@code --fake} nodes share {@code <work>/dev-directory} instead
   * of the machine-wide one. Fails unless both the script and the node jar beside the build exist.
   */
  static LauncherScript built(Path work) {
    Path script = Path.of(required(SCRIPT_PROPERTY));
    Path jar = Path.of(required(JAR_PROPERTY));
    assertThat(script).as("the launcher script").isRegularFile();
    assertThat(jar).as("the runnable node jar (mvn package builds it)").isRegularFile();
    return new LauncherScript(script, work.resolve("dev-directory"));
  }

  /** The same script copied to {@code folder}, where it finds no node jar. */
  LauncherScript copiedTo(Path folder) throws IOException {
    Path copy = Files.copy(script, Files.createDirectories(folder).resolve(script.getFileName()));
    return new LauncherScript(copy, devDirectory);
  }

  /**
   * {@code sh hyperapp args…}: the script finds the jar itself ({@code HYPERAPP_JAR} is unset) and
   * runs it with the JVM running this test, found first on the {@code PATH}.
   */
  ProcessBuilder command(List<String> args) {
    List<String> command = new ArrayList<>(List.of("sh", script.toString()));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.remove("HYPERAPP_JAR");
    environment.put("PATH", Path.of(System.getProperty("java.home"), "bin")
        + File.pathSeparator + environment.getOrDefault("PATH", ""));
    // Through JAVA_OPTS, as a user passes JVM options; C1 only, as the JVMs here live a few seconds.
    environment.put("JAVA_OPTS", "-D" + Node.DEV_DIRECTORY_PROPERTY + "=" + devDirectory
        + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    return builder;
  }

  /** Runs {@code hyperapp args…} to its end (at most a minute) and returns what it printed. */
  Run run(String... args) throws IOException, InterruptedException {
    Process process = command(List.of(args)).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(process.getInputStream()));
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
    if (!process.waitFor(1, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("hyperapp " + String.join(" ", args) + " did not end within a minute");
    }
    return new Run(process.exitValue(), out.join(), err.join());
  }

  private static String text(InputStream stream) {
    try (stream) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("The system property " + property + " is not set: run this "
          + "test through Maven (mvn verify), whose failsafe plugin sets it");
    }
    return value;
  }
}
