package dev.hyperapp.runtime.remote;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.net.PeerMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
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
    return new PeerMessage(header(json -> {
      start(json, "request", message.id());
      json.writeStringField("source", message.source().toString());
      json.writeStringField("target", message.target().toString());
      if (message.expectsResponse().isPresent()) {
        json.writeNumberField("timeoutMs", message.expectsResponse().get().toMillis());
      }
      json.writeObjectFieldStart("metadata");
      for (Map.Entry<String, String> entry : new TreeMap<>(message.metadata()).entrySet()) {
        json.writeStringField(entry.getKey(), entry.getValue());
      }
      json.writeEndObject();
    }), message.body(), message.blob());
  }

  static PeerMessage reply(long id, Reply reply) {
    if (reply instanceof Reply.Success success) {
      return new PeerMessage(header(json -> {
            start(json, "reply", id);
            json.writeStringField("result", success.json() == null ? "void" : "json");
          }),
          success.json() == null ? EMPTY : success.json(), success.blob());
    }
    DispatchError error = ((Reply.Failure) reply).error();
    return new PeerMessage(header(json -> {
      start(json, "reply", id);
      error.writeField(json);
    }), EMPTY);
  }

  /**
   * Reads what {@code peer} sent. A request's source is re-addressed to {@code peer}: the certificate
   * proved that name, whatever the header says.
   *
   * @throws IllegalArgumentException if the message is not one this version understands
   */
  static Inbound read(String peer, PeerMessage received) {
    Header header;
    try (JsonParser json = JSON.getFactory().createParser(received.header())) {
      header = Header.parse(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("The header is not JSON: " + e.getMessage(), e);
    }
    if (header.version != VERSION || header.id == null) {
      throw new IllegalArgumentException("The header is not a version " + VERSION + " envelope");
    }
    switch (String.valueOf(header.kind)) {
      case "request":
        return new Request(requestMessage(peer, header, received));
      case "reply":
        return new Answer(header.id, replyOf(header, received));
      default:
        throw new IllegalArgumentException("Unknown kind '" + header.kind + "'");
    }
  }

  /**
   * The fields of a header, read with Jackson's streaming parser: building a tree for every message
   * cost a link reader more than the rest of the header's handling. Unknown fields are skipped.
   */
  private static final class Header {
    int version = -1;
    Long id;
    String kind;
    String source;
    String target;
    Long timeoutMs;
    String result;
    final Map<String, String> metadata = new TreeMap<>();
    DispatchError error;

    static Header parse(JsonParser json) throws IOException {
      Header header = new Header();
      if (json.nextToken() != JsonToken.START_OBJECT) {
        throw new JsonParseException(json, "The header is not a JSON object");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String name = json.currentName();
        JsonToken value = json.nextToken();
        if (name.equals("metadata")) {
          readStrings(json, value, header.metadata);
        } else if (name.equals("error")) {
          Map<String, String> error = new TreeMap<>();
          readStrings(json, value, error);
          header.error = new DispatchError(ErrorCode.fromWireName(error.getOrDefault("code", "")),
              error.getOrDefault("message", ""), error.get("path"));
        } else if (value.isStructStart()) {
          json.skipChildren();
        } else {
          header.scalar(name, value, json);
        }
      }
      return header;
    }

    private void scalar(String name, JsonToken value, JsonParser json) throws IOException {
      switch (name) {
        case "v" -> version = value == JsonToken.VALUE_NUMBER_INT ? json.getIntValue() : -1;
        case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : null;
        case "kind" -> kind = json.getValueAsString();
        case "source" -> source = json.getValueAsString();
        case "target" -> target = json.getValueAsString();
        case "timeoutMs" -> timeoutMs = json.getValueAsLong();
        case "result" -> result = json.getValueAsString();
        default -> {
          // A field of a later version: ignored.
        }
      }
    }

    /** Reads an object of scalar fields as text; anything else there is skipped. */
    private static void readStrings(JsonParser json, JsonToken value, Map<String, String> into)
        throws IOException {
      if (value != JsonToken.START_OBJECT) {
        json.skipChildren();
        return;
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String key = json.currentName();
        if (json.nextToken().isStructStart()) {
          json.skipChildren();
        } else if (json.currentToken() != JsonToken.VALUE_NULL) {
          into.put(key, json.getValueAsString());
        }
      }
    }
  }

  private static Message requestMessage(String peer, Header header, PeerMessage received) {
    Address claimed = address(String.valueOf(header.source));
    Address target = address(String.valueOf(header.target));
    Address source = claimed.node().equals(peer) ? claimed : address(peer + "@" + claimed.process());
    Optional<Duration> timeout = header.timeoutMs == null
        ? Optional.empty()
        : Optional.of(Duration.ofMillis(header.timeoutMs));
    return new Message(header.id, source, target, timeout, received.body(), header.metadata, received.blob());
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

  private static Reply replyOf(Header header, PeerMessage received) {
    if (header.error != null) {
      return new Reply.Failure(header.error);
    }
    boolean isVoid = "void".equals(header.result);
    return new Reply.Success(isVoid ? null : received.body(), received.blob());
  }

  private interface HeaderWriter {
    void write(JsonGenerator json) throws IOException;
  }

  private static void start(JsonGenerator json, String kind, long id) throws IOException {
    json.writeNumberField("v", VERSION);
    json.writeStringField("kind", kind);
    json.writeNumberField("id", id);
  }

  /** Writes a header object with Jackson's streaming generator (no tree per message). */
  private static byte[] header(HeaderWriter fields) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (JsonGenerator json = JSON.getFactory().createGenerator(bytes)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write a message header", e);
    }
    return bytes.toByteArray();
  }
}
