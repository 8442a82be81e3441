package dev.hyperapp.processor.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.hyperapp.processor.testing.DispatchResults.error;
import static dev.hyperapp.processor.testing.DispatchResults.json;
import static dev.hyperapp.processor.testing.DispatchResults.settled;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.processor.HyperprocessProcessor;
import dev.hyperapp.processor.testing.Fixtures;
import dev.hyperapp.processor.testing.GeneratedClasses;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the kitchen fixture does not have: handlers returning {@code CompletionStage<Void>} and
 * {@code CompletableFuture}, checked exceptions, no {@code @Init} or {@code @Ws}, argument and
 * handler names that generated code uses itself, and two processes in one compilation sharing the
 * services file.
 */
class GeneratedJavaShapesTest {

  private static final JavaFileObject ALPHA = JavaFileObjects.forSourceLines("test.alpha.Alpha",
      "package test.alpha;",
      "",
      "import dev.hyperapp.annotations.Hyperprocess;",
      "import dev.hyperapp.annotations.Local;",
      "import dev.hyperapp.annotations.Remote;",
      "import java.io.IOException;",
      "import java.util.concurrent.CompletableFuture;",
      "import java.util.concurrent.CompletionStage;",
      "",
      "@Hyperprocess(publisher = \"alpha.os\")",
      "public class Alpha {",
      "  public int saved;",
      "",
      "  @Local",
      "  CompletionStage<Void> store(int value) {",
      "    saved = value;",
      "    return CompletableFuture.completedFuture(null);",
      "  }",
      "",
      "  @Remote",
      "  String load() throws IOException {",
      "    if (saved < 0) {",
      "      throw new IOException(\"disk on fire\");",
      "    }",
      "    return \"v\" + saved;",
      "  }",
      "",
      "  @Remote",
      "  CompletableFuture<Integer> twice(int value) {",
      "    return CompletableFuture.completedFuture(2 * value);",
      "  }",
      "",
      "  // Names that generated code must not trip over: its call variable, its constant.",
      "  // (An argument named target is a compile error: the WIT signature has that field.)",
      "  @Local",
      "  String relay(String via, String call) {",
      "    return via + call;",
      "  }",
      "",
      "  @Local",
      "  String process(String id) {",
      "    return id;",
      "  }",
      "",
      "  // An argument named like a type constant must not hide it.",
      "  @Local",
      "  String shout(String STRING) {",
      "    return STRING.toUpperCase(java.util.Locale.ROOT);",
      "  }",
      "}");

  /** A process without any handler still gets a dispatcher (which knows no names) and a client. */
  private static final JavaFileObject QUIET = JavaFileObjects.forSourceLines("test.quiet.Quiet",
      "package test.quiet;",
      "",
      "@dev.hyperapp.annotations.Hyperprocess(endpoints = {})",
      "public class Quiet {",
      "}");

  private static Compilation compilation;
  private static ProcessDispatcher<Object> alpha;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void compile() throws Exception {
    compilation = Fixtures.compile(QUIET, ALPHA, Fixtures.source("kitchen/KitchenSink.java"));
    assertThat(compilation).succeededWithoutWarnings();
    alpha = (ProcessDispatcher<Object>) new GeneratedClasses(compilation).load("test.alpha.AlphaDispatcher")
        .getDeclaredConstructor().newInstance();
  }

  @Test
  void generatedJavaHasNoLintWarnings() {
    Compilation linted = javac().withProcessors(new HyperprocessProcessor()).withOptions("-Xlint:all")
        .compile(ALPHA, Fixtures.source("kitchen/KitchenSink.java"));
    assertThat(linted).succeeded();
    assertThat(linted.warnings().stream()
        .filter(warning -> warning.getSource() != null)
        .map(warning -> warning.getSource().getName() + ": " + warning.getMessage(null))
        .filter(warning -> warning.contains("Dispatcher") || warning.contains("Client")))
        .isEmpty();
  }

  @Test
  void servicesFileListsEveryDispatcherSorted() {
    assertThat(Fixtures.generatedResource(compilation, ServiceRegistryGenerator.PATH))
        .isEqualTo("test.alpha.AlphaDispatcher\ntest.kitchen.KitchenSinkDispatcher\n"
            + "test.quiet.QuietDispatcher\n");
  }

  @Test
  void asyncVoidAndFutureHandlers() {
    Object process = alpha.create();
    assertThat(json(settled(alpha.dispatch(process, Origin.LOCAL, null, bytes("{\"Store\":7}"))))).isNull();
    assertThat(json(alpha.dispatch(process, Origin.REMOTE, null, bytes("{\"Load\":null}")))).isEqualTo("\"v7\"");
    assertThat(json(settled(alpha.dispatch(process, Origin.REMOTE, null, bytes("{\"Twice\":21}")))))
        .isEqualTo("42");
  }

  @Test
  void namesTheGeneratedCodeUsesItselfDoNotClash() {
    Object process = alpha.create();
    assertThat(json(alpha.dispatch(process, Origin.LOCAL, null, bytes("{\"Relay\":[\"a\",\"b\"]}"))))
        .isEqualTo("\"ab\"");
    assertThat(json(alpha.dispatch(process, Origin.LOCAL, null, bytes("{\"Shout\":\"hi\"}"))))
        .isEqualTo("\"HI\"");
    assertThat(Fixtures.generatedSource(compilation, "test.alpha.AlphaClient"))
        .contains("STRING_2 = WireType.of(String.class)")
        .contains("return this.target.call(\"Relay\", STRING_2, STRING_2.value(via), STRING_2.value(call))")
        .contains("return this.target.call(\"Shout\", STRING_2, STRING_2.value(STRING))");
  }

  @Test
  @SuppressWarnings("unchecked")
  void processWithoutHandlersAnswersUnknownMethod() throws Exception {
    ProcessDispatcher<Object> quiet = (ProcessDispatcher<Object>) new GeneratedClasses(compilation)
        .load("test.quiet.QuietDispatcher").getDeclaredConstructor().newInstance();
    DispatchResult result = quiet.dispatch(quiet.create(), Origin.LOCAL, null, bytes("{\"Any\":null}"));
    assertThat(error(result).message())
        .isEqualTo("No handler Any can be called from a process on this node; these can: none");
  }

  @Test
  void checkedExceptionIsHandlerFailed() {
    Object process = alpha.create();
    alpha.dispatch(process, Origin.LOCAL, null, bytes("{\"Store\":-1}"));
    DispatchResult result = alpha.dispatch(process, Origin.REMOTE, null, bytes("{\"Load\":null}"));
    assertThat(result).isEqualTo(new DispatchResult.Failed(
        new dev.hyperapp.api.dispatch.DispatchError(ErrorCode.HANDLER_FAILED, "Load failed: disk on fire", null)));
  }

  @Test
  void withoutInitOrWebSocketTheLifecycleCallsDoNothing() throws Exception {
    Object process = alpha.create();
    alpha.init(process, null);
    alpha.onWebSocket(process, null, null);
    assertThat(json(alpha.dispatch(process, Origin.REMOTE, null, bytes("{\"Load\":null}")))).isEqualTo("\"v0\"");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }
}
