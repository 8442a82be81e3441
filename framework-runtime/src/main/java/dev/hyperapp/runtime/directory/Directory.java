package dev.hyperapp.runtime.directory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hyperapp.runtime.identity.AtomicFiles;
import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeName;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a node's name to its signed {@link IdentityRecord}: the key that node must prove it holds,
 * and the addresses where it listens.
 *
 * <p>Records come from three places: the shared directory folder that dev nodes on one machine use
 * ({@code --directory PATH}; each node writes {@code <name>.json} there and reads the others'),
 * records that peers present when they connect, and addresses added by hand with {@link #connect}.
 * Every record's signature is checked. The first key seen for a name is pinned (trust on first use,
 * as SSH does); a record with another key for that name is refused and kept aside until someone
 * calls {@link #acceptKeyChange}.
 *
 * <p>What the directory learnt is kept in {@code <home>/directory/peers.json} so that pins survive a
 * restart. The class is thread-safe.
 */
public final class Directory {

  private static final Logger LOG = LoggerFactory.getLogger(Directory.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path stateFile;
  private final Path sharedFolder;
  private final Map<String, Peer> peers = new TreeMap<>();

  /** What is known of one name; every field may be empty but not all at once. */
  private record Peer(IdentityRecord pinned, List<HostPort> manualAddresses, IdentityRecord refused) {
    Peer {
      manualAddresses = List.copyOf(manualAddresses);
    }

    static final Peer EMPTY = new Peer(null, List.of(), null);
  }

  private Directory(Path stateFile, Path sharedFolder) {
    this.stateFile = stateFile;
    this.sharedFolder = sharedFolder;
  }

  /**
   * Opens the directory kept in {@code home}, reading records from {@code sharedFolder} too if it is
   * not {@code null}.
   */
  public static Directory open(Path home, Path sharedFolder) throws IOException {
    Directory directory = new Directory(home.resolve("directory").resolve("peers.json"), sharedFolder);
    directory.load();
    if (sharedFolder != null) {
      Files.createDirectories(sharedFolder);
    }
    return directory;
  }

  /**
   * Makes this node's own record known: pinned here (so nobody else can claim the name to us) and
   * written to the shared folder, if there is one, for the other dev nodes.
   */
  public synchronized void publish(IdentityRecord own) throws IOException {
    requireValidSignature(own);
    Peer peer = peers.getOrDefault(own.name(), Peer.EMPTY);
    if (peer.pinned() != null && !peer.pinned().sameKeyAs(own)) {
      throw new IOException(
          "The directory already holds another key for " + own.name() + "; is this the right home?");
    }
    peers.put(own.name(), new Peer(own, peer.manualAddresses(), null));
    save();
    if (sharedFolder != null) {
      AtomicFiles.write(sharedFile(own.name()), own.toJsonBytes());
    }
  }

  /** The record trusted for {@code name}, if any, after reading the shared folder's latest. */
  public synchronized Optional<IdentityRecord> resolve(String name) {
    refreshFromSharedFolder(name);
    return Optional.ofNullable(peers.getOrDefault(name, Peer.EMPTY).pinned());
  }

  /**
   * Where to reach {@code name}: the addresses added by hand first, then those of its trusted record.
   * Empty when the name is unknown.
   */
  public synchronized List<HostPort> addressesOf(String name) {
    refreshFromSharedFolder(name);
    Peer peer = peers.getOrDefault(name, Peer.EMPTY);
    Set<HostPort> addresses = new LinkedHashSet<>(peer.manualAddresses());
    if (peer.pinned() != null) {
      addresses.addAll(peer.pinned().addresses());
    }
    return List.copyOf(addresses);
  }

  /**
   * Offers a record, for example one a peer presented while connecting. A record whose signature is
   * wrong is refused; one for an unknown name is pinned; one for the pinned key replaces the stored
   * record if it is newer; one with another key is refused and kept for {@link #acceptKeyChange}.
   */
  public synchronized Admission admit(IdentityRecord record) {
    if (!record.hasValidSignature()) {
      LOG.warn("Refused a record for {} whose signature does not match its content", record.name());
      return Admission.BAD_SIGNATURE;
    }
    Peer peer = peers.getOrDefault(record.name(), Peer.EMPTY);
    IdentityRecord pinned = peer.pinned();
    Admission admission;
    if (pinned == null) {
      admission = Admission.LEARNT;
      peers.put(record.name(), new Peer(record, peer.manualAddresses(), null));
      LOG.info("Learnt {} with key {}", record.name(), record.publicKeyText());
    } else if (!pinned.sameKeyAs(record)) {
      if (record.equals(peer.refused())) {
        return Admission.KEY_CHANGED;
      }
      admission = Admission.KEY_CHANGED;
      peers.put(record.name(), new Peer(pinned, peer.manualAddresses(), record));
      LOG.warn(
          "{} now presents key {} instead of the pinned {}; refused. If that node was reinstalled,"
              + " accept the new key with `hyperapp accept-key {}`",
          record.name(), record.publicKeyText(), pinned.publicKeyText(), record.name());
    } else if (record.timestamp().isAfter(pinned.timestamp())) {
      admission = Admission.UPDATED;
      peers.put(record.name(), new Peer(record, peer.manualAddresses(), peer.refused()));
    } else {
      return Admission.UNCHANGED;
    }
    save();
    return admission;
  }

  /**
   * Trusts the key that {@code name} last presented and that was refused because another key was
   * pinned; returns the record now trusted.
   *
   * @throws IllegalStateException when no key change is waiting for {@code name}
   */
  public synchronized IdentityRecord acceptKeyChange(String name) {
    Peer peer = peers.getOrDefault(name, Peer.EMPTY);
    if (peer.refused() == null) {
      throw new IllegalStateException("No new key of " + name + " is waiting to be accepted");
    }
    peers.put(name, new Peer(peer.refused(), peer.manualAddresses(), null));
    save();
    LOG.info("Accepted the new key {} of {}", peer.refused().publicKeyText(), name);
    return peer.refused();
  }

  /** The record refused for {@code name} because its key differs from the pinned one, if any. */
  public synchronized Optional<IdentityRecord> pendingKeyChange(String name) {
    return Optional.ofNullable(peers.getOrDefault(name, Peer.EMPTY).refused());
  }

  /**
   * Adds an address where {@code name} can be reached ({@code hyperapp connect}). Its key is learnt
   * from the certificate it presents on the first connection.
   */
  public synchronized void connect(String name, HostPort address) {
    NodeName.requireValid(name);
    Peer peer = peers.getOrDefault(name, Peer.EMPTY);
    List<HostPort> manual = new ArrayList<>(peer.manualAddresses());
    if (!manual.contains(address)) {
      manual.add(address);
    }
    peers.put(name, new Peer(peer.pinned(), manual, peer.refused()));
    save();
  }

  /** Every name the directory knows, sorted. */
  public synchronized List<String> names() {
    return List.copyOf(peers.keySet());
  }

  private Path sharedFile(String name) {
    return sharedFolder.resolve(name + ".json");
  }

  private void refreshFromSharedFolder(String name) {
    if (sharedFolder == null || !isValidName(name)) {
      return;
    }
    byte[] json;
    try {
      json = Files.readAllBytes(sharedFile(name));
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      LOG.warn("Cannot read the record of {} from {}: {}", name, sharedFolder, e.getMessage());
      return;
    }
    try {
      IdentityRecord record = IdentityRecord.fromJsonBytes(json);
      if (record.name().equals(name)) {
        admit(record);
      } else {
        LOG.warn("Ignored {}: it holds the record of {}", sharedFile(name), record.name());
      }
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignored {}: {}", sharedFile(name), e.getMessage());
    }
  }

  private static boolean isValidName(String name) {
    try {
      NodeName.requireValid(name);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static void requireValidSignature(IdentityRecord record) {
    if (!record.hasValidSignature()) {
      throw new IllegalArgumentException("The record of " + record.name() + " is not validly signed");
    }
  }

  /*
   * peers.json: {"peers":{"bob.os":{"record":{…},"manualAddresses":["host:port"],"refusedRecord":{…}}}}
   * Records are stored with their signatures and checked again when loaded.
   */
  private void load() throws IOException {
    if (!Files.exists(stateFile)) {
      return;
    }
    JsonNode root = JSON.readTree(stateFile.toFile());
    for (Map.Entry<String, JsonNode> entry : root.path("peers").properties()) {
      JsonNode json = entry.getValue();
      try {
        List<HostPort> manual = new ArrayList<>();
        json.path("manualAddresses").forEach(address -> manual.add(HostPort.parse(address.asText())));
        peers.put(
            entry.getKey(),
            new Peer(storedRecord(json.get("record")), manual, storedRecord(json.get("refusedRecord"))));
      } catch (IllegalArgumentException e) {
        throw new IOException("Damaged entry for " + entry.getKey() + " in " + stateFile, e);
      }
    }
  }

  private static IdentityRecord storedRecord(JsonNode json) {
    if (json == null || json.isNull()) {
      return null;
    }
    IdentityRecord record = IdentityRecord.fromJson(json);
    requireValidSignature(record);
    return record;
  }

  private void save() {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode all = root.putObject("peers");
    peers.forEach(
        (name, peer) -> {
          ObjectNode json = all.putObject(name);
          if (peer.pinned() != null) {
            json.set("record", peer.pinned().toJson());
          }
          ArrayNode manual = json.putArray("manualAddresses");
          peer.manualAddresses().forEach(address -> manual.add(address.toString()));
          if (peer.refused() != null) {
            json.set("refusedRecord", peer.refused().toJson());
          }
        });
    try {
      AtomicFiles.write(stateFile, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the directory to " + stateFile, e);
    }
  }
}
