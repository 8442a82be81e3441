package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.dispatch.DispatchError;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/** What a process answered to an {@link HttpCall}. */
public sealed interface HttpReply {

  /** A handler's result. */
  static HttpReply done(byte[] json, Blob blob) {
    return new Done(json, Optional.ofNullable(blob));
  }

  /** An error instead of a result: sent as {@code {"error":{…}}} with the code's HTTP status. */
  static HttpReply failed(DispatchError error) {
    return new Failed(error);
  }

  /**
   * The handler returned. Sent as {@code 200 application/json} with {@code json}; or, when the
   * handler attached a blob ({@code Context.respondWithBlob}), as the blob's bytes with its MIME type
   * (a download), in which case {@code json} is not sent.
   *
   * @param json the encoded return value; {@code null} (a void handler) becomes {@code null}
   * @param blob the blob the handler attached
   */
  record Done(byte[] json, Optional<Blob> blob) implements HttpReply {
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    public Done {
      json = json == null ? NULL : json;
      Objects.requireNonNull(blob, "blob");
    }
  }

  /** The call failed; {@code error.code().httpStatus()} is the response status. */
  record Failed(DispatchError error) implements HttpReply {
    public Failed {
      Objects.requireNonNull(error, "error");
    }
  }
}
