package dev.hyperapp.runtime.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.runtime.apps.AppBundle;
import dev.hyperapp.runtime.apps.AppProcess;
import dev.hyperapp.runtime.apps.HomepageEntry;
import dev.hyperapp.runtime.apps.NodeHomepage;
import dev.hyperapp.runtime.apps.PackageServices;
import dev.hyperapp.runtime.apps.WebSocketSink;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.NodeIdentity;
import dev.hyperapp.runtime.kernel.Kernel;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.net.NetworkConfig;
import dev.hyperapp.runtime.net.PeerNetwork;
import dev.hyperapp.runtime.remote.PeerRouter;
import dev.hyperapp.runtime.state.NodeDatabase;
import dev.hyperapp.runtime.state.StateCodec;
import dev.hyperapp.runtime.state.StateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node: its home, its database, its kernel and its installed apps. Apps are installed and
 * removed while it runs; an app that fails to start (a state that does not load, a failing
 * {@code @Init}) is kept in the list with its error while the others run. Closing the node lets the
 * work in flight finish and saves every state.
 */
public final class Node implements AppHost, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Node.class);

  private final NodeHome home;
  private final Duration grace;
  private final NodeDatabase database;
  private final StateStore store;
  private final StateCodec codec = new StateCodec();
  private final NodeHomepage homepage = new NodeHomepage();
  private final Kernel kernel;
  private final Map<String, Installation> installations = new TreeMap<>();
  private final Map<ProcessId, RunningApp> running = new ConcurrentHashMap<>();
  private volatile WebSocketSink webSockets = WebSocketSink.NONE;
  private PeerRouter peers;

  private Node(NodeHome home, Duration grace) {
    this.home = home;
    this.grace = grace;
    this.database = NodeDatabase.open(home.database());
    this.store = new StateStore(database);
    this.kernel = new Kernel(home.nodeName());
  }

  /** Starts building a node whose home is {@code home}. */
  public static Builder at(Path home) {
    return new Builder(home);
  }

  public NodeHome home() {
    return home;
  }

  public Kernel kernel() {
    return kernel;
  }

  public StateStore stateStore() {
    return store;
  }

  /** The peer network, if this node was started with {@link Builder#network}. */
  public Optional<PeerNetwork> network() {
    return Optional.ofNullable(peers).map(PeerRouter::network);
  }

  /** Where other nodes reach this one, if it runs a peer network (the bound port, never 0). */
  public Optional<HostPort> peerAddress() {
    return network().map(PeerNetwork::localAddress);
  }

  @Override
  public String nodeName() {
    return home.nodeName();
  }

  /**
   * Installs the app in {@code jar}: copies it into {@code <home>/apps/} (so it is loaded again at the
   * next boot), loads it in a class loader of its own and starts its processes. A newer jar of an
   * installed package replaces it: the old processes stop (saving their state) and the new ones load
   * that state.
   *
   * @throws IllegalArgumentException if the jar holds no app
   */
  public synchronized InstalledApp install(Path jar) {
    Path installed = copyIntoApps(jar);
    AppBundle bundle;
    try {
      bundle = AppBundle.fromJar(installed, Node.class.getClassLoader());
    } catch (RuntimeException e) {
      if (!installed.equals(jar.toAbsolutePath().normalize())) {
        deleteQuietly(installed);
      }
      throw e;
    }
    return activate(bundle);
  }

  /** Installs an app whose classes are on the class path (tests, the sample run from its build). */
  public synchronized InstalledApp install(AppBundle bundle) {
    return activate(bundle);
  }

  /**
   * Stops and removes the app {@code package:publisher}; its jar leaves {@code <home>/apps/}. Its saved
   * state, key–value store, database and drives are kept for a later install.
   */
  public synchronized boolean remove(String packageId) {
    Installation installation = installations.remove(packageId);
    if (installation == null) {
      return false;
    }
    deactivate(installation);
    installation.bundle.jar().ifPresent(Node::deleteQuietly);
    return true;
  }

  @Override
  public synchronized List<InstalledApp> apps() {
    return installations.values().stream()
        .map(installation -> new InstalledApp(installation.bundle, installation.failure))
        .collect(Collectors.toList());
  }

  /** The installed app {@code package:publisher}. */
  public synchronized Optional<InstalledApp> app(String packageId) {
    return Optional.ofNullable(installations.get(packageId))
        .map(installation -> new InstalledApp(installation.bundle, installation.failure));
  }

  @Override
  public Optional<AppManifest> manifest(ProcessId process) {
    return Optional.ofNullable(running.get(process)).map(app -> app.process.manifest());
  }

  @Override
  public Optional<URL> resource(ProcessId process, String path) {
    return Optional.ofNullable(running.get(process)).flatMap(app -> app.bundle.resource(path));
  }

  @Override
  public CompletionStage<Reply> call(ProcessId process, HttpCall call, Duration timeout) {
    return kernel.deliverFromHttp(process, call.body(), call.blob(), call.request(),
        call.method().orElse(null), timeout);
  }

  @Override
  public List<HomepageEntry> homepage() {
    return homepage.entries();
  }

  @Override
  public boolean deliverWebSocket(ProcessId process, WsEvent event) {
    RunningApp target = running.get(process);
    if (target == null) {
      return false;
    }
    target.process.onWebSocket(event);
    return true;
  }

  @Override
  public void attachWebSockets(WebSocketSink sink) {
    this.webSockets = sink == null ? WebSocketSink.NONE : sink;
  }

  /**
   * Closes the peer network (no more messages from or to other nodes), stops every app (work in
   * flight finishes, states are saved), then the kernel and the database.
   */
  @Override
  public synchronized void close() {
    if (peers != null) {
      peers.close();
    }
    List<Installation> all = new ArrayList<>(installations.values());
    installations.clear();
    stopAll(all.stream().flatMap(installation -> installation.processes.stream()));
    all.forEach(this::closeResources);
    kernel.close();
    database.close();
  }

  private InstalledApp activate(AppBundle bundle) {
    Installation previous = installations.remove(bundle.packageId());
    if (previous != null) {
      deactivate(previous);
      previous.bundle.jar()
          .filter(jar -> !bundle.jar().equals(Optional.of(jar)))
          .ifPresent(Node::deleteQuietly);
    }
    PackageServices services =
        new PackageServices(database, home.packages(), bundle.packageName(), bundle.publisher());
    Installation installation = new Installation(bundle, services);
    installations.put(bundle.packageId(), installation);
    for (ProcessDispatcher<?> dispatcher : bundle.dispatchers()) {
      AppProcess<?> process = new AppProcess<>(
          dispatcher, services, store, codec, homepage, () -> webSockets);
      try {
        kernel.spawn(process.id(), process).toCompletableFuture().get(grace.toMillis(), TimeUnit.MILLISECONDS);
        installation.processes.add(process);
        running.put(process.id(), new RunningApp(bundle, process));
      } catch (ExecutionException | TimeoutException | RuntimeException e) {
        Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
        installation.failure = Optional.of(process.id() + " did not start: " + cause.getMessage());
        log.error("App {} stopped: {} did not start", bundle.packageId(), process.id(), cause);
        stopAll(installation.processes.stream());
        installation.processes.clear();
        break;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while starting " + process.id(), e);
      }
    }
    log.info("Installed {} ({})", bundle.packageId(),
        installation.failure.orElse(installation.processes.size() + " processes running"));
    return new InstalledApp(bundle, installation.failure);
  }

  private void deactivate(Installation installation) {
    stopAll(installation.processes.stream());
    closeResources(installation);
  }

  /** Stops the processes together, each waiting for its own work in flight up to the grace period. */
  private void stopAll(Stream<AppProcess<?>> processes) {
    List<CompletableFuture<Void>> stopping = processes
        .map(process -> {
          running.remove(process.id());
          return kernel.stop(process.id(), grace).toCompletableFuture();
        })
        .collect(Collectors.toList());
    try {
      CompletableFuture.allOf(stopping.toArray(CompletableFuture[]::new))
          .get(grace.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      log.error("Some processes did not stop cleanly", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeResources(Installation installation) {
    installation.services.close();
    installation.bundle.close();
  }

  /**
   * Copies {@code jar} into {@code <home>/apps/} under a name made of its content's hash, so a newer
   * build of the same app never overwrites a jar that a class loader still reads.
   */
  private Path copyIntoApps(Path jar) {
    Path source = jar.toAbsolutePath().normalize();
    Path apps = home.apps().toAbsolutePath().normalize();
    if (source.getParent().equals(apps)) {
      return source;
    }
    try {
      Path target = copyTarget(source);
      if (!Files.exists(target)) {
        Path temporary = Files.createTempFile(apps, ".incoming-", ".tmp");
        Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not copy " + jar + " into " + apps, e);
    }
  }

  /** Where {@link #copyIntoApps} puts a jar: {@code <home>/apps/<hash of its content>.jar}. */
  private Path copyTarget(Path jar) throws IOException {
    return home.apps().toAbsolutePath().normalize().resolve(contentHash(jar) + ".jar");
  }

  private static String contentHash(Path file) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete {}", file, e);
    }
  }

  private void startNetwork(InetSocketAddress bind, Path sharedDirectory, NetworkConfig config) {
    try {
      NodeIdentity identity = NodeIdentity.loadOrCreate(home.root(), home.nodeName());
      Directory directory = Directory.open(home.root(), sharedDirectory);
      peers = PeerRouter.start(kernel, identity, directory, bind, config);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the peer network of " + home.nodeName() + " on " + bind, e);
    }
  }

  private void boot(List<Path> jars, List<AppBundle> bundles) {
    // Oldest first, so that of two jars of one package (an interrupted upgrade) the newer one wins.
    // A given jar already copied into apps/ by an earlier boot is installed once, as a given jar.
    Set<Path> given = new HashSet<>();
    for (Path jar : jars) {
      try {
        given.add(copyTarget(jar.toAbsolutePath().normalize()));
      } catch (IOException e) {
        // unreadable: its install below reports it
      }
    }
    try (Stream<Path> found = Files.list(home.apps())) {
      found.filter(path -> path.getFileName().toString().endsWith(".jar"))
          .filter(path -> !given.contains(path.toAbsolutePath().normalize()))
          .sorted(Comparator.comparing(Node::lastModified).thenComparing(Path::toString))
          .forEach(this::installAtBoot);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list " + home.apps(), e);
    }
    jars.forEach(this::installAtBoot);
    bundles.forEach(this::install);
  }

  private void installAtBoot(Path jar) {
    try {
      install(jar);
    } catch (RuntimeException e) {
      log.error("Could not install {}", jar, e);
    }
  }

  private static long lastModified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      return 0L;
    }
  }

  /** A running process and the app it belongs to. */
  private record RunningApp(AppBundle bundle, AppProcess<?> process) {}

  /** One installed package and what it holds open. */
  private static final class Installation {
    final AppBundle bundle;
    final PackageServices services;
    final List<AppProcess<?>> processes = new ArrayList<>();
    Optional<String> failure = Optional.empty();

    Installation(AppBundle bundle, PackageServices services) {
      this.bundle = bundle;
      this.services = services;
    }
  }

  /** The system property that moves {@link #devDirectoryFolder()}. */
  public static final String DEV_DIRECTORY_PROPERTY = "hyperapp.dev.directory";

  /**
   * The folder dev nodes on this machine share their records in: {@code
   * ${java.io.tmpdir}/hyperapp-dev-directory}, or the system property {@value #DEV_DIRECTORY_PROPERTY}.
   */
  public static Path devDirectoryFolder() {
    String configured = System.getProperty(DEV_DIRECTORY_PROPERTY);
    return configured != null && !configured.isBlank()
        ? Path.of(configured)
        : Path.of(System.getProperty("java.io.tmpdir"), "hyperapp-dev-directory");
  }

  /** How to start a node. */
  public static final class Builder {
    private final Path home;
    private String name = "local.os";
    private Duration grace = Duration.ofSeconds(30);
    private final List<Path> jars = new ArrayList<>();
    private final List<AppBundle> bundles = new ArrayList<>();
    private boolean classPathApps;
    private String ownerPassword;
    private InetSocketAddress networkBind;
    private Path sharedDirectory;
    private NetworkConfig networkConfig = NetworkConfig.defaults();

    private Builder(Path home) {
      this.home = home;
    }

    /** The node's name if the home is new; an existing home keeps its own. */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** How long stopping waits for a process's work in flight. */
    public Builder grace(Duration grace) {
      this.grace = grace;
      return this;
    }

    /** Installs this jar too (after those already in {@code <home>/apps/}). */
    public Builder install(Path jar) {
      jars.add(jar);
      return this;
    }

    /** Installs an app whose classes are on the class path. */
    public Builder install(AppBundle bundle) {
      bundles.add(bundle);
      return this;
    }

    /** Sets (or replaces) the owner's password, which logs in to the node's HTTP server. */
    public Builder ownerPassword(String password) {
      this.ownerPassword = password;
      return this;
    }

    /**
     * Starts the peer network, listening for other nodes on {@code bind} (port 0 picks a free one;
     * see {@link Node#peerAddress()}). The node's identity is created in its home at first use.
     */
    public Builder network(InetSocketAddress bind) {
      this.networkBind = bind;
      return this;
    }

    /** Starts the peer network on {@code host:port}. */
    public Builder network(String host, int port) {
      return network(new InetSocketAddress(host, port));
    }

    /**
     * Shares node records through {@code folder}: every node started with the same folder finds
     * the others with no further setup (development nodes on one machine).
     */
    public Builder directory(Path folder) {
      this.sharedDirectory = folder;
      return this;
    }

    /** Shares node records through {@link Node#devDirectoryFolder()}, the folder all dev nodes of this machine use. */
    public Builder devDirectory() {
      return directory(devDirectoryFolder());
    }

    /** The limits and timings of the peer network. */
    public Builder networkConfig(NetworkConfig config) {
      this.networkConfig = config;
      return this;
    }

    /** Installs every app registered on the class path. */
    public Builder classPathApps() {
      this.classPathApps = true;
      return this;
    }

    /** Opens the home and starts the node with its apps. */
    public Node start() {
      NodeHome nodeHome = NodeHome.openOrCreate(home, name);
      if (ownerPassword != null) {
        nodeHome.setOwnerPassword(ownerPassword);
      }
      Node node = new Node(nodeHome, grace);
      List<AppBundle> all = new ArrayList<>(bundles);
      if (classPathApps) {
        all.addAll(AppBundle.scanClassPath(Node.class.getClassLoader()));
      }
      try {
        if (networkBind != null) {
          node.startNetwork(networkBind, sharedDirectory, networkConfig);
        }
        node.boot(jars, all);
      } catch (RuntimeException e) {
        node.close();
        throw e;
      }
      return node;
    }
  }
}
