package dev.hyperapp.maven.client;

/** WIT that parses but has no Java shape on Hyperapp's wire, with what and where. */
public final class UnsupportedWitException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  UnsupportedWitException(String message) {
    super(message);
  }
}
