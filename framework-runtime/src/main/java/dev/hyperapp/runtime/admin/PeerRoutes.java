package dev.hyperapp.runtime.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeName;
import dev.hyperapp.runtime.net.PeerNetwork;
import io.undertow.server.HttpServerExchange;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The admin API's peer routes, for {@code hyperapp connect} and {@code hyperapp accept-key}: both
 * answer only once a link to the peer is up or has failed, so the command can say which.
 *
 * <ul>
 *   <li>{@code POST /peers} with {@code {"name": "bob.os", "address": "host:port"}} (address
 *       optional): adds the address to the directory and links to the node;
 *   <li>{@code POST /peers/{name}/accept-key}: trusts the new key the node presented, which was
 *       refused because another one was pinned, and links to it.
 * </ul>
 *
 * A link that is up answers {@code {"peer", "connected": true, "key", "addresses"}}; an unreachable
 * node is {@code offline} (503) and a changed key {@code not-allowed} (403).
 */
final class PeerRoutes {

  /** Long enough for a TCP connect, a TLS handshake and the greeting on a slow network. */
  private static final Duration CONNECT_WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Optional<PeerNetwork> network;

  PeerRoutes(Optional<PeerNetwork> network) {
    this.network = network;
  }

  void connect(HttpServerExchange exchange) throws IOException {
    JsonNode request = JSON.readTree(exchange.getInputStream());
    String name = request == null ? "" : request.path("name").asText("");
    String address = request == null ? "" : request.path("address").asText("");
    try {
      NodeName.requireValid(name);
      if (!address.isEmpty()) {
        HostPort.parse(address);
      }
    } catch (IllegalArgumentException e) {
      AdminServer.sendError(exchange, ErrorCode.BAD_REQUEST, e.getMessage());
      return;
    }
    withNetwork(exchange, peers -> {
      if (!address.isEmpty()) {
        peers.directory().connect(name, HostPort.parse(address));
      }
      link(exchange, peers, name);
    });
  }

  void acceptKey(HttpServerExchange exchange) {
    String name = exchange.getQueryParameters().get("name").getFirst();
    withNetwork(exchange, peers -> {
      if (peers.directory().pendingKeyChange(name).isEmpty()) {
        AdminServer.sendError(exchange, ErrorCode.NOT_FOUND, "No new key of " + name
            + " is waiting to be accepted; `hyperapp connect " + name + "` shows the key it presents");
        return;
      }
      peers.directory().acceptKeyChange(name);
      link(exchange, peers, name);
    });
  }

  private void withNetwork(HttpServerExchange exchange, Consumer<PeerNetwork> use) {
    network.ifPresentOrElse(use, () -> AdminServer.sendError(exchange, ErrorCode.OFFLINE,
        "This node runs no peer network"));
  }

  private static void link(HttpServerExchange exchange, PeerNetwork peers, String name) {
    Directory directory = peers.directory();
    try {
      peers.connect(name).toCompletableFuture()
          .get(CONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Optional<IdentityRecord> newKey = directory.pendingKeyChange(name);
      if (newKey.isPresent()) {
        AdminServer.sendError(exchange, ErrorCode.NOT_ALLOWED, name + " presents the key "
            + newKey.get().publicKeyText() + ", not the one pinned for it ("
            + directory.resolve(name).map(IdentityRecord::publicKeyText).orElse("?")
            + "). If that node was reinstalled, trust its new key with `hyperapp accept-key "
            + name + "`");
      } else {
        String reason = e.getCause() instanceof RpcException rpc ? rpc.error().message()
            : String.valueOf(e.getCause());
        AdminServer.sendError(exchange, ErrorCode.OFFLINE, reason);
      }
      return;
    } catch (TimeoutException e) {
      AdminServer.sendError(exchange, ErrorCode.OFFLINE, name + " did not answer within "
          + CONNECT_WAIT.toSeconds() + " s; the next message to it dials again");
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      AdminServer.sendError(exchange, ErrorCode.OFFLINE, "The node is shutting down");
      return;
    }
    ObjectNode answer = JSON.createObjectNode().put("peer", name).put("connected", true);
    directory.resolve(name).ifPresent(record -> answer.put("key", record.publicKeyText()));
    ArrayNode addresses = answer.putArray("addresses");
    directory.addressesOf(name).forEach(address -> addresses.add(address.toString()));
    AdminServer.send(exchange, 200, answer);
  }
}
