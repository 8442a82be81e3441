package dev.hyperapp.processor.js;

import dev.hyperapp.processor.js.HttpApi.Call;
import dev.hyperapp.processor.manifest.Json;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes {@code api.js}: an ES module with one async function per {@code @Http} handler. */
final class ApiModule {

  private ApiModule() {}

  static String render(ProcessModel model, HttpApi api) {
    ByteShapes shapes = new ByteShapes(api);
    StringBuilder out = new StringBuilder(ClientTemplates.header(model));
    out.append("\n/** Where the node serves this app. */\n")
        .append("export const BASE_PATH = ").append(Json.quote("/" + model.processId())).append(";\n");
    boolean bytes = false;
    for (Call call : api.calls()) {
      bytes |= function(call, shapes, out);
    }
    out.append(ClientTemplates.CORE_JS);
    if (bytes) {
      List<Map.Entry<String, String>> table = shapes.table();
      out.append(ClientTemplates.BYTES_JS).append("\nconst BYTE_SHAPES = {");
      table.forEach(entry ->
          out.append("\n  ").append(entry.getKey()).append(": ").append(entry.getValue()).append(','));
      out.append(table.isEmpty() ? "};\n" : "\n};\n");
    }
    return out.toString();
  }

  /** Appends the function of {@code call}; returns whether it converts bytes. */
  private static boolean function(Call call, ByteShapes shapes, StringBuilder out) {
    boolean bytes = false;
    List<String> arguments = new ArrayList<>();
    for (int i = 0; i < call.parameterNames().size(); i++) {
      String name = call.parameterNames().get(i);
      Optional<String> shape = shapes.of(call.handler().arguments().get(i).type());
      bytes |= shape.isPresent();
      arguments.add(shape.map(s -> "toWire(" + name + ", " + s + ")").orElse(name));
    }
    String request = "request(" + Json.quote(call.method()) + ", " + Json.quote(call.path())
        + call.body(arguments).map(body -> ", " + body).orElse("") + ")";

    TypeRef returns = call.handler().returns();
    Optional<String> returnShape = shapes.of(returns);
    bytes |= returnShape.isPresent();
    boolean result = returns instanceof TypeRef.ResultOf;
    List<String> statements = new ArrayList<>();
    if (returns instanceof TypeRef.Unit) {
      statements.add("await " + request);
    } else if (returnShape.isPresent()) {
      statements.add("const response = await " + request);
      String value = "fromWire(response, " + returnShape.get() + ")";
      statements.add("return " + (result ? "unwrap(" + value + ")" : value));
    } else {
      statements.add("return " + (result ? "unwrap(await " + request + ")" : request));
    }
    out.append("\nexport async function ").append(call.name())
        .append('(').append(String.join(", ", call.parameterNames())).append(") {\n");
    statements.forEach(statement -> out.append("  ").append(statement).append(";\n"));
    out.append("}\n");
    return bytes;
  }
}
