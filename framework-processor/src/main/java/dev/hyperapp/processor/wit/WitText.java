package dev.hyperapp.processor.wit;

/**
 * Builds WIT source the way WASI's own files are written: four-space indentation, one member per
 * line with a trailing comma (so adding a member is a one-line diff), a blank line between items.
 */
final class WitText {

  private static final String INDENT = "    ";

  private final StringBuilder text = new StringBuilder();
  private int depth;
  private boolean blockStarted;

  /** The identifier without the {@code %} that escapes a keyword, for names built from it and for sorting. */
  static String unescaped(String identifier) {
    return identifier.startsWith("%") ? identifier.substring(1) : identifier;
  }

  WitText line(String line) {
    text.append(INDENT.repeat(depth)).append(line).append('\n');
    blockStarted = false;
    return this;
  }

  /** A blank line before the next item, unless it is the first of its block. */
  WitText separate() {
    if (!blockStarted) {
      text.append('\n');
    }
    return this;
  }

  WitText doc(String doc) {
    return line("/// " + doc);
  }

  WitText open(String header) {
    line(header + " {");
    depth++;
    blockStarted = true;
    return this;
  }

  WitText member(String member) {
    return line(member + ",");
  }

  /** Ends a block: {@code }} on its own line, or {@code {}} for a block without members. */
  WitText close() {
    depth--;
    if (blockStarted) {
      text.setLength(text.length() - 1);
      text.append("}\n");
      blockStarted = false;
      return this;
    }
    return line("}");
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
