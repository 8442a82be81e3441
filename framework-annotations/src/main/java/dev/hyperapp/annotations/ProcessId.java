package dev.hyperapp.annotations;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A process id {@code process:package:publisher}, as WIT's standard {@code process-id}.
 *
 * @param process the process name ({@code a-z 0-9 -})
 * @param packageName the package name ({@code a-z 0-9 -})
 * @param publisher the publisher node ({@code a-z 0-9 - .})
 */
public record ProcessId(String process, String packageName, String publisher) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PUBLISHER = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  public ProcessId {
    requireValid("process", process, NAME);
    requireValid("package", packageName, NAME);
    requireValid("publisher", publisher, PUBLISHER);
  }

  /** Parses {@code process:package:publisher}. */
  public static ProcessId parse(String text) {
    String[] parts = Objects.requireNonNull(text, "process id").split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(
          "A process id has the form process:package:publisher, got '" + text + "'");
    }
    return new ProcessId(parts[0], parts[1], parts[2]);
  }

  /** Whether {@code name} is a valid process or package name. */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** Whether {@code publisher} is a valid publisher (a node name). */
  public static boolean isValidPublisher(String publisher) {
    return publisher != null && PUBLISHER.matcher(publisher).matches();
  }

  private static void requireValid(String what, String value, Pattern pattern) {
    if (value == null || !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "Invalid " + what + " name '" + value + "': use a-z, 0-9 and '-'"
              + (pattern == PUBLISHER ? " and '.'" : ""));
    }
  }

  @Override
  public String toString() {
    return process + ":" + packageName + ":" + publisher;
  }
}
