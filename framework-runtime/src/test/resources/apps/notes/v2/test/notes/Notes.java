package test.notes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import java.util.ArrayList;
import java.util.List;

/** Version 2: the list is renamed (read under its old name too) and the owner is new. */
@Hyperprocess(name = "Notes", publisher = "test.os", icon = "🗒")
public class Notes {
  @JsonAlias("notes")
  public List<String> entries = new ArrayList<>();
  public String owner = "nobody";

  @Http
  List<String> add(String text) {
    entries.add(text);
    return entries;
  }

  @Http
  List<String> all() {
    return entries;
  }

  @Local
  int count() {
    return entries.size();
  }
}
