package dev.hyperapp.runtime.cli;

import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;

/**
 * {@code hyperapp boot} running in this JVM, stopped the way SIGTERM stops it. The alice.os nodes it
 * makes listen on free ports and share node records through a {@code dev-directory} folder beside
 * their home, never through the machine-wide one.
 */
final class BootedNode implements AutoCloseable {

  private final CompletableFuture<Void> stop = new CompletableFuture<>();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CompletableFuture<Integer> exit;

  /** A development node ({@code --fake}) alice.os on free ports, with these extra options. */
  BootedNode(Path home, String... extra) {
    this(aliceOn(home, true, extra));
  }

  /** A node on free ports that keeps the password its home already has. */
  static BootedNode keepingPassword(Path home) {
    return new BootedNode(aliceOn(home, false));
  }

  /** Runs {@code hyperapp boot args…} exactly as given. */
  static BootedNode boot(String... args) {
    List<String> all = new ArrayList<>(List.of("boot"));
    all.addAll(List.of(args));
    return new BootedNode(all);
  }

  private static List<String> aliceOn(Path home, boolean fake, String... extra) {
    List<String> args = new ArrayList<>(List.of("boot", "alice.os", "--home", home.toString(),
        "--port", "0", "--directory", home.resolveSibling("dev-directory").toString()));
    if (fake) {
      args.add("--fake");
    }
    args.addAll(List.of(extra));
    return args;
  }

  private BootedNode(List<String> args) {
    CommandLine command = Hyperapp.commandLine(stop);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    exit = CompletableFuture.supplyAsync(() -> command.execute(args.toArray(String[]::new)));
    await().atMost(Duration.ofMinutes(1))
        .until(() -> exit.isDone() || printed().running());
    if (exit.isDone()) {
      throw new IllegalStateException("boot exited with " + exit.join() + ": " + out + err);
    }
  }

  URI url() {
    return printed().url();
  }

  String admin() {
    return printed().admin();
  }

  /** Where other nodes reach this one, {@code host:port}. */
  String peerAddress() {
    return printed().peerAddress();
  }

  private BootOutput printed() {
    return new BootOutput(out.toString());
  }

  String out() {
    return out.toString();
  }

  /** Stops the node and returns boot's exit code. */
  int stop() {
    stop.complete(null);
    return exit.join();
  }

  @Override
  public void close() {
    stop();
  }
}
