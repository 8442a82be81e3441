package dev.hyperapp.maven.wit;

import dev.hyperapp.maven.wit.WitLexer.Kind;
import dev.hyperapp.maven.wit.WitLexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A recursive-descent parser for the part of WIT that Hyperapp APIs use: the package declaration,
 * interfaces with {@code use}, records, enums, variants and type aliases, and worlds that import or
 * export interfaces. Everything else (functions, resources, flags, nested packages) is refused with
 * the file, line and column, never skipped: a client or a check built on half an API would be wrong.
 */
public final class WitParser {

  private static final Set<String> PRIMITIVES = Set.of(
      "bool", "s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64", "f32", "f64", "char", "string");
  private static final Set<String> UNSUPPORTED_ITEMS = Set.of("flags", "resource");

  private final String file;
  private final List<Token> tokens;
  private int next;

  private WitParser(String source, String file) {
    this.file = file;
    this.tokens = WitLexer.tokens(source, file);
  }

  /** Parses one {@code .wit} file; {@code file} names it in error messages. */
  public static WitFile parse(String source, String file) {
    return new WitParser(source, file).file();
  }

  private WitFile file() {
    Optional<String> packageName = Optional.empty();
    List<WitInterface> interfaces = new ArrayList<>();
    List<WitWorld> worlds = new ArrayList<>();
    while (peek().kind() != Kind.END) {
      Token keyword = take();
      if (keyword.is("package")) {
        if (packageName.isPresent()) {
          throw error(keyword, "a file declares its package once");
        }
        packageName = Optional.of(packageName());
        expect(";");
      } else if (keyword.is("interface")) {
        interfaces.add(interfaceBody(identifier()));
      } else if (keyword.is("world")) {
        worlds.add(worldBody(identifier()));
      } else if (keyword.is("use")) {
        usePath();
        if (accept("as")) {
          identifier();
        }
        expect(";");
      } else {
        throw error(keyword, "expected 'package', 'interface', 'world' or 'use' but found " + keyword.describe());
      }
    }
    return new WitFile(file, packageName, interfaces, worlds);
  }

  /** {@code namespace:name}, possibly {@code @version}; the version is not part of the API name. */
  private String packageName() {
    String namespace = identifier();
    expect(":");
    String name = identifier();
    if (accept("@")) {
      version();
    }
    return namespace + ":" + name;
  }

  private WitInterface interfaceBody(String name) {
    expect("{");
    List<WitInterface.Use> uses = new ArrayList<>();
    List<WitDecl> types = new ArrayList<>();
    while (!accept("}")) {
      Token keyword = take();
      String docs = keyword.docs();
      if (keyword.is("use")) {
        uses.addAll(useItems());
      } else if (keyword.is("record")) {
        types.add(record(identifier(), docs));
      } else if (keyword.is("enum")) {
        types.add(enumeration(identifier(), docs));
      } else if (keyword.is("variant")) {
        types.add(variant(identifier(), docs));
      } else if (keyword.is("type")) {
        String alias = identifier();
        expect("=");
        types.add(new WitDecl.Alias(alias, docs, type()));
        expect(";");
      } else if (!keyword.escaped() && UNSUPPORTED_ITEMS.contains(keyword.text())) {
        throw error(keyword, "'" + keyword.text() + "' is not supported: Hyperapp APIs use records, enums and variants");
      } else if (keyword.kind() == Kind.IDENTIFIER && peek().is(":")) {
        throw error(keyword, "function '" + keyword.text()
            + "' is not supported: Hyperapp APIs declare calls as <fn>-signature-<kind> records");
      } else {
        throw error(keyword, "expected a type declaration or 'use' but found " + keyword.describe());
      }
    }
    return new WitInterface(name, uses, types);
  }

  /** {@code use path.{a, b as c};} after the {@code use}. */
  private List<WitInterface.Use> useItems() {
    String from = usePath();
    expect(".");
    expect("{");
    List<WitInterface.Use> uses = new ArrayList<>();
    do {
      if (peek().is("}")) {
        break;
      }
      String name = identifier();
      String localName = accept("as") ? identifier() : name;
      uses.add(new WitInterface.Use(from, name, localName));
    } while (accept(","));
    expect("}");
    expect(";");
    return uses;
  }

  /** {@code iface}, or {@code ns:pkg/iface@version}. */
  private String usePath() {
    String path = identifier();
    if (accept(":")) {
      path += ":" + identifier();
      expect("/");
      path += "/" + identifier();
    }
    if (accept("@")) {
      path += "@" + version();
    }
    return path;
  }

