package dev.hyperapp.runtime.robustness;

import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.NodeHttpHost;
import java.nio.file.Path;

/**
 * Boots a node in its own JVM for {@link CrashRecoveryTest}: {@code <home> <port> [app jar]}. The
 * first boot, given the jar, also sets the owner's password; later boots reuse the home as it is (a
 * login cookie stays valid across them). It prints {@value #READY} and its URL on one line once it
 * serves, then runs until it is killed; SIGTERM stops it gracefully.
 */
public final class LedgerNodeMain {

  static final String READY = "serving ";
  static final String PASSWORD = "crash test";

  private LedgerNodeMain() {}

  public static void main(String[] args) {
    Node.Builder builder = Node.at(Path.of(args[0])).name("crash.os");
    if (args.length > 2) {
      builder.ownerPassword(PASSWORD).install(Path.of(args[2]));
    }
    Node node = builder.start();
    HttpServer server = NodeHttpHost.serve(node, HttpSettings.loopback(Integer.parseInt(args[1])));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      node.close();
    }, "graceful-stop"));
    System.out.println(READY + server.uri());
    System.out.flush();
  }
}
