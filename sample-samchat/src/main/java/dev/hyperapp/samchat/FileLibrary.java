package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Result;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files this node holds in its {@code files} drive: the ones its owner uploaded and the copies
 * fetched from other nodes. The bytes live in the drive under the file id; this keeps what they are.
 */
public final class FileLibrary {

  /**
   * 64 MiB, the node's default upload limit: well above what chat apps usually allow. Peers fetch a
   * file in parts ({@link #LARGEST_PART}), so it may be larger than the peer network's messages.
   */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  /** A file is held in one byte array. */
  public static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 8;
  public static final long SMALLEST_MAX_BYTES = 1024 * 1024;
  /**
   * 4 MiB, the most a peer may ask for in one part of a file: with the reply's header it stays well
   * under the peer network's default message size (10 MiB).
   */
  public static final int LARGEST_PART = 4 * 1024 * 1024;
  private static final int LONGEST_NAME = 200;
  private static final Pattern MIME = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");
  private static final Pattern FILE_ID = Pattern.compile("[0-9a-f-]{36}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /**
   * Types a browser may show inline from our origin. Anything else (HTML, SVG, scripts) is served as
   * a download, so that a file from a peer can never run script in the app's page.
   */
  private static final Set<String> INLINE_TYPES = Set.of(
      "image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp",
      "audio/mpeg", "audio/ogg", "audio/wav", "audio/webm", "video/mp4", "video/webm", "video/ogg",
      "application/pdf", "text/plain");

  private TreeMap<String, FileInfo> held = new TreeMap<>();
  private long maxBytes = DEFAULT_MAX_BYTES;

  long maxBytes() {
    return maxBytes;
  }

  Result<Settings, String> setMaxBytes(long bytes) {
    if (bytes < SMALLEST_MAX_BYTES || bytes > LARGEST_MAX_BYTES) {
      return Result.err("The file size limit must be between " + SMALLEST_MAX_BYTES + " and "
          + LARGEST_MAX_BYTES + " bytes");
    }
    maxBytes = bytes;
    return Result.ok(new Settings(maxBytes));
  }

  /** Checks an upload and describes it; the caller stores the bytes, then {@link #hold}s it. */
  Result<FileInfo, String> describeUpload(String fileId, String rawName, String mimeType, long size,
      String sha256, String owner) {
    if (size == 0) {
      return Result.err("The file is empty");
    }
    if (size > maxBytes) {
      return Result.err("The file is " + size + " bytes; the limit is " + maxBytes + " bytes");
    }
    return Result.ok(new FileInfo(fileId, cleanName(rawName), cleanMime(mimeType), size, owner, sha256));
  }

  /**
   * Checks that a peer asks for a part of {@code file} we may send in one reply: {@code length} bytes
   * from {@code offset}, inside the file, and at most {@link #LARGEST_PART}.
   */
  static Result<FileInfo, String> checkPart(FileInfo file, long offset, int length) {
    if (offset < 0 || offset >= file.size()) {
      return Result.err("The offset must be from 0 to " + (file.size() - 1) + " for " + file.name()
          + " (" + file.size() + " bytes), not " + offset);
    }
    long largest = Math.min(LARGEST_PART, file.size() - offset);
    if (length < 1 || length > largest) {
      return Result.err("The length must be from 1 to " + largest + " bytes from offset " + offset
          + " of " + file.name() + ", not " + length);
    }
    return Result.ok(file);
  }

  /** The SHA-256 of {@code bytes} in lower-case hex, as {@link FileInfo#sha256()} carries it. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  /** Whether a file's bytes are in our drive. */
  Optional<FileInfo> held(String fileId) {
    return Optional.ofNullable(held.get(fileId));
  }

  /** Records that a file's bytes are now in our drive. */
  void hold(FileInfo file) {
    held.put(file.fileId(), file);
  }

  /**
   * Whether a peer's description of a file is one we could store: a sound id, name, type, size and,
   * if it has one, digest.
   */
  boolean isPlausible(FileInfo file) {
    return isFileId(file.fileId())
        && file.name() != null && file.name().equals(cleanName(file.name()))
        && file.mimeType() != null && MIME.matcher(file.mimeType()).matches()
        && file.size() > 0
        && (file.sha256() == null || SHA256.matcher(file.sha256()).matches());
  }

  static boolean isFileId(String text) {
    return text != null && FILE_ID.matcher(text).matches();
  }

  /** The type to serve a file's bytes with to the owner's browser. */
  static String servedType(FileInfo file) {
    return INLINE_TYPES.contains(file.mimeType()) ? file.mimeType() : "application/octet-stream";
  }

  /** The last part of a path, without control characters, at most 200 characters; "file" if nothing is left. */
  static String cleanName(String rawName) {
    String name = rawName == null ? "" : rawName;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.length() > LONGEST_NAME) {
      name = name.substring(0, LONGEST_NAME).strip();
    }
    return name.isEmpty() || name.equals(".") || name.equals("..") ? "file" : name;
  }

  /** A well-formed, lower-case MIME type without parameters; {@code application/octet-stream} otherwise. */
  static String cleanMime(String mimeType) {
    String mime = mimeType == null ? "" : mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return MIME.matcher(mime).matches() ? mime : "application/octet-stream";
  }
}
