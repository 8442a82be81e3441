package dev.hyperapp.runtime.identity;

import java.util.Objects;

/**
 * Where a node listens: a host name or IP literal and a TCP port. Written {@code host:port}, with an
 * IPv6 literal in brackets ({@code [::1]:9000}).
 */
public record HostPort(String host, int port) {

  public HostPort {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("A host must not be blank");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("A port must be between 1 and 65535, not " + port);
    }
  }

  /** Parses {@code host:port} or {@code [ipv6]:port}. */
  public static HostPort parse(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new IllegalArgumentException("Expected host:port, not '" + text + "'");
    }
    String host = text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    } else if (host.contains(":")) {
      throw new IllegalArgumentException("Write an IPv6 address in brackets: [" + host + "]:port");
    }
    try {
      return new HostPort(host, Integer.parseInt(text.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Expected a numeric port in '" + text + "'", e);
    }
  }

  @Override
  public String toString() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }
}
