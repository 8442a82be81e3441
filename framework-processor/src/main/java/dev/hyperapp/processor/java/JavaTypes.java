package dev.hyperapp.processor.java;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hyperapp.processor.model.JavaType;
import dev.hyperapp.processor.model.Names;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The Java side of the model's types, and what both Java generators write the same way. Public for
 * the Maven plugin, which writes Java declarations of another app's WIT types.
 */
public final class JavaTypes {

  static final ClassName WIRE = ClassName.get("dev.hyperapp.api.json", "Wire");
  static final ClassName WIRE_TYPE = ClassName.get("dev.hyperapp.api.json", "WireType");
  static final ClassName ADDRESS = ClassName.get("dev.hyperapp.annotations", "Address");
  static final ClassName PROCESS_ID = ClassName.get("dev.hyperapp.annotations", "ProcessId");
  static final ClassName CONTEXT = ClassName.get("dev.hyperapp.annotations", "Context");
  static final ClassName COMPLETION_STAGE = ClassName.get("java.util.concurrent", "CompletionStage");
  private static final ClassName RESULT = ClassName.get("dev.hyperapp.annotations", "Result");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private JavaTypes() {}

  /** {@code @Generated("dev.hyperapp.processor.HyperprocessProcessor")}. */
  static AnnotationSpec generated() {
    return AnnotationSpec.builder(GENERATED)
        .addMember("value", "$S", "dev.hyperapp.processor.HyperprocessProcessor")
        .build();
  }

