package test.ledger;

import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import java.util.ArrayList;
import java.util.List;

/** The app of the robustness tests: every write is saved before its reply leaves the node. */
@Hyperprocess(name = "Ledger", publisher = "test.os", save = @Save(SaveMode.EVERY_MESSAGE))
public class Ledger {
  public List<String> entries = new ArrayList<>();

  @Http
  int append(String entry) {
    entries.add(entry);
    return entries.size();
  }

  @Http
  List<String> entries() {
    return entries;
  }
}
