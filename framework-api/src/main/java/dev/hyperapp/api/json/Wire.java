package dev.hyperapp.api.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * The JSON codec of the wire and of saved state, shared by generated dispatchers and clients and by
 * the runtime, so that every part reads and writes the same shapes:
 *
 * <ul>
 *   <li>a record is its components, a class its non-static, non-transient fields of any visibility;
 *       getters and setters are never used, so the JSON matches the WIT record;
 *   <li>a {@code sealed interface} of records is a variant, tagged by the case's simple name:
 *       {@code {"Joined": {"who": "…"}}} ({@link SealedVariants});
 *   <li>{@code Result} is {@code {"Ok": …}} or {@code {"Err": …}}; {@code Address} and
 *       {@code ProcessId} are their strings, {@code alice.os@chat:chat:template.os};
 *       {@code Optional.empty()} is {@code null}; {@code byte[]} is base64;
 *   <li>{@code java.time} values (which a process's state may hold) are ISO-8601 strings, offsets kept;
 *   <li>unknown properties are ignored and missing ones keep their default, so a state written by an
 *       older version of a class still loads;
 *   <li>numbers are strict: a value that does not fit its type (an {@code int} of 3000000000, a
 *       {@code double} of 1e400, 1.5 for an {@code int}, {@code "5"} for a number) is an error, never
 *       clamped or coerced.
 * </ul>
 *
 * <p>Values of a sealed or generic type must be written with their declared type ({@link
 * #encode(Object, JavaType)} or a {@link WireType}); the runtime class alone does not carry the tag.
 */
public final class Wire {

  /** Deeper documents are refused with an error (never a {@code StackOverflowError}). */
  public static final int MAX_NESTING_DEPTH = 500;

  private static final JsonMapper MAPPER = build();

  private Wire() {}

  /** The shared mapper. Use it as it is: reconfiguring it would change the wire for everyone. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The Jackson type of a Java type. */
  public static JavaType type(Type type) {
    return MAPPER.constructType(type);
  }

  /**
   * A generic type built from its parts, {@code Wire.type(List.class, Wire.type(Item.class))}: what
   * generated code uses, because unlike a {@code TypeReference} it needs no class of its own.
   */
  public static JavaType type(Class<?> raw, JavaType... arguments) {
    return MAPPER.getTypeFactory().constructParametricType(raw, arguments);
  }

  /** An array of a generic type, {@code List<Item>[]}. */
  public static JavaType arrayOf(JavaType component) {
    return MAPPER.getTypeFactory().constructArrayType(component);
  }

  /** The Jackson type of a generic type, {@code new TypeReference<List<Item>>() {}}. */
  public static JavaType type(TypeReference<?> type) {
    return MAPPER.constructType(type);
  }

  /** Encodes a value by its declared type, which decides how sealed and generic values are tagged. */
  public static byte[] encode(Object value, JavaType type) {
    try {
      return MAPPER.writerFor(type).writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode a " + describe(type) + " as JSON", e);
    }
  }

  /** Encodes a value by its runtime class: for a process's state, whose class is its declared type. */
  public static byte[] encode(Object value) {
    return encode(value, type(value == null ? Object.class : value.getClass()));
  }

  /** Decodes JSON into a value of {@code type}; the exception names the path of what did not fit. */
  public static <T> T decode(byte[] json, JavaType type) throws IOException {
    return MAPPER.readerFor(type).readValue(json);
  }

  /** Decodes JSON into a value of {@code type}. */
  public static <T> T decode(byte[] json, Class<T> type) throws IOException {
    return MAPPER.readerFor(type).readValue(json);
  }

  /**
   * A short, readable name of a type for error messages: {@code List<Map<String, Profile>>}, not
   * the canonical name with packages.
   */
  public static String describe(JavaType type) {
    if (type.isArrayType()) {
      return describe(type.getContentType()) + "[]";
    }
    StringBuilder name = new StringBuilder(type.getRawClass().getSimpleName());
    if (type.containedTypeCount() > 0) {
      name.append('<');
      for (int i = 0; i < type.containedTypeCount(); i++) {
        name.append(i == 0 ? "" : ", ").append(describe(type.containedType(i)));
      }
      name.append('>');
    }
    return name.toString();
  }

  private static JsonMapper build() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    JsonMapper mapper = JsonMapper.builder(factory)
        .visibility(PropertyAccessor.ALL, Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, Visibility.ANY)
        .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new WireModule())
        .build();
    for (CoercionInputShape shape : new CoercionInputShape[] {
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return mapper;
  }
}
