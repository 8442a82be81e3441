package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.ProcessId;

/**
 * An app listed on the node's homepage.
 *
 * @param process the process that added it
 * @param label the text shown
 * @param icon an emoji or a path under the app's {@code ui/}
 * @param path where it leads, under the app's base path (starts with {@code /})
 * @param widget the app's homepage widget HTML from its manifest, or empty
 */
public record HomepageEntry(ProcessId process, String label, String icon, String path, String widget) {

  /** The absolute URL path: {@code /<process>:<package>:<publisher><path>}. */
  public String url() {
    return "/" + process + (path.equals("/") ? "/" : path);
  }
}
