package dev.hyperapp.runtime.state;

/** A database or file operation of the node's storage failed. */
public final class StorageException extends RuntimeException {

  public StorageException(String message, Throwable cause) {
    super(message + (cause == null || cause.getMessage() == null ? "" : ": " + cause.getMessage()),
        cause);
  }
}
