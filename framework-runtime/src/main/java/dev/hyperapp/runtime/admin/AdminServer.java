package dev.hyperapp.runtime.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.runtime.http.UndertowLogging;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.ProcessRef;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.node.InstalledApp;
import dev.hyperapp.runtime.node.Node;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.server.handlers.BlockingHandler;
import io.undertow.util.Headers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's admin API on {@code 127.0.0.1}. Every answer is JSON; a failure is {@code {"error":
 * {"code": …, "message": …}}} (the wire names of {@link ErrorCode}) with that code's HTTP status.
 *
 * <ul>
 *   <li>{@code GET /status}: the node's name, its apps and their processes with their queue lengths;
 *   <li>{@code POST /packages} with a jar as the body: installs (or upgrades) it;
 *   <li>{@code DELETE /packages/{package:publisher}}: removes a package;
 *   <li>{@code POST /processes/{process:package:publisher}} with {@code {"message": {…}, "blob":
 *       {"mime": …, "base64": …}}} (blob optional): sends the message with origin {@code LOCAL}
 *       from {@link #ADMIN} and answers {@code {"reply": …}} (with {@code "blob"} if the reply has
 *       one), or the handler's error with status 422;
 *   <li>{@code POST /peers} and {@code POST /peers/{name}/accept-key}: see {@link PeerRoutes}.
 * </ul>
 */
public final class AdminServer implements AutoCloseable {

  /** The process that injected messages come from. */
  public static final ProcessId ADMIN = new ProcessId("admin", "distro", "sys");

  private static final Logger log = LoggerFactory.getLogger(AdminServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Node node;
  private final Undertow undertow;
  private final int port;

  private AdminServer(Node node, int requestedPort) {
    this.node = node;
    PeerRoutes peers = new PeerRoutes(node.network());
    RoutingHandler routes = new RoutingHandler()
        .get("/status", exchange -> send(exchange, 200, status()))
        .post("/packages", new BlockingHandler(this::install))
        .delete("/packages/{package}", this::remove)
        .post("/processes/{process}", new BlockingHandler(this::inject))
        .post("/peers", new BlockingHandler(peers::connect))
        .post("/peers/{name}/accept-key", new BlockingHandler(peers::acceptKey))
        .setFallbackHandler(exchange -> sendError(exchange, ErrorCode.NOT_FOUND,
            "No admin route " + exchange.getRequestMethod() + " " + exchange.getRequestPath()));
    this.undertow = Undertow.builder()
        .addHttpListener(requestedPort, "127.0.0.1")
        .setHandler(exchange -> {
          if (!allows(exchange.getSourceAddress())) {
            sendError(exchange, ErrorCode.NOT_ALLOWED, "The admin API answers loopback clients only");
            return;
          }
          routes.handleRequest(exchange);
        })
        .build();
    undertow.start();
    this.port = ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
  }

  /** Starts the admin API of {@code node} on {@code 127.0.0.1:port} (0 picks a free port). */
  public static AdminServer start(Node node, int port) {
    UndertowLogging.throughSlf4j();
    return new AdminServer(node, port);
  }

  /** Whether a client at {@code source} may use the admin API: loopback addresses only. */
  static boolean allows(InetSocketAddress source) {
    InetAddress address = source == null ? null : source.getAddress();
    return address != null && address.isLoopbackAddress();
  }

  public int port() {
    return port;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + port);
  }

  @Override
  public void close() {
    undertow.stop();
  }

  private ObjectNode status() {
    ObjectNode status = JSON.createObjectNode().put("node", node.nodeName());
    ArrayNode apps = status.putArray("apps");
    for (InstalledApp app : node.apps()) {
      ObjectNode entry = apps.addObject()
          .put("package", app.bundle().packageId())
          .put("running", app.running());
      app.failure().ifPresent(failure -> entry.put("failure", failure));
      ArrayNode processes = entry.putArray("processes");
      for (AppManifest manifest : app.bundle().manifests()) {
        ObjectNode process = processes.addObject().put("id", manifest.processId().toString());
        node.kernel().process(manifest.processId())
            .ifPresent(running -> process.put("queued", running.queueLength()));
      }
    }
    node.network().ifPresent(network -> {
      ObjectNode peers = status.putObject("network").put("address", network.localAddress().toString());
      network.connectedPeers().forEach(peers.putArray("connected")::add);
    });
    ArrayNode processes = status.putArray("processes");
    for (ProcessId id : node.kernel().processIds()) {
      processes.addObject()
          .put("id", id.toString())
          .put("queued", node.kernel().process(id).map(ProcessRef::queueLength).orElse(0));
    }
    return status;
  }

