package dev.hyperapp.processor.model;

/**
 * Every compile error the processor reports, in one place, each a sentence that says what is wrong
 * and what to do instead. Arguments fill the {@code %s} placeholders in order.
 */
enum ModelError {
  PROCESS_NOT_A_CLASS("@Hyperprocess must annotate a class, not %s: put it on a class whose fields are the process state"),
  PROCESS_ABSTRACT("@Hyperprocess class %s must not be abstract: the runtime creates an instance of it"),
  PROCESS_NOT_TOP_LEVEL("@Hyperprocess class %s must be a top-level class, so that its generated %sDispatcher and %sClient can sit beside it"),
  PROCESS_GENERIC("@Hyperprocess class %s must not have type parameters: the runtime creates it without knowing any"),
  PROCESS_NO_CONSTRUCTOR("@Hyperprocess class %s needs a non-private constructor without parameters: the runtime creates the process with it before loading the saved state"),
  INVALID_PROCESS_NAME("Invalid process name '%s': use lower-case letters a-z, digits 0-9 and '-', for example process = \"my-app\""),
  PROCESS_NAME_NOT_WIT("Process name '%s' is also the WIT interface name, and each of its '-'-separated words must start with a letter: set process, for example process = \"my-app\""),
  DUPLICATE_PROCESS("Process name '%s' is already used by %s in this compilation: give each @Hyperprocess class its own process name"),
  INVALID_PACKAGE_NAME("Invalid package name '%s': use lower-case letters a-z, digits 0-9 and '-', for example packageName = \"my-app\""),
  INVALID_PUBLISHER("Invalid publisher '%s': use lower-case letters a-z, digits 0-9, '-' and '.', for example publisher = \"template.os\""),
  INVALID_WIT_WORLD("Invalid WIT world name '%s': a WIT name is kebab-case words that each start with a letter; set witWorld, for example witWorld = \"my-app-template-dot-os-v0\""),
  INVALID_ENDPOINT_PATH("Invalid path '%s': a path starts with '/' and holds no spaces, '?', '#' or '\\', for example \"/api\""),
  DUPLICATE_ENDPOINT_PATH("Endpoint path '%s' is bound twice: give each endpoint its own path"),
  NO_HTTP_ENDPOINT("@Http handler %s has no path of its own and the process declares no HTTP endpoint: add @Endpoint(path = \"/api\") to endpoints, or give the handler @Http(path = ...)"),
  NO_WEBSOCKET_ENDPOINT("@Ws handler %s needs a WebSocket endpoint: add @Endpoint(path = \"/ws\", kind = Endpoint.Kind.WEBSOCKET) to endpoints"),
  SAVE_EVERY_MISSING("Save mode %s needs every = n with n >= 1, for example @Save(value = SaveMode.%s, every = 10)"),
  SAVE_EVERY_UNUSED("Save mode %s takes no 'every': remove it, or use EVERY_N_MESSAGES or EVERY_N_SECONDS"),

