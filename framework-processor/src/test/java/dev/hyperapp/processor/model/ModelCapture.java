package dev.hyperapp.processor.model;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Compiles sources with only the model reader (no generators), capturing the models it builds and
 * the round each was read in. Generator tests use it to get models read from real sources.
 */
public final class ModelCapture extends AbstractProcessor {

  /** A model and the processing round, counted from 1, in which its class was read. */
  public record Captured(ProcessModel model, int round) {}

  /** The valid models, in the order they were read. */
  public final List<ProcessModel> models = new ArrayList<>();
  public final List<Captured> captured = new ArrayList<>();
  public Compilation compilation;
  private ProcessRounds rounds;
  private int round;

  public static ModelCapture compile(JavaFileObject... sources) {
    return compileWith(List.of(), sources);
  }

  /** Compiles with {@code others} running before the reader in each round. */
  public static ModelCapture compileWith(List<Processor> others, JavaFileObject... sources) {
    ModelCapture capture = new ModelCapture();
    List<Processor> processors = Stream.concat(others.stream(), Stream.of(capture)).toList();
    capture.compilation = javac().withProcessors(processors).compile(sources);
    return capture;
  }

  /**
   * The model of the one {@code @Hyperprocess} class in {@code sources}; fails unless they compile
   * without errors or warnings.
   */
  public static ProcessModel read(JavaFileObject... sources) {
    ModelCapture capture = compile(sources);
    assertThat(capture.compilation).succeededWithoutWarnings();
    return capture.onlyModel();
  }

  /** The only model captured. */
  public ProcessModel onlyModel() {
    if (models.size() != 1) {
      throw new AssertionError("expected one model, got " + models);
    }
    return models.get(0);
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    rounds = new ProcessRounds(processingEnv);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ProcessRounds.ANNOTATIONS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment roundEnv) {
    round++;
    for (ProcessRounds.Read read : rounds.read(roundEnv)) {
      models.add(read.model());
      captured.add(new Captured(read.model(), round));
    }
    return false;
  }
}
