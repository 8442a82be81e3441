package dev.hyperapp.runtime.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.net.PeerMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How kernel messages and replies are written into a {@link PeerMessage}. The header is a small JSON
 * object; the body and the blob travel as the peer message's own body and blob:
 *
 * <pre>
 * request: {"v":1,"kind":"request","id":7,"source":"alice.os@p:pkg:pub","target":"bob.os@p:pkg:pub",
 *           "timeoutMs":30000,"metadata":{…}}          (no timeoutMs: fire-and-forget)
 * reply:   {"v":1,"kind":"reply","id":7,"result":"json"|"void"}
 *          {"v":1,"kind":"reply","id":7,"error":{"code":"no-such-process","message":"…","path":…}}
 * </pre>
 *
 * A reply carries the id of the request it answers. The source node in a request header is only
 * what the sender claims: the receiver replaces it with the authenticated peer name.
 */
final class Envelope {

  static final int VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] EMPTY = new byte[0];
  private static final int MAX_CACHED_ADDRESSES = 4096;
  private static final ConcurrentMap<String, Address> ADDRESSES = new ConcurrentHashMap<>();

  private Envelope() {}

  /** A decoded peer message: a request for the kernel here, or a reply to one of our requests. */
  sealed interface Inbound {}

  record Request(Message message) implements Inbound {}

  record Answer(long id, Reply reply) implements Inbound {}

  static PeerMessage request(Message message) {
    ObjectNode header = header("request", message.id());
    header.put("source", message.source().toString());
    header.put("target", message.target().toString());
    message.expectsResponse().ifPresent(timeout -> header.put("timeoutMs", timeout.toMillis()));
    ObjectNode metadata = header.putObject("metadata");
    new TreeMap<>(message.metadata()).forEach(metadata::put);
    return new PeerMessage(write(header), message.body(), message.blob());
  }

  static PeerMessage reply(long id, Reply reply) {
    ObjectNode header = header("reply", id);
    if (reply instanceof Reply.Success success) {
      header.put("result", success.json() == null ? "void" : "json");
      return new PeerMessage(
          write(header), success.json() == null ? EMPTY : success.json(), success.blob());
    }
    DispatchError error = ((Reply.Failure) reply).error();
    ObjectNode written = header.putObject("error");
    written.put("code", error.code().wireName());
    written.put("message", error.message());
    if (error.path() != null) {
      written.put("path", error.path());
    }
    return new PeerMessage(write(header), EMPTY);
  }

  /**
   * Reads what {@code peer} sent. A request's source is re-addressed to {@code peer}: the certificate
   * proved that name, whatever the header says.
   *
   * @throws IllegalArgumentException if the message is not one this version understands
   */
  static Inbound read(String peer, PeerMessage received) {
    JsonNode header;
    try {
      header = JSON.readTree(received.header());
    } catch (IOException e) {
      throw new IllegalArgumentException("The header is not JSON: " + e.getMessage(), e);
    }
    if (header == null || header.path("v").asInt() != VERSION || !header.path("id").isIntegralNumber()) {
      throw new IllegalArgumentException("The header is not a version " + VERSION + " envelope");
    }
    long id = header.path("id").asLong();
    switch (header.path("kind").asText()) {
      case "request":
        return new Request(requestMessage(peer, id, header, received));
      case "reply":
        return new Answer(id, replyOf(header, received));
      default:
        throw new IllegalArgumentException("Unknown kind '" + header.path("kind").asText() + "'");
    }
  }

  private static Message requestMessage(String peer, long id, JsonNode header, PeerMessage received) {
    Address claimed = address(header.path("source").asText());
    Address target = address(header.path("target").asText());
    Address source = claimed.node().equals(peer) ? claimed : address(peer + "@" + claimed.process());
    Optional<Duration> timeout = header.has("timeoutMs")
        ? Optional.of(Duration.ofMillis(header.path("timeoutMs").asLong()))
        : Optional.empty();
    Map<String, String> metadata = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = header.path("metadata").fields();
    fields.forEachRemaining(field -> metadata.put(field.getKey(), field.getValue().asText()));
    return new Message(id, source, target, timeout, received.body(), metadata, received.blob());
  }

  /**
   * Parses an address, once per distinct text: validating one runs several regular expressions, which
   * took close to half of a link reader's time, and a link carries the same few addresses over and over.
   * A text that does not parse is never kept; the cache is emptied when full.
   */
  private static Address address(String text) {
    Address known = ADDRESSES.get(text);
    if (known != null) {
      return known;
    }
    Address parsed = Address.parse(text);
    if (ADDRESSES.size() >= MAX_CACHED_ADDRESSES) {
      ADDRESSES.clear();
    }
    ADDRESSES.put(text, parsed);
    return parsed;
  }

  private static Reply replyOf(JsonNode header, PeerMessage received) {
    JsonNode error = header.get("error");
    if (error != null) {
      ErrorCode code = ErrorCode.fromWireName(error.path("code").asText());
      String path = error.hasNonNull("path") ? error.get("path").asText() : null;
      return new Reply.Failure(new DispatchError(code, error.path("message").asText(), path));
    }
    boolean isVoid = "void".equals(header.path("result").asText());
    return new Reply.Success(isVoid ? null : received.body(), received.blob());
  }

  private static ObjectNode header(String kind, long id) {
    ObjectNode header = JSON.createObjectNode();
    header.put("v", VERSION);
    header.put("kind", kind);
    header.put("id", id);
    return header;
  }

  private static byte[] write(ObjectNode header) {
    try {
      return JSON.writeValueAsBytes(header);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a message header", e);
    }
  }
}
