package dev.hyperapp.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A declared Java type with its reader and writer, created once (a constant in generated code) and
 * used for every message: {@code WireType.of(new TypeReference<List<Item>>() {})}.
 *
 * @param <T> the Java type
 */
public final class WireType<T> {

  /** {@code void}: no value, written as {@code null}. */
  public static final WireType<Void> VOID = of(Void.class);

  private final JavaType type;
  private final ObjectReader reader;
  private final ObjectWriter writer;
  /** For an {@code @Unsigned} integer, its Java type; otherwise {@code null}. */
  private final Class<?> unsigned;

  private WireType(JavaType type, Class<?> unsigned) {
    this.type = type;
    this.reader = Wire.mapper().readerFor(type);
    this.writer = Wire.mapper().writerFor(type);
    this.unsigned = unsigned;
  }

  /** A type without type arguments: {@code WireType.of(String.class)}, {@code WireType.of(int.class)}. */
  public static <T> WireType<T> of(Class<T> type) {
    return new WireType<>(Wire.type(type), null);
  }

  /**
   * An {@code @Unsigned} integer: {@code WireType.unsigned(int.class)} is a WIT {@code u32}, written
   * as 0 to 4294967295 and held in an {@code int} as its bit pattern.
   */
  public static <T extends Number> WireType<T> unsigned(Class<T> type) {
    if (UnsignedIntegers.bits(type) == 0) {
      throw new IllegalArgumentException("Only byte, short, int and long can be unsigned, not " + type);
    }
    return new WireType<>(Wire.type(type), type);
  }

  /** A generic type: {@code WireType.of(new TypeReference<Optional<String>>() {})}. */
  public static <T> WireType<T> of(TypeReference<T> type) {
    return new WireType<>(Wire.type(type), null);
  }

  /**
   * A generic type built with {@link Wire#type(Class, JavaType...)}; the caller vouches that
   * {@code T} is that type, as generated code does.
   */
  public static <T> WireType<T> generic(JavaType type) {
    return new WireType<>(type, null);
  }

  public JavaType javaType() {
    return type;
  }

  /** Decodes a JSON value; a {@code null} node is Java's {@code null} (an empty {@code Optional}). */
  @SuppressWarnings("unchecked")
  public T read(JsonNode json) throws IOException {
    return unsigned != null ? (T) UnsignedIntegers.read(json, unsigned) : reader.readValue(json);
  }

  /** Decodes JSON text. */
  public T read(byte[] json) throws IOException {
    return unsigned != null ? read(Wire.mapper().readTree(json)) : reader.readValue(json);
  }

  /** Encodes a value as JSON text. */
  public byte[] write(T value) {
    try {
      return unsigned != null && value != null
          ? Wire.mapper().writeValueAsBytes(UnsignedIntegers.toWire((Number) value))
          : writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode a " + this + " as JSON", e);
    }
  }

  /** Writes a value into a document being generated. */
  public void write(JsonGenerator generator, T value) throws IOException {
    if (unsigned != null && value != null) {
      generator.writeNumber(UnsignedIntegers.toWire((Number) value));
    } else {
      writer.writeValue(generator, value);
    }
  }

  /** A value paired with this type, to be written later. */
  public Value<T> value(T value) {
    return new Value<>(this, value);
  }

  /** Whether JSON of this type is an array (a list, a set, an array, {@code byte[]}), maybe optional. */
  public boolean isArray() {
    JavaType bare = type.isReferenceType() ? type.getReferencedType() : type;
    return bare.isArrayType() || bare.isCollectionLikeType();
  }

  @Override
  public String toString() {
    return unsigned != null ? "u" + UnsignedIntegers.bits(unsigned) : Wire.describe(type);
  }

  /** A value and the type to write it as. */
  public record Value<T>(WireType<T> type, T value) {

    public void writeTo(JsonGenerator generator) throws IOException {
      type.write(generator, value);
    }
  }
}
