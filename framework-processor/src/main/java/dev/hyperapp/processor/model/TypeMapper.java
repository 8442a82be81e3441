package dev.hyperapp.processor.model;

import dev.hyperapp.processor.model.TypeDecl.EnumConstant;
import dev.hyperapp.processor.model.TypeDecl.EnumDecl;
import dev.hyperapp.processor.model.TypeDecl.Field;
import dev.hyperapp.processor.model.TypeDecl.RecordDecl;
import dev.hyperapp.processor.model.TypeDecl.VariantCase;
import dev.hyperapp.processor.model.TypeDecl.VariantDecl;
import dev.hyperapp.processor.model.TypeRef.WitScalar;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Maps Java types in API signatures to {@link TypeRef}s following the type table, declaring every
 * record, enum and variant it meets (transitively) exactly once. Each unsupported type is reported on
 * the element where it was written: the parameter, the method, or the field of a record.
 */
final class TypeMapper {

  private static final Map<String, WitScalar> BOXES = Map.of(
      "java.lang.Boolean", WitScalar.BOOL,
      "java.lang.Byte", WitScalar.S8,
      "java.lang.Short", WitScalar.S16,
      "java.lang.Integer", WitScalar.S32,
      "java.lang.Long", WitScalar.S64,
      "java.lang.Float", WitScalar.F32,
      "java.lang.Double", WitScalar.F64,
      "java.lang.Character", WitScalar.CHAR);

  private static final Map<String, String> ADVICE = Map.ofEntries(
      Map.entry("dev.hyperapp.annotations.Context",
          "a Context is supplied by the runtime, so declare it as a handler parameter, never inside a type"),
      Map.entry("dev.hyperapp.annotations.WsEvent", "WsEvent belongs to the @Ws handler only"),
      Map.entry("dev.hyperapp.annotations.Blob",
          "files travel beside the JSON body, so read them with Context.blob() and send them with Context.respondWithBlob(...)"),
      Map.entry("java.util.concurrent.CompletionStage",
          "only a handler's return type may be a CompletionStage<T>"),
      Map.entry("java.util.concurrent.CompletableFuture",
          "declare the handler as returning CompletionStage<T>"),
      Map.entry("java.lang.Object", "use a concrete record, or a sealed interface of records"),
      Map.entry("java.util.Collection", "use List<T> or Set<T>"),
      Map.entry("java.lang.Iterable", "use List<T> or Set<T>"),
      Map.entry("java.util.ArrayList", "declare it as List<T>"),
      Map.entry("java.util.LinkedList", "declare it as List<T>"),
      Map.entry("java.util.HashSet", "declare it as Set<T>"),
      Map.entry("java.util.TreeSet", "declare it as Set<T>"),
      Map.entry("java.util.HashMap", "declare it as Map<K, V>"),
      Map.entry("java.util.LinkedHashMap", "declare it as Map<K, V>"),
      Map.entry("java.util.TreeMap", "declare it as Map<K, V>"),
      Map.entry("java.util.OptionalInt", "use Optional<Integer>"),
      Map.entry("java.util.OptionalLong", "use Optional<Long>"),
      Map.entry("java.util.OptionalDouble", "use Optional<Double>"),
      Map.entry("java.math.BigDecimal", "use a String, or a double"),
      Map.entry("java.math.BigInteger", "use a String, or a long"),
      Map.entry("java.util.UUID", "use a String"),
      Map.entry("java.time.Instant", "use a long (milliseconds since the epoch) or an ISO-8601 String"),
      Map.entry("java.time.Duration", "use a long (milliseconds)"),
      Map.entry("java.time.LocalDate", "use an ISO-8601 String"),
      Map.entry("java.time.LocalDateTime", "use an ISO-8601 String"));

  private final Reporter reporter;
  private final Map<String, TypeDecl> declared = new HashMap<>();
  private final Map<String, String> witNameOwners = new HashMap<>();
  /** Types being declared, outermost first: meeting one of them again is a recursive type. */
  private final LinkedHashSet<String> resolving = new LinkedHashSet<>();
  /** Types already reported as invalid, so that each problem is reported once. */
  private final Set<String> invalid = new HashSet<>();

  TypeMapper(Reporter reporter) {
    this.reporter = reporter;
    witNameOwners.put(TypeRef.StandardType.ADDRESS.witName(), "dev.hyperapp.annotations.Address");
    witNameOwners.put(TypeRef.StandardType.PROCESS_ID.witName(), "dev.hyperapp.annotations.ProcessId");
  }

