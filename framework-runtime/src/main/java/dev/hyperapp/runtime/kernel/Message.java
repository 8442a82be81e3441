package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message between processes.
 *
 * @param id correlates a reply with its request; unique among the requests sent from this node
 * @param source who sent it
 * @param target who receives it
 * @param expectsResponse how long the sender waits for a reply; empty for fire-and-forget
 * @param body the JSON request body {@code {"PascalName": …}}
 * @param metadata free-form string pairs that travel with the message
 * @param blob bytes that travel beside the body, or {@code null}
 */
public record Message(
    long id,
    Address source,
    Address target,
    Optional<Duration> expectsResponse,
    byte[] body,
    Map<String, String> metadata,
    Blob blob) {

  /** How long a request waits for its reply unless told otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  public Message {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(expectsResponse, "expectsResponse");
    Objects.requireNonNull(body, "body");
    metadata = Map.copyOf(metadata);
  }

  /** A request that waits {@link #DEFAULT_TIMEOUT} for its reply. */
  public static Message request(long id, Address source, Address target, byte[] body) {
    return new Message(id, source, target, Optional.of(DEFAULT_TIMEOUT), body, Map.of(), null);
  }

  /** This message with another reply timeout. */
  public Message withTimeout(Duration timeout) {
    return new Message(id, source, target, Optional.of(timeout), body, metadata, blob);
  }

  /** This message as fire-and-forget: no reply is sent back. */
  public Message withoutResponse() {
    return new Message(id, source, target, Optional.empty(), body, metadata, blob);
  }

  /** This message with a blob. */
  public Message withBlob(Blob blob) {
    return new Message(id, source, target, expectsResponse, body, metadata, blob);
  }

  /** This message with metadata. */
  public Message withMetadata(Map<String, String> metadata) {
    return new Message(id, source, target, expectsResponse, body, metadata, blob);
  }
}
