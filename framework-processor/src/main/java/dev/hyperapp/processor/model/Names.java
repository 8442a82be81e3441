package dev.hyperapp.processor.model;

import java.util.Locale;
import java.util.Set;

/** The naming rules shared by the model and every generator: kebab-case, PascalCase, WIT escaping. */
public final class Names {

  /** WIT keywords, which must be written with a leading {@code %} when used as identifiers. */
  private static final Set<String> WIT_KEYWORDS = Set.of(
      "as", "async", "bool", "borrow", "char", "constructor", "enum", "export", "f32", "f64",
      "flags", "float32", "float64", "from", "func", "future", "import", "include", "interface", "list",
      "option", "own", "package", "record", "resource", "result", "s16", "s32", "s64", "s8",
      "static", "stream", "string", "tuple", "type", "u16", "u32", "u64", "u8", "use", "variant",
      "with", "world", "error-context");

  private Names() {}

  /**
   * {@code sendMessage}, {@code SendMessage}, {@code SEND_MESSAGE}, {@code send_message} and
   * {@code HTTPServer2} become {@code send-message} … {@code http-server2}. A digit stays attached to
   * what precedes it, because a WIT word may not start with a digit.
   */
  public static String kebab(String name) {
    StringBuilder out = new StringBuilder();
    char[] chars = name.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '_' || c == '-' || c == '$') {
        appendDash(out);
        continue;
      }
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit = i > 0
            && (Character.isLowerCase(chars[i - 1]) || Character.isDigit(chars[i - 1]));
        boolean endsAcronym = i > 0 && Character.isUpperCase(chars[i - 1])
            && i + 1 < chars.length && Character.isLowerCase(chars[i + 1]);
        if (afterLowerOrDigit || endsAcronym) {
          appendDash(out);
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static void appendDash(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
      out.append('-');
    }
  }

  /** {@code sendMessage} → {@code SendMessage}; the handler's name on the wire. */
  public static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : kebab(name).split("-")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }

  /** {@code send-message} → {@code sendMessage}: a Java member named after a WIT name. */
  public static String camel(String name) {
    String pascal = pascal(name);
    return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
  }

  /** {@code left-group} → {@code LEFT_GROUP}: a Java enum constant named after a WIT case. */
  public static String constant(String name) {
    return kebab(name).replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** A kebab-case WIT identifier, {@code %}-escaped if it is a keyword. */
  public static String witIdentifier(String kebabName) {
    return WIT_KEYWORDS.contains(kebabName) ? "%" + kebabName : kebabName;
  }

  /** Whether {@code name} is a valid WIT identifier (kebab-case words, each starting with a letter). */
  public static boolean isValidWitIdentifier(String name) {
    return name.matches("[a-z][a-z0-9]*(-[a-z][a-z0-9]*)*");
  }
}
