package dev.hyperapp.runtime.kernel;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import java.util.Objects;

/** The answer to a request: the handler's encoded result, or a structured error. */
public sealed interface Reply {

  /** The handler returned; {@code json} is its encoded result ({@code null} for void). */
  record Success(byte[] json, Blob blob) implements Reply {}

  /** The request failed: bad input, a failing handler, an unknown process, a timeout, … */
  record Failure(DispatchError error) implements Reply {
    public Failure {
      Objects.requireNonNull(error, "error");
    }
  }

  static Reply failure(ErrorCode code, String message) {
    return new Failure(DispatchError.of(code, message));
  }
}
