package dev.hyperapp.processor.model;

import java.util.List;

/** A type the app declares and its API uses: a record, an enum or a variant. */
public sealed interface TypeDecl {

  /** The Java class. */
  JavaType javaType();

  /** Its WIT name (kebab-case, escaped). */
  String witName();

  /**
   * A Java {@code record} or a class with fields: WIT {@code record}.
   *
   * @param fields in declaration order
   * @param javaRecord whether it is a Java {@code record} (else a class with fields)
   */
  record RecordDecl(JavaType javaType, String witName, List<Field> fields, boolean javaRecord)
      implements TypeDecl {
    public RecordDecl {
      fields = List.copyOf(fields);
    }
  }

  /**
   * A Java {@code enum}: WIT {@code enum}.
   *
   * @param constants the constants in declaration order
   */
  record EnumDecl(JavaType javaType, String witName, List<EnumConstant> constants)
      implements TypeDecl {
    public EnumDecl {
      constants = List.copyOf(constants);
    }
  }

  /**
   * A {@code sealed interface} whose permitted subtypes are records: WIT {@code variant}, each case
   * carrying its record.
   *
   * @param cases in the order of the {@code permits} clause (or of declaration)
   */
  record VariantDecl(JavaType javaType, String witName, List<VariantCase> cases)
      implements TypeDecl {
    public VariantDecl {
      cases = List.copyOf(cases);
    }
  }

  /**
   * A field of a record.
   *
   * @param javaName the Java field or component name, which is also its JSON name
   * @param witName the WIT field name (kebab-case, escaped)
   * @param type its type
   */
  record Field(String javaName, String witName, TypeRef type) {}

  /**
   * An enum constant.
   *
   * @param javaName the constant, which is also its JSON value
   * @param witName the WIT case (kebab-case, escaped)
   */
  record EnumConstant(String javaName, String witName) {}

  /**
   * A variant case.
   *
   * @param wireName the case's JSON tag: the record's simple name ({@code {"TextMessage": {…}}})
   * @param witName the WIT case name
   * @param payload the record it carries
   */
  record VariantCase(String wireName, String witName, TypeRef.Named payload) {}
}
