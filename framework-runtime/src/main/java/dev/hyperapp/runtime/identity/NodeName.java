package dev.hyperapp.runtime.identity;

import java.util.regex.Pattern;

/**
 * The rules for a node's name ({@code alice.os}). A name is also a TLS server name and a file name in
 * the directory folder, so it is restricted to lower-case DNS labels.
 */
public final class NodeName {

  private static final Pattern VALID =
      Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

  private NodeName() {}

  /** Returns {@code name} if it is valid, or throws with what a valid name looks like. */
  public static String requireValid(String name) {
    if (name == null || name.length() > 253 || !VALID.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not a node name: use lower-case dot-separated labels of letters, digits"
              + " and hyphens, with at least one dot, such as alice.os");
    }
    return name;
  }
}
