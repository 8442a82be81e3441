package dev.hyperapp.runtime.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The owner's login cookie. Its value is {@code <expiry>.<signature>}: the expiry in epoch seconds and
 * an HMAC-SHA256, keyed with the node's {@link HttpHost#sessionKey()}, over the node name and the
 * expiry. Nothing is stored on the server; a cookie is valid if its signature matches (compared in
 * constant time) and it has not expired.
 *
 * <p>The cookie is named after the node ({@code hyperapp-auth-alice.os}) because browsers share
 * cookies between ports: two dev nodes on {@code localhost} must not overwrite each other's login.
 */
final class Sessions {

  private static final String MAC_ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  /** An expiry is at most this many digits: refuses absurd values before any arithmetic. */
  private static final int MAX_EXPIRY_DIGITS = 12;

  private final HttpHost host;
  private final Duration lifetime;
  private final Clock clock;
  private final ThreadLocal<KeyedMac> macs = new ThreadLocal<>();

  Sessions(HttpHost host, Duration lifetime, Clock clock) {
    this.host = host;
    this.lifetime = lifetime;
    this.clock = clock;
  }

  String cookieName() {
    return "hyperapp-auth-" + host.nodeName();
  }

  /** Whether the request carries a valid, unexpired login cookie for this node. */
  boolean isLoggedIn(HttpServerExchange exchange) {
    Cookie cookie = exchange.getRequestCookie(cookieName());
    return cookie != null && isValid(cookie.getValue());
  }

  boolean isValid(String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot > MAX_EXPIRY_DIGITS) {
      return false;
    }
    String expiry = token.substring(0, dot);
    if (!expiry.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    byte[] expected = signature(expiry).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given)
        && Long.parseLong(expiry) > clock.instant().getEpochSecond();
  }

  /** A {@code Set-Cookie} value that logs the browser in for {@link HttpSettings#sessionLifetime()}. */
  String loginCookie(boolean secure) {
    String expiry = Long.toString(clock.instant().plus(lifetime).getEpochSecond());
    return cookie(expiry + "." + signature(expiry), lifetime.toSeconds(), secure);
  }

  /** A {@code Set-Cookie} value that makes the browser forget the login. */
  String logoutCookie(boolean secure) {
    return cookie("", 0, secure);
  }

  private String cookie(String value, long maxAgeSeconds, boolean secure) {
    return cookieName() + "=" + value + "; Max-Age=" + maxAgeSeconds
        + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  private String signature(String expiry) {
    byte[] signed =
        mac().doFinal(("hyperapp-session|" + host.nodeName() + "|" + expiry).getBytes(StandardCharsets.UTF_8));
    return BASE64.encodeToString(signed);
  }

  /**
   * This thread's MAC, keyed with the host's current key: looking up and keying a {@code Mac} per
   * request was a visible part of each request's cost. A replaced key is picked up at once.
   */
  private Mac mac() {
    byte[] key = host.sessionKey();
    KeyedMac cached = macs.get();
    if (cached == null || !Arrays.equals(cached.key(), key)) {
      try {
        Mac mac = Mac.getInstance(MAC_ALGORITHM);
        mac.init(new SecretKeySpec(key, MAC_ALGORITHM));
        cached = new KeyedMac(key, mac);
      } catch (GeneralSecurityException missingFromJdk) {
        throw new IllegalStateException("The JDK lacks " + MAC_ALGORITHM, missingFromJdk);
      }
      macs.set(cached);
    }
    return cached.mac();
  }

  private record KeyedMac(byte[] key, Mac mac) {}
}
