package dev.hyperapp.annotations;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bytes that travel beside a message's JSON body, for files: uploaded in an HTTP request body, sent
 * with a request to another process, returned with a response.
 *
 * @param mime the MIME type, for example {@code image/png}; {@code application/octet-stream} if unknown
 * @param bytes the content
 */
public record Blob(String mime, byte[] bytes) {

  public Blob {
    mime = mime == null || mime.isBlank() ? "application/octet-stream" : mime;
    Objects.requireNonNull(bytes, "bytes");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Blob blob && mime.equals(blob.mime) && Arrays.equals(bytes, blob.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * mime.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Blob[" + mime + ", " + bytes.length + " bytes]";
  }
}
