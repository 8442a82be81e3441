package dev.hyperapp.runtime.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.runtime.apps.HomepageEntry;
import dev.hyperapp.runtime.apps.WebSocketSink;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What the HTTP server needs from the node. The lookups ({@link #manifest}, {@link #resource}) and
 * the hand-offs ({@link #call}, {@link #deliverWebSocket}) never block, so they may be called on
 * the server's IO threads.
 */
public interface AppHost {

  /** This node's name, for {@code /our.js}. */
  String nodeName();

  /** The installed apps, sorted by package id, with their manifests and class loaders. */
  List<InstalledApp> apps();

  /** The manifest of a running process. */
  Optional<AppManifest> manifest(ProcessId process);

  /**
   * A file of the app that {@code process} belongs to, by its path inside the app ({@code
   * ui/index.html}, {@code META-INF/hyperapp/apps/<publisher>/<package>/<process>/api.js}); searched in
   * the app's own jar only.
   */
  Optional<URL> resource(ProcessId process, String path);

  /**
   * Calls {@code process} with origin {@code HTTP} and returns at once. The stage completes, never
   * exceptionally, with {@link Reply.Success} (the handler's JSON, {@code null} for void, and the blob
   * it attached) or {@link Reply.Failure} (a {@code DispatchError}: bad input, a failing handler,
   * {@code NO_SUCH_PROCESS}, {@code TIMEOUT} when no reply came within {@code timeout}).
   */
  CompletionStage<Reply> call(ProcessId process, HttpCall call, Duration timeout);

  /** {@link #call(ProcessId, HttpCall, Duration)} with the kernel's default timeout of 30 s. */
  default CompletionStage<Reply> call(ProcessId process, HttpCall call) {
    return call(process, call, Message.DEFAULT_TIMEOUT);
  }

  /** The homepage entries, sorted by label. */
  List<HomepageEntry> homepage();

  /**
   * Queues a WebSocket event for the process's {@code @Ws} handler; false if no such process runs.
   * Events queued for one process are handled in order.
   */
  boolean deliverWebSocket(ProcessId process, WsEvent event);

  /** Where the processes' pushes go from now on. */
  void attachWebSockets(WebSocketSink sink);
}
