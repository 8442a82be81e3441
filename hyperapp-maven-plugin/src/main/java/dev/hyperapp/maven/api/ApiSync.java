package dev.hyperapp.maven.api;

import dev.hyperapp.maven.wit.WitPackage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Keeps an app's committed WIT folder ({@code api/}) in line with the WIT its code generates.
 *
 * <ul>
 *   <li>{@link Mode#UPDATE} (a developer's build): writes {@code api/} when the changes are compatible
 *       or their breaking ones acknowledged; refuses, leaving {@code api/} alone, otherwise.
 *   <li>{@link Mode#CHECK} (CI): writes nothing, and fails on any difference, since {@code api/} is
 *       the published API and must be committed with the code that makes it.
 * </ul>
 *
 * <p>Either way the outcome lists every change, classified, and a failure prints the unified diff.
 */
public final class ApiSync {

  /** What to do about a difference. */
  public enum Mode { UPDATE, CHECK }

  /**
   * What happened.
   *
   * @param failed whether the build must fail
   * @param message what to tell the developer: the classified changes, and for a failure the diff and
   *     what to do
   * @param changes every change found, compatible and breaking
   */
  public record Outcome(boolean failed, String message, List<ApiChange> changes) {
    public Outcome {
      changes = List.copyOf(changes);
    }
  }

  private static final String GENERATED_LABEL = "generated";

  private ApiSync() {}

  /**
   * Compares {@code generated} (the compiler's output) with {@code api}, then acts by {@code mode}.
   * {@code acceptedBreaking} names the functions, types, interfaces or worlds whose breaking changes
   * are acknowledged.
   */
  public static Outcome run(Path generated, Path api, Mode mode, Set<String> acceptedBreaking) {
    SortedMap<String, String> now = WitPackage.sources(generated);
    SortedMap<String, String> committed = Files.isDirectory(api) ? WitPackage.sources(api) : new TreeMap<>();
    if (now.equals(committed)) {
      return new Outcome(false, api + " is up to date with the code's WIT.", List.of());
    }
    WitPackage current = WitPackage.of(now);
    List<ApiChange> changes = committed.isEmpty()
        ? List.of(ApiChange.compatible(current.name(), "new API " + current.name()))
        : ApiComparison.compare(WitPackage.of(committed), current);
    String classified = classified(changes, acceptedBreaking);
    String diff = UnifiedDiff.of(committed, api.getFileName().toString(), now, GENERATED_LABEL);
    List<ApiChange> refused = changes.stream()
        .filter(change -> change.isBreaking() && !acceptedBreaking.contains(change.subject()))
        .toList();
    if (mode == Mode.CHECK) {
      return new Outcome(true, api + " differs from the WIT the code generates:\n" + classified + "\n" + diff
          + "Build without -Dhyperapp.wit.check to update " + api + " and commit it"
          + (refused.isEmpty() ? "." : "; the breaking changes need " + acceptHint(refused) + "."), changes);
    }
    if (!refused.isEmpty()) {
      return new Outcome(true, "Breaking API change" + (refused.size() == 1 ? "" : "s") + " against " + api + ":\n"
          + classified + "\n" + diff + "If old callers may break, acknowledge with " + acceptHint(refused)
          + "; " + api + " was left as it was.", changes);
    }
    write(now, committed, api);
    String summary = changes.isEmpty() ? "formatting and comments only" : classified;
    return new Outcome(false, "Updated " + api + " from the code's WIT:\n" + summary, changes);
  }

  private static String classified(List<ApiChange> changes, Set<String> acceptedBreaking) {
    return changes.stream()
        .map(change -> "  " + change
            + (change.isBreaking() && acceptedBreaking.contains(change.subject()) ? " [acknowledged]" : ""))
        .collect(Collectors.joining("\n"));
  }

  private static String acceptHint(List<ApiChange> refused) {
    return "-Dhyperapp.wit.acceptBreaking="
        + refused.stream().map(ApiChange::subject).distinct().collect(Collectors.joining(","));
  }

  /** Writes the generated files into {@code api} and deletes the {@code .wit} files no longer generated. */
  private static void write(SortedMap<String, String> now, SortedMap<String, String> committed, Path api) {
    try {
      Files.createDirectories(api);
      for (var file : now.entrySet()) {
        if (!file.getValue().equals(committed.get(file.getKey()))) {
          Files.writeString(api.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
      }
      for (String gone : committed.keySet()) {
        if (!now.containsKey(gone)) {
          Files.delete(api.resolve(gone));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not update " + api, e);
    }
  }
}
