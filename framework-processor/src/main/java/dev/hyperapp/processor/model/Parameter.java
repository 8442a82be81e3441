package dev.hyperapp.processor.model;

/** A handler parameter: an API argument, or one the runtime supplies. */
public sealed interface Parameter {

  /**
   * An argument that is part of the API.
   *
   * @param javaName the Java parameter name
   * @param witName its WIT field name (kebab-case, escaped)
   * @param type its type
   */
  record Argument(String javaName, String witName, TypeRef type) implements Parameter {}

  /** The {@code Context}, supplied by the runtime; not part of the API. */
  record ContextParameter() implements Parameter {}

  /** The {@code WsEvent} of a {@code @Ws} handler. */
  record EventParameter() implements Parameter {}
}
