package dev.hyperapp.processor.model;

/**
 * A type used in an API signature, with both its Java shape (for generated Java) and its WIT meaning
 * (for generated WIT and TypeScript). Built only from types the mapping table accepts.
 */
public sealed interface TypeRef {

  /** {@code void}: a handler that returns nothing. */
  record Unit() implements TypeRef {}

  /**
   * A scalar: {@code bool}, the integers, floats, {@code char} or {@code string}.
   *
   * @param wit the WIT scalar
   * @param boxed whether the Java type is the box ({@code Integer}) rather than the primitive
   */
  record Scalar(WitScalar wit, boolean boxed) implements TypeRef {}

  /** {@code byte[]}: WIT {@code list<u8>}, JSON base64 as Jackson writes it. */
  record Bytes() implements TypeRef {}

  /**
   * {@code List<T>}, {@code Set<T>} or {@code T[]}: WIT {@code list<T>}.
   *
   * @param collection which Java shape
   */
  record ListOf(TypeRef element, Collection collection) implements TypeRef {}

  /**
   * {@code Optional<T>} or a {@code @Nullable T}: WIT {@code option<T>}.
   *
   * @param wrapped whether the Java type is {@code Optional<T>}; otherwise it is {@code T}, nullable
   */
  record OptionOf(TypeRef inner, boolean wrapped) implements TypeRef {}

  /** {@code Map<K, V>}: WIT {@code list<tuple<K, V>>}. */
  record MapOf(TypeRef key, TypeRef value) implements TypeRef {}

  /** Our {@code Result<T, E>}: WIT {@code result<T, E>}. */
  record ResultOf(TypeRef ok, TypeRef err) implements TypeRef {}

  /** {@code Address} or {@code ProcessId}: the standard WIT types. */
  record Standard(StandardType type) implements TypeRef {}

  /**
   * A record, enum or variant declared by the app; its declaration is in {@link ProcessModel#types()}.
   *
   * @param javaType the Java class
   * @param witName its WIT name (kebab-case, escaped)
   */
  record Named(JavaType javaType, String witName) implements TypeRef {}

  /** The Java shape of a {@link ListOf}. */
  enum Collection {
    LIST,
    SET,
    ARRAY
  }

  /** The standard types every generated WIT package declares. */
  enum StandardType {
    ADDRESS("address"),
    PROCESS_ID("process-id");

    private final String witName;

    StandardType(String witName) {
      this.witName = witName;
    }

    public String witName() {
      return witName;
    }
  }

  /** WIT's scalar types, with the Java primitive each maps from. */
  enum WitScalar {
    BOOL("bool", "boolean"),
    S8("s8", "byte"),
    S16("s16", "short"),
    S32("s32", "int"),
    S64("s64", "long"),
    U8("u8", "byte"),
    U16("u16", "short"),
    U32("u32", "int"),
    U64("u64", "long"),
    F32("f32", "float"),
    F64("f64", "double"),
    CHAR("char", "char"),
    STRING("string", null);

    private final String witName;
    private final String javaPrimitive;

    WitScalar(String witName, String javaPrimitive) {
      this.witName = witName;
      this.javaPrimitive = javaPrimitive;
    }

    public String witName() {
      return witName;
    }

    /** The Java primitive, or {@code null} for {@code string}. */
    public String javaPrimitive() {
      return javaPrimitive;
    }
  }
}
