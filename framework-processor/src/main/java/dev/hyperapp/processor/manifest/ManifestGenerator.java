package dev.hyperapp.processor.manifest;

import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.model.EndpointModel;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.Parameter;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.UiModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code manifest.json}, everything the runtime needs to install the app without reflection:
 * ids, homepage entry, bindings, save mode, WIT world, the generated classes and the handler table.
 * Its keys are those of {@code dev.hyperapp.api.manifest.AppManifest}, plus the class names and each
 * handler's argument names.
 */
public final class ManifestGenerator implements Generator {

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    out.writeResource(AppResources.path(model, AppResources.MANIFEST), render(model));
  }

  /** The manifest of {@code model}, as pretty, deterministic JSON. */
  public static String render(ProcessModel model) {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("processId", model.processId());
    manifest.put("displayName", model.displayName());
    manifest.put("icon", model.icon());
    manifest.put("widget", model.widget());
    manifest.put("processClass", model.javaType().canonicalName());
    manifest.put("dispatcherClass", generatedClass(model, "Dispatcher"));
    manifest.put("clientClass", generatedClass(model, "Client"));
    manifest.put("ui", ui(model.ui()));
    manifest.put("endpoints", model.endpoints().stream().map(ManifestGenerator::endpoint).toList());
    manifest.put("saveMode", model.save().mode().name());
    manifest.put("saveEvery", model.save().every());
    manifest.put("witWorld", model.witWorld());
    manifest.put("handlers", model.handlers().stream().map(ManifestGenerator::handler).toList());
    return Json.write(manifest);
  }

  /** {@code <Process>Dispatcher} and {@code <Process>Client} sit beside the (top-level) process class. */
  private static String generatedClass(ProcessModel model, String suffix) {
    return model.javaType().canonicalName() + suffix;
  }

  private static Map<String, Object> ui(UiModel ui) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("enabled", ui.enabled());
    entry.putAll(binding(ui.path(), ui.authenticated(), ui.localOnly(), ui.secureSubdomain()));
    return entry;
  }

  private static Map<String, Object> endpoint(EndpointModel endpoint) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("kind", endpoint.webSocket() ? "WEBSOCKET" : "HTTP");
    entry.putAll(binding(endpoint.path(), endpoint.authenticated(), endpoint.localOnly(),
        endpoint.secureSubdomain()));
    return entry;
  }

  private static Map<String, Object> binding(
      String path, boolean authenticated, boolean localOnly, boolean secureSubdomain) {
    Map<String, Object> binding = new LinkedHashMap<>();
    binding.put("path", path);
    binding.put("authenticated", authenticated);
    binding.put("localOnly", localOnly);
    binding.put("secureSubdomain", secureSubdomain);
    return binding;
  }

  private static Map<String, Object> handler(HandlerModel handler) {
    List<String> arguments = handler.arguments().stream().map(Parameter.Argument::javaName).toList();
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("name", handler.wireName());
    entry.put("kinds", handler.sortedKinds().stream().map(Enum::name).toList());
    entry.put("httpMethod", handler.httpMethod());
    entry.put("httpPath", handler.httpPath());
    entry.put("arity", arguments.size());
    entry.put("arguments", arguments);
    return entry;
  }
}
