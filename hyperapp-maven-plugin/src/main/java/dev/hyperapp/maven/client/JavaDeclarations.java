package dev.hyperapp.maven.client;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.hyperapp.processor.java.JavaTypes;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Writes the Java declaration of a WIT type the way an app would have written it, so the shared wire
 * codec reads and writes the same JSON: a {@code record} (an unsigned integer field marked
 * {@code @Unsigned}), an {@code enum}, or a {@code sealed interface} that its case records implement.
 * JavaPoet 1.13 knows neither records nor sealed types, hence plain text, with imports kept here.
 */
final class JavaDeclarations {

  private static final ClassName UNSIGNED = ClassName.get("dev.hyperapp.annotations", "Unsigned");
  private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final String javaPackage;
  /** Simple names declared in the package: an import of the same simple name would hide them. */
  private final Set<String> packageNames;
  private final String origin;

  /**
   * @param packageNames the simple names of every class generated into {@code javaPackage}
   * @param origin what the declarations come from, for their doc: {@code template-dot-os:samchat/samchat}
   */
  JavaDeclarations(String javaPackage, Set<String> packageNames, String origin) {
    this.javaPackage = javaPackage;
    this.packageNames = Set.copyOf(packageNames);
    this.origin = origin;
  }

  /**
   * The source of {@code type}; {@code variants} are the sealed interfaces a record is a case of.
   */
  String source(TypeDecl type, List<ClassName> variants) {
    Imports imports = new Imports();
    String name = type.javaType().simpleName();
    StringBuilder body = new StringBuilder()
        .append("/** WIT ").append(kind(type)).append(" {@code ").append(type.witName()).append("} of {@code ")
        .append(origin).append("}. */\n")
        .append('@').append(imports.name(GENERATED)).append("(\"").append(WitClientSources.GENERATOR).append("\")\n");
    if (type instanceof TypeDecl.RecordDecl record) {
      String components = record.fields().stream()
          .map(field -> "\n    " + (JavaTypes.isUnsigned(field.type()) ? "@" + imports.name(UNSIGNED) + " " : "")
              + imports.name(JavaTypes.typeName(field.type())) + " " + field.javaName())
          .collect(Collectors.joining(","));
      String implemented = variants.isEmpty() ? ""
          : " implements " + variants.stream().map(imports::name).collect(Collectors.joining(", "));
      body.append("public record ").append(name).append('(').append(components).append(')')
          .append(implemented).append(" {}\n");
    } else if (type instanceof TypeDecl.EnumDecl enumeration) {
      body.append("public enum ").append(name).append(" {\n")
          .append(enumeration.constants().stream()
              .map(constant -> "  " + constant.javaName())
              .collect(Collectors.joining(",\n", "", "\n")))
          .append("}\n");
    } else {
      TypeDecl.VariantDecl variant = (TypeDecl.VariantDecl) type;
      body.append("public sealed interface ").append(name).append(" permits ")
          .append(variant.cases().stream()
              .map(variantCase -> imports.name(JavaTypes.typeName(variantCase.payload())))
              .collect(Collectors.joining(", ")))
          .append(" {}\n");
    }
    return "package " + javaPackage + ";\n\n" + imports + body;
  }

  private static String kind(TypeDecl type) {
    return type instanceof TypeDecl.RecordDecl ? "record"
        : type instanceof TypeDecl.EnumDecl ? "enum" : "variant";
  }

  /** Names classes by their simple name where that is unambiguous, collecting the imports it takes. */
  private final class Imports {
    private final Map<String, ClassName> bySimpleName = new HashMap<>();
    private final Set<String> lines = new TreeSet<>();

    String name(TypeName type) {
      if (type instanceof ParameterizedTypeName parameterized) {
        return name(parameterized.rawType()) + parameterized.typeArguments().stream()
            .map(this::name).collect(Collectors.joining(", ", "<", ">"));
      }
      if (type instanceof ArrayTypeName array) {
        return name(array.componentType()) + "[]";
      }
      if (!(type instanceof ClassName className)) {
        return type.toString(); // a primitive
      }
      ClassName top = className.topLevelClassName();
      String nested = String.join(".", className.simpleNames());
      if (top.packageName().equals(javaPackage)) {
        return nested;
      }
      if (top.packageName().equals("java.lang") && !packageNames.contains(top.simpleName())) {
        return nested;
      }
      ClassName known = bySimpleName.putIfAbsent(top.simpleName(), top);
      if ((known != null && !known.equals(top)) || packageNames.contains(top.simpleName())) {
        return className.canonicalName();
      }
      lines.add("import " + top.canonicalName() + ";");
      return nested;
    }

    @Override
    public String toString() {
      return lines.isEmpty() ? "" : String.join("\n", lines) + "\n\n";
    }
  }
}
