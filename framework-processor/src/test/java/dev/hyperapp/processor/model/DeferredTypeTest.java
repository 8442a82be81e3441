package dev.hyperapp.processor.model;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.hyperapp.processor.model.ModelCapture.Captured;
import dev.hyperapp.processor.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A process class may use a type that another annotation processor generates in a later round. */
class DeferredTypeTest {

  private static final JavaFileObject APP = JavaFileObjects.forSourceLines("test.deferred.Greeter",
      "package test.deferred;",
      "",
      "import dev.hyperapp.annotations.Http;",
      "import dev.hyperapp.annotations.Hyperprocess;",
      "import java.util.ArrayList;",
      "import java.util.List;",
      "",
      "@Hyperprocess",
      "public class Greeter {",
      "  public List<Greeting> sent = new ArrayList<>();",
      "",
      "  @Http",
      "  public Greeting greet(Greeting greeting) {",
      "    sent.add(greeting);",
      "    return greeting;",
      "  }",
      "}");

  /**
   * Generates the record {@code test.deferred.Greeting} and the constants {@code Routes} in the first
   * round, as Immutables or a constants generator might.
   */
  static final class GreetingGenerator extends AbstractProcessor {

    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!generated) {
        generated = true;
        write("Greeting", "public record Greeting(String from, String text) {}");
        write("Routes", "public final class Routes { public static final String API = \"/v1\"; }");
      }
      return false;
    }

    private void write(String simpleName, String declaration) {
      try (Writer writer = processingEnv.getFiler()
          .createSourceFile("test.deferred." + simpleName).openWriter()) {
        writer.write("package test.deferred;\n\n" + declaration + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Test
  void readsTheClassInTheRoundWhereItsTypeExists() {
    ModelCapture capture = ModelCapture.compileWith(List.of(new GreetingGenerator()), APP);

    assertThat(capture.compilation).succeededWithoutWarnings();
    assertThat(capture.captured).extracting(Captured::round).containsExactly(2);
    ProcessModel model = capture.onlyModel();
    JavaType greeting = new JavaType("test.deferred", List.of("Greeting"));
    TypeRef greetingRef = new TypeRef.Named(greeting, "greeting");
    assertThat(model.handlers()).singleElement().satisfies(handler -> {
      assertThat(handler.arguments()).extracting(Parameter.Argument::type)
          .containsExactly(greetingRef);
      assertThat(handler.returns()).isEqualTo(greetingRef);
    });
    assertThat(model.types()).extracting(TypeDecl::javaType).containsExactly(greeting);
  }

  @Test
  void readsAnAnnotationValueInTheRoundWhereItsConstantExists() {
    JavaFileObject router = JavaFileObjects.forSourceLines("test.deferred.Router",
        "package test.deferred;",
        "",
        "import dev.hyperapp.annotations.Endpoint;",
        "import dev.hyperapp.annotations.Hyperprocess;",
        "",
        "@Hyperprocess(endpoints = @Endpoint(path = Routes.API))",
        "public class Router {}");
    ModelCapture capture = ModelCapture.compileWith(List.of(new GreetingGenerator()), router);

    assertThat(capture.compilation).succeededWithoutWarnings();
    assertThat(capture.captured).extracting(Captured::round).containsExactly(2);
    assertThat(capture.onlyModel().endpoints()).extracting(EndpointModel::path).containsExactly("/v1");
  }

  @Test
  void reportsATypeStillMissingInTheLastRoundOnTheElementUsingIt() {
    Compilation compilation = Fixtures.compile(APP);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("Type Greeting cannot be found: check its name and import, or, if another annotation processor generates it, that this processor runs in the same compilation")
        .inFile(APP)
        .onLineContaining("public List<Greeting> sent");
  }
}
