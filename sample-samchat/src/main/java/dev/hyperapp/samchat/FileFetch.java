package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Result;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.ReplyBlob;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a shared file from its owner in parts, so that it may be larger than the peer network's
 * messages (10 MiB by default): each part is one {@code GetRemoteFilePart} request whose reply
 * carries the bytes as its blob. Parts are asked for one after the other, which keeps one part in
 * flight per fetch, and copied into one array of the shared size. The whole is checked against the
 * shared size and SHA-256 before the caller may keep it: a fetch that fails half-way leaves nothing.
 */
final class FileFetch {

  private static final Logger log = LoggerFactory.getLogger(FileFetch.class);
  /**
   * Parts start at {@link FileLibrary#LARGEST_PART} and halve while the link refuses the replies as
   * too large (a node may run with smaller messages); below this, the link is not worth trying.
   */
  static final int SMALLEST_PART = 64 * 1024;
  /** A part may be slow to come on a slow link: 4 MiB at 1 Mbit/s take half a minute. */
  private static final Duration PART_TIMEOUT = Duration.ofMinutes(2);
  private final SamchatClient owner;
  private final FileInfo file;
  private final byte[] content;
  private int partSize = FileLibrary.LARGEST_PART;

  private FileFetch(RpcTransport transport, FileInfo file) {
    this.owner = SamchatClient.at(transport, new Address(file.owner(), SamchatClient.PROCESS_ID))
        .withTimeout(PART_TIMEOUT);
    this.file = file;
    this.content = new byte[Math.toIntExact(file.size())];
  }

  /**
   * The bytes of {@code file} from its owner, or a sentence for the user saying why they cannot be
   * had. Its size must be within our limit ({@link Chat#fetchableFile}), which fits one array.
   */
  static CompletionStage<Result<byte[], String>> fetch(RpcTransport transport, FileInfo file) {
    return new FileFetch(transport, file).from(0);
  }

  private CompletionStage<Result<byte[], String>> from(long offset) {
    if (offset == content.length) {
      return CompletableFuture.completedFuture(whole());
    }
    int length = (int) Math.min(partSize, content.length - offset);
    ReplyBlob bytes = new ReplyBlob();
    CompletionStage<Result<FileInfo, String>> part =
        owner.withReplyBlob(bytes).getRemoteFilePart(file.fileId(), offset, length);
    return part.handle((answer, failure) -> {
      if (failure == null) {
        Optional<String> wrong = copy(answer, bytes, offset, length);
        return wrong.isEmpty() ? from(offset + length)
            : CompletableFuture.completedFuture(Result.<byte[], String>err(wrong.get()));
      }
      if (isTooLarge(failure) && length > SMALLEST_PART) {
        partSize = Math.max(SMALLEST_PART, length / 2);
        log.debug("A part of {} bytes of {} is too large for the link to {}: asking for {}",
            length, file.fileId(), file.owner(), partSize);
        return from(offset);
      }
      return CompletableFuture.completedFuture(notFetched(failure, length));
    }).thenCompose(Function.identity());
  }

  /** Copies a part's bytes into place; what is wrong with the reply, if anything. */
  private Optional<String> copy(Result<FileInfo, String> answer, ReplyBlob bytes, long offset,
      int length) {
    if (answer instanceof Result.Err<FileInfo, String> refused) {
      return Optional.of(file.owner() + " did not send the file: " + refused.error());
    }
    FileInfo described = answer.orElseThrow();
    Optional<Blob> part = bytes.get();
    if (described.size() != file.size() || !Objects.equals(described.sha256(), file.sha256())
        || part.isEmpty() || part.get().bytes().length != length) {
      return Optional.of(mismatch());
    }
    System.arraycopy(part.get().bytes(), 0, content, (int) offset, length);
    return Optional.empty();
  }

  /** Every part has come: the file, if it is the one shared. */
  private Result<byte[], String> whole() {
    if (file.sha256() != null && !file.sha256().equals(FileLibrary.sha256(content))) {
      return Result.err(mismatch());
    }
    return Result.ok(content);
  }

  private String mismatch() {
    return file.owner() + " sent a file that does not match the one shared";
  }

  private Result<byte[], String> notFetched(Throwable failure, int length) {
    if (isTooLarge(failure)) {
      return Result.err(file.owner() + " cannot send " + file.name() + " to this node even in parts of "
          + length + " bytes: " + DeliveryOutcome.describe(failure));
    }
    return Result.err("Could not reach " + file.owner() + " for the file: "
        + DeliveryOutcome.describe(failure));
  }

  private static boolean isTooLarge(Throwable failure) {
    return DeliveryOutcome.cause(failure) instanceof RpcException rpc && rpc.code() == ErrorCode.TOO_LARGE;
  }
}
