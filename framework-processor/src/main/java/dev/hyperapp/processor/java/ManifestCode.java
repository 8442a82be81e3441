package dev.hyperapp.processor.java;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.hyperapp.processor.model.EndpointModel;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.UiModel;
import java.util.List;

/**
 * The {@code new AppManifest(…)} expression of a process, for its dispatcher's constant. Handlers
 * and their kinds are written in the constructors' array forms: hundreds of {@code Set.of} inside a
 * {@code List.of} made javac infer types for each and were most of the dispatcher's compile time.
 */
final class ManifestCode {

  private static final ClassName APP_MANIFEST = ClassName.get("dev.hyperapp.api.manifest", "AppManifest");
  private static final ClassName HANDLER_KIND = ClassName.get("dev.hyperapp.api.manifest", "HandlerKind");
  private static final ClassName ENDPOINT_KIND = ClassName.get("dev.hyperapp.annotations", "Endpoint", "Kind");
  private static final ClassName SAVE_MODE = ClassName.get("dev.hyperapp.annotations", "SaveMode");

  private ManifestCode() {}

  static CodeBlock of(ProcessModel model) {
    UiModel ui = model.ui();
    List<CodeBlock> handlers = model.handlers().stream().map(ManifestCode::handler).toList();
    return CodeBlock.builder()
        .add("new $T(\n$>$>", APP_MANIFEST)
        .add("new $T($S, $S, $S),\n", JavaTypes.PROCESS_ID, model.process(), model.packageName(),
            model.publisher())
        .add("$S,\n$S,\n$S,\n", model.displayName(), model.icon(), model.widget())
        .add("new $T.UiBinding($L, $S, $L, $L, $L),\n", APP_MANIFEST, ui.enabled(), ui.path(),
            ui.authenticated(), ui.localOnly(), ui.secureSubdomain())
        .add("$L,\n", list(model.endpoints().stream().map(ManifestCode::endpoint).toList()))
        .add("$T.$L,\n$L,\n$S", SAVE_MODE, model.save().mode().name(), model.save().every(),
            model.witWorld())
        .add(handlers.isEmpty() ? "" : ",\n")
        .add("$L)$<$<", CodeBlock.join(handlers, ",\n"))
        .build();
  }

  private static CodeBlock endpoint(EndpointModel endpoint) {
    return CodeBlock.of("new $T.EndpointBinding($S, $T.$L, $L, $L, $L)", APP_MANIFEST, endpoint.path(),
        ENDPOINT_KIND, endpoint.webSocket() ? "WEBSOCKET" : "HTTP", endpoint.authenticated(),
        endpoint.localOnly(), endpoint.secureSubdomain());
  }

  private static CodeBlock handler(HandlerModel handler) {
    CodeBlock kinds = CodeBlock.join(handler.sortedKinds().stream()
        .map(kind -> CodeBlock.of("$T.$L", HANDLER_KIND, kind.name()))
        .toList(), ", ");
    return CodeBlock.of("new $T.HandlerEntry($S, $S, $S, $L, $L)", APP_MANIFEST, handler.wireName(),
        handler.httpMethod(), handler.httpPath(), handler.arguments().size(), kinds);
  }

  /** {@code List.of()} or {@code List.of(\n a,\n b)}, one element a line. */
  private static CodeBlock list(List<CodeBlock> elements) {
    if (elements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.of("$T.of(\n$>$>$L)$<$<", List.class, CodeBlock.join(elements, ",\n"));
  }
}