  private void install(HttpServerExchange exchange) throws IOException {
    byte[] jar = exchange.getInputStream().readAllBytes();
    if (jar.length == 0) {
      sendError(exchange, ErrorCode.BAD_REQUEST, "Send the app's jar as the request body");
      return;
    }
    Path upload = Files.createTempFile("hyperapp-upload-", ".jar");
    try {
      Files.write(upload, jar);
      InstalledApp app = node.install(upload);
      ObjectNode answer = JSON.createObjectNode()
          .put("package", app.bundle().packageId())
          .put("running", app.running());
      app.failure().ifPresent(failure -> answer.put("failure", failure));
      send(exchange, app.running() ? 200 : 422, answer);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      sendError(exchange, ErrorCode.BAD_REQUEST, "Not an app jar: " + e.getMessage());
    } finally {
      Files.deleteIfExists(upload);
    }
  }

  private void remove(HttpServerExchange exchange) {
    String packageId = exchange.getQueryParameters().get("package").getFirst();
    if (node.remove(packageId)) {
      send(exchange, 200, JSON.createObjectNode().put("removed", packageId));
    } else {
      sendError(exchange, ErrorCode.NOT_FOUND, "No package " + packageId + " is installed");
    }
  }

  private void inject(HttpServerExchange exchange) throws IOException {
    ProcessId target;
    JsonNode request;
    try {
      target = ProcessId.parse(exchange.getQueryParameters().get("process").getFirst());
      request = JSON.readTree(exchange.getInputStream());
    } catch (IllegalArgumentException | IOException e) {
      sendError(exchange, ErrorCode.BAD_REQUEST, e.getMessage());
      return;
    }
    if (request == null || !request.has("message")) {
      sendError(exchange, ErrorCode.BAD_REQUEST, "Send {\"message\": {\"Method\": …}, \"blob\": …}");
      return;
    }
    Message message = Message.request(node.kernel().nextMessageId(),
            node.kernel().addressOf(ADMIN), new Address(node.nodeName(), target),
            JSON.writeValueAsBytes(request.get("message")))
        .withBlob(blob(request.get("blob")));
    Reply reply;
    try {
      reply = node.kernel().request(message).toCompletableFuture()
          .get(Message.DEFAULT_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      sendError(exchange, ErrorCode.INTERNAL, String.valueOf(e.getMessage()));
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      sendError(exchange, ErrorCode.OFFLINE, "The node is shutting down");
      return;
    }
    if (reply instanceof Reply.Success success) {
      ObjectNode answer = JSON.createObjectNode();
      answer.set("reply", success.json() == null ? JSON.nullNode() : JSON.readTree(success.json()));
      if (success.blob() != null) {
        answer.putObject("blob")
            .put("mime", success.blob().mime())
            .put("base64", Base64.getEncoder().encodeToString(success.blob().bytes()));
      }
      send(exchange, 200, answer);
    } else {
      send(exchange, 422, errorBody(((Reply.Failure) reply).error()));
    }
  }

  private static Blob blob(JsonNode blob) {
    if (blob == null || blob.isNull()) {
      return null;
    }
    return new Blob(blob.path("mime").asText(null),
        Base64.getDecoder().decode(blob.path("base64").asText("")));
  }

  static void sendError(HttpServerExchange exchange, ErrorCode code, String message) {
    send(exchange, code.httpStatus(), errorBody(DispatchError.of(code, message)));
  }

  /** {@code {"error": {"code": "<wire name>", "message": …, "path": …}}}, as the HTTP server words it. */
  private static ObjectNode errorBody(DispatchError error) {
    ObjectNode answer = JSON.createObjectNode();
    ObjectNode body = answer.putObject("error")
        .put("code", error.code().wireName())
        .put("message", error.message());
    Optional.ofNullable(error.path()).ifPresent(path -> body.put("path", path));
    return answer;
  }

  static void send(HttpServerExchange exchange, int status, JsonNode body) {
    try {
      exchange.setStatusCode(status);
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
      exchange.getResponseSender().send(JSON.writeValueAsString(body), StandardCharsets.UTF_8);
    } catch (IOException e) {
      log.warn("Could not answer an admin call", e);
      exchange.setStatusCode(500);
      exchange.endExchange();
    }
  }
}
