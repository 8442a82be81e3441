package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.runtime.kernel.Delivery;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@link Context} of one handler call; without a delivery, that of {@code @Init}, a WebSocket
 * event or a timer, whose source is the process itself.
 */
final class ProcessContext implements Context {

  private final AppProcess<?> process;
  private final Delivery delivery;

  ProcessContext(AppProcess<?> process, Delivery delivery) {
    this.process = process;
    this.delivery = delivery;
  }

  @Override
  public Address our() {
    return process.self().address();
  }

  @Override
  public Address source() {
    return delivery == null ? our() : delivery.message().source();
  }

  @Override
  public Optional<HttpRequest> http() {
    return delivery == null ? Optional.empty() : delivery.http();
  }

  @Override
  public Optional<Blob> blob() {
    return delivery == null ? Optional.empty() : Optional.ofNullable(delivery.message().blob());
  }

  @Override
  public void respondWithBlob(Blob blob) {
    if (delivery == null) {
      throw new IllegalStateException("There is no reply to attach a blob to outside a handler call");
    }
    delivery.respondWithBlob(blob);
  }

  @Override
  public Homepage homepage() {
    return process.homepage().of(process.id(), process.manifest().widget());
  }

  @Override
  public KeyValue kv() {
    return process.services().keyValue();
  }

  @Override
  public Sql sql() {
    return process.services().sql();
  }

  @Override
  public Drive drive(String name) {
    return process.services().drive(name);
  }

  @Override
  public Cancellable after(Duration delay, Runnable action) {
    return process.after(delay, action);
  }

  @Override
  public void push(int channel, Object message) {
    process.push(channel, message);
  }

  @Override
  public void broadcast(Object message) {
    process.broadcast(message);
  }
}
