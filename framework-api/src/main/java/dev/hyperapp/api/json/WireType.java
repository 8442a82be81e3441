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

  private WireType(JavaType type) {
    this.type = type;
    this.reader = Wire.mapper().readerFor(type);
    this.writer = Wire.mapper().writerFor(type);
  }

  /** A type without type arguments: {@code WireType.of(String.class)}, {@code WireType.of(int.class)}. */
  public static <T> WireType<T> of(Class<T> type) {
    return new WireType<>(Wire.type(type));
  }

  /** A generic type: {@code WireType.of(new TypeReference<Optional<String>>() {})}. */
  public static <T> WireType<T> of(TypeReference<T> type) {
    return new WireType<>(Wire.type(type));
  }

  public JavaType javaType() {
    return type;
  }

  /** Decodes a JSON value; a {@code null} node is Java's {@code null} (an empty {@code Optional}). */
  public T read(JsonNode json) throws IOException {
    return reader.readValue(json);
  }

  /** Decodes JSON text. */
  public T read(byte[] json) throws IOException {
    return reader.readValue(json);
  }

  /** Encodes a value as JSON text. */
  public byte[] write(T value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not encode a " + this + " as JSON", e);
    }
  }

  /** Writes a value into a document being generated. */
  public void write(JsonGenerator generator, T value) throws IOException {
    writer.writeValue(generator, value);
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
    return Wire.describe(type);
  }

  /** A value and the type to write it as. */
  public record Value<T>(WireType<T> type, T value) {

    public void writeTo(JsonGenerator generator) throws IOException {
      type.write(generator, value);
    }
  }
}
