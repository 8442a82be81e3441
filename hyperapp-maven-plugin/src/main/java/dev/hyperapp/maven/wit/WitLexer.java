package dev.hyperapp.maven.wit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits WIT source into tokens: identifiers ({@code %}-escaped ones marked), versions, the symbols
 * {@code { } ( ) < > , ; : . = @ / * _ ->}. Comments are dropped, except that the {@code ///} lines
 * before a token become that token's doc.
 */
final class WitLexer {

  enum Kind { IDENTIFIER, VERSION, SYMBOL, END }

  /**
   * A token.
   *
   * @param escaped whether an identifier was written with {@code %}, so it is never a keyword
   * @param docs the {@code ///} comment lines just before it, joined with newlines
   */
  record Token(Kind kind, String text, boolean escaped, String docs, int line, int column) {

    boolean is(String symbolOrKeyword) {
      return !escaped && kind != Kind.END && text.equals(symbolOrKeyword);
    }

    String describe() {
      return kind == Kind.END ? "the end of the file" : "'" + (escaped ? "%" : "") + text + "'";
    }
  }

  private final String source;
  private final String file;
  private int position;
  private int line = 1;
  private int lineStart;

  private WitLexer(String source, String file) {
    this.source = source;
    this.file = file;
  }

  static List<Token> tokens(String source, String file) {
    return new WitLexer(source, file).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    List<String> docs = new ArrayList<>();
    while (true) {
      skipSpaceAndCollectDocs(docs);
      int column = position - lineStart + 1;
      String doc = String.join("\n", docs);
      docs.clear();
      if (position >= source.length()) {
        tokens.add(new Token(Kind.END, "", false, doc, line, column));
        return tokens;
      }
      char c = source.charAt(position);
      if (c == '%' || Character.isLetter(c)) {
        boolean escaped = c == '%';
        int start = escaped ? ++position : position;
        while (position < source.length() && isIdentifierPart(source.charAt(position))) {
          position++;
        }
        if (position == start) {
          throw error(line, column, "'%' must be followed by a name");
        }
        tokens.add(new Token(Kind.IDENTIFIER, source.substring(start, position), escaped, doc, line, column));
      } else if (Character.isDigit(c)) {
        int start = position;
        while (position < source.length() && isVersionPart(source.charAt(position))) {
          position++;
        }
        tokens.add(new Token(Kind.VERSION, source.substring(start, position), false, doc, line, column));
      } else if (source.startsWith("->", position)) {
        position += 2;
        tokens.add(new Token(Kind.SYMBOL, "->", false, doc, line, column));
      } else if ("{}()<>,;:.=@/*_".indexOf(c) >= 0) {
        position++;
        tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), false, doc, line, column));
      } else {
        throw error(line, column, "unexpected character '" + c + "'");
      }
    }
  }

  private void skipSpaceAndCollectDocs(List<String> docs) {
    while (position < source.length()) {
      char c = source.charAt(position);
      if (c == '\n') {
        position++;
        line++;
        lineStart = position;
      } else if (Character.isWhitespace(c)) {
        position++;
      } else if (source.startsWith("///", position) && !source.startsWith("////", position)) {
        int end = endOfLine();
        docs.add(source.substring(position + 3, end).strip());
        position = end;
      } else if (source.startsWith("//", position)) {
        position = endOfLine();
      } else if (source.startsWith("/*", position)) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private int endOfLine() {
    int end = source.indexOf('\n', position);
    return end < 0 ? source.length() : end;
  }

  /** Block comments nest in WIT. */
  private void skipBlockComment() {
    int startLine = line;
    int startColumn = position - lineStart + 1;
    int depth = 0;
    while (position < source.length()) {
      if (source.startsWith("/*", position)) {
        depth++;
        position += 2;
      } else if (source.startsWith("*/", position)) {
        depth--;
        position += 2;
        if (depth == 0) {
          return;
        }
      } else {
        if (source.charAt(position) == '\n') {
          line++;
          lineStart = position + 1;
        }
        position++;
      }
    }
    throw error(startLine, startColumn, "comment is never closed");
  }

  private static boolean isIdentifierPart(char c) {
    return c == '-' || Character.isLetterOrDigit(c);
  }

  private static boolean isVersionPart(char c) {
    return c == '.' || c == '-' || c == '+' || Character.isLetterOrDigit(c);
  }

  private WitSyntaxException error(int atLine, int atColumn, String message) {
    return new WitSyntaxException(file + ":" + atLine + ":" + atColumn + ": " + message);
  }

  static WitSyntaxException error(String file, Token at, String message) {
    return new WitSyntaxException(file + ":" + at.line() + ":" + at.column() + ": " + message);
  }
}
