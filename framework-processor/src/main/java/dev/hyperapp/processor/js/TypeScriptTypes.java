package dev.hyperapp.processor.js;

import dev.hyperapp.processor.model.TypeRef;
import dev.hyperapp.processor.model.TypeRef.WitScalar;

/**
 * TypeScript for the JSON that Jackson reads and writes: records and variants by name, lists as
 * arrays, options as {@code T | null}, maps as {@code Record<string, V>} (JSON object keys are
 * strings), {@code Address} and {@code ProcessId} as strings, every number as {@code number}.
 */
final class TypeScriptTypes {

  private final HttpApi api;

  TypeScriptTypes(HttpApi api) {
    this.api = api;
  }

  /** The type of a value of {@code type}. */
  String of(TypeRef type) {
    return render(type).text;
  }

  /**
   * What a function's promise resolves to: nothing for {@code void}, and the {@code Ok} value of a
   * {@code Result}, whose {@code Err} is thrown as a {@code ResultError}.
   */
  String resolved(TypeRef returns) {
    TypeRef value = returns instanceof TypeRef.ResultOf result ? result.ok() : returns;
    return value instanceof TypeRef.Unit ? "void" : of(value);
  }

  /** A rendered type, and whether it is a union (which needs parentheses before {@code []}). */
  private record Rendered(String text, boolean union) {

    static Rendered plain(String text) {
      return new Rendered(text, false);
    }
  }

  private Rendered render(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return Rendered.plain(scalar(scalar.wit()));
    } else if (type instanceof TypeRef.Bytes) {
      return Rendered.plain("Uint8Array");
    } else if (type instanceof TypeRef.ListOf list) {
      Rendered element = render(list.element());
      return Rendered.plain(element.union ? "(" + element.text + ")[]" : element.text + "[]");
    } else if (type instanceof TypeRef.OptionOf option) {
      return new Rendered(of(option.inner()) + " | null", true);
    } else if (type instanceof TypeRef.MapOf map) {
      return Rendered.plain("Record<string, " + of(map.value()) + ">");
    } else if (type instanceof TypeRef.ResultOf result) {
      return new Rendered("{ Ok: " + of(result.ok()) + " } | { Err: " + of(result.err()) + " }", true);
    } else if (type instanceof TypeRef.Standard) {
      return Rendered.plain("string");
    } else if (type instanceof TypeRef.Named named) {
      return Rendered.plain(api.typeName(named.javaType()));
    } else if (type instanceof TypeRef.Unit) {
      return Rendered.plain("null");
    }
    throw new IllegalArgumentException("Unknown type " + type);
  }

  private static String scalar(WitScalar scalar) {
    switch (scalar) {
      case BOOL:
        return "boolean";
      case CHAR:
      case STRING:
        return "string";
      default:
        return "number";
    }
  }
}
