package dev.hyperapp.runtime.node;

/** A system property set for the length of a try block, then put back as it was. */
public final class TemporaryProperty implements AutoCloseable {

  private final String name;
  private final String previous;

  private TemporaryProperty(String name, String value) {
    this.name = name;
    this.previous = value == null ? System.clearProperty(name) : System.setProperty(name, value);
  }

  /** Sets {@code name} to {@code value}; {@code null} clears it. */
  public static TemporaryProperty set(String name, String value) {
    return new TemporaryProperty(name, value);
  }

  @Override
  public void close() {
    if (previous == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, previous);
    }
  }
}
