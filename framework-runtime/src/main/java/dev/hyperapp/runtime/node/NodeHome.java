package dev.hyperapp.runtime.node;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A node's home folder:
 *
 * <pre>
 * node.properties                    the node's configuration (name = alice.os)
 * owner.password                     the owner's password, as a salted PBKDF2 hash
 * session.key                        32 random bytes that sign login cookies
 * node.db                            SQLite: process states and key–value stores
 * apps/*.jar                         installed app jars, loaded at boot
 * packages/&lt;publisher&gt;/&lt;package&gt;/   app.db (the package's SQL database), drives/&lt;name&gt;/ (its VFS)
 * </pre>
 */
public final class NodeHome {

  private static final String CONFIG = "node.properties";
  private static final String PASSWORD = "owner.password";
  private static final String SESSION_KEY = "session.key";
  private static final int PBKDF2_ITERATIONS = 210_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;
  private final String nodeName;
  private volatile byte[] sessionKey;

  private NodeHome(Path root, String nodeName) {
    this.root = root;
    this.nodeName = nodeName;
  }

  /**
   * Opens the home at {@code root}, creating it for a node called {@code nameIfNew} if it has no
   * configuration yet. An existing home keeps its own name.
   */
  public static NodeHome openOrCreate(Path root, String nameIfNew) {
    Path config = root.resolve(CONFIG);
    try {
      Files.createDirectories(root.resolve("apps"));
      Files.createDirectories(root.resolve("packages"));
      Properties properties = new Properties();
      if (Files.exists(config)) {
        try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      } else {
        properties.setProperty("name", nameIfNew);
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
          properties.store(writer, "Hyperapp node");
        }
      }
      String name = properties.getProperty("name");
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(config + " has no 'name' (for example name = alice.os)");
      }
      return new NodeHome(root, name.trim());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the node home " + root, e);
    }
  }

  /**
   * The key that signs login cookies: 32 random bytes made at first use and kept, so logins survive
   * restarts. It is read once and then held in memory (every HTTP request checks a cookie with it), so
   * deleting {@code session.key} logs every browser out when the node next starts.
   */
  public byte[] sessionKey() {
    byte[] key = sessionKey;
    return (key != null ? key : loadSessionKey()).clone();
  }

  private synchronized byte[] loadSessionKey() {
    if (sessionKey == null) {
      Path file = root.resolve(SESSION_KEY);
      try {
        if (!Files.exists(file)) {
          byte[] key = new byte[32];
          RANDOM.nextBytes(key);
          writeOwnerOnly(file, key);
        }
        sessionKey = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read or create " + file, e);
      }
    }
    return sessionKey;
  }

  /** Sets the owner's password; only a salted PBKDF2-HMAC-SHA256 hash of it is stored. */
  public void setOwnerPassword(String password) {
    if (password == null || password.isEmpty()) {
      throw new IllegalArgumentException("The owner's password must not be empty");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    String line = "pbkdf2-sha256:" + PBKDF2_ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt)
        + ":" + Base64.getEncoder().encodeToString(hash(password, salt, PBKDF2_ITERATIONS));
    try {
      writeOwnerOnly(root.resolve(PASSWORD), line.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the owner's password", e);
    }
  }

  /** Whether {@code password} is the owner's; false when none is set. Compares in constant time. */
  public boolean isOwnerPassword(String password) {
    Path file = root.resolve(PASSWORD);
    if (password == null || !Files.exists(file)) {
      return false;
    }
    try {
      String[] parts = Files.readString(file, StandardCharsets.US_ASCII).trim().split(":");
      if (parts.length != 4 || !parts[0].equals("pbkdf2-sha256")) {
        throw new IllegalStateException(file + " is not a password hash this node understands");
      }
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      byte[] actual =
          hash(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]));
      return MessageDigest.isEqual(expected, actual);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  private static byte[] hash(String password, byte[] salt, int iterations) {
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
          .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
          .getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
    }
  }

  /** Writes a secret so that only the node's user can read it, where the file system allows. */
  private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
    Path temporary = Files.createTempFile(file.getParent(), ".secret-", ".tmp");
    try {
      Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
    Files.write(temporary, content);
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  public Path root() {
    return root;
  }

  /** The node's name, for example {@code alice.os}. */
  public String nodeName() {
    return nodeName;
  }

  public Path database() {
    return root.resolve("node.db");
  }

  public Path apps() {
    return root.resolve("apps");
  }

  public Path packages() {
    return root.resolve("packages");
  }
}
