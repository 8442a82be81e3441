package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.ProcessId;

/**
 * Sends text to the browsers connected to a process's WebSocket endpoint: what {@code Context.push}
 * and {@code Context.broadcast} call. Safe from any thread; sending never blocks.
 */
public interface WebSocketPush {

  /**
   * Sends {@code text} on connection {@code channel} (the id from its {@code WsEvent}). Returns false,
   * sending nothing, when the connection is closed or belongs to another process.
   */
  boolean push(ProcessId process, int channel, String text);

  /** Sends {@code text} on every open connection of {@code process}; returns how many. */
  int broadcast(ProcessId process, String text);

  /**
   * Closes every connection of {@code process}, for an app being stopped or removed; returns how many.
   * Each one's {@code CLOSE} event still reaches the host.
   */
  int closeAll(ProcessId process);
}
