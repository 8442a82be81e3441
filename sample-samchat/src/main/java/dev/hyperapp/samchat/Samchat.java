package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Init;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Nullable;
import dev.hyperapp.annotations.Remote;
import dev.hyperapp.annotations.Result;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.Ws;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.rpc.Rpc;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Peer-to-peer chat: direct messages, groups, replies and files, delivered by an outbox that waits
 * for peers that are away. The rules live in {@link Chat}; the handlers here call it with the time,
 * send what its outbox holds, keep file bytes in the {@code files} drive and tell the page what
 * changed.
 */
@Hyperprocess(
    process = "samchat",
    packageName = "samchat",
    publisher = "template.os",
    name = "Samchat",
    icon = "💬",
    endpoints = {@Endpoint(path = "/api"), @Endpoint(path = "/ws", kind = Endpoint.Kind.WEBSOCKET)},
    save = @Save(SaveMode.EVERY_MESSAGE))
public class Samchat {

  private static final Logger log = LoggerFactory.getLogger(Samchat.class);
  private static final String FILES = "files";
  /** One outbox run waits for every peer's answers, each up to the default 30 seconds. */
  private static final Duration DELIVERY_RUN_TIMEOUT = Duration.ofMinutes(10);

  /** The whole state: conversations, outbox and file descriptions. */
  public Chat chat = new Chat();

  /** The pending wake-up for the outbox's next due entry, and when it fires. */
  private transient Context.Cancellable wakeUp;
  private transient long wakeUpAt = Long.MAX_VALUE;

  @Init
  void init(Context ctx) {
    chat.setNode(ctx.our().node());
    ctx.homepage().add("Samchat", "💬", "/");
    scheduleDelivery(ctx);
  }

  // ---- the owner's page

  /** Every conversation, the most recent first. The page has now shown them: they count as delivered. */
  @Http
  public List<ConversationSummary> getConversations(Context ctx) {
    chat.displayed(null, now());
    afterChange(ctx);
    return chat.conversations();
  }

  /** A conversation's messages, oldest first. The page has now shown them: they count as delivered. */
  @Http
  public Result<List<ChatMessage>, String> getMessages(Context ctx, String conversationId) {
    chat.displayed(conversationId, now());
    afterChange(ctx);
    return chat.messages(conversationId);
  }

  /**
   * Writes to {@code to}, a node name (the direct conversation with it) or a conversation id,
   * optionally replying to one of its messages.
   */
  @Http
  public Result<ChatMessage, String> sendMessage(Context ctx, String to, String text,
      @Nullable String replyTo) {
    return afterChange(ctx, chat.send(to, text, replyTo, null, now()));
  }

  /** Shares an uploaded file, with an optional caption and reply. */
  @Http
  public Result<ChatMessage, String> sendFileMessage(Context ctx, String to, String fileId,
      @Nullable String text, @Nullable String replyTo) {
    return afterChange(ctx, chat.send(to, text, replyTo, fileId, now()));
  }

  /** Sends a failed message again. */
  @Http
  public Result<ChatMessage, String> retryMessage(Context ctx, String conversationId,
      String messageId) {
    return afterChange(ctx, chat.retry(conversationId, messageId, now()));
  }

  /** Marks a conversation read; the senders of its messages get read receipts. */
  @Http
  public Result<ConversationSummary, String> markRead(Context ctx, String conversationId) {
    return afterChange(ctx, chat.markRead(conversationId, now()));
  }

  /** Creates a group of us and {@code members}; each member is invited. */
  @Http
  public Result<ConversationSummary, String> createGroup(Context ctx, String name,
      List<String> members) {
    return afterChange(ctx, chat.createGroup(name, members, now()));
  }

  /** Adds a member to a group; every member's list follows. */
  @Http
  public Result<ConversationSummary, String> addGroupMember(Context ctx, String groupId,
      String member) {
    return afterChange(ctx, chat.addMember(groupId, member, now()));
  }

  /** Leaves a group; its history stays. */
  @Http
  public Result<ConversationSummary, String> leaveGroup(Context ctx, String groupId) {
    return afterChange(ctx, chat.leave(groupId, now()));
  }

  @Http
  public Settings getSettings() {
    return chat.settings();
  }

  /**
   * Sets the largest file that may be uploaded or fetched. Peers fetch a file in parts, so it may be
   * larger than the peer network's messages (10 MiB by default).
   */
  @Http
  public Result<Settings, String> setMaxFileSize(long bytes) {
    return chat.setMaxFileBytes(bytes);
  }

