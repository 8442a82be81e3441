package dev.hyperapp.samchat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What we still have to tell other nodes. Each peer gets its entries one at a time, in the order they
 * were queued (an invitation before the group's messages); a peer that cannot be reached is tried
 * again after a growing wait, or at once when it gets in touch with us. Entries that wait longer
 * than {@link Backoff#giveUpAfter()} are given up.
 */
public final class Outbox {

  /** A peer that failed {@code failures} times in a row and is not tried again before {@code notBefore}. */
  public record Retry(int failures, long notBefore) {}

  private List<Delivery> queue = new ArrayList<>();
  private TreeMap<String, Retry> retries = new TreeMap<>();
  /** The entry being sent to each peer; not saved: after a restart those entries are simply sent again. */
  private transient Map<String, String> inFlight = new HashMap<>();
  private transient Backoff backoff = Backoff.DEFAULT;

  void useBackoff(Backoff policy) {
    backoff = policy;
  }

  /** Every entry, in queue order. */
  List<Delivery> entries() {
    return List.copyOf(queue);
  }

  /**
   * Queues something for {@code peer}. Receipts and group changes fold into a pending entry of the
   * same kind for the same peer and conversation; a read receipt also takes its messages out of a
   * pending delivered receipt, and a group join already carries any later group update.
   */
  void enqueue(DeliveryKind kind, String peer, String conversationId, List<String> messageIds,
      long now) {
    if (kind == DeliveryKind.READ_RECEIPT) {
      withoutMessages(DeliveryKind.DELIVERED_RECEIPT, peer, conversationId, messageIds);
    }
    if (kind == DeliveryKind.GROUP_UPDATE
        && pending(DeliveryKind.GROUP_JOIN, peer, conversationId).isPresent()) {
      return;
    }
    if (kind.coalesces()) {
      Optional<Delivery> pending = pending(kind, peer, conversationId);
      if (pending.isPresent()) {
        LinkedHashSet<String> ids = new LinkedHashSet<>(pending.get().messageIds());
        ids.addAll(messageIds);
        replace(pending.get().withMessageIds(List.copyOf(ids)));
        return;
      }
    }
    queue.add(new Delivery(UUID.randomUUID().toString(), kind, peer, conversationId, messageIds,
        now, 0));
  }

  /** Peers with entries to send now, sorted. */
  List<String> duePeers(long now) {
    return queue.stream()
        .map(Delivery::peer)
        .distinct()
        .filter(peer -> !inFlight.containsKey(peer) && notBefore(peer) <= now)
        .sorted()
        .toList();
  }

  /** When the next peer is due, if any entry waits for a peer that is not being sent to already. */
  OptionalLong nextAttemptAt() {
    return queue.stream()
        .map(Delivery::peer)
        .filter(peer -> !inFlight.containsKey(peer))
        .mapToLong(this::notBefore)
        .min();
  }

  /** Takes the peer's oldest entry for sending, unless one is being sent to it already. */
  Optional<Delivery> claimNext(String peer) {
    if (inFlight.containsKey(peer)) {
      return Optional.empty();
    }
    Optional<Delivery> next = queue.stream().filter(entry -> entry.peer().equals(peer)).findFirst();
    next.ifPresent(entry -> inFlight.put(peer, entry.id()));
    return next;
  }

  /** The peer accepted the entry: it leaves the queue, and the peer counts as reachable. */
  void succeeded(Delivery delivery) {
    finish(delivery);
    queue.removeIf(entry -> entry.id().equals(delivery.id()));
    retries.remove(delivery.peer());
  }

  /** The peer refused the entry for good: it leaves the queue. */
  void rejected(Delivery delivery) {
    finish(delivery);
    queue.removeIf(entry -> entry.id().equals(delivery.id()));
  }

  /**
   * The peer could not take the entry now: it stays first in line, the peer waits longer before the
   * next try, and the peer's entries that waited too long are given up and returned.
   */
  List<Delivery> failed(Delivery delivery, long now) {
    finish(delivery);
    queue.replaceAll(entry -> entry.id().equals(delivery.id()) ? entry.failedOnce() : entry);
    int failures = Optional.ofNullable(retries.get(delivery.peer())).map(Retry::failures).orElse(0) + 1;
    retries.put(delivery.peer(), new Retry(failures, now + backoff.delayAfter(failures).toMillis()));
    long deadline = now - backoff.giveUpAfter().toMillis();
    List<Delivery> expired = queue.stream()
        .filter(entry -> entry.peer().equals(delivery.peer()) && entry.queuedAt() <= deadline)
        .toList();
    queue.removeAll(expired);
    return expired;
  }

  /** The peer got in touch, so it is reachable: its entries are due now. Returns whether it has any. */
  boolean peerSeen(String peer) {
    retries.remove(peer);
    return queue.stream().anyMatch(entry -> entry.peer().equals(peer));
  }

  /** Removes the entries that match and are not being sent; returns them. */
  List<Delivery> drop(Predicate<Delivery> which) {
    List<Delivery> dropped = queue.stream()
        .filter(entry -> !entry.id().equals(inFlight.get(entry.peer())) && which.test(entry))
        .toList();
    queue.removeAll(dropped);
    return dropped;
  }

  private void finish(Delivery delivery) {
    inFlight.remove(delivery.peer(), delivery.id());
  }

  private long notBefore(String peer) {
    Retry retry = retries.get(peer);
    return retry == null ? 0 : retry.notBefore();
  }

  private Optional<Delivery> pending(DeliveryKind kind, String peer, String conversationId) {
    return queue.stream()
        .filter(entry -> entry.isAbout(kind, peer, conversationId)
            && !entry.id().equals(inFlight.get(peer)))
        .findFirst();
  }

  private void withoutMessages(DeliveryKind kind, String peer, String conversationId,
      List<String> messageIds) {
    pending(kind, peer, conversationId).ifPresent(entry -> {
      List<String> rest = entry.messageIds().stream()
          .filter(messageId -> !messageIds.contains(messageId))
          .toList();
      if (rest.isEmpty()) {
        queue.remove(entry);
      } else {
        replace(entry.withMessageIds(rest));
      }
    });
  }

  private void replace(Delivery updated) {
    queue.replaceAll(entry -> entry.id().equals(updated.id()) ? updated : entry);
  }
}
