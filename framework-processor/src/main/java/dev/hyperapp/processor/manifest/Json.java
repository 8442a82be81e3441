package dev.hyperapp.processor.manifest;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of maps, lists, strings, booleans and numbers as pretty JSON, keys in the maps'
 * iteration order (callers pass insertion-ordered maps). Strings are ASCII-only on output, everything
 * else escaped as {@code \\uXXXX}, so a file means the same whatever encoding a build writes it with.
 * The processor has no JSON library on purpose: it runs inside every app's compiler.
 */
public final class Json {

  private static final String INDENT = "  ";

  private Json() {}

  /** {@code value} as a JSON document ending with a newline. */
  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, "", out);
    return out.append('\n').toString();
  }

  /** {@code text} as a JSON string literal, which is also a valid JavaScript string literal. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static void write(Object value, String indent, StringBuilder out) {
    if (value instanceof Map<?, ?> map) {
      writeObject(map, indent, out);
    } else if (value instanceof List<?> list) {
      writeArray(list, indent, out);
    } else if (value instanceof String text) {
      out.append(quote(text));
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value == null) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeObject(Map<?, ?> map, String indent, StringBuilder out) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + INDENT;
    out.append("{\n");
    String separator = "";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(separator).append(inner).append(quote((String) entry.getKey())).append(": ");
      write(entry.getValue(), inner, out);
      separator = ",\n";
    }
    out.append('\n').append(indent).append('}');
  }

  /** Arrays of scalars stay on one line; arrays holding objects or arrays get a line per item. */
  private static void writeArray(List<?> list, String indent, StringBuilder out) {
    boolean flat = list.stream().noneMatch(item -> item instanceof Map || item instanceof List);
    if (flat) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(list.get(i), indent, out);
      }
      out.append(']');
      return;
    }
    String inner = indent + INDENT;
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(i == 0 ? "" : ",\n").append(inner);
      write(list.get(i), inner, out);
    }
    out.append('\n').append(indent).append(']');
  }
}
