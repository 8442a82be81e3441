package dev.hyperapp.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Collects the errors found while reading one class, each on its element (and annotation value,
 * where the problem is what an annotation says), and reports them once the class is read. Holding
 * them back means that a class deferred to a later round does not report its errors twice.
 */
final class Reporter {

  private record Problem(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}

  private final List<Problem> problems = new ArrayList<>();

  /** Reports on an element: a class, method, parameter, field or record component. */
  void error(Element element, ModelError error, Object... args) {
    problems.add(new Problem(element, null, null, error.format(args)));
  }

  /** Reports on the annotation {@code annotationName} of {@code element}. */
  void errorOnAnnotation(Element element, String annotationName, ModelError error, Object... args) {
    errorOnValue(element, ElementNames.annotation(element, annotationName).orElse(null), null,
        error, args);
  }

  /**
   * Reports on the value of {@code attribute} in the annotation {@code annotationName} of
   * {@code element} where the source writes it; on the annotation where the value is a default; on
   * the element where the annotation is absent.
   */
  void errorOnValue(Element element, String annotationName, String attribute, ModelError error,
      Object... args) {
    Optional<AnnotationMirror> annotation = ElementNames.annotation(element, annotationName);
    errorOnValue(element, annotation.orElse(null),
        annotation.flatMap(mirror -> ElementNames.writtenValue(mirror, attribute)).orElse(null),
        error, args);
  }

  /** Reports on {@code value}, which may sit anywhere inside {@code annotation} (nested ones too). */
  void errorOnValue(Element element, AnnotationMirror annotation, AnnotationValue value,
      ModelError error, Object... args) {
    problems.add(new Problem(element, annotation, value, error.format(args)));
  }

  boolean hasErrors() {
    return !problems.isEmpty();
  }

  /**
   * Prints the errors not printed before: {@code printed} is shared by the classes of a compilation,
   * so that a bad record that two processes use is reported once.
   */
  void flushTo(Messager messager, Set<Object> printed) {
    for (Problem problem : problems) {
      if (!printed.add(problem)) {
        continue;
      }
      if (problem.annotation() == null) {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element());
      } else if (problem.value() == null) {
        messager.printMessage(
            Diagnostic.Kind.ERROR, problem.message(), problem.element(), problem.annotation());
      } else {
        messager.printMessage(Diagnostic.Kind.ERROR, problem.message(), problem.element(),
            problem.annotation(), problem.value());
      }
    }
    problems.clear();
  }
}