  /**
   * The WIT name of a Java name (a handler, parameter, type, field or constant), reported on
   * {@code site} if it has none: WIT words must start with a letter a-z.
   */
  Optional<String> witName(String javaName, Element site) {
    String kebab = Names.kebab(javaName);
    if (!Names.isValidWitIdentifier(kebab)) {
      reporter.error(site, ModelError.INVALID_WIT_NAME, javaName, kebab);
      return Optional.empty();
    }
    return Optional.of(Names.witIdentifier(kebab));
  }

  /**
   * The WIT name of one member of a declaration (a field, constant or argument), which must differ
   * from its {@code siblings}' (WIT name to member, filled in as the members are read).
   */
  Optional<String> memberWitName(String javaName, Element site, Map<String, Element> siblings) {
    Optional<String> witName = witName(javaName, site);
    if (witName.isEmpty()) {
      return witName;
    }
    Element other = siblings.putIfAbsent(witName.get(), site);
    if (other != null) {
      reporter.error(site, ModelError.MEMBER_WIT_NAME_CLASH,
          other.getSimpleName(), javaName, witName.get());
      return Optional.empty();
    }
    return witName;
  }

  /** Every type declared so far, sorted by WIT name. */
  List<TypeDecl> declarations() {
    return declared.values().stream().sorted(Comparator.comparing(TypeDecl::witName)).toList();
  }

  /**
   * Maps the type of a declaration (a parameter, a method's return, a field): {@code @Nullable} and
   * {@code @Unsigned} may be written on the declaration or on the type. Empty after an error.
   */
  Optional<TypeRef> map(TypeMirror type, Element site, AnnotatedConstruct declaration) {
    return map(type, site, ElementNames.isNullable(declaration, type),
        ElementNames.isUnsigned(declaration, type));
  }

  private Optional<TypeRef> map(TypeMirror type, Element site, boolean nullable, boolean unsigned) {
    Optional<TypeRef> bare = mapBare(type, site, unsigned);
    if (!nullable || bare.isEmpty()) {
      return bare;
    }
    if (type.getKind().isPrimitive()) {
      reporter.error(site, ModelError.NULLABLE_PRIMITIVE, ElementNames.display(type),
          BOXES.entrySet().stream()
              .filter(box -> box.getValue() == primitiveScalar(type.getKind()))
              .map(box -> box.getKey().substring("java.lang.".length()))
              .findFirst().orElseThrow());
      return Optional.empty();
    }
    if (bare.get() instanceof TypeRef.OptionOf) {
      reporter.error(site, ModelError.NESTED_OPTIONAL, "@Nullable " + ElementNames.display(type));
      return Optional.empty();
    }
    return Optional.of(new TypeRef.OptionOf(bare.get(), false));
  }