  /** A {@code private static final} constant. */
  static FieldSpec.Builder constant(TypeName type, String name) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
  }

  /** The source file of a generated class, formatted as every generated file is. */
  static JavaFile javaFile(ClassName name, TypeSpec type) {
    return JavaFile.builder(name.packageName(), type).skipJavaLangImports(true).indent("  ").build();
  }

  /** The generated class {@code <App><suffix>} beside the process class. */
  static ClassName generatedName(ProcessModel model, String suffix) {
    ClassName process = className(model.javaType());
    return process.peerClass(process.simpleName() + suffix);
  }

  static ClassName className(JavaType type) {
    List<String> names = type.simpleNames();
    return ClassName.get(type.packageName(), names.get(0),
        names.subList(1, names.size()).toArray(String[]::new));
  }

  /** The type as the handler declares it: {@code int}, {@code List<Integer>}, {@code long[]}. */
  public static TypeName typeName(TypeRef type) {
    if (type instanceof TypeRef.Unit) {
      return TypeName.VOID;
    }
    if (type instanceof TypeRef.Scalar scalar) {
      TypeName name = scalarName(scalar.wit());
      return scalar.boxed() ? name.box() : name;
    }
    if (type instanceof TypeRef.Bytes) {
      return ArrayTypeName.of(TypeName.BYTE);
    }
    if (type instanceof TypeRef.ListOf list) {
      return switch (list.collection()) {
        case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), boxed(list.element()));
        case SET -> ParameterizedTypeName.get(ClassName.get(Set.class), boxed(list.element()));
        case ARRAY -> ArrayTypeName.of(typeName(list.element()));
      };
    }
    if (type instanceof TypeRef.OptionOf option) {
      return option.wrapped()
          ? ParameterizedTypeName.get(ClassName.get(java.util.Optional.class), boxed(option.inner()))
          : typeName(option.inner());
    }
    if (type instanceof TypeRef.MapOf map) {
      return ParameterizedTypeName.get(ClassName.get(java.util.Map.class), boxed(map.key()), boxed(map.value()));
    }
    if (type instanceof TypeRef.ResultOf result) {
      return ParameterizedTypeName.get(RESULT, boxed(result.ok()), boxed(result.err()));
    }
    if (type instanceof TypeRef.Standard standard) {
      return standard.type() == TypeRef.StandardType.ADDRESS ? ADDRESS : PROCESS_ID;
    }
    return className(((TypeRef.Named) type).javaType());
  }

  /** The type as a type argument: boxed, {@code Void} for unit. */
  static TypeName boxed(TypeRef type) {
    return typeName(type).box();
  }

  private static TypeName scalarName(TypeRef.WitScalar scalar) {
    return switch (scalar) {
      case BOOL -> TypeName.BOOLEAN;
      case S8, U8 -> TypeName.BYTE;
      case S16, U16 -> TypeName.SHORT;
      case S32, U32 -> TypeName.INT;
      case S64, U64 -> TypeName.LONG;
      case F32 -> TypeName.FLOAT;
      case F64 -> TypeName.DOUBLE;
      case CHAR -> TypeName.CHAR;
      case STRING -> ClassName.get(String.class);
    };
  }

  private static boolean isGeneric(TypeName type) {
    return type instanceof ParameterizedTypeName
        || type instanceof ArrayTypeName array && isGeneric(array.componentType());
  }

  /** The Jackson {@code JavaType} of a type, built with {@code Wire.type(…)}. */
  private static CodeBlock javaType(TypeName type) {
    if (type instanceof ParameterizedTypeName parameterized) {
      CodeBlock.Builder call = CodeBlock.builder().add("$T.type($T.class", WIRE, parameterized.rawType());
      parameterized.typeArguments().forEach(argument -> call.add(", $L", javaType(argument)));
      return call.add(")").build();
    }
    if (type instanceof ArrayTypeName array && isGeneric(array.componentType())) {
      return CodeBlock.of("$T.arrayOf($L)", WIRE, javaType(array.componentType()));
    }
    return CodeBlock.of("$T.type($T.class)", WIRE, type);
  }

  /**
   * How a type is named to the codec: {@code WireType.of(String.class)}, {@code
   * WireType.unsigned(int.class)}, or for a generic type {@code WireType.generic(Wire.type(List.class,
   * Wire.type(Item.class)))}. Generic types are built from their parts rather than with {@code
   * TypeReference} subclasses, which would add a class to compile and load per generic type.
   */
  static CodeBlock wireType(TypeRef type) {
    TypeName name = typeName(type);
    if (isUnsigned(type)) {
      return CodeBlock.of("$T.unsigned($T.class)", WIRE_TYPE, name);
    }
    if (isGeneric(name)) {
      return CodeBlock.of("$T.generic($Z$L)", WIRE_TYPE, javaType(name));
    }
    return CodeBlock.of("$T.of($Z$T.class)", WIRE_TYPE, name);
  }

  /** Whether the type is an unsigned WIT integer, which travels as the unsigned number. */
  public static boolean isUnsigned(TypeRef type) {
    if (!(type instanceof TypeRef.Scalar scalar)) {
      return false;
    }
    return switch (scalar.wit()) {
      case U8, U16, U32, U64 -> true;
      default -> false;
    };
  }

  /** The nullable-or-not Java type of an argument's value: for {@code @Nullable T}, {@code T}. */
  static TypeRef valueType(TypeRef type) {
    return type instanceof TypeRef.OptionOf option && !option.wrapped() ? option.inner() : type;
  }

  /** Whether an argument is {@code @Nullable T} (an {@code Optional<T>} handles null itself). */
  static boolean isNullable(TypeRef type) {
    return type instanceof TypeRef.OptionOf option && !option.wrapped();
  }

  /** Unique constant names, {@code SEARCH_QUERY}, {@code SEARCH_RETURNS}, never one of {@code reserved}. */
  static final class ConstantNames {
    private final Set<String> used;

    ConstantNames(String... reserved) {
      this.used = new HashSet<>(List.of(reserved));
    }

    String name(String... parts) {
      StringBuilder name = new StringBuilder();
      for (String part : parts) {
        name.append(name.length() == 0 ? "" : "_")
            .append(Names.kebab(part).replace('-', '_').toUpperCase(Locale.ROOT));
      }
      String unique = name.toString();
      for (int i = 2; !used.add(unique); i++) {
        unique = name + "_" + i;
      }
      return unique;
    }
  }
}
