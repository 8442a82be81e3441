package test.notes;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Init;
import dev.hyperapp.annotations.Local;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

@Hyperprocess(name = "Notes", publisher = "test.os", icon = "📝")
public class Notes {
  public List<String> notes = new ArrayList<>();

  /** Counts the process's starts in the package's key-value store, which no install replaces. */
  @Init
  void init(Context ctx) {
    ctx.kv().put("starts", String.valueOf(starts(ctx) + 1).getBytes(StandardCharsets.UTF_8));
  }

  @Http
  int starts(Context ctx) {
    return ctx.kv().get("starts").map(bytes -> Integer.parseInt(new String(bytes, StandardCharsets.UTF_8))).orElse(0);
  }

  @Http
  List<String> add(String text) {
    notes.add(text);
    return notes;
  }

  @Http
  List<String> all() {
    return notes;
  }

  @Local
  int count() {
    return notes.size();
  }
}
