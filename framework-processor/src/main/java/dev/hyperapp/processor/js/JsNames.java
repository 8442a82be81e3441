package dev.hyperapp.processor.js;

import java.util.Set;

/**
 * Names in the browser client. Java names are kept, except where JavaScript or TypeScript would
 * read them differently: a reserved word, a name the client itself defines, or a global it uses.
 * Those get a trailing {@code _} ({@code delete} → {@code delete_}), as many as it takes to be free.
 */
final class JsNames {

  private static final Set<String> RESERVED = Set.of(
      // JavaScript reserved words, in strict mode (an ES module is strict)
      "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
      "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
      "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
      "new", "null", "package", "private", "protected", "public", "return", "static", "super",
      "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
      // TypeScript's built-in type names
      "any", "bigint", "boolean", "never", "number", "object", "string", "symbol", "undefined",
      "unknown",
      // what api.js and api.d.ts define at the top level
      "BASE_PATH", "BYTE_SHAPES", "HttpError", "ResultError", "baseUrl", "configure", "convert",
      "errorMessage", "fromBase64", "fromWire", "httpError", "request", "toBase64", "toWire",
      "unwrap",
      // the local variable of the generated functions
      "response",
      // the globals they use
      "Array", "Error", "JSON", "Object", "Promise", "Record", "String", "TypeError", "Uint8Array",
      "atob", "btoa", "fetch");

  private JsNames() {}

  static boolean isReserved(String name) {
    return RESERVED.contains(name);
  }

  /** {@code name}, or with {@code _} appended until it is neither reserved nor in {@code taken}. */
  static String free(String name, Set<String> taken) {
    String free = name;
    while (RESERVED.contains(free) || taken.contains(free)) {
      free += "_";
    }
    return free;
  }
}
