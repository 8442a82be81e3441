package dev.hyperapp.api.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.hyperapp.annotations.Unsigned;
import java.io.IOException;
import java.math.BigInteger;
import java.util.Locale;

/**
 * {@code @Unsigned} integers: WIT {@code u8…u64} held in Java's signed types. On the wire the value is
 * the unsigned number (a {@code u32} of 4000000000 is {@code 4000000000}, held in an {@code int} as
 * its bit pattern); a negative number or one above the type's maximum is an error. Applies to fields,
 * record components and handler arguments and results marked {@code @Unsigned}.
 */
final class UnsignedIntegers {

  private UnsignedIntegers() {}

  /** How many bits a Java integer type has, or 0 for any other type. */
  static int bits(Class<?> type) {
    if (type == byte.class || type == Byte.class) {
      return 8;
    } else if (type == short.class || type == Short.class) {
      return 16;
    } else if (type == int.class || type == Integer.class) {
      return 32;
    } else if (type == long.class || type == Long.class) {
      return 64;
    }
    return 0;
  }

  /** The Java value holding {@code number}; {@link IllegalArgumentException} if it does not fit. */
  static Number fromWire(BigInteger number, Class<?> type) {
    int bits = bits(type);
    if (number.signum() < 0 || number.bitLength() > bits) {
      throw new IllegalArgumentException(number + " does not fit u" + bits + " (0 to "
          + BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) + ")");
    }
    return switch (bits) {
      case 8 -> (byte) number.intValue();
      case 16 -> (short) number.intValue();
      case 32 -> number.intValue();
      default -> number.longValue();
    };
  }

  /** The unsigned number a Java value holds. */
  static BigInteger toWire(Number value) {
    long bits = switch (bits(value.getClass())) {
      case 8 -> Byte.toUnsignedLong(value.byteValue());
      case 16 -> Short.toUnsignedLong(value.shortValue());
      case 32 -> Integer.toUnsignedLong(value.intValue());
      default -> value.longValue();
    };
    return bits >= 0 ? BigInteger.valueOf(bits) : new BigInteger(Long.toUnsignedString(bits));
  }

  /** Reads an unsigned value from a JSON tree, for a handler's argument or result. */
  static Number read(JsonNode json, Class<?> type) throws JsonMappingException {
    if (json.isNull()) {
      return null;
    }
    if (!json.isIntegralNumber()) {
      throw JsonMappingException.from((JsonParser) null,
          "Cannot read u" + bits(type) + " from " + json.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    try {
      return fromWire(json.bigIntegerValue(), type);
    } catch (IllegalArgumentException e) {
      throw JsonMappingException.from((JsonParser) null, e.getMessage());
    }
  }

  /** Chooses the unsigned serializer and deserializer for members marked {@code @Unsigned}. */
  static final class Introspector extends NopAnnotationIntrospector {

    private static final long serialVersionUID = 1L;

    @Override
    public Object findSerializer(Annotated member) {
      return isUnsigned(member) ? new UnsignedSerializer() : null;
    }

    @Override
    public Object findDeserializer(Annotated member) {
      return isUnsigned(member) ? new UnsignedDeserializer(member.getRawType()) : null;
    }

    private static boolean isUnsigned(Annotated member) {
      return member.hasAnnotation(Unsigned.class) && bits(member.getRawType()) > 0;
    }
  }

  static final class UnsignedSerializer extends StdSerializer<Number> {

    UnsignedSerializer() {
      super(Number.class);
    }

    @Override
    public void serialize(Number value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeNumber(toWire(value));
    }
  }

  static final class UnsignedDeserializer extends StdScalarDeserializer<Number> {

    private final Class<?> type;

    UnsignedDeserializer(Class<?> type) {
      super(type);
      this.type = type;
    }

    @Override
    public Number deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
        return (Number) context.handleUnexpectedToken(type, parser);
      }
      BigInteger number = parser.getBigIntegerValue();
      try {
        return fromWire(number, type);
      } catch (IllegalArgumentException e) {
        return (Number) context.handleWeirdNumberValue(type, number, e.getMessage());
      }
    }

    @Override
    public Number getNullValue(DeserializationContext context) {
      return type.isPrimitive() ? fromWire(BigInteger.ZERO, type) : null;
    }
  }
}
