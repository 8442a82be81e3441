package dev.hyperapp.runtime.cli;

import dev.hyperapp.runtime.admin.AdminServer;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.InstalledApp;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.NodeHttpHost;
import java.io.Console;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs a node in the foreground until SIGTERM (or Ctrl-C), then stops it and saves every state. */
@Command(
    name = "boot",
    mixinStandardHelpOptions = true,
    description = {
        "Creates or opens a node's home, starts its apps (those in <home>/apps/ and each --app) and "
            + "serves them over HTTP. SIGTERM or Ctrl-C stops it: work in flight finishes and every "
            + "state is saved.",
        "The admin API that the other commands use listens on 127.0.0.1, port + "
            + BootCommand.ADMIN_PORT_OFFSET + "; other nodes reach this one on port + "
            + BootCommand.PEER_PORT_OFFSET + ".",
        "Two --fake nodes on one machine find each other with no further setup: "
            + "hyperapp boot alice.os --fake --home alice --port 8080 and "
            + "hyperapp boot bob.os --fake --home bob --port 8081."})
final class BootCommand implements Callable<Integer> {

  /** The owner's password with {@code --fake}: documented, so only ever for a development node. */
  static final String FAKE_PASSWORD = "hyperapp-dev";
  /**
   * The admin API and the peer links listen at the HTTP port plus these by default: far enough apart
   * that nodes on neighbouring HTTP ports (8080, 8081, …) do not collide.
   */
  static final int ADMIN_PORT_OFFSET = 10_000;
  static final int PEER_PORT_OFFSET = 20_000;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME",
      description = "The node's name if the home is new, for example alice.os.")
  String name;

  @Option(names = "--home", paramLabel = "DIR", required = true,
      description = "The node's home: its apps, database and secrets.")
  Path home;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080",
      description = "The HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--admin-port", paramLabel = "P",
      description = "The admin API's port on 127.0.0.1. Default: the HTTP port + " + ADMIN_PORT_OFFSET
          + " (a free one with --port 0 or when that is over 65535).")
  Integer adminPort;

  @Option(names = "--peer-port", paramLabel = "P",
      description = "Where other nodes reach this one (TLS). Default: the HTTP port + "
          + PEER_PORT_OFFSET + " (a free one with --port 0 or when that is over 65535).")
  Integer peerPort;

  @Option(names = "--peer-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "The address peer links listen on and that this node publishes; give this "
          + "machine's address for nodes on other machines. Default: ${DEFAULT-VALUE}.")
  String peerHost;

  @Option(names = "--directory", paramLabel = "DIR",
      description = "A folder of node records shared by the nodes of this machine (each writes its "
          + "own and reads the others'). Default with --fake: the machine-wide dev directory.")
  Path directory;

  @Option(names = "--password", paramLabel = "PASSWORD", interactive = true, arity = "0..1",
      description = "Sets the owner's password (asked for on the console if given without a value). "
          + "On first boot, without it or --fake, it is asked for.")
  char[] password;

  @Option(names = "--fake", description = "A development node: the owner's password is '"
      + FAKE_PASSWORD + "' unless --password is given, and it shares its record through the dev "
      + "directory of this machine (${java.io.tmpdir}/hyperapp-dev-directory, or the system "
      + "property " + Node.DEV_DIRECTORY_PROPERTY + ") unless --directory is given.")
  boolean fake;

  @Option(names = "--app", paramLabel = "JAR", description = "Also installs this app jar (repeatable).")
  List<Path> apps = new ArrayList<>();

  private final CompletableFuture<Void> stop;

  BootCommand(CompletableFuture<Void> stop) {
    this.stop = stop;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String ownerPassword = ownerPassword();
    out.println("Opening " + home.toAbsolutePath() + " and starting its apps…");
    Path sharedDirectory = directory != null ? directory : fake ? Node.devDirectoryFolder() : null;
    Node.Builder builder = Node.at(home).name(name).ownerPassword(ownerPassword)
        .network(new InetSocketAddress(peerHost,
            peerPort != null ? peerPort : derivedPort(port, PEER_PORT_OFFSET)))
        .directory(sharedDirectory);
    apps.forEach(builder::install);
    Node node = builder.start();
    CompletableFuture<Void> stopped = new CompletableFuture<>();
    Thread hook = new Thread(() -> {
      stop.complete(null);
      awaitQuietly(stopped);
    }, "hyperapp-shutdown");
    try {
      try (Node running = node;
          HttpServer http = NodeHttpHost.serve(node, HttpSettings.loopback(port));
          AdminServer admin = AdminServer.start(node, adminPort())) {
        Runtime.getRuntime().addShutdownHook(hook);
        for (InstalledApp app : running.apps()) {
          out.println("  " + app.bundle().packageId() + ": " + app.failure().orElse("running"));
        }
        out.println("Admin API (this machine only): " + admin.uri());
        out.println("Peers reach " + running.nodeName() + " at " + running.peerAddress().orElseThrow()
            + (sharedDirectory == null
                ? "; add others with hyperapp connect NAME HOST:PORT"
                : "; nodes sharing " + sharedDirectory + " find each other"));
        if (fake && password == null) {
          out.println("Development node: the owner's password is " + FAKE_PASSWORD);
        }
        out.println("Node " + running.nodeName() + " is running at " + http.uri());
        stop.join();
        out.println("Stopping: letting work in flight finish and saving every state…");
      }
      // Before the shutdown hook is let go: once it returns, the JVM halts, mid-line or not.
      out.println("Stopped.");
      out.flush();
    } finally {
      removeHook(hook);
      stopped.complete(null);
    }
    return 0;
  }

  /** The password to set, or null to keep the home's own. */
  private String ownerPassword() {
    if (password != null) {
      return new String(password);
    }
    if (fake) {
      return FAKE_PASSWORD;
    }
    // NodeHome keeps the password's hash in owner.password; a home that has one keeps it.
    if (Files.exists(home.resolve("owner.password"))) {
      return null;
    }
    Console console = System.console();
    if (console == null) {
      throw new ParameterException(spec.commandLine(), "A new node needs an owner's password: pass "
          + "--password PASSWORD, or --fake for a development node ('" + FAKE_PASSWORD + "')");
    }
    char[] first = console.readPassword("Owner's password for %s: ", name);
    char[] again = console.readPassword("Again: ");
    if (first == null || first.length == 0 || !Arrays.equals(first, again)) {
      throw new ParameterException(spec.commandLine(), "The passwords are empty or do not match");
    }
    return new String(first);
  }

  private int adminPort() {
    return adminPort != null ? adminPort : derivedPort(port, ADMIN_PORT_OFFSET);
  }

  /** {@code httpPort + offset}, or 0 (a free port) for a free HTTP port or past the last port. */
  static int derivedPort(int httpPort, int offset) {
    int derived = httpPort + offset;
    return httpPort == 0 || derived > 65535 ? 0 : derived;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // the hook itself is what stopped us
    }
  }

  private static void awaitQuietly(CompletableFuture<Void> stopped) {
    try {
      stopped.get(2, TimeUnit.MINUTES);
    } catch (TimeoutException | ExecutionException e) {
      // the JVM exits anyway
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
