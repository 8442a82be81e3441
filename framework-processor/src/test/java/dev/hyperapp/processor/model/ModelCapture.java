package dev.hyperapp.processor.model;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with only the model reader, capturing the models it builds; generator tests use
 * it to get real models without running the other generators.
 */
public final class ModelCapture extends AbstractProcessor {

  public final List<ProcessModel> models = new ArrayList<>();
  public Compilation compilation;

  public static ModelCapture compile(JavaFileObject... sources) {
    ModelCapture capture = new ModelCapture();
    capture.compilation = javac().withProcessors(capture).compile(sources);
    return capture;
  }

  /**
   * The model of the one {@code @Hyperprocess} class in {@code sources}; fails unless they compile
   * without errors or warnings.
   */
  public static ProcessModel read(JavaFileObject... sources) {
    ModelCapture capture = compile(sources);
    assertThat(capture.compilation).succeededWithoutWarnings();
    if (capture.models.size() != 1) {
      throw new AssertionError("expected one model, got " + capture.models);
    }
    return capture.models.get(0);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ProcessModelReader.HYPERPROCESS);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    ProcessModelReader reader = new ProcessModelReader(processingEnv);
    TypeElement annotation =
        processingEnv.getElementUtils().getTypeElement(ProcessModelReader.HYPERPROCESS);
    for (TypeElement type : ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation))) {
      if (reader.readFinal(type) instanceof ProcessModelReader.Outcome.Valid valid) {
        models.add(valid.model());
      }
    }
    return false;
  }
}
