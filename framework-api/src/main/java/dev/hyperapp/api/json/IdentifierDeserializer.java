package dev.hyperapp.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;

/** Reads an {@code Address} or a {@code ProcessId} from its string form, as Hyperware writes it. */
final class IdentifierDeserializer<T> extends StdScalarDeserializer<T> {

  private final transient Function<String, T> parse;

  IdentifierDeserializer(Class<T> type, Function<String, T> parse) {
    super(type);
    this.parse = parse;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (T) context.handleUnexpectedToken(handledType(), parser);
    }
    String text = parser.getText();
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      return (T) context.handleWeirdStringValue(handledType(), text, e.getMessage());
    }
  }

  /** The same, for map keys. */
  static final class Key extends KeyDeserializer {

    private final Function<String, ?> parse;

    Key(Function<String, ?> parse) {
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext context) throws IOException {
      try {
        return parse.apply(key);
      } catch (IllegalArgumentException e) {
        return context.handleWeirdKey(Object.class, key, e.getMessage());
      }
    }
  }
}
