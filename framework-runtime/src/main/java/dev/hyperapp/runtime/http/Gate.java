package dev.hyperapp.runtime.http;

import dev.hyperapp.api.dispatch.ErrorCode;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Applies an {@link AccessRule} to a request and answers the refused ones: 403 for a remote client on a
 * local-only binding; for a missing login, a redirect to {@code /login} when a browser is loading a
 * page, else 401.
 */
final class Gate {

  private final Sessions sessions;

  Gate(Sessions sessions) {
    this.sessions = sessions;
  }

  /** Whether the request may go on; if not, the refusal has been sent. */
  boolean admits(HttpServerExchange exchange, AccessRule rule) {
    boolean loggedIn = !rule.authenticated() || sessions.isLoggedIn(exchange);
    switch (rule.judge(exchange.getSourceAddress().getAddress(), loggedIn)) {
      case ADMITTED:
        return true;
      case NOT_LOCAL:
        Replies.error(exchange, ErrorCode.NOT_ALLOWED, "Only clients on the node's own machine may use this");
        return false;
      case NOT_LOGGED_IN:
        if (isPageLoad(exchange)) {
          Replies.seeOther(exchange, loginPageFor(exchange));
        } else {
          Replies.error(exchange, ErrorCode.UNAUTHENTICATED, "Log in to this node at /login first");
        }
        return false;
      default:
        throw new IllegalStateException("Unknown verdict");
    }
  }

  /** The login page, sending the browser back here afterwards. */
  static String loginPageFor(HttpServerExchange exchange) {
    // The raw URI keeps the request's own encoding; an absolute-form URI falls back to the path.
    String uri = exchange.getRequestURI();
    String back = (uri.startsWith("/") ? uri : exchange.getRequestPath())
        + (exchange.getQueryString().isEmpty() ? "" : "?" + exchange.getQueryString());
    return "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
  }

  /** A browser navigating to a page, rather than a script calling an API. */
  private static boolean isPageLoad(HttpServerExchange exchange) {
    String accept = exchange.getRequestHeaders().getFirst(Headers.ACCEPT);
    return exchange.getRequestMethod().equals(Methods.GET) && accept != null && accept.contains("text/html");
  }
}
