package dev.hyperapp.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A node for the server's tests that really handles what reaches it: it decodes envelopes (a malformed
 * one is a {@code bad-json} error, as from a dispatcher), and its handlers answer with what they
 * received, fail, never answer (a {@code timeout} error once the call's timeout has passed, as a node
 * times a call out), or return a file. WebSocket events are recorded, and a text {@code ping:x} is
 * answered with a push of {@code pong:x}.
 */
final class TestHost implements HttpHost {

  static final String NODE = "alice.os";
  static final String PASSWORD = "correct horse battery staple";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<ProcessId, App> apps = new ConcurrentHashMap<>();
  private final List<HomepageEntry> homepage = new CopyOnWriteArrayList<>();
  private volatile byte[] sessionKey = newSessionKey();
  private final AtomicReference<WebSocketPush> push = new AtomicReference<>();
  final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
  /** The timeout the server gave with its last call. */
  volatile Duration lastTimeout;

  /** A WebSocket event with the process it was delivered to. */
  record Received(ProcessId process, WsEvent event) {}

  private static byte[] newSessionKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /** Replaces the key that signs login cookies, as a node owner may. */
  void replaceSessionKey() {
    sessionKey = newSessionKey();
  }

  TestHost install(TestApp app) {
    apps.put(app.process(), app);
    return this;
  }

  TestHost listOnHomepage(HomepageEntry entry) {
    homepage.add(entry);
    return this;
  }

  void pushThrough(WebSocketPush sockets) {
    push.set(sockets);
  }

  @Override
  public String nodeName() {
    return NODE;
  }

  @Override
  public Optional<App> app(ProcessId process) {
    return Optional.ofNullable(apps.get(process));
  }

  @Override
  public List<HomepageEntry> homepage() {
    return List.copyOf(homepage);
  }

  @Override
  public boolean isOwnerPassword(String password) {
    return MessageDigest.isEqual(
        password.getBytes(StandardCharsets.UTF_8), PASSWORD.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public byte[] sessionKey() {
    return sessionKey.clone();
  }

  @Override
  public CompletionStage<HttpReply> call(ProcessId process, HttpCall call, Duration timeout) {
    lastTimeout = timeout;
    String handler;
    JsonNode arguments;
    try {
      if (call.handler().isPresent()) {
        handler = call.handler().get();
        arguments = call.body().length == 0 ? null : JSON.readTree(call.body());
      } else {
        JsonNode envelope = JSON.readTree(call.body());
        if (envelope == null || !envelope.isObject() || envelope.size() != 1) {
          return failed(ErrorCode.BAD_REQUEST, "A request is an object with one key, the handler's name", null);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = envelope.fields();
        Map.Entry<String, JsonNode> only = fields.next();
        handler = only.getKey();
        arguments = only.getValue();
      }
    } catch (IOException malformed) {
      return failed(ErrorCode.BAD_JSON, "The body is not JSON", null);
    }
    switch (handler) {
      case "Fail":
        return failed(ErrorCode.WRONG_TYPE, "Expected a string", "$.Fail");
      case "Explode":
        return CompletableFuture.failedFuture(new IllegalStateException("the handler's own bug"));
      case "Offline":
        return CompletableFuture.failedFuture(
            new RpcException(DispatchError.of(ErrorCode.OFFLINE, "bob.os is offline")));
      case "Never":
        return new CompletableFuture<HttpReply>().completeOnTimeout(
            HttpReply.failed(DispatchError.of(ErrorCode.TIMEOUT, process + " did not answer within " + timeout)),
            timeout.toNanos(), TimeUnit.NANOSECONDS);
      case "Download":
        return CompletableFuture.completedFuture(
            HttpReply.done(null, new Blob("text/plain", "file body".getBytes(StandardCharsets.UTF_8))));
      case "Nothing":
        return CompletableFuture.completedFuture(HttpReply.done(null, null));
      default:
        return CompletableFuture.supplyAsync(() -> HttpReply.done(echo(process, handler, arguments, call), null));
    }
  }

  private static byte[] echo(ProcessId process, String handler, JsonNode arguments, HttpCall call) {
    ObjectNode echo = JSON.createObjectNode();
    echo.put("process", process.toString());
    echo.put("handler", handler);
    echo.set("arguments", arguments);
    echo.put("envelope", call.handler().isEmpty());
    echo.put("method", call.request().method());
    echo.put("path", call.request().path());
    echo.put("q", call.request().query("q").orElse(null));
    echo.putPOJO("queryParameters", call.request().queryParameters());
    echo.put("xTest", call.request().header("x-test").orElse(null));
    echo.put("cookie", call.request().header("Cookie").orElse(null));
    call.blob().ifPresent(blob -> {
      ObjectNode node = echo.putObject("blob");
      node.put("mime", blob.mime());
      node.put("size", blob.bytes().length);
      node.put("text", new String(blob.bytes(), StandardCharsets.UTF_8));
      node.put("base64", Base64.getEncoder().encodeToString(blob.bytes()));
    });
    try {
      return JSON.writeValueAsBytes(echo);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CompletionStage<HttpReply> failed(ErrorCode code, String message, String path) {
    return CompletableFuture.completedFuture(HttpReply.failed(new DispatchError(code, message, path)));
  }

  @Override
  public void onWebSocket(ProcessId process, WsEvent event) {
    events.add(new Received(process, event));
    if (event.kind() == WsEvent.Kind.TEXT && event.text().startsWith("ping:")) {
      push.get().push(process, event.channel(), "pong:" + event.text().substring(5));
    }
  }
}
