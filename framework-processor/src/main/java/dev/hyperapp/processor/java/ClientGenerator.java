package dev.hyperapp.processor.java;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.Parameter;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <App>Client}: a typed stub with one method per {@code @Remote} and {@code @Local}
 * handler, returning a {@code CompletionStage} of the handler's result. Requests go through {@code
 * RpcTarget}, which writes the same envelope the dispatcher reads, with the same codec.
 */
public final class ClientGenerator implements Generator {

  private static final ClassName RPC = ClassName.get("dev.hyperapp.api.rpc", "Rpc");
  private static final ClassName RPC_TARGET = ClassName.get("dev.hyperapp.api.rpc", "RpcTarget");
  private static final ClassName RPC_TRANSPORT = ClassName.get("dev.hyperapp.api.rpc", "RpcTransport");
  private static final ClassName REPLY_BLOB = ClassName.get("dev.hyperapp.api.rpc", "ReplyBlob");
  private static final ClassName BLOB = ClassName.get("dev.hyperapp.annotations", "Blob");

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    out.writeJava(client(model, CodeBlock.of("{@link $T}", JavaTypes.className(model.javaType()))));
  }

  /**
   * The client of {@code model}'s process; {@code process} names the process in the class doc. The
   * Maven plugin calls this for a process known by its WIT alone, whose class it cannot link.
   */
  public static JavaFile client(ProcessModel model, CodeBlock process) {
    ClassName client = JavaTypes.generatedName(model, "Client");
    TypeSpec.Builder type = TypeSpec.classBuilder(client)
        .addJavadoc("Calls the {@code @Remote} and {@code @Local} handlers of $L on any node:\n"
            + "{@code $T.at(\"bob.os\").handler(…)}. Every call completes on the calling process's\n"
            + "executor, with the reply or an {@link dev.hyperapp.api.rpc.RpcException}.\n", process, client)
        .addAnnotation(JavaTypes.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addField(FieldSpec.builder(JavaTypes.PROCESS_ID, "PROCESS_ID", Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc("{@code $L}.\n", model.processId())
            .initializer("new $T($S, $S, $S)", JavaTypes.PROCESS_ID, model.process(), model.packageName(),
                model.publisher())
            .build());
    List<MethodSpec> calls = new ArrayList<>();
    // An argument named like a constant would hide it in its method.
    List<String> taken = new ArrayList<>(List.of("PROCESS_ID"));
    model.handlers().forEach(handler -> handler.arguments().forEach(argument -> taken.add(argument.javaName())));
    WireTypeConstants wireTypes =
        WireTypeConstants.wireTypes(type, new JavaTypes.ConstantNames(taken.toArray(String[]::new)));
    for (HandlerModel handler : model.handlers()) {
      if (handler.is(HandlerModel.Kind.REMOTE) || handler.is(HandlerModel.Kind.LOCAL)) {
        calls.add(call(handler, wireTypes));
      }
    }
    type.addField(RPC_TARGET, "target", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RPC_TARGET, "target")
            .addStatement("this.target = target")
            .build())
        .addMethod(factory(client, "The process on {@code node}, called from the process whose handler runs now.")
            .addParameter(String.class, "node")
            .addStatement("return at(new $T(node, PROCESS_ID))", JavaTypes.ADDRESS)
            .build())
        .addMethod(factory(client, "The process at {@code address}, called from the process whose handler runs now.")
            .addParameter(JavaTypes.ADDRESS, "address")
            .addStatement("return at($T.currentTransport(), address)", RPC)
            .build())
        .addMethod(factory(client, "The process at {@code address}, called through {@code transport} (tests, tools).")
            .addParameter(RPC_TRANSPORT, "transport")
            .addParameter(JavaTypes.ADDRESS, "address")
            .addStatement("return new $T(new $T(transport, address, $T.DEFAULT_TIMEOUT))", client,
                RPC_TARGET, RPC_TARGET)
            .build())
        .addMethod(MethodSpec.methodBuilder("withTimeout")
            .addJavadoc("This client, waiting {@code timeout} for each reply (30 seconds unless set).\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addParameter(Duration.class, "timeout")
            .addStatement("return new $T(target.withTimeout(timeout))", client)
            .build())
        .addMethod(MethodSpec.methodBuilder("withBlob")
            .addJavadoc("This client, sending {@code blob} beside the arguments of each call (the handler's\n"
                + "{@code ctx.blob()}).\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addParameter(BLOB, "blob")
            .addStatement("return new $T(target.withBlob(blob))", client)
            .build())
        .addMethod(MethodSpec.methodBuilder("withReplyBlob")
            .addJavadoc("This client, putting the blob each reply carries (the handler's\n"
                + "{@code ctx.respondWithBlob}) into {@code replyBlob}.\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(client)
            .addParameter(REPLY_BLOB, "replyBlob")
            .addStatement("return new $T(target.withReplyBlob(replyBlob))", client)
            .build())
        .addMethods(calls);
    return JavaTypes.javaFile(client, type.build());
  }

  /** A {@code public static <App>Client at(…)}. */
  private static MethodSpec.Builder factory(ClassName client, String javadoc) {
    return MethodSpec.methodBuilder("at")
        .addJavadoc(javadoc + "\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(client);
  }

  private static MethodSpec call(HandlerModel handler, WireTypeConstants wireTypes) {
    TypeName result = JavaTypes.boxed(handler.returns());
    MethodSpec.Builder method = MethodSpec.methodBuilder(handler.methodName())
        .addJavadoc("Calls {@code $L} ($L).\n", handler.methodName(), handler.sortedKinds().stream()
            .filter(kind -> kind != HandlerModel.Kind.HTTP)
            .map(kind -> "{@code @" + kind.name().charAt(0)
                + kind.name().substring(1).toLowerCase(Locale.ROOT) + "}")
            .collect(Collectors.joining(", ")))
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(JavaTypes.COMPLETION_STAGE, result));
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter.Argument argument : handler.arguments()) {
      method.addParameter(JavaTypes.typeName(argument.type()), argument.javaName());
      arguments.add(CodeBlock.of("$L.value($L)", wireTypes.of(JavaTypes.valueType(argument.type())),
          argument.javaName()));
    }
    CodeBlock returns;
    if (handler.returns() instanceof TypeRef.Unit) {
      returns = CodeBlock.of("$T.VOID", JavaTypes.WIRE_TYPE);
    } else {
      returns = CodeBlock.of("$L", wireTypes.of(handler.returns()));
    }
    // "this." because an argument may be called target too.
    CodeBlock.Builder call = CodeBlock.builder()
        .add("return this.target.call($S,$W$L", handler.wireName(), returns);
    arguments.forEach(argument -> call.add(",$W$L", argument));
    return method.addStatement(call.add(")").build()).build();
  }
}
