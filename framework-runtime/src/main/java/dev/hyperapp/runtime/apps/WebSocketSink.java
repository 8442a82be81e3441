package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.ProcessId;

/**
 * Where {@code Context.push} and {@code Context.broadcast} go: the HTTP server's WebSocket
 * connections. Calls come from process mailboxes and must not block for long.
 */
public interface WebSocketSink {

  /** Drops every push: the node has no HTTP server. */
  WebSocketSink NONE = new WebSocketSink() {
    @Override
    public void push(ProcessId process, int channel, byte[] json) {}

    @Override
    public void broadcast(ProcessId process, byte[] json) {}
  };

  /** Sends a JSON text message to one connection ({@code WsEvent.channel()}) of {@code process}. */
  void push(ProcessId process, int channel, byte[] json);

  /** Sends a JSON text message to every open connection of {@code process}. */
  void broadcast(ProcessId process, byte[] json);
}
