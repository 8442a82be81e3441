package dev.hyperapp.annotations;

import java.util.Objects;

/**
 * A process id {@code process:package:publisher}, as WIT's standard {@code process-id}.
 *
 * @param process the process name ({@code a-z 0-9 -})
 * @param packageName the package name ({@code a-z 0-9 -})
 * @param publisher the publisher node ({@code a-z 0-9 - .})
 */
public record ProcessId(String process, String packageName, String publisher) {

  public ProcessId {
    requireValid("process", process, false);
    requireValid("package", packageName, false);
    requireValid("publisher", publisher, true);
  }

  /** Parses {@code process:package:publisher}. */
  public static ProcessId parse(String text) {
    // Every HTTP call parses the id in its path: two indexOf calls rather than split's list and array.
    int first = Objects.requireNonNull(text, "process id").indexOf(':');
    int second = first < 0 ? -1 : text.indexOf(':', first + 1);
    if (second < 0 || text.indexOf(':', second + 1) >= 0) {
      throw new IllegalArgumentException(
          "A process id has the form process:package:publisher, got '" + text + "'");
    }
    return new ProcessId(text.substring(0, first), text.substring(first + 1, second), text.substring(second + 1));
  }

  /** Whether {@code name} is a valid process or package name. */
  public static boolean isValidName(String name) {
    return isValid(name, false);
  }

  /** Whether {@code publisher} is a valid publisher (a node name). */
  public static boolean isValidPublisher(String publisher) {
    return isValid(publisher, true);
  }

  private static void requireValid(String what, String value, boolean dotsAllowed) {
    if (!isValid(value, dotsAllowed)) {
      throw new IllegalArgumentException(
          "Invalid " + what + " name '" + value + "': use a-z, 0-9 and '-'"
              + (dotsAllowed ? " and '.'" : ""));
    }
  }

  /**
   * Whether {@code value} is runs of {@code a-z 0-9} joined by single {@code -} (or {@code .} when
   * {@code dotsAllowed}): the regular expression {@code [a-z0-9]+([.-][a-z0-9]+)*}, written as a scan
   * because every message's addresses are checked and a regex match costs a matcher per call.
   */
  private static boolean isValid(String value, boolean dotsAllowed) {
    if (value == null || value.isEmpty()) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '-' || (dotsAllowed && c == '.')) && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  @Override
  public String toString() {
    return process + ":" + packageName + ":" + publisher;
  }
}
