package dev.hyperapp.processor.wit;

import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.processor.model.EndpointModel;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.HandlerModel.Kind;
import dev.hyperapp.processor.model.JavaType;
import dev.hyperapp.processor.model.Names;
import dev.hyperapp.processor.model.Parameter;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.SaveModel;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeRef;
import dev.hyperapp.processor.model.UiModel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Hand-built models, named the way {@code ProcessModelReader} names things. */
final class Models {

  static final TypeRef STRING = new TypeRef.Scalar(TypeRef.WitScalar.STRING, false);
  static final TypeRef INT = new TypeRef.Scalar(TypeRef.WitScalar.S32, false);
  static final TypeRef VOID = new TypeRef.Unit();

  private Models() {}

  static ProcessModel process(
      String process, String witWorld, List<HandlerModel> handlers, List<TypeDecl> types) {
    return process(process, "app", "template.os", witWorld, handlers, types);
  }

  static ProcessModel process(String process, String packageName, String publisher, String witWorld,
      List<HandlerModel> handlers, List<TypeDecl> types) {
    return new ProcessModel(
        new JavaType("test", List.of(Names.pascal(process))),
        process,
        process,
        packageName,
        publisher,
        "",
        "",
        new UiModel(false, "/", true, false, false),
        List.of(new EndpointModel("/api", false, true, false, false)),
        new SaveModel(SaveMode.NEVER, 0),
        witWorld,
        Optional.empty(),
        Optional.empty(),
        handlers,
        types);
  }

  static HandlerModel handler(String methodName, Set<Kind> kinds, TypeRef returns, Parameter... parameters) {
    boolean http = kinds.contains(Kind.HTTP);
    return new HandlerModel(methodName, Names.pascal(methodName), witName(methodName), kinds,
        http ? "POST" : "", "", Arrays.asList(parameters), returns, false, false);
  }

  static Parameter.Argument argument(String javaName, TypeRef type) {
    return new Parameter.Argument(javaName, witName(javaName), type);
  }

  static TypeRef.Named named(String simpleName) {
    return new TypeRef.Named(javaType(simpleName), witName(simpleName));
  }

  static TypeDecl.RecordDecl record(String simpleName, TypeDecl.Field... fields) {
    return new TypeDecl.RecordDecl(javaType(simpleName), witName(simpleName), Arrays.asList(fields), true);
  }

  static TypeDecl.Field field(String javaName, TypeRef type) {
    return new TypeDecl.Field(javaName, witName(javaName), type);
  }

  static TypeDecl.EnumDecl enumeration(String simpleName, String... constants) {
    return new TypeDecl.EnumDecl(javaType(simpleName), witName(simpleName), Arrays.stream(constants)
        .map(constant -> new TypeDecl.EnumConstant(constant, witName(constant)))
        .toList());
  }

  /** A sealed interface whose cases are the records {@code caseNames}. */
  static TypeDecl.VariantDecl variant(String simpleName, String... caseNames) {
    return new TypeDecl.VariantDecl(javaType(simpleName), witName(simpleName), Arrays.stream(caseNames)
        .map(name -> new TypeDecl.VariantCase(name, witName(name), named(name)))
        .toList());
  }

  private static String witName(String javaName) {
    return Names.witIdentifier(Names.kebab(javaName));
  }

  private static JavaType javaType(String simpleName) {
    return new JavaType("test", List.of(simpleName));
  }
}
