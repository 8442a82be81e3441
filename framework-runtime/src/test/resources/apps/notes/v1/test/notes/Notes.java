package test.notes;

import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import java.util.ArrayList;
import java.util.List;

@Hyperprocess(name = "Notes", publisher = "test.os", icon = "📝")
public class Notes {
  public List<String> notes = new ArrayList<>();

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
