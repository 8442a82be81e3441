package dev.hyperapp.runtime.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
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
 *
 * <p>Every API call carries the cookie, so this is on each request's path: the cookie is found in the
 * {@code Cookie} header without parsing the others (Undertow's parser runs a regular expression per
 * cookie), and the last few tokens that verified are remembered with their expiry, so a browser's
 * token costs one HMAC per key rather than one per request. Remembered tokens are compared in
 * constant time, as signatures are; only tokens this node signed are ever remembered.
 */
final class Sessions {

  private static final String MAC_ALGORITHM = "HmacSHA256";
  private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();
  /** An expiry is at most this many digits: refuses absurd values before any arithmetic. */
  private static final int MAX_EXPIRY_DIGITS = 12;
  /** How many verified tokens are remembered: the owner's browsers and scripts, with room to spare. */
  private static final int REMEMBERED_TOKENS = 16;

  private final HttpHost host;
  private final Duration lifetime;
  private final Clock clock;
  private final String cookieName;
  private final ThreadLocal<KeyedMac> macs = new ThreadLocal<>();
  private volatile Remembered remembered = new Remembered(new byte[0], new byte[0][], new long[0]);

  Sessions(HttpHost host, Duration lifetime, Clock clock) {
    this.host = host;
    this.lifetime = lifetime;
    this.clock = clock;
    this.cookieName = "hyperapp-auth-" + host.nodeName();
  }

  /** Whether the request carries a valid, unexpired login cookie for this node. */
  boolean isLoggedIn(HttpServerExchange exchange) {
    HeaderValues headers = exchange.getRequestHeaders().get(Headers.COOKIE);
    if (headers == null) {
      return false;
    }
    for (String header : headers) {
      // "name=value; name=value": a browser may send ours more than once (another path's copy).
      for (int start = 0; start < header.length(); ) {
        int end = header.indexOf(';', start);
        end = end < 0 ? header.length() : end;
        String value = valueIfNamed(header, start, end);
        if (value != null && isValid(value)) {
          return true;
        }
        start = end + 1;
      }
    }
    return false;
  }

  /** The value of the cookie in {@code header[start, end)} if it is ours, else null. */
  private String valueIfNamed(String header, int start, int end) {
    while (start < end && header.charAt(start) == ' ') {
      start++;
    }
    int equals = start + cookieName.length();
    return equals < end && header.startsWith(cookieName, start) && header.charAt(equals) == '='
        ? header.substring(equals + 1, end).trim()
        : null;
  }

  private boolean isValid(String token) {
    byte[] key = host.sessionKey();
    byte[] given = token.getBytes(StandardCharsets.US_ASCII);
    long expiry = remembered.expiryOf(key, given);
    if (expiry < 0) {
      expiry = verifiedExpiry(key, token);
      if (expiry < 0) {
        return false;
      }
      remembered = remembered.with(key, given, expiry);
    }
    return expiry > clock.instant().getEpochSecond();
  }

  /** The token's expiry if it is well formed and signed with {@code key}, else -1. */
  private long verifiedExpiry(byte[] key, String token) {
    int dot = token.indexOf('.');
    if (dot <= 0 || dot > MAX_EXPIRY_DIGITS) {
      return -1;
    }
    String expiry = token.substring(0, dot);
    if (!expiry.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    byte[] expected = signature(key, expiry).getBytes(StandardCharsets.US_ASCII);
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, given) ? Long.parseLong(expiry) : -1;
  }

  /** A {@code Set-Cookie} value that logs the browser in for {@link HttpSettings#sessionLifetime()}. */
  String loginCookie(boolean secure) {
    String expiry = Long.toString(clock.instant().plus(lifetime).getEpochSecond());
    return cookie(expiry + "." + signature(host.sessionKey(), expiry), lifetime.toSeconds(), secure);
  }

  /** A {@code Set-Cookie} value that makes the browser forget the login. */
  String logoutCookie(boolean secure) {
    return cookie("", 0, secure);
  }

  private String cookie(String value, long maxAgeSeconds, boolean secure) {
    return cookieName + "=" + value + "; Max-Age=" + maxAgeSeconds
        + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
  }

  private String signature(byte[] key, String expiry) {
    byte[] signed =
        mac(key).doFinal(("hyperapp-session|" + host.nodeName() + "|" + expiry).getBytes(StandardCharsets.UTF_8));
    return BASE64.encodeToString(signed);
  }

  /**
   * This thread's MAC, keyed with {@code key}: looking up and keying a {@code Mac} per request was a
   * visible part of each request's cost. A replaced key is picked up at once.
   */
  private Mac mac(byte[] key) {
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

  /**
   * Tokens that verified under {@code key}, newest first, with their expiry in epoch seconds. Replaced
   * whole on each change, so a reader always sees one consistent set; a new key starts an empty one.
   */
  private record Remembered(byte[] key, byte[][] tokens, long[] expiries) {

    /** The expiry of {@code token} if it verified under {@code key}, else -1; constant time per entry. */
    long expiryOf(byte[] currentKey, byte[] token) {
      if (!MessageDigest.isEqual(key, currentKey)) {
        return -1;
      }
      long found = -1;
      for (int i = 0; i < tokens.length; i++) {
        if (MessageDigest.isEqual(tokens[i], token)) {
          found = expiries[i];
        }
      }
      return found;
    }

    Remembered with(byte[] currentKey, byte[] token, long expiry) {
      boolean sameKey = MessageDigest.isEqual(key, currentKey);
      int kept = sameKey ? Math.min(tokens.length, REMEMBERED_TOKENS - 1) : 0;
      byte[][] newTokens = new byte[kept + 1][];
      long[] newExpiries = new long[kept + 1];
      newTokens[0] = token;
      newExpiries[0] = expiry;
      System.arraycopy(tokens, 0, newTokens, 1, kept);
      System.arraycopy(expiries, 0, newExpiries, 1, kept);
      return new Remembered(currentKey, newTokens, newExpiries);
    }
  }
}
