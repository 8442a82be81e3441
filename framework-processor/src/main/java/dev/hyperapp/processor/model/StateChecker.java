package dev.hyperapp.processor.model;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks that the process state (its non-static, non-transient fields) is data that JSON can save and
 * load. The state is not part of the API, so it may use more than the WIT type table (any collection,
 * {@code java.time}, recursive records), but not things like threads, streams or lambdas.
 */
final class StateChecker {

  /** JDK types that are plain data and that the wire codec reads and writes. */
  private static final Set<String> JDK_DATA = Set.of(
      "java.lang.String", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
      "java.lang.Character", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID",
      "java.time.Instant", "java.time.Duration", "java.time.LocalDate", "java.time.LocalDateTime",
      "java.time.LocalTime", "java.time.OffsetDateTime", "java.time.ZonedDateTime");

  /** JDK containers whose type arguments are checked in turn. */
  private static final Set<String> JDK_CONTAINERS = Set.of(
      "java.util.List", "java.util.Set", "java.util.Map", "java.util.Collection",
      "java.util.SortedMap", "java.util.NavigableMap", "java.util.SortedSet",
      "java.util.NavigableSet", "java.util.Deque", "java.util.Queue", "java.util.ArrayList",
      "java.util.LinkedList", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.ArrayDeque",
      "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap",
      "java.util.Optional", "dev.hyperapp.annotations.Result");

  private static final Set<String> FRAMEWORK_DATA = Set.of(
      "dev.hyperapp.annotations.Address", "dev.hyperapp.annotations.ProcessId");

  private final Reporter reporter;

  StateChecker(Reporter reporter) {
    this.reporter = reporter;
  }

  void check(TypeElement process) {
    for (VariableElement field : TypeMapper.dataFields(process)) {
      problem(field.asType(), field, new HashSet<>())
          .ifPresent(reason -> reporter.error(field, ModelError.STATE_NOT_SERIALIZABLE,
              field.getSimpleName(), reason));
    }
  }

  /**
   * Why a type is not data, or empty if it is. {@code seen} holds the app's types already checked
   * for this field, which also stops at recursive types (fine in state, unlike in the API).
   */
  private Optional<String> problem(TypeMirror type, VariableElement field, Set<String> seen) {
    TypeKind kind = type.getKind();
    if (kind == TypeKind.ERROR) {
      throw new MissingTypeException(type.toString(), field);
    }
    if (kind.isPrimitive()) {
      return Optional.empty();
    }
    if (kind == TypeKind.ARRAY) {
      return problem(((ArrayType) type).getComponentType(), field, seen);
    }
    if (kind != TypeKind.DECLARED) {
      return Optional.of(ElementNames.display(type) + " is not a concrete type");
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    if (JDK_DATA.contains(name) || FRAMEWORK_DATA.contains(name)) {
      return Optional.empty();
    }
    if (JDK_CONTAINERS.contains(name)) {
      if (declared.getTypeArguments().isEmpty()) {
        return Optional.of("raw type " + ElementNames.display(type) + " does not say what it holds");
      }
      for (TypeMirror argument : declared.getTypeArguments()) {
        Optional<String> problem = problem(argument, field, seen);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (name.startsWith("java.") || name.startsWith("javax.")) {
      return Optional.of(ElementNames.display(type) + " is not data");
    }
    if (!seen.add(name)) {
      return Optional.empty();
    }
    return userTypeProblem(element, field, seen);
  }

  private Optional<String> userTypeProblem(
      TypeElement element, VariableElement field, Set<String> seen) {
    ElementKind kind = element.getKind();
    if (kind == ElementKind.ENUM) {
      return Optional.empty();
    }
    if (kind == ElementKind.INTERFACE) {
      if (!element.getModifiers().contains(Modifier.SEALED)) {
        return Optional.of("interface " + element.getSimpleName()
            + " does not say which class to create when loading (use a sealed interface of records)");
      }
      for (TypeMirror permitted : element.getPermittedSubclasses()) {
        Optional<String> problem = problem(permitted, field, seen);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (kind == ElementKind.CLASS) {
      if (element.getModifiers().contains(Modifier.ABSTRACT)) {
        return Optional.of(
            "abstract class " + element.getSimpleName() + " cannot be created when loading");
      }
      if (!TypeMapper.hasNoArgumentConstructor(element)) {
        return Optional.of("class " + element.getSimpleName()
            + " has no non-private constructor without parameters to create it with when loading");
      }
    }
    List<? extends Element> members = kind == ElementKind.RECORD
        ? element.getRecordComponents()
        : TypeMapper.dataFields(element);
    for (Element member : members) {
      Optional<String> problem = problem(member.asType(), field, seen);
      if (problem.isPresent()) {
        // Name the member, so that a problem deep inside a type can be found.
        return Optional.of(element.getSimpleName() + "." + member.getSimpleName() + " is of type "
            + ElementNames.display(member.asType()) + ", and " + problem.get());
      }
    }
    return Optional.empty();
  }
}
