package dev.hyperapp.processor.model;

import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Init;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Remote;
import dev.hyperapp.annotations.Ws;
import dev.hyperapp.processor.model.HandlerModel.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads and validates the handler methods of a process class. Methods without handler annotations are helpers and are left alone. */
final class HandlerReader {

  private static final String HTTP_ANNOTATION = "dev.hyperapp.annotations.Http";
  private static final String CONTEXT = "dev.hyperapp.annotations.Context";
  private static final String WS_EVENT = "dev.hyperapp.annotations.WsEvent";
  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");
  /** Names of the generated client's own methods and of {@code Object}'s, which a handler would clash with. */
  private static final Set<String> RESERVED_HANDLER_NAMES = Set.of(
      "at", "withTimeout", "withBlob", "withReplyBlob", "equals", "hashCode", "toString", "getClass", "notify", "notifyAll",
      "wait", "clone", "finalize");
  /** The fields every WIT signature record has besides the arguments. */
  private static final Set<String> SIGNATURE_FIELDS = Set.of("target", "returning");
  private static final Set<String> BODYLESS_METHODS = Set.of("GET", "HEAD");

  private final Types typeUtils;
  private final TypeMirror runtimeException;
  private final TypeMirror error;
  private final TypeMapper types;
  private final Reporter reporter;

  private ExecutableElement init;
  private ExecutableElement webSocket;
  private final Map<String, ExecutableElement> byMethodName = new HashMap<>();
  private final Map<String, ExecutableElement> byWireName = new HashMap<>();
  private final Map<String, String> httpRoutes = new HashMap<>();

  HandlerReader(ProcessingEnvironment env, TypeMapper types, Reporter reporter) {
    this.typeUtils = env.getTypeUtils();
    this.runtimeException =
        env.getElementUtils().getTypeElement("java.lang.RuntimeException").asType();
    this.error = env.getElementUtils().getTypeElement("java.lang.Error").asType();
    this.types = types;
    this.reporter = reporter;
  }

  /** The handlers of a class. */
  record Handlers(
      Optional<LifecycleHandler> init, Optional<LifecycleHandler> webSocket, List<HandlerModel> api) {}

