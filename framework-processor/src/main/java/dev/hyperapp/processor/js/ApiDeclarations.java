package dev.hyperapp.processor.js;

import dev.hyperapp.processor.js.HttpApi.Call;
import dev.hyperapp.processor.manifest.Json;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeDecl.EnumConstant;
import dev.hyperapp.processor.model.TypeDecl.EnumDecl;
import dev.hyperapp.processor.model.TypeDecl.Field;
import dev.hyperapp.processor.model.TypeDecl.RecordDecl;
import dev.hyperapp.processor.model.TypeDecl.VariantDecl;
import dev.hyperapp.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code api.d.ts}: the TypeScript declarations of {@code api.js}. */
final class ApiDeclarations {

  private static final String NOTES = """
      //
      // JSON field names are the Java names. Every integer and float is a number: a Java long (WIT
      // s64/u64) beyond 2^53 - 1 loses precision in JavaScript, so keep such values in a String.
      // byte[] is a Uint8Array both ways (base64 on the wire). A handler that returns Result resolves
      // to its Ok value and throws ResultError carrying its Err value; a refused call throws HttpError.
      """;

  /** Longer signatures get a line per parameter. */
  private static final int MAX_LINE = 100;

  private ApiDeclarations() {}

  static String render(ProcessModel model, HttpApi api) {
    TypeScriptTypes types = new TypeScriptTypes(api);
    StringBuilder out = new StringBuilder(ClientTemplates.header(model)).append(NOTES);
    out.append("\n/** Where the node serves this app. */\n")
        .append("export const BASE_PATH: ").append(Json.quote("/" + model.processId())).append(";\n");
    for (Call call : api.calls()) {
      function(call, types, out);
    }
    out.append(ClientTemplates.CORE_DTS);
    for (TypeDecl type : api.types()) {
      out.append('\n');
      declaration(type, api.typeName(type.javaType()), types, out);
    }
    return out.toString();
  }

  private static void function(Call call, TypeScriptTypes types, StringBuilder out) {
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i < call.parameterNames().size(); i++) {
      parameters.add(call.parameterNames().get(i) + ": "
          + types.of(call.handler().arguments().get(i).type()));
    }
    String route = call.method() + " " + call.path()
        + call.body(call.parameterNames()).map(body -> " with body `" + body + "`").orElse("");
    String throwing = call.handler().returns() instanceof TypeRef.ResultOf result
        ? " Throws `ResultError<" + types.of(result.err()) + ">` for an Err."
        : "";
    String name = "export function " + call.name();
    String returns = "): Promise<" + types.resolved(call.handler().returns()) + ">;";
    String oneLine = name + "(" + String.join(", ", parameters) + returns;
    out.append("\n/** ").append(route).append('.').append(throwing).append(" */\n")
        .append(oneLine.length() <= MAX_LINE
            ? oneLine
            : name + "(\n  " + String.join(",\n  ", parameters) + ",\n" + returns)
        .append('\n');
  }

  private static void declaration(TypeDecl type, String name, TypeScriptTypes types, StringBuilder out) {
    if (type instanceof RecordDecl record) {
      out.append("export interface ").append(name).append(" {\n");
      for (Field field : record.fields()) {
        out.append("  ").append(field.javaName()).append(": ").append(types.of(field.type())).append(";\n");
      }
      out.append("}\n");
    } else if (type instanceof EnumDecl enumeration) {
      union(name, enumeration.constants().stream()
          .map(EnumConstant::javaName).map(Json::quote).toList(), out);
    } else if (type instanceof VariantDecl variant) {
      union(name, variant.cases().stream()
          .map(variantCase -> "{ " + variantCase.wireName() + ": " + types.of(variantCase.payload()) + " }")
          .toList(), out);
    }
  }

  /** {@code export type Name = | A | B;}, an alternative a line; {@code never} when there is none. */
  private static void union(String name, List<String> alternatives, StringBuilder out) {
    out.append("export type ").append(name).append(" =");
    if (alternatives.isEmpty()) {
      out.append(" never;\n");
      return;
    }
    alternatives.forEach(alternative -> out.append("\n  | ").append(alternative));
    out.append(";\n");
  }
}
