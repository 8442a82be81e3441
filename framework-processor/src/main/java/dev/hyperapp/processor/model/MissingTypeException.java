package dev.hyperapp.processor.model;

import javax.lang.model.element.Element;

/**
 * Thrown while reading when a type does not exist (yet): another processor may generate it in a
 * later round, so the class is deferred rather than reported. It names the element that uses the
 * type, where the error goes if the type is still missing in the last round.
 */
final class MissingTypeException extends RuntimeException {

  private final transient Element site;

  MissingTypeException(String typeName, Element site) {
    super(typeName, null, false, false);
    this.site = site;
  }

  Element site() {
    return site;
  }
}
