package dev.hyperapp.api.manifest;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.api.json.Wire;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the runtime needs to install a process, generated from its {@code @Hyperprocess} class.
 *
 * @param processId {@code process:package:publisher}
 * @param displayName shown on the homepage
 * @param icon an emoji or a path under {@code ui/}
 * @param widget HTML for the homepage, or empty
 * @param ui how the static UI is served
 * @param endpoints the HTTP and WebSocket bindings
 * @param saveMode when the state is saved
 * @param saveEvery the {@code n} of the {@code EVERY_N_*} modes, else 0
 * @param witWorld the WIT world name
 * @param handlers the handler table, sorted by name
 */
public record AppManifest(
    ProcessId processId,
    String displayName,
    String icon,
    String widget,
    UiBinding ui,
    List<EndpointBinding> endpoints,
    SaveMode saveMode,
    int saveEvery,
    String witWorld,
    List<HandlerEntry> handlers) {

  public AppManifest {
    endpoints = List.copyOf(endpoints);
    handlers = List.copyOf(handlers);
  }

  /**
   * Reads the {@code manifest.json} the processor wrote at {@code resource} in the jar of {@code
   * dispatcher}, the generated dispatcher: the manifest is read at run time rather than written as a
   * Java expression, which cost javac more to compile than the whole rest of a large dispatcher.
   * Keys the record has no component for (the class names, the argument names) are skipped.
   *
   * @throws IllegalStateException if the resource is missing or is not a manifest
   */
  public static AppManifest load(Class<?> dispatcher, String resource) {
    try (InputStream in = dispatcher.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("The manifest " + resource + " of " + dispatcher.getName()
            + " is not on its class path; it is written by the Hyperapp processor beside the dispatcher");
      }
      return Wire.mapper().readValue(in, AppManifest.class);
    } catch (IOException e) {
      throw new IllegalStateException("The manifest " + resource + " of " + dispatcher.getName()
          + " could not be read: " + e.getMessage(), e);
    }
  }

  /** The handler with this PascalCase name. */
  public Optional<HandlerEntry> handler(String name) {
    return handlers.stream().filter(handler -> handler.name().equals(name)).findFirst();
  }

  /** How the static UI is served. */
  public record UiBinding(
      boolean enabled, String path, boolean authenticated, boolean localOnly, boolean secureSubdomain) {}

  /** An HTTP or WebSocket path under the app's base path. */
  public record EndpointBinding(
      String path,
      Endpoint.Kind kind,
      boolean authenticated,
      boolean localOnly,
      boolean secureSubdomain) {}

  /**
   * One handler.
   *
   * @param name the PascalCase name used on the wire
   * @param kinds which annotations it carries
   * @param httpMethod for {@code HTTP} handlers, the method; else empty
   * @param httpPath for {@code HTTP} handlers with a path of their own, that path; else empty
   * @param arity how many API arguments it takes ({@code Context} not counted)
   */
  public record HandlerEntry(
      String name, Set<HandlerKind> kinds, String httpMethod, String httpPath, int arity) {

    public HandlerEntry {
      kinds = Set.copyOf(kinds);
    }
  }
}
