package dev.hyperapp.runtime.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * What a node says about itself, signed with its own key: its name, its Ed25519 public key, the
 * addresses it listens on and when it said so. Directories keep these records; peers present theirs
 * inside their TLS certificate.
 *
 * <p>The signature covers {@link #signedBytes()}, a length-prefixed binary form that does not depend
 * on how the record was stored: the UTF-8 tag {@code hyperapp/identity-record/v1}, the name, the raw
 * 32-byte public key, the number of addresses and each address as {@code host:port}, each of these
 * preceded by its length as a 4-byte big-endian integer (the count is itself such an integer), then
 * the timestamp as 8-byte big-endian milliseconds since the epoch.
 *
 * <p>As JSON: {@code {"name":"alice.os","publicKey":"<base64url raw key>","addresses":["127.0.0.1:9001"],
 * "timestamp":1764330000000,"signature":"<base64url>"}}.
 *
 * @param timestamp when the record was signed, with millisecond precision; a newer record of the same
 *     key replaces an older one
 */
public record IdentityRecord(
    String name, PublicKey publicKey, List<HostPort> addresses, Instant timestamp, byte[] signature) {

  private static final byte[] TAG = "hyperapp/identity-record/v1".getBytes(StandardCharsets.UTF_8);
  private static final ObjectMapper JSON = new ObjectMapper();

  public IdentityRecord {
    NodeName.requireValid(name);
    Objects.requireNonNull(publicKey, "publicKey");
    addresses = List.copyOf(addresses);
    timestamp = Instant.ofEpochMilli(timestamp.toEpochMilli());
    signature = signature.clone();
  }

  /** Signs a new record with {@code identity}'s private key. */
  static IdentityRecord sign(NodeIdentity identity, List<HostPort> addresses, Instant timestamp) {
    IdentityRecord unsigned =
        new IdentityRecord(identity.name(), identity.publicKey(), addresses, timestamp, new byte[0]);
    return new IdentityRecord(
        identity.name(),
        identity.publicKey(),
        addresses,
        timestamp,
        Ed25519.sign(identity.privateKey(), unsigned.signedBytes()));
  }

  /** The bytes the signature covers (see the class comment). */
  public byte[] signedBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeField(out, TAG);
      writeField(out, name.getBytes(StandardCharsets.UTF_8));
      writeField(out, Ed25519.rawPublicKey(publicKey));
      out.writeInt(addresses.size());
      for (HostPort address : addresses) {
        writeField(out, address.toString().getBytes(StandardCharsets.UTF_8));
      }
      out.writeLong(timestamp.toEpochMilli());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeField(DataOutputStream out, byte[] field) throws IOException {
    out.writeInt(field.length);
    out.write(field);
  }

  /** Whether the signature is the record's own key's signature over its content. */
  public boolean hasValidSignature() {
    return Ed25519.verify(publicKey, signedBytes(), signature);
  }

  /** Whether this record carries the same public key as {@code other}. */
  public boolean sameKeyAs(IdentityRecord other) {
    return Ed25519.sameKey(publicKey, other.publicKey);
  }

  /** The raw public key as unpadded base64url, the form people compare and paste. */
  public String publicKeyText() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(Ed25519.rawPublicKey(publicKey));
  }

  @Override
  public byte[] signature() {
    return signature.clone();
  }

  public ObjectNode toJson() {
    ObjectNode json = JSON.createObjectNode();
    json.put("name", name);
    json.put("publicKey", publicKeyText());
    ArrayNode array = json.putArray("addresses");
    addresses.forEach(address -> array.add(address.toString()));
    json.put("timestamp", timestamp.toEpochMilli());
    json.put("signature", Base64.getUrlEncoder().withoutPadding().encodeToString(signature));
    return json;
  }

  public byte[] toJsonBytes() {
    try {
      return JSON.writeValueAsBytes(toJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a record from its JSON form; the signature is not checked here. */
  public static IdentityRecord fromJson(JsonNode json) {
    try {
      List<HostPort> addresses = new ArrayList<>();
      for (JsonNode address : required(json, "addresses")) {
        addresses.add(HostPort.parse(address.asText()));
      }
      Base64.Decoder base64 = Base64.getUrlDecoder();
      return new IdentityRecord(
          required(json, "name").asText(),
          Ed25519.publicKey(base64.decode(required(json, "publicKey").asText())),
          addresses,
          Instant.ofEpochMilli(required(json, "timestamp").asLong()),
          base64.decode(required(json, "signature").asText()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a valid identity record: " + e.getMessage(), e);
    }
  }

  public static IdentityRecord fromJsonBytes(byte[] json) {
    try {
      return fromJson(JSON.readTree(json));
    } catch (IOException e) {
      throw new IllegalArgumentException("An identity record must be JSON: " + e.getMessage(), e);
    }
  }

  private static JsonNode required(JsonNode json, String field) {
    JsonNode value = json == null ? null : json.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdentityRecord record
        && Arrays.equals(signedBytes(), record.signedBytes())
        && Arrays.equals(signature, record.signature);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(signature);
  }

  @Override
  public String toString() {
    return "IdentityRecord[" + name + ", key " + publicKeyText() + ", " + addresses + ", " + timestamp
        + "]";
  }
}
