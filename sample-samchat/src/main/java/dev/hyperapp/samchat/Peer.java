package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Result;
import java.util.concurrent.CompletionStage;

/**
 * The handlers of Samchat on another node that our outbox delivers to. Each stage completes with the
 * peer's answer, or exceptionally when the peer could not be reached ({@link DeliveryOutcome#of(Throwable)}).
 */
public interface Peer {

  CompletionStage<Result<Boolean, Rejection>> receiveMessage(ChatMessage message);

  CompletionStage<Result<Boolean, Rejection>> receiveReceipt(Receipt receipt);

  CompletionStage<Result<Boolean, Rejection>> handleGroupJoin(GroupSnapshot group);

  CompletionStage<Result<Boolean, Rejection>> handleGroupUpdate(GroupSnapshot group);

  CompletionStage<Result<Boolean, Rejection>> handleGroupLeave(GroupSnapshot group);
}
