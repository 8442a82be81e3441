package dev.hyperapp.testkit;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.rpc.RpcTransport;
import dev.hyperapp.runtime.apps.AppBundle;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.kernel.KernelTransport;
import dev.hyperapp.runtime.net.NetworkConfig;
import dev.hyperapp.runtime.net.PeerNetwork;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.NodeHttpHost;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * One real node of a {@link TestNodes} network: its own home, a peer network on a loopback port, an
 * HTTP server on another, and the apps under test. It can be stopped and started again (same home,
 * same ports, state kept) and cut off from the network and restored, while the test holds on to it.
 */
public final class TestNode {

  /** The address test calls come from: a process that is not installed, on this node. */
  public static final ProcessId TEST_PROCESS = new ProcessId("testkit", "testkit", "hyperapp.os");

  private final String name;
  private final Path home;
  private final Path directory;
  private final String password;
  private final Supplier<List<AppBundle>> apps;
  private final HttpSettings httpSettings;
  private final NetworkConfig networkConfig;
  private Node node;
  private HttpServer server;
  private int peerPort;
  private int httpPort;
  private HttpSession http;
  private boolean everStarted;

  TestNode(String name, Path home, Path directory, String password, Supplier<List<AppBundle>> apps,
      HttpSettings httpSettings, NetworkConfig networkConfig) {
    this.name = name;
    this.home = home;
    this.directory = directory;
    this.password = password;
    this.apps = apps;
    this.httpSettings = httpSettings;
    this.networkConfig = networkConfig;
    this.httpPort = httpSettings.port();
  }

  /** The node's name, for example {@code alice.os}. */
  public String name() {
    return name;
  }

  /** The node's home folder, kept across {@link #restart()}. */
  public Path home() {
    return home;
  }

  /** The owner's password, which logs in to the node's HTTP server. */
  public String password() {
    return password;
  }

  /** The running node, for what the kit does not wrap. */
  public synchronized Node node() {
    requireRunning();
    return node;
  }

  public synchronized boolean isRunning() {
    return node != null;
  }

  /** The root of the node's HTTP server, {@code http://127.0.0.1:<port>/}; the same after a restart. */
  public synchronized URI url() {
    requireRunning();
    return server.uri();
  }

  /** The URL of {@code path} on this node, for example {@code url("/samchat:samchat:template.os/")}. */
  public URI url(String path) {
    return url().resolve(path);
  }

  /** An HTTP client of this node, logged in as its owner; the same session survives restarts. */
  public synchronized HttpSession http() {
    requireRunning();
    if (http == null) {
      http = new HttpSession(this);
    }
    return http;
  }

  /** Sends requests from this node, as {@link #TEST_PROCESS}; its stages may be waited on. */
  public synchronized RpcTransport transport() {
    requireRunning();
    return new KernelTransport(node.kernel(), new Address(name, TEST_PROCESS));
  }

  /**
   * A generated client ({@code <App>Client}) of the app's process on this node; calls come from this
   * node, so they reach {@code @Local} and {@code @Remote} handlers.
   */
  public <C> C client(Class<C> clientType) {
    return client(clientType, name);
  }

  /**
   * A generated client ({@code <App>Client}) of the app's process on {@code target}; calls come from
   * this node, so on another node they reach {@code @Remote} handlers only.
   */
  public <C> C client(Class<C> clientType, String target) {
    ProcessId process = processIdOf(clientType);
    try {
      Method at = clientType.getMethod("at", RpcTransport.class, Address.class);
      return clientType.cast(at.invoke(null, transport(), new Address(target, process)));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw notAClient(clientType);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("Could not make a " + clientType.getSimpleName(), e.getCause());
    }
  }

  /** A generated client of the app's process on {@code target}; see {@link #client(Class, String)}. */
  public <C> C client(Class<C> clientType, TestNode target) {
    return client(clientType, target.name());
  }

  /** The process id a generated client calls ({@code <App>Client.PROCESS_ID}). */
  static ProcessId processIdOf(Class<?> clientType) {
    try {
      Field field = clientType.getField("PROCESS_ID");
      if (Modifier.isStatic(field.getModifiers()) && field.get(null) instanceof ProcessId id) {
        return id;
      }
    } catch (NoSuchFieldException | IllegalAccessException e) {
      // reported below
    }
    throw notAClient(clientType);
  }

  private static IllegalArgumentException notAClient(Class<?> type) {
    return new IllegalArgumentException(type.getName() + " is not a generated client: pass the "
        + "<App>Client class the Hyperapp processor generates for a @Hyperprocess class");
  }

  /** The peer network, to watch links in tests ({@link PeerNetwork#isConnected}). */
  public PeerNetwork network() {
    return node().network().orElseThrow();
  }

  /**
   * Cuts the node off, as a network partition would: its links drop, and it neither dials nor
   * accepts until {@link #restore()}. Its processes keep running, and sends to or from it fail with
   * OFFLINE.
   */
  public void cutOff() {
    network().cutOff();
  }

  /** Puts the node back on the network; peers reconnect as they retry, and it dials again. */
  public void restore() {
    network().restore();
  }

  /** Stops the node as a clean shutdown does: work in flight finishes and every state is saved. */
  public synchronized void stop() {
    requireRunning();
    try {
      server.close();
    } finally {
      node.close();
      node = null;
      server = null;
    }
  }

  /** Starts the node again from its home, on the same ports: apps reload their saved state. */
  public synchronized void start() {
    if (node != null) {
      throw new IllegalStateException(name + " is running already");
    }
    Node.Builder builder = Node.at(home).name(name)
        .grace(Duration.ofSeconds(10))
        .network(new InetSocketAddress("127.0.0.1", peerPort))
        .networkConfig(networkConfig)
        .directory(directory);
    if (!everStarted) {
      builder.ownerPassword(password);
    }
    apps.get().forEach(builder::install);
    Node started = builder.start();
    try {
      server = NodeHttpHost.serve(started, httpSettings.withPort(httpPort));
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
    node = started;
    everStarted = true;
    peerPort = started.peerAddress().orElseThrow().port();
    httpPort = server.port();
  }

  /** {@link #stop()}, then {@link #start()}. */
  public void restart() {
    stop();
    start();
  }

  /** Stops the node if it runs; for the end of a test. */
  synchronized void close() {
    if (http != null) {
      http.close();
    }
    if (node != null) {
      stop();
    }
  }

  private void requireRunning() {
    if (node == null) {
      throw new IllegalStateException(name + " is stopped: start() it first");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
