package dev.hyperapp.runtime.robustness;

import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.NodeHttpHost;
import java.nio.file.Path;

/**
 * Boots a node in its own JVM for {@link CrashRecoveryTest}: {@code <home> <port> [app jar]}. It
 * prints {@value #READY} and its URL on one line once it serves, then runs until it is killed.
 */
public final class LedgerNodeMain {

  static final String READY = "serving ";
  static final String PASSWORD = "crash test";

  private LedgerNodeMain() {}

  public static void main(String[] args) {
    Node.Builder builder = Node.at(Path.of(args[0])).name("crash.os").ownerPassword(PASSWORD);
    if (args.length > 2) {
      builder.install(Path.of(args[2]));
    }
    HttpServer server = NodeHttpHost.serve(builder.start(), HttpSettings.loopback(Integer.parseInt(args[1])));
    System.out.println(READY + server.uri());
    System.out.flush();
  }
}
