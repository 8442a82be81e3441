package dev.hyperapp.runtime.cli;

import static org.awaitility.Awaitility.await;

import dev.hyperapp.runtime.node.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code hyperapp boot} as an OS process of its own ({@code java -cp <test class path> Main boot …},
 * or through a given launcher such as the {@link LauncherScript}), a development node on free ports
 * whose output goes to files beside its home. The machine-wide dev directory is replaced by
 * {@code <work>/dev-directory}, which every node of one test shares.
 */
final class NodeProcess implements AutoCloseable {

  private final Process process;
  private final Path home;
  private final Path printed;
  private final Path logged;

  private NodeProcess(Process process, Path home, Path printed, Path logged) {
    this.process = process;
    this.home = home;
    this.printed = printed;
    this.logged = logged;
  }

  /** Boots {@code name} with its home in {@code <work>/<name>} and waits until it runs. */
  static NodeProcess boot(Path work, String name, String... options) throws IOException {
    return boot(args -> classPathCommand(work, args), work, name, options);
  }

  /**
   * Boots {@code name} as {@link #boot(Path, String, String...)} does, through {@code launcher}, which
   * makes the process for {@code hyperapp}'s arguments (and points the dev directory to
   * {@code <work>/dev-directory}).
   */
  static NodeProcess boot(Function<List<String>, ProcessBuilder> launcher, Path work, String name,
      String... options) throws IOException {
    Path home = work.resolve(name);
    // Into files, numbered per boot: Process.destroy() closes pipes, and the last lines come after it.
    int boots = 1;
    while (Files.exists(work.resolve(name + "-" + boots + ".out"))) {
      boots++;
    }
    Path printed = work.resolve(name + "-" + boots + ".out");
    Path logged = work.resolve(name + "-" + boots + ".err");
    List<String> args = new ArrayList<>(List.of(
        "boot", name, "--home", home.toString(), "--port", "0", "--fake"));
    args.addAll(List.of(options));
    Process process = launcher.apply(args)
        .redirectOutput(printed.toFile())
        .redirectError(logged.toFile())
        .start();
    NodeProcess node = new NodeProcess(process, home, printed, logged);
    await().atMost(Duration.ofMinutes(1)).until(() -> !process.isAlive() || node.output().running());
    if (!process.isAlive()) {
      throw new IllegalStateException(name + " exited with " + process.exitValue() + ": "
          + node.output().text() + node.log());
    }
    return node;
  }

  /** {@code java -cp <test class path> Main args…}. */
  private static ProcessBuilder classPathCommand(Path work, List<String> args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-D" + Node.DEV_DIRECTORY_PROPERTY + "=" + work.resolve("dev-directory"),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command);
  }

  Path home() {
    return home;
  }

  BootOutput output() {
    return new BootOutput(read(printed));
  }

  /** What the node wrote to standard error: its log. */
  String log() {
    return read(logged);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Process process() {
    return process;
  }

  /** SIGKILL: the node gets no chance to say goodbye or save anything. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  /** SIGTERM, as a service manager stops it; whether it exited within two minutes. */
  boolean stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(2, TimeUnit.MINUTES);
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
