package dev.hyperapp.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers.DoubleDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers.FloatDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;

/**
 * Floating-point numbers that must be finite. JSON has no infinity, so an infinite value can only
 * come from a number too large for its type ({@code 1e400} for a double, {@code 1e39} for a float),
 * which Jackson would otherwise turn into {@code Infinity} without a word.
 */
final class FiniteNumbers {

  private FiniteNumbers() {}

  static void register(SimpleModule module) {
    module.addDeserializer(double.class, new FiniteDouble(double.class, 0.0));
    module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
    module.addDeserializer(float.class, new FiniteFloat(float.class, 0.0f));
    module.addDeserializer(Float.class, new FiniteFloat(Float.class, null));
  }

  private static <T extends Number> T requireFinite(
      T value, Class<?> type, JsonParser parser, DeserializationContext context) throws IOException {
    if (value != null && !Double.isFinite(value.doubleValue())) {
      context.handleWeirdNumberValue(type, value, "the number does not fit a " + type.getSimpleName()
          + " (" + parser.getText() + ")");
    }
    return value;
  }

  private static final class FiniteDouble extends DoubleDeserializer {

    FiniteDouble(Class<Double> type, Double nullValue) {
      super(type, nullValue);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return requireFinite(super.deserialize(parser, context), handledType(), parser, context);
    }
  }

  private static final class FiniteFloat extends FloatDeserializer {

    FiniteFloat(Class<Float> type, Float nullValue) {
      super(type, nullValue);
    }

    @Override
    public Float deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      return requireFinite(super.deserialize(parser, context), handledType(), parser, context);
    }
  }
}
