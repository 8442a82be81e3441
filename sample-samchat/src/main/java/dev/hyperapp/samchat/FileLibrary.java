package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Result;
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
   * 64 MiB, the node's default upload limit: well above what chat apps usually allow, and above the
   * peer network's default message size (10 MiB). A peer fetching a file over its network's limit is
   * told so, naming the limit (Samchat's download), until both nodes raise it.
   */
  public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
  /** A file is held in one byte array. */
  public static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 8;
  public static final long SMALLEST_MAX_BYTES = 1024 * 1024;
  private static final int LONGEST_NAME = 200;
  private static final Pattern MIME = Pattern.compile("[a-z0-9!#$&^_.+-]+/[a-z0-9!#$&^_.+-]+");
  private static final Pattern FILE_ID = Pattern.compile("[0-9a-f-]{36}");

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
      String owner) {
    if (size == 0) {
      return Result.err("The file is empty");
    }
    if (size > maxBytes) {
      return Result.err("The file is " + size + " bytes; the limit is " + maxBytes + " bytes");
    }
    return Result.ok(new FileInfo(fileId, cleanName(rawName), cleanMime(mimeType), size, owner));
  }

  /** Whether a file's bytes are in our drive. */
  Optional<FileInfo> held(String fileId) {
    return Optional.ofNullable(held.get(fileId));
  }

  /** Records that a file's bytes are now in our drive. */
  void hold(FileInfo file) {
    held.put(file.fileId(), file);
  }

  /** Whether a peer's description of a file is one we could store: a sound id, name, type and size. */
  boolean isPlausible(FileInfo file) {
    return isFileId(file.fileId())
        && file.name() != null && file.name().equals(cleanName(file.name()))
        && file.mimeType() != null && MIME.matcher(file.mimeType()).matches()
        && file.size() > 0;
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