  HANDLER_OUTSIDE_PROCESS("%s method %s is in %s, which is not a @Hyperprocess class, so nothing would call it: move it into the @Hyperprocess class, or annotate its class"),
  HANDLER_PRIVATE("Handler %s must not be private: the generated dispatcher calls it directly"),
  HANDLER_STATIC("Handler %s must not be static: handlers work on the process state"),
  HANDLER_GENERIC("Handler %s must not have type parameters: WIT signatures are concrete"),
  ANNOTATIONS_DO_NOT_COMBINE("%s cannot be combined with %s on %s: @Init and @Ws stand alone, while @Http, @Local and @Remote combine freely"),
  DUPLICATE_INIT("Only one @Init method is allowed, and %s is already the @Init method: merge the two"),
  DUPLICATE_WS("Only one @Ws method is allowed, and %s is already the @Ws method: merge the two"),
  INIT_PARAMETER("@Init method %s may take only a Context parameter, not %s %s: remove it"),
  INIT_RETURN("@Init method %s must return void, not %s"),
  WS_PARAMETER("@Ws method %s takes one WsEvent and, optionally, one Context, not %s %s: remove it"),
  WS_NO_EVENT("@Ws method %s must take a WsEvent parameter, for example void %s(Context ctx, WsEvent event)"),
  WS_RETURN("@Ws method %s must return void, not %s: push replies with Context.push(...)"),
  RESERVED_HANDLER_NAME("Handler name '%s' is taken by the generated client or by java.lang.Object: rename the handler"),
  RESERVED_ARGUMENT_NAME("Argument name '%s' is taken by the WIT signature record, which has its own '%s' field: rename the argument"),
  OVERLOADED_HANDLER("Handler name '%s' is used twice: WIT has no overloading, so give each handler its own name"),
  PASCAL_NAME_CLASH("Handlers %s and %s have the same wire name '%s': rename one of them"),
  INVALID_WIT_NAME("Name '%s' becomes '%s' in WIT, which is not a valid WIT name (kebab-case words that each start with a letter a-z): rename it"),
  MEMBER_WIT_NAME_CLASH("%s and %s have the same WIT name '%s': rename one of them"),
  DUPLICATE_CONTEXT("Handler %s takes more than one Context parameter: keep one"),
  INVALID_HTTP_METHOD("Invalid HTTP method '%s': use GET, POST, PUT, PATCH, DELETE or HEAD"),
  HTTP_BODYLESS_ARGUMENTS("@Http(method = \"%s\") handler %s cannot take arguments, because a %s request has no body: use POST, or read query parameters with Context.query(name)"),
  DUPLICATE_HTTP_ROUTE("@Http route %s %s is already bound by %s: give each handler its own path or method"),
  HTTP_METHOD_WITHOUT_PATH("@Http(method = \"%s\") handler %s needs a path of its own, for example @Http(method = \"%s\", path = \"/items\"), because calls through the endpoint are always POST"),

  UNSUPPORTED_TYPE("Type %s cannot be expressed in WIT: %s"),
  MISSING_TYPE("Type %s cannot be found: check its name and import, or, if another annotation processor generates it, that this processor runs in the same compilation"),
  RAW_TYPE("Raw type %s: give its type arguments, for example %s"),
  UNSIGNED_NOT_INTEGER("@Unsigned applies to byte, short, int and long (and their boxes), not to %s: remove it"),
  NULLABLE_PRIMITIVE("@Nullable %s can never be null: use its box, @Nullable %s"),
  NESTED_OPTIONAL("%s puts an option inside an option, which JSON cannot tell apart: use one Optional, or a record with a field"),
  MAP_KEY("Map key type %s is not supported, because JSON object keys are strings: use String, an integer type or an enum as the key, or a List of records"),
  GENERIC_TYPE("Type %s has type parameters, which WIT cannot express: use a record without type parameters"),
  RECURSIVE_TYPE("Type %s refers to itself (%s), which WIT cannot express: refer to the item by an id (a String or long) and keep the items in a list or map"),
  VARIANT_CASE_NOT_RECORD("Sealed interface %s becomes a WIT variant, so each permitted subtype must be a record, and %s is not: make it a record"),
  RECORD_CLASS_NO_CONSTRUCTOR("Class %s is used in the API, so JSON must be able to create it: add a non-private constructor without parameters, or make it a record"),
  RECORD_CLASS_ABSTRACT("Class %s is abstract and cannot be created from JSON: use a record, or a sealed interface of records for alternatives"),
  WIT_NAME_CLASH("Types %s and %s both have the WIT name '%s': rename one of them"),

  READER_FAILED("The Hyperapp processor failed on this class (%s): please report it, with the class, to the Hyperapp developers"),

  STATE_NOT_SERIALIZABLE("State field %s cannot be saved as JSON, because %s: make it transient, or use data types (records, collections, String, numbers, enums)");

  private final String format;

  ModelError(String format) {
    this.format = format;
  }

  String format(Object... args) {
    return String.format(format, args);
  }
}
