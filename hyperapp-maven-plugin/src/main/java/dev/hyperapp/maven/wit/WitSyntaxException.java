package dev.hyperapp.maven.wit;

/** WIT this parser cannot read, with where: {@code samchat.wit:12:5: expected '}' but found 'func'}. */
public final class WitSyntaxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public WitSyntaxException(String message) {
    super(message);
  }
}
