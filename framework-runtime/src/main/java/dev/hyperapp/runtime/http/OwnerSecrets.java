package dev.hyperapp.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * What {@link HttpHost#isOwnerPassword} and {@link HttpHost#sessionKey} need, kept in one file of the
 * node's home: the owner's password as a salted PBKDF2-HMAC-SHA256 hash (the JDK's; 600,000
 * iterations, as OWASP advises), and the random key that signs login cookies. The file is written
 * atomically and readable by its owner only, where the file system allows.
 */
public final class OwnerSecrets {

  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final int ITERATIONS = 600_000;
  private static final int HASH_BITS = 256;
  private static final int SALT_BYTES = 16;
  private static final int SESSION_KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;
  private final byte[] sessionKey;

  private OwnerSecrets(int iterations, byte[] salt, byte[] hash, byte[] sessionKey) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
    this.sessionKey = sessionKey;
  }

  /** Sets the owner's password, with a fresh session key (every browser must log in again). */
  public static OwnerSecrets create(Path file, String password) throws IOException {
    byte[] salt = random(SALT_BYTES);
    OwnerSecrets secrets = new OwnerSecrets(ITERATIONS, salt, hash(password, salt, ITERATIONS), random(SESSION_KEY_BYTES));
    secrets.write(file);
    return secrets;
  }

  /** Reads the secrets {@link #create} wrote. */
  public static OwnerSecrets read(Path file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      properties.load(in);
    }
    try {
      if (!ALGORITHM.equals(required(properties, "algorithm", file))) {
        throw new IllegalArgumentException("the password hash is not " + ALGORITHM);
      }
      return new OwnerSecrets(
          Integer.parseInt(required(properties, "iterations", file)),
          decode(required(properties, "salt", file)),
          decode(required(properties, "hash", file)),
          decode(required(properties, "session-key", file)));
    } catch (IllegalArgumentException malformed) {
      throw new IOException(file + " is damaged: " + malformed.getMessage(), malformed);
    }
  }

  /** Whether {@code password} is the owner's, compared in constant time. Slow on purpose. */
  public boolean isOwnerPassword(String password) {
    return MessageDigest.isEqual(hash, hash(password, salt, iterations));
  }

  /** The key that signs login cookies. */
  public byte[] sessionKey() {
    return sessionKey.clone();
  }

  private void write(Path file) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("algorithm", ALGORITHM);
    properties.setProperty("iterations", Integer.toString(iterations));
    properties.setProperty("salt", encode(salt));
    properties.setProperty("hash", encode(hash));
    properties.setProperty("session-key", encode(sessionKey));
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    try {
      ownerOnly(temporary);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        properties.store(out, "The node owner's login: a password hash and the cookie-signing key. Keep private.");
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
  }

  private static byte[] hash(String password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException missingFromJdk) {
      throw new IllegalStateException("The JDK lacks " + ALGORITHM, missingFromJdk);
    } finally {
      spec.clearPassword();
    }
  }

  private static String required(Properties properties, String name, Path file) {
    String value = properties.getProperty(name);
    if (value == null) {
      throw new IllegalArgumentException("no " + name + " in " + file);
    }
    return value;
  }

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  private static String encode(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] decode(String text) {
    return Base64.getDecoder().decode(text.getBytes(StandardCharsets.US_ASCII));
  }
}
