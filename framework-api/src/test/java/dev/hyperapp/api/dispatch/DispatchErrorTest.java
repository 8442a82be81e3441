package dev.hyperapp.api.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.hyperapp.api.json.Wire;
import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DispatchErrorTest {

  @Test
  void anErrorIsWrittenAsTheErrorFieldWithItsPathOnlyWhenKnown() throws IOException {
    assertThat(errorBody(new DispatchError(ErrorCode.WRONG_TYPE, "Send a number", "$.Add[1]")))
        .isEqualTo("{\"error\":{\"code\":\"wrong-type\",\"message\":\"Send a number\",\"path\":\"$.Add[1]\"}}");
    assertThat(errorBody(DispatchError.of(ErrorCode.OFFLINE, "bob.os is offline")))
        .isEqualTo("{\"error\":{\"code\":\"offline\",\"message\":\"bob.os is offline\"}}");
  }

  private static String errorBody(DispatchError error) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = Wire.mapper().createGenerator(out)) {
      json.writeStartObject();
      error.writeField(json);
      json.writeEndObject();
    }
    return out.toString();
  }
}
