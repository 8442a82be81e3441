package dev.hyperapp.runtime.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.api.json.Wire;
import java.io.IOException;

/**
 * Turns a process's state into JSON and back with the shared {@link Wire} mapper: its fields, of any
 * visibility, never getters. Lenient where a class evolves: unknown fields (removed from the class)
 * are ignored, missing fields (added to it) keep the value the constructor gave them, and
 * {@code @JsonAlias} reads a renamed field under its old name.
 */
public final class StateCodec {

  private final ObjectMapper mapper = Wire.mapper();

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
