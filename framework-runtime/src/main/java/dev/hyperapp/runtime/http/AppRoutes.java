package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.manifest.HandlerKind;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import io.undertow.websockets.WebSocketProtocolHandshakeHandler;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The routes under an app's base path {@code /<process>:<package>:<publisher>}, first match wins:
 *
 * <ol>
 *   <li>{@code /api.js}: the generated browser client, under the UI's access rule;
 *   <li>an endpoint's path: {@code POST} with an envelope or upload (HTTP), or a WebSocket upgrade;
 *   <li>a handler's own {@code @Http(path)}, by method (405 with {@code Allow} for another method),
 *       under the access rule of the app's first HTTP endpoint (the owner, if it has none);
 *   <li>the UI: {@code ui/index.html} at the UI path, the other files of {@code ui/} below it;
 *   <li>else 404.
 * </ol>
 */
final class AppRoutes {

  private static final List<String> READ_METHODS = List.of("GET", "HEAD");

  private final Gate gate;
  private final CallRelay calls;
  private final HttpHandler handshake;

  AppRoutes(Gate gate, CallRelay calls, WebSocketRelay sockets) {
    this.gate = gate;
    this.calls = calls;
    this.handshake = new WebSocketProtocolHandshakeHandler(
        sockets,
        exchange -> Replies.error(
            exchange, ErrorCode.BAD_REQUEST, "This is a WebSocket endpoint: connect with a WebSocket client"));
  }

  /** Handles a request for {@code app}; {@code rest} is the path below its base path ({@code ""} or {@code /…}). */
  void handle(HttpServerExchange exchange, ProcessId process, HttpHost.App app, String rest) throws Exception {
    AppManifest manifest = app.manifest();
    if (rest.equals("/api.js")) {
      serveFile(exchange, app, AccessRule.of(manifest.ui()), apiJsPath(process));
      return;
    }
    for (AppManifest.EndpointBinding endpoint : manifest.endpoints()) {
      if (endpoint.path().equals(rest)) {
        endpoint(exchange, process, endpoint, rest);
        return;
      }
    }
    List<AppManifest.HandlerEntry> ownPath = manifest.handlers().stream()
        .filter(handler -> handler.kinds().contains(HandlerKind.HTTP)
            && !handler.httpPath().isEmpty()
            && handler.httpPath().equals(rest))
        .collect(Collectors.toList());
    if (!ownPath.isEmpty()) {
      ownPath(exchange, process, manifest, ownPath, rest);
      return;
    }
    if (manifest.ui().enabled() && ui(exchange, process, app, rest)) {
      return;
    }
    Replies.notFound(exchange);
  }

  private void endpoint(
      HttpServerExchange exchange, ProcessId process, AppManifest.EndpointBinding endpoint, String rest)
      throws Exception {
    if (!gate.admits(exchange, AccessRule.of(endpoint))) {
      return;
    }
    if (endpoint.kind() == Endpoint.Kind.WEBSOCKET) {
      if (!isSameOrigin(exchange)) {
        Replies.error(exchange, ErrorCode.NOT_ALLOWED, "WebSocket connections from other sites are refused");
        return;
      }
      exchange.putAttachment(WebSocketRelay.PROCESS, process);
      handshake.handleRequest(exchange);
    } else if (!exchange.getRequestMethod().equals(Methods.POST)) {
      Replies.methodNotAllowed(exchange, List.of("POST"));
    } else {
      calls.relay(exchange, process, rest, Optional.empty());
    }
  }

  private void ownPath(
      HttpServerExchange exchange,
      ProcessId process,
      AppManifest manifest,
      List<AppManifest.HandlerEntry> handlers,
      String rest) {
    AccessRule rule = manifest.endpoints().stream()
        .filter(endpoint -> endpoint.kind() == Endpoint.Kind.HTTP)
        .findFirst()
        .map(AccessRule::of)
        .orElse(AccessRule.OWNER);
    if (!gate.admits(exchange, rule)) {
      return;
    }
    String method = exchange.getRequestMethod().toString();
    Optional<AppManifest.HandlerEntry> handler =
        handlers.stream().filter(entry -> entry.httpMethod().equals(method)).findFirst();
    if (handler.isPresent()) {
      calls.relay(exchange, process, rest, Optional.of(handler.get().name()));
    } else {
      Replies.methodNotAllowed(
          exchange,
          handlers.stream().map(AppManifest.HandlerEntry::httpMethod).sorted().distinct().collect(Collectors.toList()));
    }
  }

  /** Serves the UI if {@code rest} is at or below the UI path; returns whether it was. */
  private boolean ui(HttpServerExchange exchange, ProcessId process, HttpHost.App app, String rest) {
    String root = uiRoot(app.manifest().ui());
    if (rest.equals(root.substring(0, root.length() - 1))) {
      // Relative links in index.html resolve against a path that ends with a slash.
      String query = exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString();
      Replies.redirect(exchange, StatusCodes.TEMPORARY_REDIRECT, "/" + process + root + query);
      return true;
    }
    if (!rest.startsWith(root)) {
      return false;
    }
    String relative = rest.substring(root.length());
    Optional<String> jarPath = relative.isEmpty() ? Optional.of("ui/index.html") : UiFiles.uiPath(relative);
    if (jarPath.isEmpty()) {
      Replies.notFound(exchange);
    } else {
      serveFile(exchange, app, AccessRule.of(app.manifest().ui()), jarPath.get());
    }
    return true;
  }

  private void serveFile(HttpServerExchange exchange, HttpHost.App app, AccessRule rule, String jarPath) {
    if (!gate.admits(exchange, rule)) {
      return;
    }
    if (!READ_METHODS.contains(exchange.getRequestMethod().toString())) {
      Replies.methodNotAllowed(exchange, READ_METHODS);
      return;
    }
    exchange.dispatch(Replies.guarded(worker -> UiFiles.serve(worker, app, jarPath)));
  }

  /** The UI path, ending with a slash: {@code /} or {@code /app/}. */
  static String uiRoot(AppManifest.UiBinding ui) {
    String path = ui.path().startsWith("/") ? ui.path() : "/" + ui.path();
    return path.endsWith("/") ? path : path + "/";
  }

  /** Where the processor puts an app's browser client inside its jar. */
  static String apiJsPath(ProcessId process) {
    return "META-INF/hyperapp/apps/" + process.publisher() + "/" + process.packageName() + "/"
        + process.process() + "/api.js";
  }

  /** Whether a browser's {@code Origin}, if it sent one, is this server (cross-site WebSocket hijacking). */
  private static boolean isSameOrigin(HttpServerExchange exchange) {
    String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
    if (origin == null) {
      return true;
    }
    try {
      String authority = new URI(origin).getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(exchange.getRequestHeaders().getFirst(Headers.HOST));
    } catch (URISyntaxException malformed) {
      return false;
    }
  }
}
