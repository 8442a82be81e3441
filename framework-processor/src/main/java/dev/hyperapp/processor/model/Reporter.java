package dev.hyperapp.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Collects the errors found while reading one class, each on its element (and annotation, where the
 * problem is an annotation's value), and reports them once the class is read. Holding them back
 * means that a class deferred to a later round does not report its errors twice.
 */
final class Reporter {

  private record Problem(Element element, AnnotationMirror annotation, String message) {}

  private final List<Problem> problems = new ArrayList<>();

  void error(Element element, ModelError error, Object... args) {
    problems.add(new Problem(element, null, error.format(args)));
  }

  /** Reports on the annotation {@code annotationName} of {@code element}, or the element itself. */
  void errorOnAnnotation(
      Element element, String annotationName, ModelError error, Object... args) {
    AnnotationMirror annotation = element.getAnnotationMirrors().stream()
        .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName().contentEquals(annotationName))
        .findFirst()
        .orElse(null);
    problems.add(new Problem(element, annotation, error.format(args)));
  }

  boolean hasErrors() {
    return !problems.isEmpty();
  }

  void flushTo(Messager messager) {
    for (Problem problem : problems) {
      if (problem.annotation() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
      } else {
        messager.printMessage(
            Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation());
      }
    }
    problems.clear();
  }
}
