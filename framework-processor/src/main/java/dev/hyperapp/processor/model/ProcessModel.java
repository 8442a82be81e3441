package dev.hyperapp.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * The validated, immutable description of one {@code @Hyperprocess} class: everything a generator
 * needs, and nothing that refers back to {@code javax.lang.model} elements.
 *
 * @param javaType the process class
 * @param displayName the display name
 * @param process the process name ({@code a-z 0-9 -})
 * @param packageName the package name
 * @param publisher the publisher node
 * @param icon the icon, or empty
 * @param widget the widget HTML, or empty
 * @param ui how the UI is served
 * @param endpoints the HTTP and WebSocket bindings, in declaration order
 * @param save when the state is saved
 * @param witWorld the WIT world name
 * @param init the {@code @Init} handler, if any
 * @param webSocket the {@code @Ws} handler, if any
 * @param handlers the API handlers, sorted by {@link HandlerModel#wireName()}
 * @param types every named type reachable from the handlers' signatures, sorted by WIT name
 */
public record ProcessModel(
    JavaType javaType,
    String displayName,
    String process,
    String packageName,
    String publisher,
    String icon,
    String widget,
    UiModel ui,
    List<EndpointModel> endpoints,
    SaveModel save,
    String witWorld,
    Optional<LifecycleHandler> init,
    Optional<LifecycleHandler> webSocket,
    List<HandlerModel> handlers,
    List<TypeDecl> types) {

  public ProcessModel {
    endpoints = List.copyOf(endpoints);
    handlers = List.copyOf(handlers);
    types = List.copyOf(types);
  }

  /** {@code process:package:publisher}. */
  public String processId() {
    return process + ":" + packageName + ":" + publisher;
  }

  /** The WIT interface name of this process. */
  public String witInterface() {
    return Names.witIdentifier(process);
  }
}
