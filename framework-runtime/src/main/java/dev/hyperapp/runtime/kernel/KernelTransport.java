package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Sends requests straight through a node's kernel as {@code self}, from any thread outside the
 * node's processes (tests, tools): stages complete on the kernel's threads, and blocking on them is
 * fine. Processes use their own transport, whose stages complete on their mailbox.
 */
public final class KernelTransport implements RpcTransport {

  private final Kernel kernel;
  private final Address self;

  public KernelTransport(Kernel kernel, Address self) {
    this.kernel = kernel;
    this.self = self;
  }

  @Override
  public String ourNode() {
    return kernel.ourNode();
  }

  @Override
  public CompletionStage<RpcReply> request(Address target, byte[] body, Blob blob, Duration timeout) {
    Message message = new Message(
        kernel.nextMessageId(), self, target, Optional.of(timeout), body, Map.of(), blob);
    return kernel.request(message).thenCompose(reply -> reply instanceof Reply.Success success
        ? CompletableFuture.completedFuture(new RpcReply(success.json(), success.blob()))
        : CompletableFuture.failedFuture(new RpcException(((Reply.Failure) reply).error())));
  }

  @Override
  public void send(Address target, byte[] body, Blob blob) {
    kernel.send(new Message(
        kernel.nextMessageId(), self, target, Optional.empty(), body, Map.of(), blob));
  }
}
