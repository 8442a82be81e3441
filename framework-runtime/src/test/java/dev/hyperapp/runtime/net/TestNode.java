package dev.hyperapp.runtime.net;

import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/** A node's network on loopback for tests: its own home, a shared directory folder, an inbox. */
final class TestNode implements AutoCloseable {

  record Received(String peer, PeerMessage message) {
    String text() {
      return new String(message.body(), StandardCharsets.UTF_8);
    }
  }

  final NodeIdentity identity;
  final Directory directory;
  final PeerNetwork network;
  final List<Received> inbox;

  private TestNode(NodeIdentity identity, Directory directory, PeerNetwork network, List<Received> inbox) {
    this.identity = identity;
    this.directory = directory;
    this.network = network;
    this.inbox = inbox;
  }

  static TestNode start(Path home, String name, Path shared, NetworkConfig config) throws IOException {
    return start(home, name, shared, config, (peer, message) -> {});
  }

  /**
   * Starts a node whose handler records every message, then calls {@code also}, which also hears of
   * closed links.
   */
  static TestNode start(Path home, String name, Path shared, NetworkConfig config, MessageHandler also)
      throws IOException {
    NodeIdentity identity = NodeIdentity.loadOrCreate(home, name);
    Directory directory = Directory.open(home, shared);
    List<Received> inbox = new CopyOnWriteArrayList<>();
    PeerNetwork network = PeerNetwork.start(identity, directory,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), config,
        new MessageHandler() {
          @Override
          public void onMessage(String peer, PeerMessage message) {
            inbox.add(new Received(peer, message));
            also.onMessage(peer, message);
          }

          @Override
          public void onLinkClosed(String peer, String reason) {
            also.onLinkClosed(peer, reason);
          }
        });
    return new TestNode(identity, directory, network, inbox);
  }

  CompletionStage<Void> send(TestNode to, String text) {
    return send(to.name(), text);
  }

  CompletionStage<Void> send(String to, String text) {
    return network.send(to, message(text));
  }

  static PeerMessage message(String text) {
    return new PeerMessage("h".getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_8));
  }

  String name() {
    return identity.name();
  }

  List<String> textsFrom(String peer) {
    return inbox.stream().filter(received -> received.peer().equals(peer)).map(Received::text).toList();
  }

  @Override
  public void close() {
    network.close();
  }
}
