package test.inputs;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Nullable;
import java.util.List;

/** The app of the bad-input tests: handlers whose arguments cover the wire's types. */
@Hyperprocess(name = "Inputs", publisher = "test.os")
public class Inputs {
  public long total;

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

  @Http
  long total() {
    return total;
  }
}