  /**
   * Stores an upload: the request body is the file ({@code Content-Type: application/octet-stream}),
   * {@code ?args=["name","type"]} its name and MIME type. Share it with {@link #sendFileMessage}.
   */
  @Http(method = "POST", path = "/files")
  public Result<FileInfo, String> uploadFile(Context ctx, String name, String mimeType) {
    Optional<Blob> upload = ctx.blob();
    if (upload.isEmpty()) {
      return Result.err("Send the file as the request body, with Content-Type: application/octet-stream");
    }
    byte[] bytes = upload.get().bytes();
    Result<FileInfo, String> described =
        chat.describeUpload(name, mimeType, bytes.length, FileLibrary.sha256(bytes));
    if (described.isOk()) {
      keep(ctx, described.orElseThrow(), bytes);
    }
    return described;
  }

  /**
   * A file's bytes, {@code ?id=…}: our own copy, or fetched once from the node that shared it (in
   * parts, see {@link FileFetch}) and kept. The reply is the file itself, or a JSON {@code Err} if it
   * cannot be had. If the page's request gives up first, the fetch still completes and keeps the
   * copy, so the next request is served locally.
   */
  @Http(method = "GET", path = "/files")
  public CompletionStage<Result<FileInfo, String>> downloadFile(Context ctx) {
    String fileId = ctx.query("id").orElse("");
    if (!FileLibrary.isFileId(fileId)) {
      return CompletableFuture.completedFuture(Result.err("Name the file: /files?id=<file id>"));
    }
    Optional<FileInfo> held = chat.heldFile(fileId);
    Optional<byte[]> bytes = held.flatMap(file -> ctx.drive(FILES).read(fileId));
    if (bytes.isPresent()) {
      ctx.respondWithBlob(new Blob(FileLibrary.servedType(held.get()), bytes.get()));
      return CompletableFuture.completedFuture(Result.ok(held.get()));
    }
    Result<FileInfo, String> fetchable = chat.fetchableFile(fileId);
    if (!fetchable.isOk()) {
      return CompletableFuture.completedFuture(fetchable);
    }
    FileInfo file = fetchable.orElseThrow();
    return FileFetch.fetch(Rpc.currentTransport(), file).thenApply(fetched -> fetched.map(content -> {
      keep(ctx, file, content);
      ctx.respondWithBlob(new Blob(FileLibrary.servedType(file), content));
      return file;
    }));
  }

  @Ws
  void socket(Context ctx, WsEvent event) {
    if (event.kind() == WsEvent.Kind.OPEN) {
      ctx.push(event.channel(), LiveUpdate.hello());
    }
  }

  // ---- other nodes

  @Remote
  public Result<Boolean, Rejection> receiveMessage(Context ctx, ChatMessage message) {
    String from = ctx.source().node();
    return afterRemote(ctx, from, chat.receive(from, message, now()));
  }

  @Remote
  public Result<Boolean, Rejection> receiveReceipt(Context ctx, Receipt receipt) {
    String from = ctx.source().node();
    return afterRemote(ctx, from, chat.applyReceipt(from, receipt));
  }

  @Remote
  public Result<Boolean, Rejection> handleGroupJoin(Context ctx, GroupSnapshot group) {
    String from = ctx.source().node();
    return afterRemote(ctx, from, chat.applyGroup(from, group, DeliveryKind.GROUP_JOIN, now()));
  }

  @Remote
  public Result<Boolean, Rejection> handleGroupUpdate(Context ctx, GroupSnapshot group) {
    String from = ctx.source().node();
    return afterRemote(ctx, from, chat.applyGroup(from, group, DeliveryKind.GROUP_UPDATE, now()));
  }

  @Remote
  public Result<Boolean, Rejection> handleGroupLeave(Context ctx, GroupSnapshot group) {
    String from = ctx.source().node();
    return afterRemote(ctx, from, chat.applyGroup(from, group, DeliveryKind.GROUP_LEAVE, now()));
  }

  /**
   * A file of ours, whole, for a member of a conversation we shared it in: the bytes come as the
   * reply's blob. Nodes fetch in parts ({@link #getRemoteFilePart}) since files may be larger than
   * the peer network's messages; this stays for nodes running an earlier samchat.
   */
  @Remote
  public Result<FileInfo, String> getRemoteFile(Context ctx, String fileId) {
    String from = ctx.source().node();
    Result<FileInfo, String> file = chat.fileFor(from, fileId);
    if (file.isOk()) {
      FileInfo shared = file.orElseThrow();
      file = withBytes(ctx, shared, ctx.drive(FILES).read(fileId), shared.size(), shared.mimeType());
    }
    return afterRemote(ctx, from, file);
  }

