package dev.hyperapp.runtime.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the node's HTTP server listens and what it accepts.
 *
 * @param bindAddress the address to listen on; loopback by default, so a dev node is not on the network
 * @param port the port; 0 picks a free one ({@link HttpServer#port()} tells which)
 * @param maxJsonBytes the largest JSON request body; larger ones get 413
 * @param maxUploadBytes the largest upload (a non-JSON body, which becomes the call's blob)
 * @param sessionLifetime how long a login cookie stays valid
 * @param callTimeout how long a process has to reply to an HTTP call before the server answers 504
 * @param clock the time source for cookie expiry
 */
public record HttpSettings(
    String bindAddress,
    int port,
    int maxJsonBytes,
    int maxUploadBytes,
    Duration sessionLifetime,
    Duration callTimeout,
    Clock clock) {

  public static final int DEFAULT_MAX_JSON_BYTES = 16 << 20;
  public static final int DEFAULT_MAX_UPLOAD_BYTES = 64 << 20;
  public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofDays(30);
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

  public HttpSettings {
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxJsonBytes <= 0 || maxUploadBytes <= 0) {
      throw new IllegalArgumentException("body limits must be positive");
    }
    requirePositive("sessionLifetime", sessionLifetime);
    requirePositive("callTimeout", callTimeout);
    Objects.requireNonNull(clock, "clock");
  }

  /** Loopback on {@code port}, with the default limits. */
  public static HttpSettings loopback(int port) {
    return new HttpSettings(
        "127.0.0.1",
        port,
        DEFAULT_MAX_JSON_BYTES,
        DEFAULT_MAX_UPLOAD_BYTES,
        DEFAULT_SESSION_LIFETIME,
        DEFAULT_CALL_TIMEOUT,
        Clock.systemUTC());
  }

  public HttpSettings withPort(int value) {
    return new HttpSettings(
        bindAddress, value, maxJsonBytes, maxUploadBytes, sessionLifetime, callTimeout, clock);
  }

  public HttpSettings withBindAddress(String address) {
    return new HttpSettings(
        address, port, maxJsonBytes, maxUploadBytes, sessionLifetime, callTimeout, clock);
  }

  public HttpSettings withBodyLimits(int json, int upload) {
    return new HttpSettings(bindAddress, port, json, upload, sessionLifetime, callTimeout, clock);
  }

  public HttpSettings withSessionLifetime(Duration lifetime) {
    return new HttpSettings(
        bindAddress, port, maxJsonBytes, maxUploadBytes, lifetime, callTimeout, clock);
  }

  public HttpSettings withCallTimeout(Duration timeout) {
    return new HttpSettings(
        bindAddress, port, maxJsonBytes, maxUploadBytes, sessionLifetime, timeout, clock);
  }

  public HttpSettings withClock(Clock time) {
    return new HttpSettings(
        bindAddress, port, maxJsonBytes, maxUploadBytes, sessionLifetime, callTimeout, time);
  }

  private static void requirePositive(String name, Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + duration);
    }
  }
}
