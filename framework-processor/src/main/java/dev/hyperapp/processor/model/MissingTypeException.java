package dev.hyperapp.processor.model;

/**
 * Thrown while reading when a type does not exist (yet): another processor may generate it in a
 * later round, so the class is deferred rather than reported.
 */
final class MissingTypeException extends RuntimeException {

  MissingTypeException(String typeName) {
    super(typeName, null, false, false);
  }
}