  /**
   * Part of a file of ours, for a member of a conversation we shared it in: {@code length} bytes
   * (at most {@link FileLibrary#LARGEST_PART}) from {@code offset}, as the reply's blob, with the
   * file's description. A part outside the file or too long is refused with a sentence saying why.
   */
  @Remote
  public Result<FileInfo, String> getRemoteFilePart(Context ctx, String fileId, long offset, int length) {
    String from = ctx.source().node();
    Result<FileInfo, String> part = chat.filePartFor(from, fileId, offset, length);
    if (part.isOk()) {
      part = withBytes(ctx, part.orElseThrow(), ctx.drive(FILES).read(fileId, offset, length), length,
          "application/octet-stream");
    }
    return afterRemote(ctx, from, part);
  }

  // ---- the outbox

  /**
   * Sends what is due in the outbox, to each peer in order, and sets a wake-up for what is not due
   * yet. Runs as a message to ourselves, so that it has a context for as long as its answers take.
   */
  @Local
  public CompletionStage<Void> deliverOutbox(Context ctx) {
    CompletableFuture<?>[] runs = chat.outbox().duePeers(now()).stream()
        .map(peer -> deliverTo(ctx, peer).toCompletableFuture())
        .toArray(CompletableFuture[]::new);
    return CompletableFuture.allOf(runs).handle((done, failure) -> {
      if (failure != null) {
        log.warn("An outbox run failed", failure);
      }
      scheduleDelivery(ctx);
      return null;
    });
  }

  /** Sends the peer its entries one after the other, until none is left or the peer is unreachable. */
  private CompletionStage<Void> deliverTo(Context ctx, String peer) {
    Optional<Delivery> next = chat.outbox().claimNext(peer);
    if (next.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    Delivery delivery = next.get();
    CompletionStage<Result<Boolean, Rejection>> sent;
    try {
      sent = chat.dispatch(delivery, new RemoteSamchat(SamchatClient.at(peer)));
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle((reply, failure) -> {
      DeliveryOutcome outcome =
          failure == null ? DeliveryOutcome.of(reply) : DeliveryOutcome.of(failure);
      if (outcome != DeliveryOutcome.ACCEPTED) {
        log.debug("{} to {}: {} ({})", delivery.kind(), peer, outcome,
            failure == null ? reply : failure.getMessage());
      }
      chat.settle(delivery, outcome, now());
      publish(ctx);
      return outcome != DeliveryOutcome.UNREACHABLE;
    }).thenCompose(more -> more ? deliverTo(ctx, peer) : CompletableFuture.completedFuture(null));
  }

  /** Starts an outbox run now if anything is due, else wakes up when the next entry is. */
  private void scheduleDelivery(Context ctx) {
    OptionalLong due = chat.outbox().nextAttemptAt();
    if (due.isEmpty() || (wakeUp != null && wakeUpAt <= due.getAsLong())) {
      return;
    }
    if (wakeUp != null) {
      wakeUp.cancel();
    }
    Address self = ctx.our();
    wakeUpAt = due.getAsLong();
    wakeUp = ctx.after(Duration.ofMillis(Math.max(0, wakeUpAt - now())), () -> {
      wakeUp = null;
      wakeUpAt = Long.MAX_VALUE;
      runOutbox(self);
    });
  }

  private static void runOutbox(Address self) {
    SamchatClient.at(self).withTimeout(DELIVERY_RUN_TIMEOUT).deliverOutbox()
        .whenComplete((done, failure) -> {
          if (failure != null) {
            log.warn("An outbox run did not finish: {}", failure.getMessage());
          }
        });
  }

  // ---- shared by the handlers

  /** Tells the page what changed, and starts sending whatever became due. */
  private void afterChange(Context ctx) {
    publish(ctx);
    if (!chat.outbox().duePeers(now()).isEmpty()) {
      runOutbox(ctx.our());
    } else {
      scheduleDelivery(ctx);
    }
  }

  private <T> T afterChange(Context ctx, T result) {
    afterChange(ctx);
    return result;
  }

  /** A peer got in touch: it is reachable, so what waits for it goes now. */
  private <T> T afterRemote(Context ctx, String from, T result) {
    chat.peerSeen(from);
    afterChange(ctx);
    return result;
  }

  private void publish(Context ctx) {
    chat.takeUpdates().forEach(ctx::broadcast);
  }

  private void keep(Context ctx, FileInfo file, byte[] bytes) {
    ctx.drive(FILES).write(file.fileId(), bytes);
    chat.hold(file);
  }

  /** Attaches a file's bytes, or a part of them, to the reply: bytes missing from our drive are an error. */
  private static Result<FileInfo, String> withBytes(Context ctx, FileInfo file, Optional<byte[]> bytes,
      long expected, String mimeType) {
    if (bytes.isEmpty() || bytes.get().length != expected) {
      log.warn("File {} ({} bytes) is no longer whole in the {} drive", file.fileId(), file.size(), FILES);
      return Result.err(ctx.our().node() + " no longer has all of " + file.name());
    }
    ctx.respondWithBlob(new Blob(mimeType, bytes.get()));
    return Result.ok(file);
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
