package test.notes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.manifest.AppManifest;
import java.util.List;

/** A dispatcher written by hand, as the processor would generate it: {"Add":text}, {"All":null}. */
public final class NotesDispatcher implements ProcessDispatcher<Notes> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public AppManifest manifest() {
    return new AppManifest(ProcessId.parse("notes:notes:test.os"), "Notes", "", "",
        new AppManifest.UiBinding(true, "/", true, false, false), List.of(), SaveMode.EVERY_MESSAGE,
        0, "notes-v0", List.of());
  }

  @Override
  public Class<Notes> stateType() {
    return Notes.class;
  }

  @Override
  public Notes create() {
    return new Notes();
  }

  @Override
  public void init(Notes process, Context context) {}

  @Override
  public DispatchResult dispatch(Notes process, Origin origin, Context context, byte[] body) {
    try {
      JsonNode request = JSON.readTree(body);
      if (request.has("Add")) {
        process.notes.add(request.get("Add").asText());
      }
      return new DispatchResult.Done(JSON.writeValueAsBytes(process.notes));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public DispatchResult invoke(Notes process, Origin origin, Context context, String method,
      byte[] arguments) {
    return dispatch(process, origin, context, arguments);
  }

  @Override
  public void onWebSocket(Notes process, Context context, WsEvent event) {}
}
