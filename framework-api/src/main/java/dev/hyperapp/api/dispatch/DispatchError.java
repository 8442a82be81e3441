package dev.hyperapp.api.dispatch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Objects;

/**
 * A structured error returned instead of a handler's result. On the wire:
 * {@code {"error":{"code":"wrong-type","message":"…","path":"$.Send[1]"}}} ({@code path} only when known).
 *
 * @param code what kind of error
 * @param message a sentence for a person: what is wrong and, where it helps, what to send instead
 * @param path the JSON path of the offending value in the request body, or {@code null}
 */
public record DispatchError(ErrorCode code, String message, String path) {

  public DispatchError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static DispatchError of(ErrorCode code, String message) {
    return new DispatchError(code, message, null);
  }

  /** Writes {@code "error":{"code":…,"message":…,"path":…}} into the object {@code json} is writing. */
  public void writeField(JsonGenerator json) throws IOException {
    json.writeObjectFieldStart("error");
    json.writeStringField("code", code.wireName());
    json.writeStringField("message", message);
    if (path != null) {
      json.writeStringField("path", path);
    }
    json.writeEndObject();
  }
}
