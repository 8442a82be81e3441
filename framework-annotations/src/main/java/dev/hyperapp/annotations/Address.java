package dev.hyperapp.annotations;

import java.util.Objects;

/**
 * A process on a node, {@code node@process:package:publisher}, as WIT's standard {@code address}.
 *
 * @param node the node name, for example {@code alice.os}
 * @param process the process on that node
 */
public record Address(String node, ProcessId process) {

  public Address {
    if (!ProcessId.isValidPublisher(node)) {
      throw new IllegalArgumentException(
          "Invalid node name '" + node + "': use a-z, 0-9, '-' and '.', for example alice.os");
    }
    Objects.requireNonNull(process, "process");
  }

  /** Parses {@code node@process:package:publisher}. */
  public static Address parse(String text) {
    int at = Objects.requireNonNull(text, "address").indexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException(
          "An address has the form node@process:package:publisher, got '" + text + "'");
    }
    return new Address(text.substring(0, at), ProcessId.parse(text.substring(at + 1)));
  }

  @Override
  public String toString() {
    return node + "@" + process;
  }
}