  Handlers read(TypeElement type, List<EndpointModel> endpoints) {
    endpoints.forEach(endpoint -> httpRoutes.put("* " + endpoint.path(), "an endpoint"));
    boolean hasHttpEndpoint = endpoints.stream().anyMatch(endpoint -> !endpoint.webSocket());
    boolean hasWebSocketEndpoint = endpoints.stream().anyMatch(EndpointModel::webSocket);
    Optional<LifecycleHandler> initHandler = Optional.empty();
    Optional<LifecycleHandler> wsHandler = Optional.empty();
    List<HandlerModel> api = new ArrayList<>();

    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean isInit = method.getAnnotation(Init.class) != null;
      boolean isWs = method.getAnnotation(Ws.class) != null;
      Set<Kind> kinds = apiKinds(method);
      if (!isInit && !isWs && kinds.isEmpty()) {
        continue;
      }
      if (!checkMethod(method, isInit, isWs, kinds)) {
        continue;
      }
      if (isInit) {
        initHandler = readInit(method);
      } else if (isWs) {
        wsHandler = readWebSocket(method, hasWebSocketEndpoint);
      } else {
        readApiHandler(method, kinds, hasHttpEndpoint).ifPresent(api::add);
      }
    }
    api.sort(Comparator.comparing(HandlerModel::wireName));
    return new Handlers(initHandler, wsHandler, api);
  }

  private static Set<Kind> apiKinds(ExecutableElement method) {
    Set<Kind> kinds = EnumSet.noneOf(Kind.class);
    if (method.getAnnotation(Http.class) != null) {
      kinds.add(Kind.HTTP);
    }
    if (method.getAnnotation(Local.class) != null) {
      kinds.add(Kind.LOCAL);
    }
    if (method.getAnnotation(Remote.class) != null) {
      kinds.add(Kind.REMOTE);
    }
    return kinds;
  }

  /**
   * Checks what every handler shares, reporting each problem. False only if the method cannot be
   * read further: its annotations contradict each other, or its types depend on type parameters.
   */
  private boolean checkMethod(ExecutableElement method, boolean isInit, boolean isWs, Set<Kind> kinds) {
    String name = method.getSimpleName().toString();
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.error(method, ModelError.HANDLER_PRIVATE, name);
    }
    if (method.getModifiers().contains(Modifier.STATIC)) {
      reporter.error(method, ModelError.HANDLER_STATIC, name);
    }
    boolean readable = true;
    if (!method.getTypeParameters().isEmpty()) {
      reporter.error(method, ModelError.HANDLER_GENERIC, name);
      readable = false;
    }
    List<String> annotations = new ArrayList<>();
    if (isInit) {
      annotations.add("@Init");
    }
    if (isWs) {
      annotations.add("@Ws");
    }
    kinds.stream().sorted().forEach(kind -> annotations.add(switch (kind) {
      case HTTP -> "@Http";
      case LOCAL -> "@Local";
      case REMOTE -> "@Remote";
    }));
    if ((isInit || isWs) && annotations.size() > 1) {
      reporter.error(method, ModelError.ANNOTATIONS_DO_NOT_COMBINE,
          annotations.get(0), String.join(", ", annotations.subList(1, annotations.size())), name);
      readable = false;
    }
    return readable;
  }

  private Optional<LifecycleHandler> readInit(ExecutableElement method) {
    if (init != null) {
      reporter.error(method, ModelError.DUPLICATE_INIT, init.getSimpleName());
      return Optional.empty();
    }
    init = method;
    return readLifecycle(method, true, Map.of(CONTEXT, new Parameter.ContextParameter()),
        ModelError.INIT_PARAMETER, ModelError.INIT_RETURN);
  }

  private Optional<LifecycleHandler> readWebSocket(ExecutableElement method, boolean hasEndpoint) {
    String name = method.getSimpleName().toString();
    if (webSocket != null) {
      reporter.error(method, ModelError.DUPLICATE_WS, webSocket.getSimpleName());
      return Optional.empty();
    }
    webSocket = method;
    if (!hasEndpoint) {
      reporter.error(method, ModelError.NO_WEBSOCKET_ENDPOINT, name);
    }
    // Without a WsEvent the method was not meant as this kind of handler: one error says so,
    // rather than one for each parameter.
    if (method.getParameters().stream().noneMatch(parameter -> isType(parameter.asType(), WS_EVENT))) {
      reporter.error(method, ModelError.WS_NO_EVENT, name, name);
      checkVoid(method, ModelError.WS_RETURN);
      return Optional.empty();
    }
    return readLifecycle(method, hasEndpoint,
        Map.of(WS_EVENT, new Parameter.EventParameter(), CONTEXT, new Parameter.ContextParameter()),
        ModelError.WS_PARAMETER, ModelError.WS_RETURN);
  }

  /**
   * Reads an {@code @Init} or {@code @Ws} method, which returns void and takes each of the
   * {@code allowed} parameter types (qualified name to parameter) at most once.
   */
  private Optional<LifecycleHandler> readLifecycle(ExecutableElement method, boolean valid,
      Map<String, Parameter> allowed, ModelError parameterError, ModelError returnError) {
    String name = method.getSimpleName().toString();
    boolean ok = valid;
    List<Parameter> parameters = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (VariableElement parameter : method.getParameters()) {
      Optional<String> type = allowed.keySet().stream()
          .filter(qualifiedName -> isType(parameter.asType(), qualifiedName))
          .findFirst();
      if (type.isPresent() && taken.add(type.get())) {
        parameters.add(allowed.get(type.get()));
      } else {
        reporter.error(parameter, parameterError, name,
            ElementNames.display(parameter.asType()), parameter.getSimpleName());
        ok = false;
      }
    }
    ok &= checkVoid(method, returnError);
    return ok
        ? Optional.of(new LifecycleHandler(name, parameters, throwsChecked(method)))
        : Optional.empty();
  }

  private boolean checkVoid(ExecutableElement method, ModelError error) {
    if (method.getReturnType().getKind() == TypeKind.VOID) {
      return true;
    }
    reporter.error(method, error, method.getSimpleName(), ElementNames.display(method.getReturnType()));
    return false;
  }

  private Optional<HandlerModel> readApiHandler(
      ExecutableElement method, Set<Kind> kinds, boolean hasHttpEndpoint) {
    String name = method.getSimpleName().toString();
    String wireName = Names.pascal(name);
    boolean ok = checkUniqueName(method, name, wireName);
    if (RESERVED_HANDLER_NAMES.contains(name)) {
      reporter.error(method, ModelError.RESERVED_HANDLER_NAME, name);
      ok = false;
    }
    Optional<String> witName = types.witName(name, method);
    ok &= witName.isPresent();

    List<Parameter> parameters = new ArrayList<>();
    Map<String, Element> argumentWitNames = new HashMap<>();
    boolean hasContext = false;
    for (VariableElement parameter : method.getParameters()) {
      if (isType(parameter.asType(), CONTEXT)) {
        if (hasContext) {
          reporter.error(parameter, ModelError.DUPLICATE_CONTEXT, name);
          ok = false;
        }
        hasContext = true;
        parameters.add(new Parameter.ContextParameter());
        continue;
      }
      String parameterName = parameter.getSimpleName().toString();
      Optional<TypeRef> type = types.map(parameter.asType(), parameter, parameter);
      Optional<String> parameterWitName =
          types.memberWitName(parameterName, parameter, argumentWitNames);
      if (parameterWitName.isPresent() && SIGNATURE_FIELDS.contains(parameterWitName.get())) {
        reporter.error(parameter, ModelError.RESERVED_ARGUMENT_NAME, parameterName,
            parameterWitName.get());
        ok = false;
      } else if (type.isPresent() && parameterWitName.isPresent()) {
        parameters.add(new Parameter.Argument(parameterName, parameterWitName.get(), type.get()));
      } else {
        ok = false;
      }
    }
    long arguments = method.getParameters().stream()
        .filter(parameter -> !isType(parameter.asType(), CONTEXT))
        .count();

    String httpMethod = "";
    String httpPath = "";
    if (kinds.contains(Kind.HTTP)) {
      Http http = method.getAnnotation(Http.class);
      httpMethod = http.method().toUpperCase(Locale.ROOT);
      httpPath = http.path();
      ok &= checkHttp(method, httpMethod, httpPath, arguments, hasHttpEndpoint);
    }

    boolean async = false;
    TypeRef returns = new TypeRef.Unit();
    TypeMirror returnType = method.getReturnType();
    if (returnType.getKind() == TypeKind.ERROR) {
      throw new MissingTypeException(returnType.toString(), method);
    }
    if (isType(returnType, "java.util.concurrent.CompletionStage")
        || isType(returnType, "java.util.concurrent.CompletableFuture")) {
      async = true;
      List<? extends TypeMirror> typeArguments = ((DeclaredType) returnType).getTypeArguments();
      if (typeArguments.isEmpty()) {
        reporter.error(method, ModelError.RAW_TYPE, ElementNames.display(returnType),
            "CompletionStage<String>");
        ok = false;
      } else if (!isType(typeArguments.get(0), "java.lang.Void")) {
        Optional<TypeRef> mapped = types.map(typeArguments.get(0), method, null);
        ok &= mapped.isPresent();
        returns = mapped.orElse(returns);
      }
    } else if (returnType.getKind() != TypeKind.VOID) {
      Optional<TypeRef> mapped = types.map(returnType, method, method);
      ok &= mapped.isPresent();
      returns = mapped.orElse(returns);
    }
    if (!ok) {
      return Optional.empty();
    }
    return Optional.of(new HandlerModel(name, wireName, witName.get(),
        kinds, httpMethod, httpPath, parameters, returns, async, throwsChecked(method)));
  }

  private boolean checkUniqueName(ExecutableElement method, String name, String wireName) {
    if (byMethodName.putIfAbsent(name, method) != null) {
      reporter.error(method, ModelError.OVERLOADED_HANDLER, name);
      return false;
    }
    ExecutableElement clash = byWireName.putIfAbsent(wireName, method);
    if (clash != null) {
      reporter.error(method, ModelError.PASCAL_NAME_CLASH, clash.getSimpleName(), name, wireName);
      return false;
    }
    return true;
  }

  private boolean checkHttp(ExecutableElement method, String httpMethod, String path,
      long arguments, boolean hasHttpEndpoint) {
    String name = method.getSimpleName().toString();
    if (!HTTP_METHODS.contains(httpMethod)) {
      reporter.errorOnValue(method, HTTP_ANNOTATION, "method", ModelError.INVALID_HTTP_METHOD, httpMethod);
      return false;
    }
    if (path.isEmpty()) {
      if (!httpMethod.equals("POST")) {
        reporter.errorOnValue(method, HTTP_ANNOTATION, "method", ModelError.HTTP_METHOD_WITHOUT_PATH,
            httpMethod, name, httpMethod);
        return false;
      }
      if (!hasHttpEndpoint) {
        reporter.error(method, ModelError.NO_HTTP_ENDPOINT, name);
        return false;
      }
      return true;
    }
    if (!ProcessModelReader.isValidPath(path)) {
      reporter.errorOnValue(method, HTTP_ANNOTATION, "path", ModelError.INVALID_ENDPOINT_PATH, path);
      return false;
    }
    if (BODYLESS_METHODS.contains(httpMethod) && arguments > 0) {
      reporter.error(method, ModelError.HTTP_BODYLESS_ARGUMENTS, httpMethod, name, httpMethod);
      return false;
    }
    String owner = httpRoutes.get("* " + path);
    if (owner == null) {
      owner = httpRoutes.putIfAbsent(httpMethod + " " + path, "handler " + name);
    }
    if (owner != null) {
      reporter.errorOnValue(method, HTTP_ANNOTATION, "path", ModelError.DUPLICATE_HTTP_ROUTE,
          httpMethod, path, owner);
      return false;
    }
    return true;
  }

  private boolean throwsChecked(ExecutableElement method) {
    return method.getThrownTypes().stream().anyMatch(thrown ->
        !typeUtils.isAssignable(thrown, runtimeException) && !typeUtils.isAssignable(thrown, error));
  }

  private static boolean isType(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName()
            .contentEquals(qualifiedName);
  }
}
