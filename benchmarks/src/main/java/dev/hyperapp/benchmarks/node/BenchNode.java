package dev.hyperapp.benchmarks.node;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.runtime.apps.AppBundle;
import dev.hyperapp.runtime.kernel.Kernel;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.node.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real node in a fresh temporary home, running the given apps from the class path, optionally with
 * its peer network, and the kernel's request API for the benchmark thread, which is no process: calls enter a process the way a request
 * from another process of the node does (origin {@code LOCAL}).
 */
final class BenchNode implements AutoCloseable {

  /** Who the benchmark thread's requests come from. No such process runs; replies are correlated by id. */
  private static final ProcessId CALLER = new ProcessId("bench", "bench", "bench.os");

  private final Path home;
  private final Node node;

  private BenchNode(Path home, Node node) {
    this.home = home;
    this.node = node;
  }

  /** Starts a node named {@code bench.os}, each dispatcher an app of its own. */
  static BenchNode start(String ownerPassword, ProcessDispatcher<?>... dispatchers) {
    Path home = temporaryFolder("hyperapp-bench-node-");
    return start(home, Node.at(home).name("bench.os").ownerPassword(ownerPassword), dispatchers);
  }

  /**
   * Starts a node named {@code name} with its peer network on a free loopback port; nodes started
   * with the same {@code directory} folder find each other there and link with TLS on first use.
   */
  static BenchNode startLinked(String name, Path directory, ProcessDispatcher<?>... dispatchers) {
    Path home = temporaryFolder("hyperapp-bench-" + name + "-");
    return start(home,
        Node.at(home).name(name).network("127.0.0.1", 0).directory(directory), dispatchers);
  }

  private static BenchNode start(Path home, Node.Builder builder, ProcessDispatcher<?>... dispatchers) {
    for (ProcessDispatcher<?> dispatcher : dispatchers) {
      builder.install(AppBundle.fromClassPath(List.of(dispatcher)));
    }
    return new BenchNode(home, builder.start());
  }

  Node node() {
    return node;
  }

  /** Sends {@code json} to {@code target} on this node and completes with its reply's JSON; a failure throws. */
  CompletableFuture<String> request(ProcessId target, String json) {
    return request(node.nodeName(), target, json);
  }

  /** Sends {@code json} to {@code target} on the node {@code nodeName} (this one or a peer). */
  CompletableFuture<String> request(String nodeName, ProcessId target, String json) {
    Kernel kernel = node.kernel();
    Message message = Message.request(kernel.nextMessageId(), kernel.addressOf(CALLER),
        new Address(nodeName, target), json.getBytes(StandardCharsets.UTF_8));
    return kernel.request(message).toCompletableFuture().thenApply(BenchNode::json);
  }

  /**
   * Calls {@code target}'s {@code @Http} handler with {@code json} (the usual envelope) as the node's
   * HTTP server does, the benchmark thread taking the part of its I/O thread: an idle process runs the
   * call on it.
   */
  CompletableFuture<String> requestAsHttp(ProcessId target, String json) {
    return node.kernel().deliverFromHttp(target, json.getBytes(StandardCharsets.UTF_8), null, null,
        null, Message.DEFAULT_TIMEOUT).toCompletableFuture().thenApply(BenchNode::json);
  }

  private static String json(Reply reply) {
    if (reply instanceof Reply.Success) {
      return new String(((Reply.Success) reply).json(), StandardCharsets.UTF_8);
    }
    throw new IllegalStateException("The call failed: " + ((Reply.Failure) reply).error());
  }

  /** Closes the node (its processes save and stop) and deletes its home. */
  @Override
  public void close() {
    node.close();
    deleteTree(home);
  }

  static Path temporaryFolder(String prefix) {
    try {
      return Files.createTempDirectory(prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete " + root, e);
    }
  }
}
