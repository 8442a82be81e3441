package dev.hyperapp.runtime.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * Turns a process's state into JSON and back: its fields, of any visibility, never getters. Lenient
 * where a class evolves: unknown fields (removed
 * from the class) are ignored, missing fields (added to it) keep the value the constructor gave them,
 * and {@code @JsonAlias} reads a renamed field under its old name.
 */
public final class StateCodec {

  // Until the shared Wire mapper (framework-api json) lands, the same settings it uses for state.
  private final ObjectMapper mapper = JsonMapper.builder()
      .visibility(PropertyAccessor.ALL, Visibility.NONE)
      .visibility(PropertyAccessor.FIELD, Visibility.ANY)
      .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  /** The state (or any value) as JSON. */
  public byte[] write(Object state) {
    try {
      return mapper.writeValueAsBytes(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "The state of " + state.getClass().getName() + " cannot be written as JSON: "
              + e.getOriginalMessage(), e);
    }
  }

  /** Reads {@code json} into {@code fresh} (a newly created state), field by field. */
  public <S> S readInto(S fresh, byte[] json) throws IOException {
    return mapper.readerForUpdating(fresh).readValue(json);
  }
}
