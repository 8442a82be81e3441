package dev.hyperapp.runtime.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.runtime.apps.HomepageEntry;
import dev.hyperapp.runtime.apps.WebSocketSink;
import dev.hyperapp.runtime.kernel.Reply;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** What the HTTP server needs from the node: the apps, a way to call them, the homepage, WebSockets. */
public interface AppHost {

  /** This node's name, for {@code /our.js}. */
  String nodeName();

  /** The installed apps, sorted by package id, with their manifests and class loaders. */
  List<InstalledApp> apps();

  /**
   * Calls {@code process} with origin {@code HTTP}. Completes, never exceptionally, with the handler's
   * JSON (and blob), or a {@code DispatchError} whose code maps to the HTTP status.
   */
  CompletionStage<Reply> call(ProcessId process, HttpCall call);

  /** The homepage entries, sorted by label. */
  List<HomepageEntry> homepage();

  /** Passes a WebSocket event to the process's {@code @Ws} handler; false if no such process runs. */
  boolean deliverWebSocket(ProcessId process, WsEvent event);

  /** Where the processes' pushes go from now on. */
  void attachWebSockets(WebSocketSink sink);
}
