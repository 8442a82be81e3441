package ${package};

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Init;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Remote;
import dev.hyperapp.annotations.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * ${className}: a guestbook that other nodes sign. The owner's page reads it and signs other nodes'
 * guestbooks; each node keeps its own entries, saved after every message.
 */
@Hyperprocess(
    name = "${className}",
    process = "${processName}",
    packageName = "${processName}",
    publisher = "${publisher}",
    icon = "📖")
public class ${className} {

  /** The state: every public field is saved by the node and loaded on the next start. */
  public List<Entry> entries = new ArrayList<>();

  /** One signature in the guestbook. */
  public record Entry(String from, String text) {}

  /** Runs at every start, after the saved state is loaded. */
  @Init
  void init(Context ctx) {
    ctx.homepage().add("${className}", "📖", "/");
  }

  /** The owner's page: the entries, oldest first. */
  @Http
  public List<Entry> entries() {
    return entries;
  }

  /**
   * The owner's page: signs the guestbook of {@code node} by calling its {@link #sign} handler
   * through the generated client. The page gets the other node's answer, or its error.
   */
  @Http
  public CompletionStage<Result<Integer, String>> signGuestbookOf(String node, String text) {
    return ${className}Client.at(node).sign(text);
  }

  /** Another node signs this guestbook. The caller's name is the authenticated peer, never a claim. */
  @Remote
  public Result<Integer, String> sign(Context ctx, String text) {
    if (text == null || text.isBlank()) {
      return Result.err("write something");
    }
    entries.add(new Entry(ctx.source().node(), text.strip()));
    return Result.ok(entries.size());
  }

  /** Other apps on this node may ask how many entries there are. */
  @Local
  public int count() {
    return entries.size();
  }
}
