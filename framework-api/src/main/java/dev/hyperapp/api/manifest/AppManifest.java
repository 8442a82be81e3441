package dev.hyperapp.api.manifest;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
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
   * The form generated dispatchers use, the handlers listed last: a plain array argument costs
   * javac far less than a {@code List.of} of hundreds of elements, whose type it must infer.
   */
  public AppManifest(ProcessId processId, String displayName, String icon, String widget, UiBinding ui,
      List<EndpointBinding> endpoints, SaveMode saveMode, int saveEvery, String witWorld,
      HandlerEntry... handlers) {
    this(processId, displayName, icon, widget, ui, endpoints, saveMode, saveEvery, witWorld,
        List.of(handlers));
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

    /** The form generated dispatchers use, with the kinds last (no {@code Set.of} to infer per entry). */
    public HandlerEntry(String name, String httpMethod, String httpPath, int arity, HandlerKind... kinds) {
      this(name, Set.of(kinds), httpMethod, httpPath, arity);
    }
  }
}
