package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.api.dispatch.Origin;
import java.util.Objects;
import java.util.Optional;

/**
 * A message as it reaches a process: with the origin the kernel decided from where it came, the HTTP
 * request for HTTP calls, and room for the blob the handler attaches to its reply.
 */
public final class Delivery {

  private final Message message;
  private final Origin origin;
  private final Context.HttpRequest http;
  private final String method;
  private Blob responseBlob;

  Delivery(Message message, Origin origin, Context.HttpRequest http, String method) {
    this.message = Objects.requireNonNull(message, "message");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.http = http;
    this.method = method;
  }

  public Message message() {
    return message;
  }

  public Origin origin() {
    return origin;
  }

  /** The HTTP request, for an {@link Origin#HTTP} delivery. */
  public Optional<Context.HttpRequest> http() {
    return Optional.ofNullable(http);
  }

  /**
   * The handler to invoke with the body as its bare arguments (an {@code @Http} handler with a path of
   * its own); empty when the body is the usual {@code {"PascalName": …}} envelope.
   */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /** Attaches a blob to the reply. */
  public void respondWithBlob(Blob blob) {
    this.responseBlob = blob;
  }

  Blob responseBlob() {
    return responseBlob;
  }
}
