package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.ProcessId;

/**
 * Where {@code Context.push} and {@code Context.broadcast} go: the HTTP server's WebSocket
 * connections. Called from process mailboxes: must not block.
 */
public interface WebSocketSink {

  /** Drops every push: the node has no HTTP server. */
  WebSocketSink NONE = new WebSocketSink() {
    @Override
    public boolean push(ProcessId process, int channel, String text) {
      return false;
    }

    @Override
    public int broadcast(ProcessId process, String text) {
      return 0;
    }
  };

  /**
   * Sends {@code text} (JSON) on connection {@code channel} ({@code WsEvent.channel()}) of {@code
   * process}; false when that connection is closed or is another process's.
   */
  boolean push(ProcessId process, int channel, String text);

  /** Sends {@code text} (JSON) on every open connection of {@code process}; returns how many. */
  int broadcast(ProcessId process, String text);
}
