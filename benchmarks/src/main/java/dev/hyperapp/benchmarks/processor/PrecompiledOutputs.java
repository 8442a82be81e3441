package dev.hyperapp.benchmarks.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floor under any processor that produces Hyperapp's outputs: it reads no model and generates
 * nothing, but writes, when it sees {@code @Hyperprocess}, what the real processor's compile leaves
 * behind, prepared beforehand in the directory given as {@code -Aprecompiled=DIR}: the dispatcher and
 * client as class files ({@code DIR/classes}) and the WIT, manifest and browser client as resources
 * ({@code DIR/resources}). Without the option it writes nothing, which is the cost of javac running
 * a processor at all. Used by {@link ProcessorCpuTime}; passed to javac by name, never registered.
 */
@SupportedAnnotationTypes("dev.hyperapp.annotations.Hyperprocess")
@SupportedOptions(PrecompiledOutputs.OPTION)
public final class PrecompiledOutputs extends AbstractProcessor {

  static final String OPTION = "precompiled";

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    String precompiled = processingEnv.getOptions().get(OPTION);
    if (annotations.isEmpty() || precompiled == null) {
      return false;
    }
    try {
      Path classes = Path.of(precompiled, "classes");
      for (Path file : filesUnder(classes)) {
        String binaryName = classes.relativize(file).toString()
            .replace(".class", "").replace(file.getFileSystem().getSeparator(), ".");
        copy(file, processingEnv.getFiler().createClassFile(binaryName).openOutputStream());
      }
      Path resources = Path.of(precompiled, "resources");
      for (Path file : filesUnder(resources)) {
        String name = resources.relativize(file).toString();
        copy(file, processingEnv.getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", name).openOutputStream());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static void copy(Path file, OutputStream target) throws IOException {
    try (target) {
      Files.copy(file, target);
    }
  }
}
