package dev.hyperapp.runtime.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.MimeMappings;
import io.undertow.util.StatusCodes;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * Serves the files of an app's jar: its UI under {@code ui/} and its generated {@code api.js}. A
 * request path becomes a jar path only if every segment is a plain name (no {@code .}, {@code ..},
 * empty segment, backslash, percent sign or control character), so no request reaches outside
 * {@code ui/}; directories are never listed.
 */
final class UiFiles {

  /** Web types first, in their current standard forms; Undertow's table for the rest. */
  private static final MimeMappings TYPES =
      MimeMappings.builder(true)
          .addMapping("js", "text/javascript")
          .addMapping("mjs", "text/javascript")
          .addMapping("map", "application/json")
          .addMapping("wasm", "application/wasm")
          .addMapping("woff", "font/woff")
          .addMapping("woff2", "font/woff2")
          .addMapping("ttf", "font/ttf")
          .addMapping("otf", "font/otf")
          .addMapping("webmanifest", "application/manifest+json")
          .addMapping("avif", "image/avif")
          .build();

  private static final String OCTET_STREAM = "application/octet-stream";

  private UiFiles() {}

  /** The jar path of a file under {@code ui/}, or empty if {@code relative} is not a plain path. */
  static Optional<String> uiPath(String relative) {
    if (relative.isEmpty() || relative.endsWith("/")) {
      return Optional.empty();
    }
    for (String segment : relative.split("/", -1)) {
      if (!isPlainName(segment)) {
        return Optional.empty();
      }
    }
    return Optional.of("ui/" + relative);
  }

  private static boolean isPlainName(String segment) {
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      return false;
    }
    return segment.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == '%');
  }

  /** The content type for a jar path, by its extension; text types in UTF-8. */
  static String contentType(String path) {
    int dot = path.lastIndexOf('.');
    String type = dot < 0 || dot < path.lastIndexOf('/') ? null : TYPES.getMimeType(path.substring(dot + 1));
    if (type == null) {
      return OCTET_STREAM;
    }
    boolean text = type.startsWith("text/") || type.endsWith("+xml") || type.equals("application/json")
        || type.equals("application/manifest+json");
    return text ? type + "; charset=utf-8" : type;
  }

  /**
   * Sends the file at {@code jarPath}, or a 404. Reads the jar, so it runs on a worker thread. UI files
   * are revalidated on each load ({@code no-cache}): an app reinstalled on a running node shows at once.
   */
  static void serve(HttpServerExchange exchange, HttpHost.App app, String jarPath) throws IOException {
    Optional<byte[]> content = read(app, jarPath);
    if (content.isEmpty()) {
      Replies.notFound(exchange);
      return;
    }
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-cache");
    Replies.send(exchange, StatusCodes.OK, contentType(jarPath), content.get());
  }

  private static Optional<byte[]> read(HttpHost.App app, String jarPath) throws IOException {
    Optional<URL> found = app.resource(jarPath);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    URLConnection connection = found.get().openConnection();
    // A cached JarFile would keep serving a jar that was replaced by a reinstall; an uncached one is
    // closed with the stream.
    connection.setUseCaches(false);
    try (InputStream in = connection.getInputStream()) {
      return isDirectory(found.get(), connection) ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (FileNotFoundException gone) {
      return Optional.empty();
    }
  }

  private static boolean isDirectory(URL url, URLConnection connection) throws IOException {
    if (connection instanceof JarURLConnection) {
      JarEntry entry = ((JarURLConnection) connection).getJarEntry();
      return entry == null || entry.isDirectory();
    }
    if (url.getProtocol().equals("file")) {
      try {
        return !Files.isRegularFile(Path.of(url.toURI()));
      } catch (URISyntaxException | IllegalArgumentException unusable) {
        return true;
      }
    }
    return false;
  }
}