  private Optional<TypeRef> mapBare(TypeMirror type, Element site, boolean unsigned) {
    TypeKind kind = type.getKind();
    if (kind == TypeKind.ERROR) {
      throw new MissingTypeException(type.toString(), site);
    }
    if (kind.isPrimitive()) {
      return scalar(primitiveScalar(kind), false, unsigned, type, site);
    }
    if (kind == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      if (component.getKind() == TypeKind.BYTE) {
        return Optional.of(new TypeRef.Bytes());
      }
      // Java reads `@Unsigned int[]` as an array of unsigned ints, whichever way javac attaches it.
      return map(component, site, ElementNames.isNullable(component),
          unsigned || ElementNames.isUnsigned(component))
          .map(element -> new TypeRef.ListOf(element, TypeRef.Collection.ARRAY));
    }
    if (kind != TypeKind.DECLARED) {
      reporter.error(site, ModelError.UNSUPPORTED_TYPE, ElementNames.display(type),
          "use a concrete type from the type table (a scalar, String, List, Set, Map, Optional, Result, a record, an enum or a sealed interface of records)");
      return Optional.empty();
    }
    DeclaredType declaredType = (DeclaredType) type;
    TypeElement element = (TypeElement) declaredType.asElement();
    String name = element.getQualifiedName().toString();
    if (BOXES.containsKey(name)) {
      return scalar(BOXES.get(name), true, unsigned, type, site);
    }
    if (name.equals("java.lang.String")) {
      return scalar(WitScalar.STRING, false, unsigned, type, site);
    }
    if (unsigned) {
      reporter.error(site, ModelError.UNSIGNED_NOT_INTEGER, ElementNames.display(type));
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = declaredType.getTypeArguments();
    if (arguments.isEmpty() && !element.getTypeParameters().isEmpty()) {
      reporter.error(site, ModelError.RAW_TYPE, ElementNames.display(type),
          element.getTypeParameters().stream().map(parameter -> "String")
              .collect(Collectors.joining(", ", ElementNames.display(type) + "<", ">")));
      return Optional.empty();
    }
    switch (name) {
      case "java.util.List":
        return argument(arguments.get(0), site)
            .map(item -> new TypeRef.ListOf(item, TypeRef.Collection.LIST));
      case "java.util.Set":
        return argument(arguments.get(0), site)
            .map(item -> new TypeRef.ListOf(item, TypeRef.Collection.SET));
      case "java.util.Optional":
        return optional(arguments.get(0), site, type);
      case "java.util.Map":
        return mapOf(arguments.get(0), arguments.get(1), site);
      case "dev.hyperapp.annotations.Result":
        Optional<TypeRef> ok = resultSide(arguments.get(0), site);
        Optional<TypeRef> err = resultSide(arguments.get(1), site);
        return ok.isPresent() && err.isPresent()
            ? Optional.of(new TypeRef.ResultOf(ok.get(), err.get()))
            : Optional.empty();
      case "dev.hyperapp.annotations.Address":
        return Optional.of(new TypeRef.Standard(TypeRef.StandardType.ADDRESS));
      case "dev.hyperapp.annotations.ProcessId":
        return Optional.of(new TypeRef.Standard(TypeRef.StandardType.PROCESS_ID));
      default:
        return named(element, type, site);
    }
  }

  private Optional<TypeRef> scalar(
      WitScalar scalar, boolean boxed, boolean unsigned, TypeMirror type, Element site) {
    if (!unsigned) {
      return Optional.of(new TypeRef.Scalar(scalar, boxed));
    }
    Optional<WitScalar> unsignedScalar = switch (scalar) {
      case S8 -> Optional.of(WitScalar.U8);
      case S16 -> Optional.of(WitScalar.U16);
      case S32 -> Optional.of(WitScalar.U32);
      case S64 -> Optional.of(WitScalar.U64);
      default -> Optional.empty();
    };
    if (unsignedScalar.isEmpty()) {
      reporter.error(site, ModelError.UNSIGNED_NOT_INTEGER, ElementNames.display(type));
      return Optional.empty();
    }
    return Optional.of(new TypeRef.Scalar(unsignedScalar.get(), boxed));
  }

  private static WitScalar primitiveScalar(TypeKind kind) {
    return switch (kind) {
      case BOOLEAN -> WitScalar.BOOL;
      case BYTE -> WitScalar.S8;
      case SHORT -> WitScalar.S16;
      case INT -> WitScalar.S32;
      case LONG -> WitScalar.S64;
      case FLOAT -> WitScalar.F32;
      case DOUBLE -> WitScalar.F64;
      case CHAR -> WitScalar.CHAR;
      default -> throw new IllegalArgumentException("not a primitive: " + kind);
    };
  }

  /** A type argument: type-use annotations on it ({@code List<@Unsigned Integer>}) count. */
  private Optional<TypeRef> argument(TypeMirror argument, Element site) {
    if (argument.getKind() == TypeKind.WILDCARD) {
      reporter.error(site, ModelError.UNSUPPORTED_TYPE, ElementNames.display(argument),
          "wildcards have no WIT meaning, so write the element type itself, for example List<Item>");
      return Optional.empty();
    }
    return map(argument, site, null);
  }

  private Optional<TypeRef> optional(TypeMirror argument, Element site, TypeMirror whole) {
    Optional<TypeRef> inner = argument(argument, site);
    if (inner.isPresent() && inner.get() instanceof TypeRef.OptionOf) {
      reporter.error(site, ModelError.NESTED_OPTIONAL, ElementNames.display(whole));
      return Optional.empty();
    }
    return inner.map(value -> new TypeRef.OptionOf(value, true));
  }

  private Optional<TypeRef> mapOf(TypeMirror key, TypeMirror value, Element site) {
    Optional<TypeRef> keyRef = argument(key, site);
    if (keyRef.isPresent() && !isJsonKey(keyRef.get())) {
      reporter.error(site, ModelError.MAP_KEY, ElementNames.display(key));
      return Optional.empty();
    }
    Optional<TypeRef> valueRef = argument(value, site);
    return keyRef.isPresent() && valueRef.isPresent()
        ? Optional.of(new TypeRef.MapOf(keyRef.get(), valueRef.get()))
        : Optional.empty();
  }

  private boolean isJsonKey(TypeRef key) {
    if (key instanceof TypeRef.Scalar scalar) {
      return scalar.wit() != WitScalar.BOOL && scalar.wit() != WitScalar.F32
          && scalar.wit() != WitScalar.F64 && scalar.wit() != WitScalar.CHAR;
    }
    return key instanceof TypeRef.Named named
        && declared.get(named.javaType().canonicalName()) instanceof EnumDecl;
  }

  private Optional<TypeRef> resultSide(TypeMirror side, Element site) {
    if (side.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) side).asElement()).getQualifiedName()
            .contentEquals("java.lang.Void")) {
      return Optional.of(new TypeRef.Unit());
    }
    return argument(side, site);
  }

  /** A record, enum or sealed interface the app declares, declared on first use. */
  private Optional<TypeRef> named(TypeElement element, TypeMirror type, Element site) {
    String name = element.getQualifiedName().toString();
    if (ADVICE.containsKey(name)) {
      reporter.error(site, ModelError.UNSUPPORTED_TYPE, ElementNames.display(type), ADVICE.get(name));
      return Optional.empty();
    }
    ElementKind kind = element.getKind();
    boolean sealedInterface = kind == ElementKind.INTERFACE
        && element.getModifiers().contains(Modifier.SEALED);
    boolean dataClass = kind == ElementKind.CLASS && !name.startsWith("java.")
        && !name.startsWith("javax.");
    if (kind != ElementKind.RECORD && kind != ElementKind.ENUM && !sealedInterface && !dataClass) {
      reporter.error(site, ModelError.UNSUPPORTED_TYPE, ElementNames.display(type),
          "use a record, an enum, a sealed interface of records, or a type from the type table");
      return Optional.empty();
    }
    JavaType javaType = ElementNames.javaType(element);
    if (declared.containsKey(name)) {
      return Optional.of(new TypeRef.Named(javaType, declared.get(name).witName()));
    }
    if (invalid.contains(name)) {
      return Optional.empty();
    }
    if (resolving.contains(name)) {
      List<String> cycle = new ArrayList<>(resolving);
      cycle.add(name);
      reporter.error(site, ModelError.RECURSIVE_TYPE, javaType.simpleName(),
          cycle.subList(cycle.indexOf(name), cycle.size()).stream()
              .map(qualified -> qualified.substring(qualified.lastIndexOf('.') + 1))
              .collect(Collectors.joining(" → ")));
      return Optional.empty();
    }
    if (!element.getTypeParameters().isEmpty()) {
      reporter.error(site, ModelError.GENERIC_TYPE, ElementNames.display(type));
      invalid.add(name);
      return Optional.empty();
    }
    Optional<String> witName = witName(javaType.simpleName(), element);
    if (witName.isEmpty()) {
      invalid.add(name);
      return Optional.empty();
    }
    String owner = witNameOwners.putIfAbsent(witName.get(), name);
    if (owner != null && !owner.equals(name)) {
      reporter.error(site, ModelError.WIT_NAME_CLASH, owner, name, witName.get());
      invalid.add(name);
      return Optional.empty();
    }
    return declare(element, kind, javaType, witName.get(), site);
  }

  private Optional<TypeRef> declare(
      TypeElement element, ElementKind kind, JavaType javaType, String witName, Element site) {
    String name = element.getQualifiedName().toString();
    TypeRef.Named ref = new TypeRef.Named(javaType, witName);
    resolving.add(name);
    try {
      Optional<TypeDecl> declaration = switch (kind) {
        case ENUM -> enumDecl(element, javaType, witName);
        case RECORD -> recordDecl(element, javaType, witName);
        case INTERFACE -> variantDecl(element, javaType, witName, site);
        default -> classDecl(element, javaType, witName, site);
      };
      declaration.ifPresentOrElse(decl -> declared.put(name, decl), () -> invalid.add(name));
      return declaration.map(decl -> ref);
    } finally {
      resolving.remove(name);
    }
  }

  private Optional<TypeDecl> enumDecl(TypeElement element, JavaType javaType, String witName) {
    List<Optional<EnumConstant>> constants = new ArrayList<>();
    Map<String, Element> siblings = new HashMap<>();
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        String constant = member.getSimpleName().toString();
        constants.add(memberWitName(constant, member, siblings)
            .map(wit -> new EnumConstant(constant, wit)));
      }
    }
    return allPresent(constants).map(list -> new EnumDecl(javaType, witName, list));
  }

  private Optional<TypeDecl> recordDecl(TypeElement element, JavaType javaType, String witName) {
    List<Optional<Field>> fields = new ArrayList<>();
    Map<String, Element> siblings = new HashMap<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      fields.add(field(component, componentField(element, component), siblings));
    }
    return allPresent(fields).map(list -> new RecordDecl(javaType, witName, list, true));
  }

  private Optional<TypeDecl> classDecl(
      TypeElement element, JavaType javaType, String witName, Element site) {
    if (element.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.error(site, ModelError.RECORD_CLASS_ABSTRACT, element.getSimpleName());
      return Optional.empty();
    }
    if (!hasNoArgumentConstructor(element)) {
      reporter.error(site, ModelError.RECORD_CLASS_NO_CONSTRUCTOR, element.getSimpleName());
      return Optional.empty();
    }
    List<Optional<Field>> fields = new ArrayList<>();
    Map<String, Element> siblings = new HashMap<>();
    for (VariableElement field : dataFields(element)) {
      fields.add(field(field, field, siblings));
    }
    return allPresent(fields).map(list -> new RecordDecl(javaType, witName, list, false));
  }

  private Optional<TypeDecl> variantDecl(
      TypeElement element, JavaType javaType, String witName, Element site) {
    List<Optional<VariantCase>> cases = new ArrayList<>();
    for (TypeMirror permitted : element.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        throw new MissingTypeException(permitted.toString(), element);
      }
      TypeElement caseElement = (TypeElement) ((DeclaredType) permitted).asElement();
      if (caseElement.getKind() != ElementKind.RECORD) {
        reporter.error(caseElement, ModelError.VARIANT_CASE_NOT_RECORD,
            element.getSimpleName(), caseElement.getSimpleName());
        cases.add(Optional.empty());
        continue;
      }
      String caseName = caseElement.getSimpleName().toString();
      cases.add(named(caseElement, permitted, site)
          .map(TypeRef.Named.class::cast)
          .map(payload -> new VariantCase(caseName, payload.witName(), payload)));
    }
    return allPresent(cases).map(list -> new VariantDecl(javaType, witName, list));
  }

  /**
   * A field of a declared type, read from {@code declaration} (a field or record component);
   * problems in its type are reported on {@code site}, the field itself.
   */
  private Optional<Field> field(
      Element declaration, Element site, Map<String, Element> siblings) {
    String javaName = declaration.getSimpleName().toString();
    Optional<TypeRef> ref = map(declaration.asType(), site, declaration);
    Optional<String> witName = memberWitName(javaName, site, siblings);
    return ref.isPresent() && witName.isPresent()
        ? Optional.of(new Field(javaName, witName.get(), ref.get()))
        : Optional.empty();
  }

  /**
   * The private field javac declares for a record component: unlike the component, it has a source
   * position (the component in the record header), so errors reported on it point at that line.
   */
  private static Element componentField(TypeElement record, RecordComponentElement component) {
    return ElementFilter.fieldsIn(record.getEnclosedElements()).stream()
        .filter(field -> field.getSimpleName().contentEquals(component.getSimpleName()))
        .map(Element.class::cast)
        .findFirst()
        .orElse(component);
  }

  /** A class's non-static, non-transient fields, superclasses' first: what JSON carries. */
  static List<VariableElement> dataFields(TypeElement element) {
    List<VariableElement> fields = new ArrayList<>();
    TypeMirror superclass = element.getSuperclass();
    if (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement parent = (TypeElement) ((DeclaredType) superclass).asElement();
      if (!parent.getQualifiedName().contentEquals("java.lang.Object")) {
        fields.addAll(dataFields(parent));
      }
    }
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)
          && !field.getModifiers().contains(Modifier.TRANSIENT)) {
        fields.add(field);
      }
    }
    return fields;
  }

  /** Whether a class has a non-private constructor without parameters (the default one counts). */
  static boolean hasNoArgumentConstructor(TypeElement element) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(element.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  private static <T> Optional<List<T>> allPresent(List<Optional<T>> items) {
    if (items.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(items.stream().map(Optional::get).toList());
  }
}
