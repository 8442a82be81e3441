package dev.hyperapp.maven.api;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** A unified diff of two folders of text files, as {@code diff -u} or {@code git diff} prints it. */
final class UnifiedDiff {

  private static final int CONTEXT_LINES = 3;
  private static final String NO_FILE = "/dev/null";

  private UnifiedDiff() {}

  /**
   * The diff from {@code before} to {@code after} (file name → text), a missing file counting as
   * empty; file names are shown under {@code beforeFolder/} and {@code afterFolder/}. Empty if equal.
   */
  static String of(Map<String, String> before, String beforeFolder, Map<String, String> after, String afterFolder) {
    SortedSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    StringBuilder diff = new StringBuilder();
    for (String name : names) {
      String old = before.get(name);
      String now = after.get(name);
      if (old != null && old.equals(now)) {
        continue;
      }
      List<String> oldLines = lines(old);
      List<String> newLines = lines(now);
      List<String> patch = UnifiedDiffUtils.generateUnifiedDiff(
          old == null ? NO_FILE : beforeFolder + "/" + name,
          now == null ? NO_FILE : afterFolder + "/" + name,
          oldLines, DiffUtils.diff(oldLines, newLines), CONTEXT_LINES);
      patch.forEach(line -> diff.append(line).append('\n'));
    }
    return diff.toString();
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }
}
