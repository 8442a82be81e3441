package dev.hyperapp.processor.java;

import static dev.hyperapp.processor.java.JavaTypes.CONTEXT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.manifest.AppResources;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.LifecycleHandler;
import dev.hyperapp.processor.model.Parameter;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <App>Dispatcher}: the process's handler table as a {@code switch} on the wire name
 * that calls each handler directly, with one {@code Codec} constant per distinct argument and
 * result type, so nothing is looked up or reflected per message. Parsing, origin checks and errors are {@code DispatchTable}'s.
 */
public final class DispatcherGenerator implements Generator {

  private static final String DISPATCH = "dev.hyperapp.api.dispatch";
  private static final ClassName PROCESS_DISPATCHER = ClassName.get(DISPATCH, "ProcessDispatcher");
  private static final ClassName DISPATCH_TABLE = ClassName.get(DISPATCH, "DispatchTable");
  private static final ClassName DISPATCH_RESULT = ClassName.get(DISPATCH, "DispatchResult");
  private static final ClassName ORIGIN = ClassName.get(DISPATCH, "Origin");
  private static final ClassName CALL = ClassName.get(DISPATCH, "Call");
  private static final ClassName APP_MANIFEST = ClassName.get("dev.hyperapp.api.manifest", "AppManifest");
  private static final ClassName WS_EVENT = ClassName.get("dev.hyperapp.annotations", "WsEvent");

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    ClassName process = JavaTypes.className(model.javaType());
    ClassName name = JavaTypes.generatedName(model, "Dispatcher");
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addJavadoc("The dispatch table of {@link $T}, generated from its handlers.\n", process)
        .addAnnotation(JavaTypes.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(PROCESS_DISPATCHER, process))
        .addField(JavaTypes.constant(APP_MANIFEST, "MANIFEST")
            .addJavadoc("Read from the manifest.json the processor wrote, rather than repeated here as Java code.\n")
            .initializer("$T.load($T.class,$W$S)", APP_MANIFEST, name,
                AppResources.path(model, AppResources.MANIFEST))
            .build())
        .addField(JavaTypes.constant(DISPATCH_TABLE, "TABLE")
            .initializer("new $T(MANIFEST)", DISPATCH_TABLE)
            .build());

    WireTypeConstants wireTypes =
        WireTypeConstants.codecs(type, new JavaTypes.ConstantNames("MANIFEST", "TABLE"));
    CodeBlock.Builder cases = CodeBlock.builder();
    for (HandlerModel handler : model.handlers()) {
      cases.add(handlerCase(handler, wireTypes));
    }

    type.addMethod(override("manifest", APP_MANIFEST).addStatement("return MANIFEST").build())
        .addMethod(override("stateType", ParameterizedTypeName.get(ClassName.get(Class.class), process))
            .addStatement("return $T.class", process)
            .build())
        .addMethod(override("create", process).addStatement("return new $T()", process).build())
        .addMethod(lifecycle("init", process, model.init(), List.of()))
        .addMethod(dispatch(process))
        .addMethod(invoke(process))
        .addMethod(lifecycle("onWebSocket", process, model.webSocket(),
            List.of(ParameterSpec.builder(WS_EVENT, "event").build())))
        .addMethod(handle(process, model, cases.build()));
    out.writeJava(JavaTypes.javaFile(name, type.build()));
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  /** {@code init} or {@code onWebSocket}: calls the lifecycle method, if the process has one. */
  private static MethodSpec lifecycle(String name, ClassName process, Optional<LifecycleHandler> handler,
      List<ParameterSpec> extra) {
    MethodSpec.Builder method = override(name, TypeName.VOID)
        .addParameter(process, "process")
        .addParameter(CONTEXT, "context")
        .addParameters(extra);
    handler.ifPresent(lifecycle -> {
      List<CodeBlock> arguments = new ArrayList<>();
      for (Parameter parameter : lifecycle.parameters()) {
        arguments.add(CodeBlock.of(parameter instanceof Parameter.EventParameter ? "event" : "context"));
      }
      method.addStatement("process.$L($L)", lifecycle.methodName(), CodeBlock.join(arguments, ", "));
      if (lifecycle.throwsChecked()) {
        method.addException(Exception.class);
      }
    });
    return method.build();
  }

  private static MethodSpec dispatch(ClassName process) {
    return override("dispatch", DISPATCH_RESULT)
        .addParameter(process, "process")
        .addParameter(ORIGIN, "origin")
        .addParameter(CONTEXT, "context")
        .addParameter(byte[].class, "body")
        .addStatement("return TABLE.dispatch(origin, body, call -> handle(process, context, call))")
        .build();
  }

  private static MethodSpec invoke(ClassName process) {
    return override("invoke", DISPATCH_RESULT)
        .addParameter(process, "process")
        .addParameter(ORIGIN, "origin")
        .addParameter(CONTEXT, "context")
        .addParameter(String.class, "method")
        .addParameter(byte[].class, "arguments")
        .addStatement(
            "return TABLE.invoke(origin, method, arguments, call -> handle(process, context, call))")
        .build();
  }

  private static MethodSpec handle(ClassName process, ProcessModel model, CodeBlock cases) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("handle")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(DISPATCH_RESULT)
        .addParameter(process, "process")
        .addParameter(CONTEXT, "context")
        .addParameter(CALL, "call")
        .beginControlFlow("switch (call.method())")
        .addCode(cases)
        .addCode("default:\n$>")
        .addComment("Unreachable: the table answers unknown names before calling here.")
        .addStatement("throw new $T(call.method())", IllegalStateException.class)
        .addCode("$<")
        .endControlFlow();
    if (model.handlers().stream().anyMatch(HandlerModel::throwsChecked)) {
      method.addException(Exception.class);
    }
    return method.build();
  }

  /** One {@code case}: decode the arguments, call the handler, encode what it returns. */
  private static CodeBlock handlerCase(HandlerModel handler, WireTypeConstants wireTypes) {
    List<CodeBlock> arguments = new ArrayList<>();
    int index = 0;
    for (Parameter parameter : handler.parameters()) {
      if (parameter instanceof Parameter.Argument argument) {
        arguments.add(CodeBlock.of("$L.$L(call, $L, $S)", wireTypes.of(JavaTypes.valueType(argument.type())),
            JavaTypes.isNullable(argument.type()) ? "nullableArgument" : "argument", index++,
            argument.javaName()));
      } else {
        arguments.add(CodeBlock.of("context"));
      }
    }
    CodeBlock invocation = CodeBlock.of("process.$L($L)", handler.methodName(),
        CodeBlock.join(arguments, ",$W"));
    CodeBlock.Builder code = CodeBlock.builder().add("case $S:\n$>", handler.wireName());
    if (handler.returns() instanceof TypeRef.Unit) {
      if (handler.async()) {
        code.addStatement("return call.doneLater($L)", invocation);
      } else {
        code.addStatement("$L", invocation).addStatement("return call.done()");
      }
    } else {
      code.addStatement("return $L.$L(call,$W$L)", wireTypes.of(handler.returns()),
          handler.async() ? "replyLater" : "reply", invocation);
    }
    return code.add("$<").build();
  }
}
