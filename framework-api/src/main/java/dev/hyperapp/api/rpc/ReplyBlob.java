package dev.hyperapp.api.rpc;

import dev.hyperapp.annotations.Blob;
import java.util.Optional;

/**
 * Receives the blob that a typed call's reply carries (what the handler passed to
 * {@code ctx.respondWithBlob}): give it to a client's {@code withReplyBlob}, call, and read it in the
 * call's continuations. It is set before the call's stage completes, once per reply.
 *
 * <pre>{@code
 * ReplyBlob file = new ReplyBlob();
 * return FilesClient.at(owner).withReplyBlob(file).download(id)
 *     .thenApply(info -> file.get().orElseThrow().bytes());
 * }</pre>
 */
public final class ReplyBlob {

  private volatile Blob blob;

  /** The blob of the last reply, empty before it came or when it carried none. */
  public Optional<Blob> get() {
    return Optional.ofNullable(blob);
  }

  void set(Blob blob) {
    this.blob = blob;
  }
}
