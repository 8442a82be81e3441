package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * How one process sends: as its own address, with replies completing on its own mailbox, on the
 * thread the reply arrives on if the process is idle ({@link Mailbox#runHereIfIdle}).
 */
final class ProcessTransport implements RpcTransport {

  private final Kernel kernel;
  private final Address self;
  private final Mailbox mailbox;

  ProcessTransport(Kernel kernel, Address self, Mailbox mailbox) {
    this.kernel = kernel;
    this.self = self;
    this.mailbox = mailbox;
  }

  @Override
  public String ourNode() {
    return kernel.ourNode();
  }

  @Override
  public CompletionStage<RpcReply> request(Address target, byte[] body, Blob blob, Duration timeout) {
    ProcessStage<RpcReply> stage = new ProcessStage<>(mailbox);
    Message message = new Message(
        kernel.nextMessageId(), self, target, Optional.of(timeout), body, Map.of(), blob);
    kernel.request(message).whenComplete((reply, error) -> mailbox.runHereIfIdle(() -> {
      if (reply instanceof Reply.Success success) {
        stage.complete(new RpcReply(success.json(), success.blob()));
      } else if (reply instanceof Reply.Failure failure) {
        stage.completeExceptionally(new RpcException(failure.error()));
      } else {
        stage.completeExceptionally(error);
      }
    }));
    return stage;
  }

  @Override
  public void send(Address target, byte[] body, Blob blob) {
    kernel.send(new Message(
        kernel.nextMessageId(), self, target, Optional.empty(), body, Map.of(), blob));
  }
}
