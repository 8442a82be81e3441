package dev.hyperapp.runtime.cli;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What {@code hyperapp boot} printed: where the node serves HTTP, its admin API and its peer port. */
record BootOutput(String text) {

  private static final Pattern RUNNING = Pattern.compile(" is running at (\\S+)");
  private static final Pattern ADMIN = Pattern.compile("Admin API \\(this machine only\\): (\\S+)");
  private static final Pattern PEERS = Pattern.compile("Peers reach \\S+ at ([^;\\s]+)");

  /** Whether boot got as far as saying the node runs. */
  boolean running() {
    return RUNNING.matcher(text).find();
  }

  URI url() {
    return URI.create(find(RUNNING));
  }

  /** The admin API's URL, for {@code --node}. */
  String admin() {
    return find(ADMIN);
  }

  /** Where other nodes reach this one, {@code host:port}. */
  String peerAddress() {
    return find(PEERS);
  }

  private String find(Pattern pattern) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("boot did not print " + pattern + ": " + text);
    }
    return matcher.group(1);
  }
}
