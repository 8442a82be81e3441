package dev.hyperapp.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the source of a large app: {@code handlers} handlers spread over {@code @Http}, {@code @Local}
 * and {@code @Remote}, with scalar, list, map, optional, result, record, enum and variant types, so
 * that the processor has a realistic amount of model reading and code generation to do. The handlers'
 * bodies are one-line stubs (the benchmark), or, {@link Bodies#WORKING}, 5–9 lines each that
 * check their arguments and build their result, still far less than real apps (samchat has about 80
 * lines of code per handler).
 */
final class GeneratedApp {

  private GeneratedApp() {}

  /** What the handlers do. */
  enum Bodies { STUBS, WORKING }

  /** Writes {@code bench/BigApp.java} under {@code root} and returns its path. */
  static Path write(Path root, int handlers) throws IOException {
    return write(root, handlers, Bodies.STUBS);
  }

  static Path write(Path root, int handlers, Bodies bodies) throws IOException {
    Path file = root.resolve("bench").resolve("BigApp.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source(handlers, bodies));
    return file;
  }

  static String source(int handlers, Bodies bodies) {
    StringBuilder out = new StringBuilder();
    out.append("""
        package bench;

        import dev.hyperapp.annotations.*;
        import java.util.*;
        import java.util.concurrent.*;

        @Hyperprocess(publisher = "bench.os")
        public class BigApp {
          public Map<String, Item0> items = new HashMap<>();

          public enum Level { LOW, MEDIUM, HIGH }

          public sealed interface Change permits Added, Removed {}
          public record Added(String id, Level level) implements Change {}
          public record Removed(String id) implements Change {}

        """);
    int records = Math.max(1, handlers / 10);
    for (int r = 0; r < records; r++) {
      String next = r + 1 < records ? "Item" + (r + 1) : "Level";
      out.append("  public record Item").append(r).append("(String name, long count, Optional<String> note, ")
          .append("List<").append(next).append("> children, Map<String, Integer> scores) {}\n");
    }
    out.append('\n');
    for (int h = 0; h < handlers; h++) {
      String record = "Item" + (h % records);
      String body = bodies == Bodies.WORKING ? workingBody(h % 5, record) : stubBody(h % 5);
      switch (h % 5) {
        case 0 -> out.append("  @Http public List<").append(record).append("> list").append(h)
            .append("(String query, int limit) {");
        case 1 -> out.append("  @Http @Local public Result<").append(record).append(", String> get").append(h)
            .append("(String id) {");
        case 2 -> out.append("  @Remote public CompletionStage<Boolean> change").append(h)
            .append("(Change change, Address from) {");
        case 3 -> out.append("  @Local public Map<String, List<").append(record).append(">> group").append(h)
            .append("(Set<Level> levels, @Unsigned long since) {");
        default -> out.append("  @Http public void put").append(h).append("(").append(record)
            .append(" item, Optional<Level> level, byte[] data) {");
      }
      out.append(body).append("}\n");
    }
    out.append("}\n");
    return out.toString();
  }

  private static String stubBody(int kind) {
    return switch (kind) {
      case 0 -> " return List.of(); ";
      case 1 -> " return Result.err(\"missing\"); ";
      case 2 -> " return CompletableFuture.completedFuture(true); ";
      case 3 -> " return Map.of(); ";
      default -> " ";
    };
  }

  private static String workingBody(int kind, String record) {
    String body = switch (kind) {
      case 0 -> """
              if (query == null || query.isBlank() || limit <= 0) {
                return List.of();
              }
              String needle = query.trim().toLowerCase(Locale.ROOT);
              List<RECORD> found = new ArrayList<>();
              for (int i = 0; i < Math.min(limit, 10); i++) {
                found.add(new RECORD(needle + "-" + i, i, Optional.empty(), List.of(), Map.of(needle, i)));
              }
              return found;
            """;
      case 1 -> """
              if (id == null || id.isBlank()) {
                return Result.err("Give an id");
              }
              Item0 known = items.get(id);
              if (known == null) {
                return Result.err("No item " + id);
              }
              return Result.ok(new RECORD(known.name(), known.count() + 1, known.note(), List.of(), known.scores()));
            """;
      case 2 -> """
              if (change instanceof Added added) {
                items.putIfAbsent(added.id(), new Item0(added.id(), 0, Optional.of(from.node()), List.of(), Map.of()));
              } else if (change instanceof Removed removed) {
                items.remove(removed.id());
              }
              return CompletableFuture.completedFuture(items.size() < 1000);
            """;
      case 3 -> """
              Map<String, List<RECORD>> groups = new TreeMap<>();
              for (Level level : levels) {
                if (level.ordinal() >= since % 3) {
                  groups.computeIfAbsent(level.name(), key -> new ArrayList<>())
                      .add(new RECORD(level.name(), since, Optional.empty(), List.of(), Map.of()));
                }
              }
              return groups;
            """;
      default -> """
              int score = data == null ? 0 : data.length;
              Map<String, Integer> scores = new HashMap<>(item.scores());
              scores.merge(level.map(Level::name).orElse("NONE"), score, Integer::sum);
              items.put(item.name(), new Item0(item.name(), item.count() + score, item.note(), List.of(), scores));
            """;
    };
    return "\n" + body.replace("RECORD", record).indent(2).stripTrailing() + "\n  ";
  }
}
