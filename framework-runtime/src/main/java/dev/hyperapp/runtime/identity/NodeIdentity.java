package dev.hyperapp.runtime.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who this node is: its name and its Ed25519 key pair, created at first boot in the node's home and
 * loaded from there afterwards.
 *
 * <p>Files, under {@code <home>/identity/}: {@code node.key}, the private key as PKCS#8 DER, readable
 * by the owner only where the file system allows; {@code node.json}, {@code {"name":…,"publicKey":…}}.
 */
public final class NodeIdentity {

  private static final Logger LOG = LoggerFactory.getLogger(NodeIdentity.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final KeyPair keys;

  private NodeIdentity(String name, KeyPair keys) {
    this.name = NodeName.requireValid(name);
    this.keys = keys;
  }

  /**
   * Loads the identity kept in {@code home}, or creates one named {@code name} if the home has none.
   * A home belongs to one name: asking for another is an error, not a silent rename.
   */
  public static NodeIdentity loadOrCreate(Path home, String name) throws IOException {
    NodeName.requireValid(name);
    Path folder = home.resolve("identity");
    Path keyFile = folder.resolve("node.key");
    Path infoFile = folder.resolve("node.json");
    if (!Files.exists(keyFile)) {
      NodeIdentity created = new NodeIdentity(name, Ed25519.generate());
      AtomicFiles.write(keyFile, created.privateKey().getEncoded(), true);
      ObjectNode info = JSON.createObjectNode();
      info.put("name", name);
      info.put("publicKey", created.record(List.of(), Instant.EPOCH).publicKeyText());
      AtomicFiles.write(infoFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(info));
      LOG.info("Created the identity of {} in {}", name, folder);
      return created;
    }
    JsonNode info = JSON.readTree(infoFile.toFile());
    String storedName = info.path("name").asText();
    if (!storedName.equals(name)) {
      throw new IOException(
          "The home " + home + " belongs to " + storedName + ", not " + name
              + ": boot with --name " + storedName + " or use another home");
    }
    try {
      PrivateKey privateKey = Ed25519.privateKey(Files.readAllBytes(keyFile));
      PublicKey publicKey =
          Ed25519.publicKey(Base64.getUrlDecoder().decode(info.path("publicKey").asText()));
      NodeIdentity loaded = new NodeIdentity(name, new KeyPair(publicKey, privateKey));
      loaded.requireMatchingKeys();
      return loaded;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException("The identity in " + folder + " is damaged: " + e.getMessage(), e);
    }
  }

  /** A signature made now and checked at once proves that the two key files belong together. */
  private void requireMatchingKeys() throws GeneralSecurityException {
    if (!record(List.of(), Instant.EPOCH).hasValidSignature()) {
      throw new GeneralSecurityException("node.key does not match the public key in node.json");
    }
  }

  public String name() {
    return name;
  }

  public PublicKey publicKey() {
    return keys.getPublic();
  }

  /** The private key, for the TLS layer; never written anywhere but the identity folder. */
  public PrivateKey privateKey() {
    return keys.getPrivate();
  }

  /** A record of this node listening on {@code addresses}, signed now. */
  public IdentityRecord record(List<HostPort> addresses) {
    return record(addresses, Instant.now());
  }

  public IdentityRecord record(List<HostPort> addresses, Instant timestamp) {
    return IdentityRecord.sign(this, addresses, timestamp);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NodeIdentity identity
        && name.equals(identity.name)
        && Ed25519.sameKey(publicKey(), identity.publicKey());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, Arrays.hashCode(publicKey().getEncoded()));
  }

  @Override
  public String toString() {
    return "NodeIdentity[" + name + "]";
  }
}
