package dev.hyperapp.processor.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

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

  /**
   * A type as a developer writes it in source, for messages: simple names and no type annotations,
   * {@code Map<String, List<Item>>} rather than {@code java.util.Map<java.lang.String, ...>}.
   */
  static String display(TypeMirror type) {
    switch (type.getKind()) {
      case DECLARED: {
        DeclaredType declared = (DeclaredType) type;
        String name = declared.asElement().getSimpleName().toString();
        if (declared.getTypeArguments().isEmpty()) {
          return name;
        }
        return declared.getTypeArguments().stream().map(ElementNames::display)
            .collect(Collectors.joining(", ", name + "<", ">"));
      }
      case ARRAY:
        return display(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD: {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          return "? extends " + display(wildcard.getExtendsBound());
        }
        return wildcard.getSuperBound() != null ? "? super " + display(wildcard.getSuperBound()) : "?";
      }
      case TYPEVAR:
        return ((TypeVariable) type).asElement().getSimpleName().toString();
      default:
        return type.getKind().isPrimitive()
            ? type.getKind().name().toLowerCase(Locale.ROOT)
            : type.toString();
    }
  }

  /** The annotation {@code qualifiedName} on {@code element}, if present. */
  static Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName().contentEquals(qualifiedName))
        .map(mirror -> (AnnotationMirror) mirror)
        .findFirst();
  }

  /** The value of {@code attribute} if the source writes it (defaults are not included). */
  static Optional<AnnotationValue> writtenValue(AnnotationMirror annotation, String attribute) {
    return annotation.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
        .map(entry -> (AnnotationValue) entry.getValue())
        .findFirst();
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
      Predicate<AnnotationMirror> test, AnnotatedConstruct... constructs) {
    for (AnnotatedConstruct construct : constructs) {
      if (construct != null && construct.getAnnotationMirrors().stream().anyMatch(test)) {
        return true;
      }
    }
    return false;
  }
}
