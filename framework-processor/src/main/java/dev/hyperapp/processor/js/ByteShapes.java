package dev.hyperapp.processor.js;

import dev.hyperapp.processor.model.JavaType;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeDecl.RecordDecl;
import dev.hyperapp.processor.model.TypeDecl.VariantDecl;
import dev.hyperapp.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where {@code byte[]} sits in a type, written as the shapes {@code api.js} walks to turn base64
 * strings into {@code Uint8Array}s and back: {@code "bytes"}, {@code { list: s }},
 * {@code { map: s }}, {@code { fields: { name: s } }} and {@code { ref: "Type" }}. A type without
 * bytes has no shape and travels untouched.
 */
final class ByteShapes {

  private final HttpApi api;
  /** Memo of {@link #declared}; looked up only, never iterated into output. */
  private final Map<JavaType, Optional<String>> declaredShapes = new HashMap<>();

  ByteShapes(HttpApi api) {
    this.api = api;
  }

  /** The shape of {@code type}, or empty when it holds no bytes. */
  Optional<String> of(TypeRef type) {
    if (type instanceof TypeRef.Bytes) {
      return Optional.of("\"bytes\"");
    } else if (type instanceof TypeRef.ListOf list) {
      return of(list.element()).map(shape -> "{ list: " + shape + " }");
    } else if (type instanceof TypeRef.OptionOf option) {
      return of(option.inner());
    } else if (type instanceof TypeRef.MapOf map) {
      return of(map.value()).map(shape -> "{ map: " + shape + " }");
    } else if (type instanceof TypeRef.ResultOf result) {
      Map<String, TypeRef> cases = new LinkedHashMap<>();
      cases.put("Ok", result.ok());
      cases.put("Err", result.err());
      return fields(cases);
    } else if (type instanceof TypeRef.Named named) {
      return declared(named.javaType()).map(shape -> "{ ref: \"" + api.typeName(named.javaType()) + "\" }");
    }
    return Optional.empty();
  }

  /** The {@code BYTE_SHAPES} table: each declared type holding bytes with its shape, in order. */
  List<Map.Entry<String, String>> table() {
    List<Map.Entry<String, String>> table = new ArrayList<>();
    for (TypeDecl type : api.types()) {
      declared(type.javaType())
          .ifPresent(shape -> table.add(Map.entry(api.typeName(type.javaType()), shape)));
    }
    return table;
  }

  private Optional<String> declared(JavaType javaType) {
    Optional<String> known = declaredShapes.get(javaType);
    if (known != null) {
      return known;
    }
    TypeDecl declaration = api.declaration(javaType);
    Map<String, TypeRef> parts = new LinkedHashMap<>();
    if (declaration instanceof RecordDecl record) {
      record.fields().forEach(field -> parts.put(field.javaName(), field.type()));
    } else if (declaration instanceof VariantDecl variant) {
      variant.cases().forEach(variantCase -> parts.put(variantCase.wireName(), variantCase.payload()));
    }
    Optional<String> shape = fields(parts);
    declaredShapes.put(javaType, shape);
    return shape;
  }

  /** {@code { fields: {…} }} for the named parts that hold bytes, or empty when none does. */
  private Optional<String> fields(Map<String, TypeRef> parts) {
    List<String> shaped = new ArrayList<>();
    parts.forEach((name, type) -> of(type).ifPresent(shape -> shaped.add(name + ": " + shape)));
    return shaped.isEmpty()
        ? Optional.empty()
        : Optional.of("{ fields: { " + String.join(", ", shaped) + " } }");
  }
}
