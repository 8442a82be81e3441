package dev.hyperapp.api.dispatch;

/** A request that cannot reach its handler; carries the error the caller gets. */
final class DispatchException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient DispatchError error;

  DispatchException(ErrorCode code, String message, String path) {
    super(message, null, false, false);
    this.error = new DispatchError(code, message, path);
  }

  DispatchError error() {
    return error;
  }
}
