package dev.hyperapp.samchat;

import dev.hyperapp.annotations.Result;
import java.util.concurrent.CompletionStage;

/** Samchat on another node, reached through the generated client. */
final class RemoteSamchat implements Peer {

  private final SamchatClient client;

  RemoteSamchat(SamchatClient client) {
    this.client = client;
  }

  @Override
  public CompletionStage<Result<Boolean, Rejection>> receiveMessage(ChatMessage message) {
    return client.receiveMessage(message);
  }

  @Override
  public CompletionStage<Result<Boolean, Rejection>> receiveReceipt(Receipt receipt) {
    return client.receiveReceipt(receipt);
  }

  @Override
  public CompletionStage<Result<Boolean, Rejection>> handleGroupJoin(GroupSnapshot group) {
    return client.handleGroupJoin(group);
  }

  @Override
  public CompletionStage<Result<Boolean, Rejection>> handleGroupUpdate(GroupSnapshot group) {
    return client.handleGroupUpdate(group);
  }

  @Override
  public CompletionStage<Result<Boolean, Rejection>> handleGroupLeave(GroupSnapshot group) {
    return client.handleGroupLeave(group);
  }
}
