package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.manifest.AppManifest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What the HTTP server needs from the node: its name, its apps, its owner's password, and a way to
 * hand calls and WebSocket events to processes. The node implements it; the server knows nothing else
 * of the kernel.
 *
 * <p>Methods marked "IO thread" are called on Undertow's IO threads and must return promptly without
 * blocking (a map lookup, a queue offer). The others are called on worker threads.
 */
public interface HttpHost {

  /** This node's name, for example {@code alice.os}. IO thread. */
  String nodeName();

  /** The installed app whose process is {@code process}, or empty. IO thread. */
  Optional<App> app(ProcessId process);

  /** The apps that listed themselves on the homepage, in any order (the server sorts them). */
  List<HomepageEntry> homepage();

  /**
   * Whether {@code password} is the node owner's password. Compares in constant time (a password hash
   * and {@link java.security.MessageDigest#isEqual}); may be slow on purpose.
   */
  boolean isOwnerPassword(String password);

  /**
   * The node's secret key for signing login cookies (HMAC-SHA256): at least 32 random bytes, kept
   * across restarts so that logins survive them. Replacing it logs every browser out. IO thread.
   */
  byte[] sessionKey();

  /**
   * Hands an HTTP call to {@code process} and returns at once (IO thread): the stage completes, on any
   * thread, with the handler's reply or a {@link HttpReply.Failed} (unknown handler, malformed JSON,
   * wrong types, a failing handler, a missing process, and a {@code TIMEOUT} error, sent as 504, when
   * no reply came within {@code timeout}). A stage completed exceptionally becomes a 500 (or the error
   * of a {@link dev.hyperapp.api.rpc.RpcException}). The server sets no timer of its own: it waits for
   * the stage, so the host must complete it.
   */
  CompletionStage<HttpReply> call(ProcessId process, HttpCall call, Duration timeout);

  /**
   * Hands a WebSocket event of a connection to {@code process}'s {@code @Ws} handler (IO thread).
   * Events of one connection arrive in order: {@code OPEN}, messages, {@code CLOSE}; the process
   * answers through {@link HttpServer#webSockets()}.
   */
  void onWebSocket(ProcessId process, WsEvent event);

  /** An installed app as the server sees it. */
  interface App {

    /** The app's manifest: its UI binding, endpoints and handler table. IO thread. */
    AppManifest manifest();

    /**
     * A file of the app's own jar, by its path inside the jar ({@code ui/index.html}, {@code
     * META-INF/hyperapp/apps/<publisher>/<package>/<process>/api.js}), or empty. Only the jar itself
     * is searched, never a parent class loader ({@link java.net.URLClassLoader#findResource}). The
     * server refuses {@code file:} and {@code jar:} URLs that name a directory.
     */
    Optional<URL> resource(String path);
  }

  /**
   * An app's tile on the homepage, added through {@code Context.homepage().add(label, icon, path)}.
   *
   * @param process the app's process
   * @param label the tile's text
   * @param icon an emoji, or the path of an image under the app's {@code ui/} (it contains a {@code .})
   * @param path where the tile links to, under the app's base path
   */
  record HomepageEntry(ProcessId process, String label, String icon, String path) {}
}
