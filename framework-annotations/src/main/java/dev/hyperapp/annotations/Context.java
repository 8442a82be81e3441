package dev.hyperapp.annotations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a handler may know and use beyond its arguments: who we are, where the message came from,
 * the HTTP request, the blob, and the node's services for this package. Declare it as a handler
 * parameter in any position; it is not part of the API. The runtime implements it.
 *
 * <p>A context is valid while its handler runs (and, for a {@code CompletionStage} handler, until the
 * stage completes); it must not be kept in the state.
 */
public interface Context {

  /** This process's address. */
  Address our();

  /**
   * Where the message came from: the calling process (on this node or, for a {@link Remote}
   * handler, on the authenticated peer node); for HTTP, this node's {@code http-server:distro:sys}.
   */
  Address source();

  /** The HTTP request, for {@link Http} handlers; empty otherwise. */
  Optional<HttpRequest> http();

  /** A query parameter of the HTTP request; empty if absent or not an HTTP call. */
  default Optional<String> query(String name) {
    return http().flatMap(request -> request.query(name));
  }

  /** The blob that came with the message or HTTP request body, if any. */
  Optional<Blob> blob();

  /** Attaches a blob to this handler's response (a file download, for example). */
  void respondWithBlob(Blob blob);

  /** The node's homepage, where the app may list itself. */
  Homepage homepage();

  /** This package's key–value store. */
  KeyValue kv();

  /** This package's SQL database. */
  Sql sql();

  /** This package's drive in the node's virtual file system. */
  Drive drive(String name);

  /**
   * Runs {@code action} on this process's executor after {@code delay}, never at the same time as a
   * handler. The returned handle cancels it.
   */
  Cancellable after(Duration delay, Runnable action);

  /** Pushes a JSON message to one WebSocket connection of this process. */
  void push(int channel, Object message);

  /** Pushes a JSON message to every open WebSocket connection of this process. */
  void broadcast(Object message);

  /** An HTTP request as a handler sees it. */
  interface HttpRequest {
    /** The method, upper-case. */
    String method();

    /** The path below the app's base path. */
    String path();

    /** The first value of a query parameter. */
    Optional<String> query(String name);

    /** All query parameters with all their values. */
    Map<String, List<String>> queryParameters();

    /** The first value of a header, by case-insensitive name. */
    Optional<String> header(String name);
  }

  /** The node's homepage. */
  interface Homepage {
    /** Lists the app on the homepage with a label, an icon and a path under the app's base path. */
    void add(String label, String icon, String path);

    /** Takes the app off the homepage. */
    void remove();
  }

  /** A package's key–value store: string keys, byte values, each write durable on return. */
  interface KeyValue {
    Optional<byte[]> get(String key);

    void put(String key, byte[] value);

    boolean delete(String key);

    /** Keys starting with {@code prefix}, sorted. */
    List<String> keys(String prefix);
  }

  /** A package's SQL database (SQLite dialect). Parameters bind to {@code ?} in order. */
  interface Sql {
    /** Runs a statement that returns no rows; returns the number of rows changed. */
    int execute(String statement, Object... parameters);

    /** Runs a query; each row maps column names to values. */
    List<Map<String, Object>> query(String statement, Object... parameters);
  }

  /**
   * A drive of the package's virtual file system. Paths are relative ({@code photos/cat.png}); a path
   * that would leave the drive ({@code ..}, absolute) is refused with {@link IllegalArgumentException}.
   */
  interface Drive {
    Optional<byte[]> read(String path);

    /**
     * Up to {@code length} bytes of a file from {@code offset}: fewer where the file ends first, none
     * from its end on; empty if there is no such file. Serves a large file in parts without reading it
     * whole for each. A negative offset or length is refused with {@link IllegalArgumentException}.
     */
    Optional<byte[]> read(String path, long offset, int length);

    void write(String path, byte[] content);

    boolean delete(String path);

    /** The entries directly inside a folder ({@code ""} for the drive's root), sorted. */
    List<String> list(String folder);
  }

  /** A scheduled action that can be called off. */
  interface Cancellable {
    /** Cancels the action if it has not run yet; returns whether it was cancelled. */
    boolean cancel();
  }
}
