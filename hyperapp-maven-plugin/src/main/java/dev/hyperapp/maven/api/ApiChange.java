package dev.hyperapp.maven.api;

/**
 * One difference between two versions of a WIT API.
 *
 * @param subject the name a breaking change is acknowledged by: the function ({@code leave-group}),
 *     the type ({@code chat-message}), the interface, the world or the package
 * @param description what changed, naming the signature records concerned
 */
public record ApiChange(Compatibility compatibility, String subject, String description) {

  /** Whether callers and readers built against the old API still work with the new one. */
  public enum Compatibility {
    /** An added function, type, interface, world or optional field; a renamed argument. */
    COMPATIBLE,
    /** Anything that makes an old caller's request or an old reader's parse fail or mean another thing. */
    BREAKING
  }

  public boolean isBreaking() {
    return compatibility == Compatibility.BREAKING;
  }

  static ApiChange compatible(String subject, String description) {
    return new ApiChange(Compatibility.COMPATIBLE, subject, description);
  }

  static ApiChange breaking(String subject, String description) {
    return new ApiChange(Compatibility.BREAKING, subject, description);
  }

  @Override
  public String toString() {
    return (isBreaking() ? "breaking: " : "compatible: ") + description;
  }
}
