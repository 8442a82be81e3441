package dev.hyperapp.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** Small questions about elements and their annotations that the readers share. */
final class ElementNames {

  static final String UNSIGNED = "dev.hyperapp.annotations.Unsigned";

  private ElementNames() {}

  /** The {@link JavaType} of a class, with its enclosing classes as outer simple names. */
  static JavaType javaType(TypeElement type) {
    Deque<String> simpleNames = new ArrayDeque<>();
    Element current = type;
    while (current.getKind().isClass() || current.getKind().isInterface()) {
      simpleNames.addFirst(current.getSimpleName().toString());
      current = current.getEnclosingElement();
    }
    String packageName = current.getKind() == ElementKind.PACKAGE
        ? ((PackageElement) current).getQualifiedName().toString()
        : "";
    return new JavaType(packageName, List.copyOf(simpleNames));
  }

  /** Whether any of the constructs carries an annotation whose simple name is {@code Nullable}. */
  static boolean isNullable(AnnotatedConstruct... constructs) {
    return has(annotation -> annotation.getAnnotationType().asElement().getSimpleName()
        .contentEquals("Nullable"), constructs);
  }

  /** Whether any of the constructs carries {@code @Unsigned}. */
  static boolean isUnsigned(AnnotatedConstruct... constructs) {
    return has(annotation -> ((TypeElement) annotation.getAnnotationType().asElement())
        .getQualifiedName().contentEquals(UNSIGNED), constructs);
  }

  private static boolean has(
      java.util.function.Predicate<AnnotationMirror> test, AnnotatedConstruct... constructs) {
    for (AnnotatedConstruct construct : constructs) {
      if (construct != null && construct.getAnnotationMirrors().stream().anyMatch(test)) {
        return true;
      }
    }
    return false;
  }
}