  private WitDecl.Record record(String name, String docs) {
    return new WitDecl.Record(name, docs, braced(() -> {
      String field = identifier();
      expect(":");
      return new WitDecl.Field(field, type());
    }));
  }

  private WitDecl.Enum enumeration(String name, String docs) {
    return new WitDecl.Enum(name, docs, braced(this::identifier));
  }

  private WitDecl.Variant variant(String name, String docs) {
    return new WitDecl.Variant(name, docs, braced(() -> {
      String caseName = identifier();
      Optional<WitType> payload = Optional.empty();
      if (accept("(")) {
        payload = Optional.of(type());
        expect(")");
      }
      return new WitDecl.Case(caseName, payload);
    }));
  }

  /** {@code { item, item, }}: items separated by commas, a trailing comma allowed. */
  private <T> List<T> braced(Supplier<T> item) {
    expect("{");
    List<T> items = new ArrayList<>();
    while (!accept("}")) {
      items.add(item.get());
      if (!accept(",")) {
        expect("}");
        break;
      }
    }
    return items;
  }

  private WitWorld worldBody(String name) {
    expect("{");
    List<String> imports = new ArrayList<>();
    List<String> exports = new ArrayList<>();
    while (!accept("}")) {
      Token keyword = take();
      if (keyword.is("import") || keyword.is("export")) {
        if (ahead(1).is(":") && (ahead(2).is("func") || ahead(2).is("interface"))) {
          throw error(peek(), "an inline " + keyword.text() + " is not supported: name an interface");
        }
        (keyword.is("import") ? imports : exports).add(usePath());
        expect(";");
      } else if (keyword.is("use")) {
        useItems();
      } else if (keyword.is("include")) {
        throw error(keyword, "'include' is not supported: list the imports");
      } else {
        throw error(keyword, "expected 'import' or 'export' but found " + keyword.describe());
      }
    }
    return new WitWorld(name, imports, exports);
  }

  private WitType type() {
    Token token = peek();
    String name = identifier();
    if (token.escaped()) {
      return new WitType.Named(name);
    }
    if (PRIMITIVES.contains(name)) {
      return new WitType.Primitive(name);
    }
    switch (name) {
      case "list":
        return new WitType.ListOf(single());
      case "option":
        return new WitType.OptionOf(single());
      case "tuple": {
        expect("<");
        List<WitType> elements = new ArrayList<>();
        do {
          elements.add(type());
        } while (accept(","));
        expect(">");
        return new WitType.TupleOf(elements);
      }
      case "result":
        return result();
      case "borrow", "own", "future", "stream", "error-context":
        throw error(token, "'" + name + "' is not supported in a Hyperapp API");
      default:
        return new WitType.Named(name);
    }
  }

  /** {@code <T>}. */
  private WitType single() {
    expect("<");
    WitType inner = type();
    expect(">");
    return inner;
  }

  /** {@code result}, {@code result<T>}, {@code result<_, E>}, {@code result<T, E>}. */
  private WitType result() {
    if (!accept("<")) {
      return new WitType.ResultOf(Optional.empty(), Optional.empty());
    }
    Optional<WitType> ok = accept("_") ? Optional.empty() : Optional.of(type());
    Optional<WitType> err = Optional.empty();
    if (accept(",")) {
      err = Optional.of(type());
    } else if (ok.isEmpty()) {
      throw error(peek(), "'result<_>' needs an error type: write 'result'");
    }
    expect(">");
    return new WitType.ResultOf(ok, err);
  }

  private String identifier() {
    Token token = take();
    if (token.kind() != Kind.IDENTIFIER) {
      throw error(token, "expected a name but found " + token.describe());
    }
    return token.text();
  }

  private String version() {
    Token token = take();
    if (token.kind() != Kind.VERSION) {
      throw error(token, "expected a version but found " + token.describe());
    }
    return token.text();
  }

  private void expect(String symbol) {
    Token token = take();
    if (!token.is(symbol)) {
      throw error(token, "expected '" + symbol + "' but found " + token.describe());
    }
  }

  private boolean accept(String symbolOrKeyword) {
    if (peek().is(symbolOrKeyword)) {
      next++;
      return true;
    }
    return false;
  }

  private Token peek() {
    return tokens.get(next);
  }

  /** The token {@code distance} after the next one (the end, past it). */
  private Token ahead(int distance) {
    return tokens.get(Math.min(next + distance, tokens.size() - 1));
  }

  private Token take() {
    Token token = tokens.get(next);
    if (token.kind() != Kind.END) {
      next++;
    }
    return token;
  }

  private WitSyntaxException error(Token at, String message) {
    return WitLexer.error(file, at, message);
  }
}
