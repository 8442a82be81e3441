package dev.hyperapp.benchmarks.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the source of a large app: {@code handlers} handlers spread over {@code @Http}, {@code @Local}
 * and {@code @Remote}, with scalar, list, map, optional, result, record, enum and variant types, so
 * that the processor has a realistic amount of model reading and code generation to do.
 */
final class GeneratedApp {

  private GeneratedApp() {}

  /** Writes {@code bench/BigApp.java} under {@code root} and returns its path. */
  static Path write(Path root, int handlers) throws IOException {
    Path file = root.resolve("bench").resolve("BigApp.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source(handlers));
    return file;
  }

  static String source(int handlers) {
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
      switch (h % 5) {
        case 0 -> out.append("  @Http public List<").append(record).append("> list").append(h)
            .append("(String query, int limit) { return List.of(); }\n");
        case 1 -> out.append("  @Http @Local public Result<").append(record).append(", String> get").append(h)
            .append("(String id) { return Result.err(\"missing\"); }\n");
        case 2 -> out.append("  @Remote public CompletionStage<Boolean> change").append(h)
            .append("(Change change, Address from) { return CompletableFuture.completedFuture(true); }\n");
        case 3 -> out.append("  @Local public Map<String, List<").append(record).append(">> group").append(h)
            .append("(Set<Level> levels, @Unsigned long since) { return Map.of(); }\n");
        default -> out.append("  @Http public void put").append(h).append("(").append(record)
            .append(" item, Optional<Level> level, byte[] data) { }\n");
      }
    }
    out.append("}\n");
    return out.toString();
  }
}
