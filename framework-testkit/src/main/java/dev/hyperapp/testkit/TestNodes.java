package dev.hyperapp.testkit;

import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.runtime.apps.AppBundle;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.net.NetworkConfig;
import dev.hyperapp.runtime.node.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A network of real nodes on loopback for a test: each node has its own home in a temporary folder,
 * a peer network and an HTTP server on free ports, and the apps under test; the nodes share a
 * directory folder, so they find each other with no setup. Register it as an extension:
 *
 * <pre>{@code
 * @RegisterExtension
 * final TestNodes nodes = TestNodes.named("alice.os", "bob.os").apps(Samchat.class);
 * }</pre>
 *
 * An instance field boots the nodes before each test and removes them after it; a static field boots
 * them once for the class. Test methods may take {@code TestNodes} and {@code TestNode} parameters:
 * the {@code TestNode} parameters are the nodes in the order they were named. {@link HyperappTest}
 * does the same with an annotation.
 */
public final class TestNodes implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
    AfterAllCallback, ParameterResolver, AutoCloseable {

  /** The owner's password of every test node, unless {@link #ownerPassword} changes it. */
  public static final String DEFAULT_PASSWORD = "testkit-owner";
  /** How long {@link #result} waits: far beyond any reply, so that only a hang reaches it. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  private final List<String> names;
  private final Set<Class<?>> apps = new LinkedHashSet<>();
  private String password = DEFAULT_PASSWORD;
  private UnaryOperator<HttpSettings> http = UnaryOperator.identity();
  private UnaryOperator<NetworkConfig> network = UnaryOperator.identity();
  private final Map<String, TestNode> nodes = new LinkedHashMap<>();
  private Path work;
  private boolean perClass;

  private TestNodes(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("Name at least one node, for example alice.os");
    }
    if (new LinkedHashSet<>(names).size() != names.size()) {
      throw new IllegalArgumentException("Node names must differ: " + names);
    }
    this.names = List.copyOf(names);
  }

  /** Nodes with these names, for example {@code "alice.os", "bob.os"}. */
  public static TestNodes named(String... names) {
    return new TestNodes(Arrays.asList(names));
  }

  /** {@code count} nodes called {@code node1.os}, {@code node2.os}, …. */
  public static TestNodes count(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("At least one node, got " + count);
    }
    return new TestNodes(IntStream.rangeClosed(1, count).mapToObj(i -> "node" + i + ".os")
        .collect(Collectors.toList()));
  }

  /**
   * Installs the apps of these {@code @Hyperprocess} classes on every node (their generated
   * dispatchers must be on the class path). Without any, every app on the class path is installed.
   */
  public TestNodes apps(Class<?>... processClasses) {
    requireNotStarted();
    apps.addAll(Arrays.asList(processClasses));
    return this;
  }

  /** The owner's password of every node. */
  public TestNodes ownerPassword(String password) {
    requireNotStarted();
    this.password = password;
    return this;
  }

  /** Changes the nodes' HTTP settings (limits, timeouts); the port is the kit's to choose. */
  public TestNodes http(UnaryOperator<HttpSettings> change) {
    requireNotStarted();
    this.http = change;
    return this;
  }

  /**
   * Changes the nodes' network settings. The kit starts from the defaults with reconnection retried
   * within half a second, so a restored or restarted peer is reached again soon.
   */
  public TestNodes network(UnaryOperator<NetworkConfig> change) {
    requireNotStarted();
    this.network = change;
    return this;
  }

  /** Boots every node; the extension does this, and a test without JUnit may too. */
  public synchronized TestNodes start() {
    requireNotStarted();
    try {
      work = Files.createTempDirectory("hyperapp-testkit-");
      Path directory = Files.createDirectories(work.resolve("directory"));
      HttpSettings httpSettings = http.apply(HttpSettings.loopback(0));
      NetworkConfig networkConfig = network.apply(NetworkConfig.defaults()
          .withReconnectDelays(Duration.ofMillis(50), Duration.ofMillis(500)));
      for (String name : names) {
        nodes.put(name, new TestNode(name, work.resolve(name), directory, password,
            this::bundles, httpSettings, networkConfig));
      }
      startTogether(nodes.values());
      return this;
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("Could not make the test nodes' folders", e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Boots the nodes side by side: each spends most of its start hashing and creating keys. */
  private static void startTogether(Collection<TestNode> nodes) {
    List<CompletableFuture<Void>> starting = new ArrayList<>();
    for (TestNode node : nodes) {
      starting.add(CompletableFuture.runAsync(node::start, runnable -> {
        Thread thread = new Thread(runnable, "testkit-start-" + node.name());
        thread.setDaemon(true);
        thread.start();
      }));
    }
    try {
      CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
  }

  /** The node called {@code name}. */
  public TestNode node(String name) {
    TestNode node = nodes.get(name);
    if (node == null) {
      throw new IllegalArgumentException("No test node " + name + "; the nodes are " + names);
    }
    return node;
  }

  /** The {@code index}-th node named (from 0). */
  public TestNode node(int index) {
    return node(names.get(index));
  }

  /** Every node, in the order they were named. */
  public List<TestNode> all() {
    return List.copyOf(nodes.values());
  }

  /**
   * Waits for {@code stage} (a generated client's call) and returns its value; a failed call throws
   * its {@link RpcException} itself, so a test can assert on the error code.
   */
  public static <T> T result(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof CompletionException && e.getCause().getCause() != null
          ? e.getCause().getCause()
          : e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new CompletionException(cause);
    } catch (TimeoutException e) {
      throw new AssertionError("No reply within " + PATIENCE + ": the call hangs", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops every node and deletes their homes. */
  @Override
  public synchronized void close() {
    List<TestNode> running = new ArrayList<>(nodes.values());
    nodes.clear();
    RuntimeException failure = null;
    for (TestNode node : running) {
      try {
        node.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (work != null) {
      deleteTree(work);
      work = null;
    }
    if (failure != null) {
      throw failure;
    }
  }

  private List<AppBundle> bundles() {
    ClassLoader loader = apps.isEmpty()
        ? Thread.currentThread().getContextClassLoader()
        : apps.iterator().next().getClassLoader();
    if (apps.isEmpty()) {
      return AppBundle.scanClassPath(loader == null ? Node.class.getClassLoader() : loader);
    }
    Map<Class<?>, ProcessDispatcher<?>> found = new LinkedHashMap<>();
    ServiceLoader.load(ProcessDispatcher.class, loader).forEach(dispatcher -> {
      if (apps.contains(dispatcher.stateType())) {
        found.put(dispatcher.stateType(), dispatcher);
      }
    });
    for (Class<?> app : apps) {
      if (!found.containsKey(app)) {
        throw new IllegalArgumentException(app.getName() + " has no generated dispatcher on the class "
            + "path: is it a @Hyperprocess class compiled with the Hyperapp processor?");
      }
    }
    Map<String, List<ProcessDispatcher<?>>> byPackage = new TreeMap<>();
    found.values().forEach(dispatcher -> byPackage.computeIfAbsent(
        dispatcher.manifest().processId().packageName() + ":" + dispatcher.manifest().processId().publisher(),
        key -> new ArrayList<>()).add(dispatcher));
    return byPackage.values().stream().map(AppBundle::fromClassPath).collect(Collectors.toList());
  }

  private void requireNotStarted() {
    if (work != null) {
      throw new IllegalStateException("The test nodes are running: configure them before they start");
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not delete the test nodes' folder " + root, e);
    }
  }

  // JUnit.

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (!perClass) {
      start();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      close();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return isNodeParameter(parameter);
  }

  static boolean isNodeParameter(ParameterContext parameter) {
    Class<?> type = parameter.getParameter().getType();
    return type == TestNodes.class || type == TestNode.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (parameter.getParameter().getType() == TestNodes.class) {
      return this;
    }
    long earlierNodes = Arrays.stream(parameter.getDeclaringExecutable().getParameters())
        .limit(parameter.getIndex())
        .filter(earlier -> earlier.getType() == TestNode.class)
        .count();
    if (earlierNodes >= names.size()) {
      throw new ParameterResolutionException("Parameter " + parameter.getParameter().getName()
          + " asks for node number " + (earlierNodes + 1) + ", but only " + names + " run");
    }
    return node((int) earlierNodes);
  }
}
