package dev.hyperapp.processor.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hyperapp.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One constant per distinct type of a generated class, a {@code WireType} in the client and a
 * dispatcher's {@code Codec}, named after the type ({@code STRING}, {@code INT}, {@code BOXED_INT},
 * {@code U32}, {@code LIST_ITEM}, {@code RESULT_PROFILE_API_ERROR}) and shared by every handler that
 * uses it: a constant per argument would repeat the same few types hundreds of times in a large app,
 * each one more initializer for javac to compile and the class to run.
 */
final class WireTypeConstants {

  private static final ClassName CODEC = ClassName.get("dev.hyperapp.api.dispatch", "Codec");

  private final TypeSpec.Builder owner;
  private final JavaTypes.ConstantNames names;
  private final boolean codecs;
  private final Map<TypeRef, String> declared = new HashMap<>();

  private WireTypeConstants(TypeSpec.Builder owner, JavaTypes.ConstantNames names, boolean codecs) {
    this.owner = owner;
    this.names = names;
    this.codecs = codecs;
  }

  /** {@code WireType} constants, added to {@code owner} in the order they are first asked for. */
  static WireTypeConstants wireTypes(TypeSpec.Builder owner, JavaTypes.ConstantNames names) {
    return new WireTypeConstants(owner, names, false);
  }

  /** {@code Codec} constants, added to {@code owner} in the order they are first asked for. */
  static WireTypeConstants codecs(TypeSpec.Builder owner, JavaTypes.ConstantNames names) {
    return new WireTypeConstants(owner, names, true);
  }

  /** The name of the constant for {@code type}, declaring it the first time. */
  String of(TypeRef type) {
    String name = declared.get(type);
    if (name == null) {
      name = names.name(nameParts(type).toArray(String[]::new));
      declared.put(type, name);
      CodeBlock wireType = JavaTypes.wireType(type);
      owner.addField(JavaTypes.constant(
              ParameterizedTypeName.get(codecs ? CODEC : JavaTypes.WIRE_TYPE, JavaTypes.boxed(type)), name)
          .initializer(codecs ? CodeBlock.of("$T.of($L)", CODEC, wireType) : wireType)
          .build());
    }
    return name;
  }

  private static List<String> nameParts(TypeRef type) {
    List<String> parts = new ArrayList<>();
    if (type instanceof TypeRef.Scalar scalar && scalar.boxed() && scalar.wit() != TypeRef.WitScalar.STRING) {
      parts.add("boxed"); // Integer beside int: BOXED_INT and INT
    }
    addParts(type, parts);
    return parts;
  }

  private static void addParts(TypeRef type, List<String> parts) {
    if (type instanceof TypeRef.Scalar scalar) {
      parts.add(JavaTypes.isUnsigned(type) ? scalar.wit().witName()
          : scalar.wit() == TypeRef.WitScalar.STRING ? "string" : scalar.wit().javaPrimitive());
    } else if (type instanceof TypeRef.Bytes) {
      parts.add("byte-array");
    } else if (type instanceof TypeRef.ListOf list) {
      if (list.collection() != TypeRef.Collection.ARRAY) {
        parts.add(list.collection().name());
      }
      addParts(list.element(), parts);
      if (list.collection() == TypeRef.Collection.ARRAY) {
        parts.add("array");
      }
    } else if (type instanceof TypeRef.OptionOf option) {
      if (option.wrapped()) {
        parts.add("optional");
      }
      addParts(option.inner(), parts);
    } else if (type instanceof TypeRef.MapOf map) {
      parts.add("map");
      addParts(map.key(), parts);
      addParts(map.value(), parts);
    } else if (type instanceof TypeRef.ResultOf result) {
      parts.add("result");
      addParts(result.ok(), parts);
      addParts(result.err(), parts);
    } else if (type instanceof TypeRef.Standard standard) {
      parts.add(standard.type().witName());
    } else {
      parts.add(((TypeRef.Named) type).javaType().simpleName());
    }
  }
}
