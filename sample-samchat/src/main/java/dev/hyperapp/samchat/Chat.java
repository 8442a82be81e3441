package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Nullable;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * Everything Samchat knows and every rule it follows, without a node: conversations, the outbox,
 * receipts, group membership and files. Handlers call it with the current time and do what it
 * leaves to them — sending outbox entries, storing file bytes, telling the page about
 * {@link #takeUpdates() updates}.
 */
public final class Chat {

  static final int LONGEST_TEXT = 10_000;
  static final int LONGEST_GROUP_NAME = 80;
  static final int LARGEST_GROUP = 256;
  static final int PREVIEW_LENGTH = 120;

  private String node = "";
  private Conversations conversations = new Conversations();
  private Outbox outbox = new Outbox();
  private FileLibrary files = new FileLibrary();
  /** The timestamp of our latest message: ours never share or go back in time, even if the clock does. */
  private long lastTimestamp;
  /** Conversations and messages changed since the page was last told, in order. */
  private transient Map<String, Set<String>> changed = new LinkedHashMap<>();

  public Chat() {}

  /** A chat for {@code node}, as on its first start. */
  Chat(String node) {
    this.node = node;
  }

  /** Sets our node name: the state always belongs to the node it was saved on. */
  void setNode(String ourNode) {
    node = ourNode;
  }

  String node() {
    return node;
  }

  Outbox outbox() {
    return outbox;
  }

  // ---- reading

  List<ConversationSummary> conversations() {
    return conversations.summaries(node);
  }

  Result<List<ChatMessage>, String> messages(String conversationId) {
    return conversation(conversationId).map(Conversation::messages);
  }

  Settings settings() {
    return new Settings(files.maxBytes());
  }

  Result<Settings, String> setMaxFileBytes(long bytes) {
    return files.setMaxBytes(bytes);
  }

  // ---- sending

  /**
   * Writes a message to a node (a direct conversation, started if need be) or to an existing
   * conversation, quoting {@code replyToId} and attaching our uploaded file {@code fileId} if given,
   * and queues it for every other member.
   */
  Result<ChatMessage, String> send(String to, String text, @Nullable String replyToId,
      @Nullable String fileId, long now) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty() && fileId == null) {
      return Result.err("Write a message or attach a file");
    }
    if (body.length() > LONGEST_TEXT) {
      return Result.err("The message is " + body.length() + " characters long; the limit is "
          + LONGEST_TEXT);
    }
    FileInfo file = null;
    if (fileId != null) {
      Optional<FileInfo> held = files.held(fileId).filter(info -> info.owner().equals(node));
      if (held.isEmpty()) {
        return Result.err("Upload the file before sending it");
      }
      file = held.get();
    }
    String key = to == null ? "" : to.strip();
    Optional<Conversation> existing = conversations.get(key);
    if (existing.isEmpty()) {
      Result<String, String> peer = peerName(key);
      if (!peer.isOk()) {
        return sameError(peer);
      }
      // A node name names the direct conversation with it, which a reply needs to exist.
      existing = conversations.get(Conversations.directId(node, peer.orElseThrow()));
      if (existing.isEmpty() && replyToId != null) {
        return Result.err("The message you reply to is not in this conversation");
      }
      if (existing.isEmpty()) {
        return Result.ok(write(conversations.direct(node, peer.orElseThrow(), now), body, null, file,
            now));
      }
    }
    Conversation conversation = existing.get();
    if (!conversation.members().isActive(node)) {
      return Result.err("You are no longer in this group");
    }
    if (conversation.members().active().size() < 2) {
      return Result.err("Nobody else is in this group");
    }
    ReplyTo replyTo = null;
    if (replyToId != null) {
      Optional<ChatMessage> quoted = conversation.message(replyToId);
      if (quoted.isEmpty()) {
        return Result.err("The message you reply to is not in this conversation");
      }
      replyTo = new ReplyTo(quoted.get().id(), quoted.get().sender(), preview(quoted.get()));
    }
    return Result.ok(write(conversation, body, replyTo, file, now));
  }

  private ChatMessage write(Conversation conversation, String text, @Nullable ReplyTo replyTo,
      @Nullable FileInfo file, long now) {
    lastTimestamp = Math.max(now, lastTimestamp + 1);
    Map<String, MessageStatus> recipients = new TreeMap<>();
    conversation.members().active().stream()
        .filter(member -> !member.equals(node))
        .forEach(member -> recipients.put(member, MessageStatus.SENDING));
    ChatMessage message = new ChatMessage(UUID.randomUUID().toString(), conversation.id(), node,
        text, lastTimestamp, MessageStatus.SENDING, replyTo, file, recipients);
    conversation.add(message);
    recipients.keySet().forEach(recipient -> outbox.enqueue(
        DeliveryKind.MESSAGE, recipient, conversation.id(), List.of(message.id()), now));
    changed(conversation, message);
    return message;
  }

  /** Queues a failed message again for the recipients it did not reach. */
  Result<ChatMessage, String> retry(String conversationId, String messageId, long now) {
    Result<Conversation, String> found = conversation(conversationId);
    if (!found.isOk()) {
      return sameError(found);
    }
    Conversation conversation = found.orElseThrow();
    Optional<ChatMessage> message = conversation.message(messageId)
        .filter(candidate -> candidate.sender().equals(node)
            && candidate.status() == MessageStatus.FAILED);
    if (message.isEmpty()) {
      return Result.err("Only a failed message of yours can be sent again");
    }
    ChatMessage retried = message.get();
    for (Map.Entry<String, MessageStatus> recipient : message.get().recipients().entrySet()) {
      if (recipient.getValue() == MessageStatus.FAILED) {
        retried = retried.withRecipientStatus(recipient.getKey(), MessageStatus.SENDING);
        outbox.enqueue(DeliveryKind.MESSAGE, recipient.getKey(), conversationId,
            List.of(messageId), now);
      }
    }
    conversation.update(retried);
    changed(conversation, retried);
    return Result.ok(retried);
  }

  // ---- receiving

  /** Takes a message from {@code from}; a message already here is accepted again without a copy. */
  Result<Boolean, Rejection> receive(String from, ChatMessage message, long now) {
    if (!isWellFormed(message, from)) {
      return Result.err(Rejection.INVALID);
    }
    Conversation conversation;
    if (message.conversationId().equals(Conversations.directId(node, from))) {
      conversation = conversations.direct(node, from, now);
    } else {
      Optional<Conversation> group = conversations.get(message.conversationId())
          .filter(Conversation::isGroup);
      Optional<Rejection> refusal = group.isEmpty()
          ? Optional.of(Conversations.isGroupId(message.conversationId())
              ? Rejection.UNKNOWN_CONVERSATION
              : Rejection.INVALID)
          : membershipProblem(group.get(), from);
      if (refusal.isPresent()) {
        return Result.err(refusal.get());
      }
      conversation = group.get();
    }
    ChatMessage copy = message.asDelivered();
    if (!conversation.add(copy)) {
      return Result.ok(false);
    }
    changed(conversation, copy);
    return Result.ok(true);
  }

  /** Whether a message from a peer is one we can keep: its own, complete, within our limits. */
  private boolean isWellFormed(ChatMessage message, String from) {
    ReplyTo quote = message.replyTo();
    FileInfo file = message.file();
    return !from.equals(node) && from.equals(message.sender())
        && message.conversationId() != null && message.id() != null && !message.id().isBlank()
        && message.text() != null && message.text().length() <= LONGEST_TEXT
        && (!message.text().isBlank() || file != null)
        && (quote == null || (quote.messageId() != null && quote.sender() != null
            && quote.preview() != null && quote.preview().length() <= PREVIEW_LENGTH))
        && (file == null || (files.isPlausible(file) && from.equals(file.owner())));
  }

  private Optional<Rejection> membershipProblem(Conversation group, String from) {
    if (!group.members().isActive(node)) {
      return Optional.of(Rejection.LEFT_GROUP);
    }
    if (!group.members().changes().containsKey(from)) {
      return Optional.of(Rejection.UNKNOWN_CONVERSATION);
    }
    return group.members().isActive(from) ? Optional.empty() : Optional.of(Rejection.NOT_A_MEMBER);
  }

  /**
   * Our page has shown the received messages of a conversation (or of all, if {@code null}): they
   * count as delivered, and their senders are told.
   */
  void displayed(@Nullable String conversationId, long now) {
    List<Conversation> shown = conversationId == null
        ? conversations.all()
        : conversations.get(conversationId).stream().toList();
    shown.forEach(conversation -> advanceReceived(conversation, MessageStatus.DELIVERED,
        DeliveryKind.DELIVERED_RECEIPT, now));
  }

  /** We have read a conversation: its received messages count as read, and their senders are told. */
  Result<ConversationSummary, String> markRead(String conversationId, long now) {
    return conversation(conversationId).map(conversation -> {
      advanceReceived(conversation, MessageStatus.READ, DeliveryKind.READ_RECEIPT, now);
      return conversation.summary(node);
    });
  }

  private void advanceReceived(Conversation conversation, MessageStatus status,
      DeliveryKind receipt, long now) {
    Map<String, List<String>> bySender = new TreeMap<>();
    for (ChatMessage message : conversation.receivedBefore(node, status)) {
      ChatMessage advanced = message.withStatus(status);
      conversation.update(advanced);
      changed(conversation, advanced);
      bySender.computeIfAbsent(message.sender(), sender -> new ArrayList<>()).add(message.id());
    }
    bySender.forEach((sender, ids) ->
        outbox.enqueue(receipt, sender, conversation.id(), ids, now));
  }

  /** A recipient of our messages tells us how far they got; statuses only ever move forward. */
  Result<Boolean, Rejection> applyReceipt(String from, Receipt receipt) {
    if ((receipt.status() != MessageStatus.DELIVERED && receipt.status() != MessageStatus.READ)
        || receipt.conversationId() == null || receipt.messageIds() == null) {
      return Result.err(Rejection.INVALID);
    }
    Optional<Conversation> found = conversations.get(receipt.conversationId());
    if (found.isEmpty()) {
      return Result.ok(false);
    }
    Conversation conversation = found.get();
    boolean any = false;
    for (String messageId : receipt.messageIds()) {
      Optional<ChatMessage> message = conversation.message(messageId)
          .filter(candidate -> candidate.sender().equals(node)
              && candidate.recipients().containsKey(from)
              && receipt.status().isAfter(candidate.recipients().get(from)));
      if (message.isPresent()) {
        ChatMessage advanced = message.get().withRecipientStatus(from, receipt.status());
        conversation.update(advanced);
        changed(conversation, advanced);
        any = true;
      }
    }
    return Result.ok(any);
  }

  // ---- groups

  /** Creates a group of us and {@code members} (at least one other), and invites them. */
  Result<ConversationSummary, String> createGroup(String name, List<String> members, long now) {
    Result<String, String> groupName = groupName(name);
    if (!groupName.isOk()) {
      return sameError(groupName);
    }
    TreeSet<String> everyone = new TreeSet<>();
    everyone.add(node);
    for (String member : members == null ? List.<String>of() : members) {
      Result<String, String> valid = nodeName(member);
      if (!valid.isOk()) {
        return sameError(valid);
      }
      everyone.add(valid.orElseThrow());
    }
    if (everyone.size() < 2) {
      return Result.err("A group needs at least one member besides you");
    }
    if (everyone.size() > LARGEST_GROUP) {
      return Result.err("A group holds at most " + LARGEST_GROUP + " members");
    }
    Conversation group = new Conversation(Conversations.newGroupId(UUID.randomUUID().toString()),
        ConversationKind.GROUP, groupName.orElseThrow(), node,
        GroupMembers.founding(List.copyOf(everyone)), now);
    conversations.add(group);
    everyone.stream()
        .filter(member -> !member.equals(node))
        .forEach(member -> outbox.enqueue(DeliveryKind.GROUP_JOIN, member, group.id(), List.of(),
            now));
    changed(group, null);
    return Result.ok(group.summary(node));
  }

  /** Adds a member to a group we are in: they are invited, and every other member is told. */
  Result<ConversationSummary, String> addMember(String groupId, String member, long now) {
    Result<Conversation, String> found = ourGroup(groupId);
    if (!found.isOk()) {
      return sameError(found);
    }
    Result<String, String> peer = peerName(member);
    if (!peer.isOk()) {
      return sameError(peer);
    }
    Conversation group = found.orElseThrow();
    String newcomer = peer.orElseThrow();
    if (group.members().isActive(newcomer)) {
      return Result.err(newcomer + " is already in the group");
    }
    if (group.members().active().size() >= LARGEST_GROUP) {
      return Result.err("A group holds at most " + LARGEST_GROUP + " members");
    }
    group.members().set(newcomer, true);
    group.touch(now);
    for (String other : group.members().active()) {
      if (other.equals(newcomer)) {
        outbox.enqueue(DeliveryKind.GROUP_JOIN, other, group.id(), List.of(), now);
      } else if (!other.equals(node)) {
        outbox.enqueue(DeliveryKind.GROUP_UPDATE, other, group.id(), List.of(), now);
      }
    }
    changed(group, null);
    return Result.ok(group.summary(node));
  }

  /**
   * Leaves a group: the other members are told, and what we had not yet sent to the group is
   * dropped (our messages among it fail). The history stays.
   */
  Result<ConversationSummary, String> leave(String groupId, long now) {
    Result<Conversation, String> found = ourGroup(groupId);
    if (!found.isOk()) {
      return sameError(found);
    }
    Conversation group = found.orElseThrow();
    List<String> others = group.members().active().stream()
        .filter(member -> !member.equals(node))
        .toList();
    group.members().set(node, false);
    group.touch(now);
    for (Delivery dropped : outbox.drop(entry -> entry.conversationId().equals(groupId))) {
      if (dropped.kind() == DeliveryKind.MESSAGE) {
        settleMessage(dropped, MessageStatus.FAILED);
      }
    }
    others.forEach(member -> outbox.enqueue(DeliveryKind.GROUP_LEAVE, member, groupId, List.of(),
        now));
    changed(group, null);
    return Result.ok(group.summary(node));
  }

  /**
   * Merges a group snapshot from a member: an invitation ({@code GROUP_JOIN}) may introduce a group
   * we do not know yet; an update or a leave only changes one we know.
   */
  Result<Boolean, Rejection> applyGroup(String from, GroupSnapshot snapshot, DeliveryKind how,
      long now) {
    if (!isWellFormed(snapshot)
        || (how == DeliveryKind.GROUP_LEAVE) == isActive(snapshot, from)) {
      return Result.err(Rejection.INVALID);
    }
    Optional<Conversation> found = conversations.get(snapshot.groupId());
    if (found.isEmpty()) {
      if (how != DeliveryKind.GROUP_JOIN) {
        return how == DeliveryKind.GROUP_LEAVE
            ? Result.ok(false)
            : Result.err(Rejection.UNKNOWN_CONVERSATION);
      }
      if (!isActive(snapshot, node)) {
        return Result.err(Rejection.NOT_A_MEMBER);
      }
      Conversation group = new Conversation(snapshot.groupId(), ConversationKind.GROUP,
          snapshot.name().strip(), snapshot.createdBy(), new GroupMembers(snapshot.members()), now);
      conversations.add(group);
      changed(group, null);
      return Result.ok(true);
    }
    Conversation group = found.get();
    if (!group.isGroup()) {
      return Result.err(Rejection.INVALID);
    }
    List<String> before = group.members().active();
    if (!group.members().merge(snapshot.members())) {
      return Result.ok(false);
    }
    if (how == DeliveryKind.GROUP_JOIN && group.members().isActive(node)) {
      group.touch(now);
    }
    for (String gone : before) {
      if (!group.members().isActive(gone)) {
        forgetMember(group, gone);
      }
    }
    // Pass news on: the sender may not have known every member. Views only grow by merging, so this
    // stops once every member's view is the same.
    if (group.members().isActive(node)) {
      group.members().active().stream()
          .filter(member -> !member.equals(node) && !member.equals(from))
          .forEach(member -> outbox.enqueue(DeliveryKind.GROUP_UPDATE, member, group.id(),
              List.of(), now));
    }
    changed(group, null);
    return Result.ok(true);
  }

  private void forgetMember(Conversation group, String gone) {
    outbox.drop(entry -> entry.peer().equals(gone) && entry.conversationId().equals(group.id()));
    group.forgetRecipient(gone).forEach(message -> changed(group, message));
  }

  private static boolean isActive(GroupSnapshot snapshot, String node) {
    Membership membership = snapshot.members().get(node);
    return membership != null && membership.active();
  }

  private static boolean isWellFormed(GroupSnapshot snapshot) {
    return snapshot.groupId() != null && Conversations.isGroupId(snapshot.groupId())
        && snapshot.name() != null && groupName(snapshot.name()).isOk()
        && ProcessId.isValidPublisher(snapshot.createdBy())
        && snapshot.members() != null && !snapshot.members().isEmpty()
        && snapshot.members().size() <= LARGEST_GROUP
        && snapshot.members().entrySet().stream().allMatch(entry ->
            ProcessId.isValidPublisher(entry.getKey()) && entry.getValue() != null
                && entry.getValue().clock() > 0);
  }

  // ---- the outbox

  /** The peer got in touch: what waits for it is due now. Returns whether anything waits. */
  boolean peerSeen(String peer) {
    return outbox.peerSeen(peer);
  }

  /**
   * Sends an outbox entry to its peer. Its payload is read now, so a group snapshot is the latest; an
   * entry whose message or group is gone completes as accepted, with nothing sent.
   */
  CompletionStage<Result<Boolean, Rejection>> dispatch(Delivery delivery, Peer peer) {
    Optional<GroupSnapshot> group = conversations.get(delivery.conversationId())
        .filter(Conversation::isGroup)
        .map(Conversation::snapshot);
    Optional<CompletionStage<Result<Boolean, Rejection>>> sent = switch (delivery.kind()) {
      case MESSAGE -> conversations.get(delivery.conversationId())
          .flatMap(conversation -> conversation.message(delivery.messageIds().get(0)))
          .map(message -> peer.receiveMessage(message.asDelivered()));
      case DELIVERED_RECEIPT -> Optional.of(peer.receiveReceipt(new Receipt(
          delivery.conversationId(), delivery.messageIds(), MessageStatus.DELIVERED)));
      case READ_RECEIPT -> Optional.of(peer.receiveReceipt(new Receipt(
          delivery.conversationId(), delivery.messageIds(), MessageStatus.READ)));
      case GROUP_JOIN -> group.map(peer::handleGroupJoin);
      case GROUP_UPDATE -> group.map(peer::handleGroupUpdate);
      case GROUP_LEAVE -> group.map(peer::handleGroupLeave);
    };
    return sent.orElseGet(() -> CompletableFuture.completedFuture(Result.ok(false)));
  }

  /** Records how sending an entry ended, and what it means for the message it carried. */
  void settle(Delivery delivery, DeliveryOutcome outcome, long now) {
    switch (outcome) {
      case ACCEPTED -> {
        outbox.succeeded(delivery);
        settleMessage(delivery, MessageStatus.SENT);
      }
      case REFUSED -> {
        outbox.rejected(delivery);
        settleMessage(delivery, MessageStatus.FAILED);
      }
      case GONE -> {
        outbox.rejected(delivery);
        conversations.get(delivery.conversationId())
            .ifPresent(conversation -> forgetMember(conversation, delivery.peer()));
      }
      case UNREACHABLE -> outbox.failed(delivery, now)
          .forEach(expired -> settleMessage(expired, MessageStatus.FAILED));
    }
  }

  private void settleMessage(Delivery delivery, MessageStatus status) {
    if (delivery.kind() != DeliveryKind.MESSAGE) {
      return;
    }
    conversations.get(delivery.conversationId()).ifPresent(conversation ->
        conversation.message(delivery.messageIds().get(0))
            .filter(message -> message.recipients().containsKey(delivery.peer()))
            .ifPresent(message -> {
              MessageStatus current = message.recipients().get(delivery.peer());
              MessageStatus next = status == MessageStatus.FAILED ? status : current.latest(status);
              if (next != current) {
                ChatMessage updated = message.withRecipientStatus(delivery.peer(), next);
                conversation.update(updated);
                changed(conversation, updated);
              }
            }));
  }

  // ---- files

  /**
   * Checks an upload of ours and describes it under a new id, with the SHA-256 of its bytes; store
   * the bytes, then {@link #hold} it.
   */
  Result<FileInfo, String> describeUpload(String name, String mimeType, long size, String sha256) {
    return files.describeUpload(UUID.randomUUID().toString(), name, mimeType, size, sha256, node);
  }

  /** Records that a file's bytes are in our drive. */
  void hold(FileInfo file) {
    files.hold(file);
  }

  /** A file whose bytes are in our drive. */
  Optional<FileInfo> heldFile(String fileId) {
    return files.held(fileId);
  }

  /**
   * A file attached to a message we received, which we may fetch from its owner: empty if no
   * message of ours carries it or it is larger than our limit.
   */
  Result<FileInfo, String> fetchableFile(String fileId) {
    Optional<FileInfo> shared = conversations.all().stream()
        .flatMap(conversation -> conversation.messages().stream())
        .map(ChatMessage::file)
        .filter(file -> file != null && file.fileId().equals(fileId))
        .findFirst();
    if (shared.isEmpty()) {
      return Result.err("No message here carries that file");
    }
    if (shared.get().size() > files.maxBytes()) {
      return Result.err("The file is " + shared.get().size() + " bytes; the limit is "
          + files.maxBytes() + " bytes");
    }
    return Result.ok(shared.get());
  }

  /**
   * A file of ours that {@code peer} may fetch: one we attached to a message in a conversation the
   * peer is or was a member of.
   */
  Result<FileInfo, String> fileFor(String peer, String fileId) {
    Optional<FileInfo> ours = files.held(fileId).filter(file -> file.owner().equals(node));
    boolean shared = ours.isPresent() && conversations.all().stream()
        .filter(conversation -> conversation.members().changes().containsKey(peer))
        .flatMap(conversation -> conversation.messages().stream())
        .anyMatch(message -> message.sender().equals(node) && message.file() != null
            && message.file().fileId().equals(fileId));
    return shared ? Result.ok(ours.get()) : Result.err("No such file was shared with " + peer);
  }

  /**
   * A part of a file of ours that {@code peer} may fetch: {@code length} bytes from {@code offset},
   * inside the file and at most {@link FileLibrary#LARGEST_PART}.
   */
  Result<FileInfo, String> filePartFor(String peer, String fileId, long offset, int length) {
    Result<FileInfo, String> file = fileFor(peer, fileId);
    return file.isOk() ? FileLibrary.checkPart(file.orElseThrow(), offset, length) : file;
  }

  // ---- telling the page

  /** What changed since the last call, one update per conversation, and forgets it. */
  List<LiveUpdate> takeUpdates() {
    List<LiveUpdate> updates = new ArrayList<>();
    changed.forEach((conversationId, messageIds) ->
        conversations.get(conversationId).ifPresent(conversation -> updates.add(LiveUpdate.update(
            conversation.summary(node),
            messageIds.stream()
                .map(conversation::message)
                .flatMap(Optional::stream)
                .sorted(Conversation.ORDER)
                .collect(Collectors.toList())))));
    changed.clear();
    return updates;
  }

  private void changed(Conversation conversation, @Nullable ChatMessage message) {
    Set<String> messageIds = changed.computeIfAbsent(conversation.id(), id -> new LinkedHashSet<>());
    if (message != null) {
      messageIds.add(message.id());
    }
  }

  // ---- rules shared by several operations

  private Result<Conversation, String> conversation(String conversationId) {
    return conversations.get(conversationId == null ? "" : conversationId)
        .<Result<Conversation, String>>map(Result::ok)
        .orElseGet(() -> Result.err("No such conversation"));
  }

  private Result<Conversation, String> ourGroup(String groupId) {
    Optional<Conversation> group = conversations.get(groupId == null ? "" : groupId)
        .filter(Conversation::isGroup);
    if (group.isEmpty()) {
      return Result.err("No such group");
    }
    if (!group.get().members().isActive(node)) {
      return Result.err("You are no longer in this group");
    }
    return Result.ok(group.get());
  }

  /** A node name as typed, lower-cased. */
  private static Result<String, String> nodeName(String typed) {
    String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (!ProcessId.isValidPublisher(name)) {
      return Result.err("'" + (typed == null ? "" : typed.strip())
          + "' is not a node name; node names look like bob.os");
    }
    return Result.ok(name);
  }

  /** A node name as typed, lower-cased, that is not ours. */
  private Result<String, String> peerName(String typed) {
    Result<String, String> name = nodeName(typed);
    if (name.isOk() && name.orElseThrow().equals(node)) {
      return Result.err("That is your own node");
    }
    return name;
  }

  /** The error of a failed result, as a result of another type. */
  private static <T> Result<T, String> sameError(Result<?, String> failed) {
    return Result.err(((Result.Err<?, String>) failed).error());
  }

  private static Result<String, String> groupName(String typed) {
    String name = typed == null ? "" : typed.strip();
    if (name.isEmpty()) {
      return Result.err("Give the group a name");
    }
    if (name.length() > LONGEST_GROUP_NAME) {
      return Result.err("A group name has at most " + LONGEST_GROUP_NAME + " characters");
    }
    return Result.ok(name);
  }

  private static String preview(ChatMessage message) {
    String text = message.text().isBlank() && message.file() != null
        ? message.file().name()
        : message.text().strip();
    return text.length() <= PREVIEW_LENGTH ? text : text.substring(0, PREVIEW_LENGTH - 1) + "…";
  }
}
