package dev.hyperapp.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.PrimitiveArrayDeserializers;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.type.ArrayType;
import java.io.IOException;
import java.lang.reflect.Array;

/**
 * The numbers Jackson would accept although they do not fit. Floating-point numbers must be finite:
 * JSON has no infinity, so an infinite value can only come from a number too large for its type
 * ({@code 1e400} for a double, {@code 1e39} for a float), which Jackson turns into {@code Infinity}
 * without a word (covers {@code double}, {@code float}, their boxes and their primitive arrays). A
 * signed {@code byte} must be -128 to 127, where Jackson also takes 128 to 255. ({@code short},
 * {@code int} and {@code long} Jackson already checks; {@code @Unsigned} ones are {@link
 * UnsignedIntegers}'.)
 */
final class StrictNumbers extends Deserializers.Base {

  @Override
  public JsonDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription description) {
    Class<?> raw = type.getRawClass();
    boolean checked = raw == double.class || raw == Double.class || raw == float.class
        || raw == Float.class || raw == byte.class || raw == Byte.class;
    return checked ? new Checked(NumberDeserializers.find(raw, raw.getName())) : null;
  }

  @Override
  public JsonDeserializer<?> findArrayDeserializer(ArrayType type, DeserializationConfig config,
      BeanDescription description, TypeDeserializer elementTypeDeserializer,
      JsonDeserializer<?> elementDeserializer) {
    Class<?> element = type.getContentType().getRawClass();
    boolean floating = element == double.class || element == float.class;
    return floating ? new Checked(PrimitiveArrayDeserializers.forType(element)) : null;
  }

  /** Jackson's own deserializer for the type, with the input or the result checked. */
  private static final class Checked extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    Checked(JsonDeserializer<?> jackson) {
      super(jackson);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new Checked(delegate);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      boolean isByte = handledType() == byte.class || handledType() == Byte.class;
      if (isByte && parser.currentToken() == JsonToken.VALUE_NUMBER_INT
          && (parser.getNumberType() != JsonParser.NumberType.INT
              || parser.getIntValue() < Byte.MIN_VALUE || parser.getIntValue() > Byte.MAX_VALUE)) {
        return context.handleWeirdNumberValue(handledType(), parser.getNumberValue(),
            "the number does not fit a byte (-128 to 127); declare it @Unsigned for 0 to 255");
      }
      Object value = super.deserialize(parser, context);
      if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
        return context.handleWeirdNumberValue(handledType(), number, doesNotFit(handledType(), parser));
      }
      if (value != null && value.getClass().isArray()) {
        // A primitive array is parsed in one go: find the element that overflowed afterwards.
        for (int i = 0; i < Array.getLength(value); i++) {
          Number element = (Number) Array.get(value, i);
          if (!Double.isFinite(element.doubleValue())) {
            Class<?> type = handledType().getComponentType();
            throw JsonMappingException.wrapWithPath(
                context.weirdNumberException(element, type, doesNotFit(type, parser)), value, i);
          }
        }
      }
      return value;
    }

    private static String doesNotFit(Class<?> type, JsonParser parser) throws IOException {
      return "the number does not fit a " + type.getSimpleName()
          + (parser.currentToken().isNumeric() ? " (" + parser.getText() + ")" : "");
    }
  }
}
