package dev.hyperapp.processor.wit;

import dev.hyperapp.processor.model.TypeRef;
import dev.hyperapp.processor.model.TypeRef.StandardType;
import java.util.List;
import java.util.stream.Stream;

/** How each {@link TypeRef} is written in WIT: the type table of DESIGN.md §3. */
final class WitTypes {

  /** What WIT writes for a side of a {@code result} that carries nothing ({@code Void}). */
  private static final String NOTHING = "_";

  private WitTypes() {}

  /** The WIT type expression, for example {@code list<tuple<string, profile>>}. */
  static String of(TypeRef type) {
    if (type instanceof TypeRef.Scalar scalar) {
      return scalar.wit().witName();
    }
    if (type instanceof TypeRef.Bytes) {
      return "list<u8>";
    }
    if (type instanceof TypeRef.ListOf list) {
      return "list<" + of(list.element()) + ">";
    }
    if (type instanceof TypeRef.OptionOf option) {
      return "option<" + of(option.inner()) + ">";
    }
    if (type instanceof TypeRef.MapOf map) {
      return "list<tuple<" + of(map.key()) + ", " + of(map.value()) + ">>";
    }
    if (type instanceof TypeRef.ResultOf result) {
      return result(result);
    }
    if (type instanceof TypeRef.Standard standard) {
      return standard.type().witName();
    }
    if (type instanceof TypeRef.Named named) {
      return named.witName();
    }
    throw new IllegalArgumentException(
        "WIT has no type for " + type + " here: only a handler's return or a side of a result may be void");
  }

  /** {@code result<T, E>}, in WIT's short forms when a side is {@code Void}. */
  private static String result(TypeRef.ResultOf result) {
    boolean okEmpty = result.ok() instanceof TypeRef.Unit;
    boolean errEmpty = result.err() instanceof TypeRef.Unit;
    if (okEmpty && errEmpty) {
      return "result";
    }
    if (errEmpty) {
      return "result<" + of(result.ok()) + ">";
    }
    return "result<" + (okEmpty ? NOTHING : of(result.ok())) + ", " + of(result.err()) + ">";
  }

  /** The standard types ({@code address}, {@code process-id}) a type mentions, at any depth. */
  static Stream<StandardType> standardTypes(TypeRef type) {
    Stream<StandardType> own = type instanceof TypeRef.Standard standard
        ? Stream.of(standard.type())
        : Stream.empty();
    return Stream.concat(own, parts(type).stream().flatMap(WitTypes::standardTypes));
  }

  /** The types directly inside a type. Named types are leaves: their declarations are visited apart. */
  private static List<TypeRef> parts(TypeRef type) {
    if (type instanceof TypeRef.ListOf list) {
      return List.of(list.element());
    }
    if (type instanceof TypeRef.OptionOf option) {
      return List.of(option.inner());
    }
    if (type instanceof TypeRef.MapOf map) {
      return List.of(map.key(), map.value());
    }
    if (type instanceof TypeRef.ResultOf result) {
      return List.of(result.ok(), result.err());
    }
    return List.of();
  }
}
