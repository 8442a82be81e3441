package dev.hyperapp.processor.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.hyperapp.processor.HyperprocessProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles fixture sources from {@code src/test/resources/fixtures/} with the real processor. */
public final class Fixtures {

  private Fixtures() {}

  /** The fixture {@code fixtures/<path>} as a source file. */
  public static JavaFileObject source(String path) {
    return JavaFileObjects.forResource("fixtures/" + path);
  }

  /** Compiles fixtures with the processor. */
  public static Compilation compile(String... paths) {
    return compile(Arrays.stream(paths).map(Fixtures::source).toArray(JavaFileObject[]::new));
  }

  /** Compiles sources with the processor. */
  public static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new HyperprocessProcessor()).compile(sources);
  }

  /** The text of a generated resource, for example {@code META-INF/hyperapp/wit/kitchen-sink.wit}. */
  public static String generatedResource(Compilation compilation, String path) {
    JavaFileObject file = compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, path)
        .orElseThrow(() -> new AssertionError("not generated: " + path
            + "; generated: " + compilation.generatedFiles().stream().map(JavaFileObject::getName).toList()));
    return text(file);
  }

  /** The text of a generated Java source, by qualified class name. */
  public static String generatedSource(Compilation compilation, String qualifiedName) {
    JavaFileObject file = compilation
        .generatedSourceFile(qualifiedName)
        .orElseThrow(() -> new AssertionError("not generated: " + qualifiedName));
    return text(file);
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
