package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The apps that listed themselves on the node's homepage, one entry per process. */
public final class NodeHomepage {

  private final Map<ProcessId, HomepageEntry> entries = new ConcurrentHashMap<>();

  /** The entries, sorted by label, then by process. */
  public List<HomepageEntry> entries() {
    List<HomepageEntry> sorted = new ArrayList<>(entries.values());
    sorted.sort(Comparator.comparing(HomepageEntry::label)
        .thenComparing(entry -> entry.process().toString()));
    return sorted;
  }

  /** The homepage as {@code process}'s {@link Context#homepage()} sees it. */
  Context.Homepage of(ProcessId process, String widget) {
    return new Context.Homepage() {
      @Override
      public void add(String label, String icon, String path) {
        String normalised = path == null || path.isEmpty() ? "/" : path;
        if (!normalised.startsWith("/")) {
          throw new IllegalArgumentException(
              "A homepage path starts with '/' (under the app's base path), got '" + path + "'");
        }
        entries.put(process, new HomepageEntry(
            process, label, icon == null ? "" : icon, normalised, widget == null ? "" : widget));
      }

      @Override
      public void remove() {
        entries.remove(process);
      }
    };
  }

  void removeAll(ProcessId process) {
    entries.remove(process);
  }
}
