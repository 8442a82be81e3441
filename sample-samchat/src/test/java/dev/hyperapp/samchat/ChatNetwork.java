package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * Chats of several nodes whose outboxes deliver straight into each other's rules, with a clock the
 * test moves by hand: the state logic between nodes, without any node. A node taken offline fails
 * every call to it the way the transport reports it, with an {@code OFFLINE} {@link RpcException}.
 */
final class ChatNetwork {

  private final Map<String, Chat> chats = new LinkedHashMap<>();
  private final Set<String> offline = new HashSet<>();
  long now = 1_000_000;

  ChatNetwork(String... nodes) {
    for (String node : nodes) {
      chats.put(node, new Chat(node));
    }
  }

  Chat chat(String node) {
    return chats.get(node);
  }

  void offline(String node) {
    offline.add(node);
  }

  void online(String node) {
    offline.remove(node);
  }

  /** Sends every due outbox entry of every node, repeatedly, until none is due. */
  void deliverAll() {
    boolean progress = true;
    while (progress) {
      progress = false;
      for (Chat chat : chats.values()) {
        for (String peer : chat.outbox().duePeers(now)) {
          Delivery delivery = chat.outbox().claimNext(peer).orElseThrow();
          chat.dispatch(delivery, peer(chat.node(), peer))
              .whenComplete((reply, failure) -> chat.settle(delivery,
                  failure == null ? DeliveryOutcome.of(reply) : DeliveryOutcome.of(failure), now));
          progress = true;
        }
      }
    }
  }

  /** What {@code from} reaches when it calls {@code to}. */
  Peer peer(String from, String to) {
    Chat target = chats.get(to);
    return new Peer() {
      @Override
      public CompletionStage<Result<Boolean, Rejection>> receiveMessage(ChatMessage message) {
        return call(from, to, () -> target.receive(from, message, now));
      }

      @Override
      public CompletionStage<Result<Boolean, Rejection>> receiveReceipt(Receipt receipt) {
        return call(from, to, () -> target.applyReceipt(from, receipt));
      }

      @Override
      public CompletionStage<Result<Boolean, Rejection>> handleGroupJoin(GroupSnapshot group) {
        return call(from, to, () -> target.applyGroup(from, group, DeliveryKind.GROUP_JOIN, now));
      }

      @Override
      public CompletionStage<Result<Boolean, Rejection>> handleGroupUpdate(GroupSnapshot group) {
        return call(from, to, () -> target.applyGroup(from, group, DeliveryKind.GROUP_UPDATE, now));
      }

      @Override
      public CompletionStage<Result<Boolean, Rejection>> handleGroupLeave(GroupSnapshot group) {
        return call(from, to, () -> target.applyGroup(from, group, DeliveryKind.GROUP_LEAVE, now));
      }
    };
  }

  /** A call as a handler layer makes it: a peer that calls us is reachable again. */
  private CompletionStage<Result<Boolean, Rejection>> call(String from, String to,
      Supplier<Result<Boolean, Rejection>> handler) {
    if (offline.contains(to) || !chats.containsKey(to)) {
      return CompletableFuture.failedFuture(
          new RpcException(DispatchError.of(ErrorCode.OFFLINE, to + " is offline")));
    }
    chats.get(to).peerSeen(from);
    return CompletableFuture.completedFuture(handler.get());
  }
}
