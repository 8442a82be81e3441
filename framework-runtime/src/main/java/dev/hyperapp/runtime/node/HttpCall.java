package dev.hyperapp.runtime.node;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * A call from the HTTP server to a process.
 *
 * @param request the request as the handler's {@code Context.http()} shows it
 * @param body the JSON body: the envelope {@code {"PascalName": …}}, or, with a {@code method}, that
 *     handler's bare arguments
 * @param blob a file that came with the request (a binary upload), or {@code null}
 * @param method the PascalCase handler for an {@code @Http(path=…)} binding; empty for the envelope
 */
public record HttpCall(Context.HttpRequest request, byte[] body, Blob blob, Optional<String> method) {

  public HttpCall {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(method, "method");
  }
}
