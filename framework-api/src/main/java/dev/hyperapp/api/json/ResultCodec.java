package dev.hyperapp.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.hyperapp.annotations.Result;
import java.io.IOException;

/**
 * {@code Result<T, E>} as {@code {"Ok": T}} or {@code {"Err": E}}, the shape serde gives Rust's
 * {@code Result}. Each side is written and read by its declared type, so a variant or a result inside
 * a result keeps its own shape.
 */
final class ResultCodec {

  private static final String OK = "Ok";
  private static final String ERR = "Err";

  private ResultCodec() {}

  /** The declared type of a side: {@code T} (index 0) or {@code E} (index 1). */
  private static JavaType side(JavaType result, int index) {
    JavaType[] sides = result.findTypeParameters(Result.class);
    return sides.length == 2 ? sides[index] : null;
  }

  private static boolean isUnit(JavaType type) {
    return type != null && type.getRawClass() == Void.class;
  }

  static final class Serializers extends com.fasterxml.jackson.databind.ser.Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(
        SerializationConfig config, JavaType type, BeanDescription description) {
      return Result.class.isAssignableFrom(type.getRawClass()) ? new ResultSerializer(type) : null;
    }
  }

  static final class Deserializers extends com.fasterxml.jackson.databind.deser.Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription description) {
      return type.getRawClass() == Result.class ? new ResultDeserializer(type) : null;
    }
  }

  private static final class ResultSerializer extends StdSerializer<Result<?, ?>> {

    private final JavaType okType;
    private final JavaType errType;

    ResultSerializer(JavaType type) {
      super(type);
      this.okType = side(type, 0);
      this.errType = side(type, 1);
    }

    @Override
    public void serialize(Result<?, ?> result, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeStartObject();
      if (result instanceof Result.Ok<?, ?> ok) {
        generator.writeFieldName(OK);
        writeSide(ok.value(), okType, generator, provider);
      } else {
        generator.writeFieldName(ERR);
        writeSide(((Result.Err<?, ?>) result).error(), errType, generator, provider);
      }
      generator.writeEndObject();
    }

    private static void writeSide(
        Object value, JavaType type, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      if (value == null || isUnit(type)) {
        generator.writeNull();
      } else if (type == null || type.isJavaLangObject()) {
        provider.defaultSerializeValue(value, generator);
      } else {
        writeTyped(value, type, generator, provider);
      }
    }

    private static void writeTyped(
        Object value, JavaType type, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      TypeSerializer variant = provider.findTypeSerializer(type);
      if (variant != null) {
        // A variant: the case's own serializer, wrapped in the tag of the declared type.
        provider.findValueSerializer(value.getClass())
            .serializeWithType(value, generator, provider, variant);
      } else {
        provider.findValueSerializer(type).serialize(value, generator, provider);
      }
    }
  }

  private static final class ResultDeserializer extends StdDeserializer<Result<?, ?>> {

    private final JavaType okType;
    private final JavaType errType;

    ResultDeserializer(JavaType type) {
      super(type);
      this.okType = side(type, 0);
      this.errType = side(type, 1);
    }

    @Override
    public Result<?, ?> deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.currentToken() != JsonToken.START_OBJECT) {
        return (Result<?, ?>) context.handleUnexpectedToken(getValueType(context), parser);
      }
      String tag = parser.nextFieldName();
      if (!OK.equals(tag) && !ERR.equals(tag)) {
        return (Result<?, ?>) context.reportInputMismatch(this,
            "A result is {\"Ok\": value} or {\"Err\": error}, got key '%s'", tag);
      }
      parser.nextToken();
      Result<?, ?> result;
      try {
        result = OK.equals(tag)
            ? Result.ok(readSide(okType, parser, context))
            : Result.err(readErr(parser, context));
      } catch (JsonMappingException e) {
        throw JsonMappingException.wrapWithPath(e, Result.class, tag);
      }
      if (parser.nextToken() != JsonToken.END_OBJECT) {
        return (Result<?, ?>) context.reportInputMismatch(this,
            "A result has exactly one key, Ok or Err; got another: '%s'", parser.currentName());
      }
      return result;
    }

    private Object readErr(JsonParser parser, DeserializationContext context) throws IOException {
      Object error = readSide(errType, parser, context);
      if (error == null) {
        return context.reportInputMismatch(this, "The error of an Err must not be null");
      }
      return error;
    }

    private static Object readSide(JavaType type, JsonParser parser, DeserializationContext context)
        throws IOException {
      if (isUnit(type)) {
        parser.skipChildren();
        return null;
      }
      if (parser.currentToken() == JsonToken.VALUE_NULL) {
        return context.findRootValueDeserializer(type).getNullValue(context);
      }
      return context.readValue(parser, type);
    }
  }
}
