package dev.hyperapp.processor.js;

import dev.hyperapp.processor.model.EndpointModel;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.JavaType;
import dev.hyperapp.processor.model.Parameter.Argument;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeDecl.Field;
import dev.hyperapp.processor.model.TypeDecl.RecordDecl;
import dev.hyperapp.processor.model.TypeDecl.VariantCase;
import dev.hyperapp.processor.model.TypeDecl.VariantDecl;
import dev.hyperapp.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a browser reaches of a process: its {@code @Http} handlers, each with its route, and every
 * named type their signatures use, all with their JavaScript names. Other handlers and the types
 * only they use are not part of it.
 */
final class HttpApi {

  /**
   * One {@code @Http} handler as a JavaScript function.
   *
   * @param name the function's name
   * @param parameterNames the names of its arguments, in order
   * @param method the HTTP method
   * @param path the path under the app's base path
   * @param envelope whether the body is {@code {"WireName": args}} (else the bare arguments)
   */
  record Call(
      HandlerModel handler,
      String name,
      List<String> parameterNames,
      String method,
      String path,
      boolean envelope) {

    /**
     * The request body as a JavaScript expression built from {@code arguments} (one expression
     * per argument), or empty when the request has none.
     */
    Optional<String> body(List<String> arguments) {
      String bare = arguments.size() == 1 ? arguments.get(0) : "[" + String.join(", ", arguments) + "]";
      if (envelope) {
        return Optional.of("{ " + handler.wireName() + ": " + (arguments.isEmpty() ? "null" : bare) + " }");
      }
      boolean bodyless = arguments.isEmpty() || method.equals("GET") || method.equals("HEAD");
      return bodyless ? Optional.empty() : Optional.of(bare);
    }
  }

  private final List<Call> calls;
  private final List<TypeDecl> types;
  private final Map<JavaType, TypeDecl> declarations;
  private final Map<JavaType, String> typeNames;

  private HttpApi(List<Call> calls, List<TypeDecl> types, Map<JavaType, TypeDecl> declarations,
      Map<JavaType, String> typeNames) {
    this.calls = calls;
    this.types = types;
    this.declarations = declarations;
    this.typeNames = typeNames;
  }

  static HttpApi of(ProcessModel model) {
    List<HandlerModel> handlers = model.handlers().stream()
        .filter(handler -> handler.is(HandlerModel.Kind.HTTP))
        .toList();
    Map<JavaType, TypeDecl> declarations = model.types().stream()
        .collect(Collectors.toMap(TypeDecl::javaType, Function.identity()));
    Set<JavaType> reachable = new HashSet<>();
    handlers.forEach(handler -> signature(handler)
        .forEach(type -> collectNamed(type, declarations, reachable)));
    List<TypeDecl> types = model.types().stream()
        .filter(type -> reachable.contains(type.javaType()))
        .toList();

    Map<JavaType, String> typeNames = new HashMap<>();
    Set<String> takenTypeNames = new HashSet<>();
    for (TypeDecl type : types) {
      String name = JsNames.free(type.javaType().simpleName(), takenTypeNames);
      takenTypeNames.add(name);
      typeNames.put(type.javaType(), name);
    }

    String endpointPath = model.endpoints().stream()
        .filter(endpoint -> !endpoint.webSocket())
        .map(EndpointModel::path)
        .findFirst()
        .orElse("");
    Set<String> takenFunctionNames = new HashSet<>();
    List<Call> calls = new ArrayList<>();
    for (HandlerModel handler : handlers) {
      String name = JsNames.free(handler.methodName(), takenFunctionNames);
      takenFunctionNames.add(name);
      calls.add(call(handler, name, endpointPath));
    }
    return new HttpApi(List.copyOf(calls), types, declarations, typeNames);
  }

  private static Call call(HandlerModel handler, String name, String endpointPath) {
    Set<String> takenParameterNames = new HashSet<>();
    List<String> parameterNames = new ArrayList<>();
    for (Argument argument : handler.arguments()) {
      String parameterName = JsNames.free(argument.javaName(), takenParameterNames);
      takenParameterNames.add(parameterName);
      parameterNames.add(parameterName);
    }
    boolean envelope = handler.httpPath().isEmpty();
    return new Call(handler, name, List.copyOf(parameterNames),
        envelope ? "POST" : handler.httpMethod(),
        envelope ? endpointPath : handler.httpPath(),
        envelope);
  }

  /** The handlers' functions, in the model's order (by wire name). */
  List<Call> calls() {
    return calls;
  }

  /** The named types the calls use, directly or inside other types, in the model's order. */
  List<TypeDecl> types() {
    return types;
  }

  /** The declaration of a type in {@link #types()}. */
  TypeDecl declaration(JavaType type) {
    return declarations.get(type);
  }

  /** The JavaScript name of a type in {@link #types()}. */
  String typeName(JavaType type) {
    return typeNames.get(type);
  }

  /** The types a handler's arguments and result are made of. */
  private static Stream<TypeRef> signature(HandlerModel handler) {
    return Stream.concat(handler.arguments().stream().map(Argument::type), Stream.of(handler.returns()));
  }

  /** The types {@code type} is directly made of: a list's element, an option's content, and so on. */
  private static Stream<TypeRef> parts(TypeRef type) {
    if (type instanceof TypeRef.ListOf list) {
      return Stream.of(list.element());
    } else if (type instanceof TypeRef.OptionOf option) {
      return Stream.of(option.inner());
    } else if (type instanceof TypeRef.MapOf map) {
      return Stream.of(map.key(), map.value());
    } else if (type instanceof TypeRef.ResultOf result) {
      return Stream.of(result.ok(), result.err());
    }
    return Stream.empty();
  }

  /** The types a declared type is made of: a record's fields, a variant's cases. */
  private static Stream<TypeRef> parts(TypeDecl declaration) {
    if (declaration instanceof RecordDecl record) {
      return record.fields().stream().map(Field::type);
    } else if (declaration instanceof VariantDecl variant) {
      return variant.cases().stream().map(VariantCase::payload);
    }
    return Stream.empty();
  }

  private static void collectNamed(
      TypeRef type, Map<JavaType, TypeDecl> declarations, Set<JavaType> reachable) {
    if (type instanceof TypeRef.Named named) {
      if (reachable.add(named.javaType())) {
        parts(declarations.get(named.javaType()))
            .forEach(part -> collectNamed(part, declarations, reachable));
      }
      return;
    }
    parts(type).forEach(part -> collectNamed(part, declarations, reachable));
  }
}
