package dev.hyperapp.samchat.browser;

import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.NodeHttpHost;
import java.net.URI;
import java.nio.file.Path;

/**
 * A real node running samchat: its own home and database, a peer network on a loopback port whose
 * record goes into a directory shared with the other test nodes, and its HTTP server on another.
 */
final class SamchatNode implements AutoCloseable {

  static final String PROCESS = "samchat:samchat:template.os";

  private final String name;
  private final Node node;
  private final HttpServer http;

  private SamchatNode(String name, Node node, HttpServer http) {
    this.name = name;
    this.node = node;
    this.http = http;
  }

  /** Starts {@code name} in {@code work/<name>}, finding the other nodes through {@code directory}. */
  static SamchatNode start(String name, String password, Path work, Path directory) {
    Node node = Node.at(work.resolve(name))
        .name(name)
        .ownerPassword(password)
        .network("127.0.0.1", 0)
        .directory(directory)
        .classPathApps()
        .start();
    try {
      return new SamchatNode(name, node, NodeHttpHost.serve(node, HttpSettings.loopback(0)));
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  String name() {
    return name;
  }

  /** Samchat's page; without a login cookie the node sends the browser to its login page first. */
  URI page() {
    return http.uri().resolve("/" + PROCESS + "/");
  }

  @Override
  public void close() {
    try (Node stopping = node) {
      http.close();
    }
  }
}
