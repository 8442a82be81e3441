package test.ledger;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The app of the robustness tests: every write is saved before its reply leaves the node. */
@Hyperprocess(name = "Ledger", publisher = "test.os", save = @Save(SaveMode.EVERY_MESSAGE))
public class Ledger {
  public List<String> entries = new ArrayList<>();
  /** Appends still waiting for their delay: not state, so not saved. */
  transient int waiting;

  @Http
  int append(String entry) {
    entries.add(entry);
    return entries.size();
  }

  /** Appends after a delay: work in flight for the shutdown test. */
  @Http
  CompletionStage<Integer> appendLater(Context context, String entry) {
    waiting++;
    CompletableFuture<Integer> appended = new CompletableFuture<>();
    context.after(Duration.ofSeconds(2), () -> {
      waiting--;
      appended.complete(append(entry));
    });
    return appended;
  }

  @Http
  int waiting() {
    return waiting;
  }

  @Http
  List<String> entries() {
    return entries;
  }
}
