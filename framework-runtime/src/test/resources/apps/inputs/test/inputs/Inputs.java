package test.inputs;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Nullable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The app of the bad-input tests: handlers whose arguments cover the wire's types; and of the node's
 * HTTP tests: handlers that read their request.
 */
@Hyperprocess(name = "Inputs", publisher = "test.os")
public class Inputs {
  public long total;
  /** The request of the last {@link #requestLater}, read again by {@link #keptRequest}; not saved. */
  private transient Context.HttpRequest kept;

  public record Item(String name, int count, List<String> tags) {}

  @Http
  long add(int amount) {
    total += amount;
    return total;
  }

  @Http
  long addLong(long amount) {
    total += amount;
    return total;
  }

  @Http
  double half(double value) {
    return value / 2;
  }

  @Http
  int count(List<String> items) {
    return items.size();
  }

  @Http
  String describe(Item item) {
    return item.name() + " x" + item.count();
  }

  @Http
  String label(String name, int number) {
    return name + " #" + number;
  }

  @Http
  int length(@Nullable String text) {
    return text == null ? 0 : text.length();
  }

  @Http(method = "PUT", path = "/total")
  long setTotal(long value) {
    total = value;
    return total;
  }

  /** What the request carried besides its body, read through the context. */
  @Http
  String request(Context context) {
    String agent = context.http().flatMap(request -> request.header("x-caller")).orElse("nobody");
    return context.query("q").orElse("nothing") + " asked by " + agent;
  }

  /** What {@link #request} reads, read after a pending stage from the request the handler kept. */
  @Http
  CompletionStage<String> requestLater(Context context) {
    Context.HttpRequest request = context.http().orElseThrow();
    kept = request;
    CompletableFuture<String> answer = new CompletableFuture<>();
    context.after(Duration.ofMillis(10), () -> answer.complete(asked(request)));
    return answer;
  }

  /** The request kept by the last {@link #requestLater}, read once more, long after its reply. */
  @Http
  String keptRequest() {
    return kept == null ? "nothing kept" : asked(kept);
  }

  private static String asked(Context.HttpRequest request) {
    return request.query("q").orElse("nothing") + " asked by " + request.header("x-caller").orElse("nobody")
        + (request.header("cookie").isPresent() ? " with the owner's cookie" : "");
  }

  @Http
  long total() {
    return total;
  }
}
