package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ErrorCode;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import io.undertow.util.StatusCodes;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The node's root routes: {@code /} (the homepage), {@code /our.js}, {@code /favicon.svg} (also as
 * {@code /favicon.ico}), {@code /login}, {@code /logout},
 * and {@code /<process>:<package>:<publisher>…} (an app, see {@link AppRoutes}); 404 for anything else.
 */
final class NodeRoutes implements HttpHandler {

  /** A login form is a password and a path: anything longer is not one. */
  private static final int MAX_LOGIN_FORM_BYTES = 16 << 10;
  private static final List<String> READ_METHODS = List.of("GET", "HEAD");
  private static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
  private static final String PAGE_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; "
          + "frame-ancestors 'none'; base-uri 'none'";

  private final HttpHost host;
  private final Sessions sessions;
  private final Gate gate;
  private final AppRoutes apps;

  NodeRoutes(HttpHost host, Sessions sessions, Gate gate, AppRoutes apps) {
    this.host = host;
    this.sessions = sessions;
    this.gate = gate;
    this.apps = apps;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String path = exchange.getRequestPath();
    switch (path) {
      case "/":
        homepage(exchange);
        return;
      case "/our.js":
        if (allows(exchange, READ_METHODS)) {
          ourJs(exchange);
        }
        return;
      case "/favicon.svg", "/favicon.ico": // .ico: what browsers ask for on pages that name no icon
        if (allows(exchange, READ_METHODS)) {
          exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "public, max-age=86400");
          Replies.send(exchange, StatusCodes.OK, "image/svg+xml", Pages.FAVICON);
        }
        return;
      case "/login":
        login(exchange);
        return;
      case "/logout":
        if (allows(exchange, List.of("POST"))) {
          exchange.getResponseHeaders().put(Headers.SET_COOKIE, sessions.logoutCookie(isSecure(exchange)));
          Replies.seeOther(exchange, "/login");
        }
        return;
      default:
        app(exchange, path);
    }
  }

  private void app(HttpServerExchange exchange, String path) throws Exception {
    int end = path.indexOf('/', 1);
    String first = end < 0 ? path.substring(1) : path.substring(1, end);
    Optional<ProcessId> process = parseProcessId(first);
    if (process.isEmpty()) {
      Replies.notFound(exchange);
      return;
    }
    Optional<HttpHost.App> app = host.app(process.get());
    if (app.isEmpty()) {
      Replies.error(exchange, ErrorCode.NO_SUCH_PROCESS, "No app " + process.get() + " is installed on this node");
      return;
    }
    apps.handle(exchange, process.get(), app.get(), end < 0 ? "" : path.substring(end));
  }

  private void homepage(HttpServerExchange exchange) {
    if (!gate.admits(exchange, AccessRule.OWNER) || !allows(exchange, READ_METHODS)) {
      return;
    }
    exchange.dispatch(Replies.guarded(worker -> sendPage(worker, StatusCodes.OK, Pages.homepage(host.nodeName(), tiles()))));
  }

  private List<Pages.Tile> tiles() {
    List<Pages.Tile> tiles = new ArrayList<>();
    for (HttpHost.HomepageEntry entry : host.homepage()) {
      host.app(entry.process()).ifPresent(app -> {
        String base = "/" + entry.process();
        String path = entry.path().startsWith("/") ? entry.path() : "/" + entry.path();
        String iconUrl = entry.icon().contains(".")
            ? base + AppRoutes.uiRoot(app.manifest().ui()) + entry.icon().replaceFirst("^/+", "")
            : null;
        tiles.add(new Pages.Tile(entry.label(), entry.icon(), iconUrl, base + path));
      });
    }
    return tiles;
  }

  /**
   * {@code window.our}: the node, and the process whose page loads the script, taken from the query
   * parameter {@code process} if given, else from the first segment of the {@code Referer}'s path; null
   * when neither names a process.
   */
  private void ourJs(HttpServerExchange exchange) {
    Optional<ProcessId> process = CallRelay.query(exchange, "process").flatMap(NodeRoutes::parseProcessId);
    if (process.isEmpty()) {
      process = refererProcess(exchange.getRequestHeaders().getFirst(Headers.REFERER));
    }
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    Replies.send(exchange, StatusCodes.OK, Replies.JAVASCRIPT, Pages.ourJs(host.nodeName(), process.orElse(null)));
  }

  private void login(HttpServerExchange exchange) {
    if (!allows(exchange, List.of("GET", "HEAD", "POST"))) {
      return;
    }
    if (!exchange.getRequestMethod().equals(Methods.POST)) {
      String next = safeNext(CallRelay.query(exchange, "next").orElse("/"));
      sendPage(exchange, StatusCodes.OK, Pages.login(host.nodeName(), next, false));
      return;
    }
    RequestBodies.read(
        exchange,
        MAX_LOGIN_FORM_BYTES,
        (ready, body) -> ready.dispatch(Replies.guarded(worker -> checkPassword(worker, body))));
  }

  /** Runs on a worker: the password check may be slow on purpose. */
  private void checkPassword(HttpServerExchange exchange, byte[] body) {
    Map<String, String> form = parseForm(new String(body, StandardCharsets.UTF_8));
    String next = safeNext(form.getOrDefault("next", "/"));
    if (host.isOwnerPassword(form.getOrDefault("password", ""))) {
      exchange.getResponseHeaders().put(Headers.SET_COOKIE, sessions.loginCookie(isSecure(exchange)));
      Replies.seeOther(exchange, next);
    } else {
      sendPage(exchange, StatusCodes.UNAUTHORIZED, Pages.login(host.nodeName(), next, true));
    }
  }

  private static void sendPage(HttpServerExchange exchange, int status, byte[] html) {
    exchange.getResponseHeaders().put(CONTENT_SECURITY_POLICY, PAGE_POLICY);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    Replies.send(exchange, status, Replies.HTML, html);
  }

  private static boolean allows(HttpServerExchange exchange, List<String> methods) {
    if (methods.contains(exchange.getRequestMethod().toString())) {
      return true;
    }
    Replies.methodNotAllowed(exchange, methods);
    return false;
  }

  /** A path on this node to go to after logging in; anything else (another site, {@code //host}) is {@code /}. */
  static String safeNext(String next) {
    boolean local = next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
        && next.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    return local ? next : "/";
  }

  private static Map<String, String> parseForm(String form) {
    Map<String, String> fields = new HashMap<>();
    for (String pair : form.split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        try {
          fields.putIfAbsent(
              URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformedEscape) {
          // A field that is not form-encoded is left out, as if it were not sent.
        }
      }
    }
    return fields;
  }

  private static Optional<ProcessId> refererProcess(String referer) {
    if (referer == null) {
      return Optional.empty();
    }
    try {
      String path = new URI(referer).getPath();
      if (path == null || path.length() < 2) {
        return Optional.empty();
      }
      int end = path.indexOf('/', 1);
      return parseProcessId(end < 0 ? path.substring(1) : path.substring(1, end));
    } catch (URISyntaxException malformed) {
      return Optional.empty();
    }
  }

  static Optional<ProcessId> parseProcessId(String text) {
    try {
      return Optional.of(ProcessId.parse(text));
    } catch (IllegalArgumentException notAProcess) {
      return Optional.empty();
    }
  }

  private static boolean isSecure(HttpServerExchange exchange) {
    return exchange.getRequestScheme().equals("https");
  }
}
