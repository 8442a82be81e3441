package dev.hyperapp.processor.model;

import dev.hyperapp.processor.model.ProcessModelReader.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the {@code @Hyperprocess} classes of each processing round. A class that uses a type no
 * processor has generated yet is carried over to the next round, and reported only if the type is
 * still missing in the last one.
 */
public final class ProcessRounds {

  /** The annotations a processor using this class must support. */
  public static final Set<String> ANNOTATIONS = Set.of(ProcessModelReader.HYPERPROCESS,
      "dev.hyperapp.annotations.Init", "dev.hyperapp.annotations.Http",
      "dev.hyperapp.annotations.Local", "dev.hyperapp.annotations.Remote",
      "dev.hyperapp.annotations.Ws");

  /** A valid class and its model. */
  public record Read(TypeElement type, ProcessModel model) {}

  private final ProcessingEnvironment env;
  private final ProcessModelReader reader;
  /** Qualified names of the classes carried over to the next round, in the order they were met. */
  private final Set<String> deferred = new LinkedHashSet<>();

  public ProcessRounds(ProcessingEnvironment env) {
    this.env = env;
    this.reader = new ProcessModelReader(env);
  }

  /** Reads this round's new classes and those carried over; errors go to the {@code Messager}. */
  public List<Read> read(RoundEnvironment round) {
    reportStrayHandlers(round);
    List<TypeElement> candidates = new ArrayList<>();
    deferred.forEach(name -> candidates.add(env.getElementUtils().getTypeElement(name)));
    deferred.clear();
    TypeElement annotation =
        env.getElementUtils().getTypeElement(ProcessModelReader.HYPERPROCESS);
    if (annotation != null) {
      candidates.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
    }

    List<Read> valid = new ArrayList<>();
    for (TypeElement type : candidates) {
      Outcome outcome = round.processingOver() ? reader.readFinal(type) : reader.read(type);
      if (outcome instanceof Outcome.Valid model) {
        valid.add(new Read(type, model.model()));
      } else if (outcome instanceof Outcome.Deferred) {
        deferred.add(type.getQualifiedName().toString());
      } // Outcome.Invalid: the errors are already reported on the elements
    }
    return valid;
  }

  /** Handler annotations outside a {@code @Hyperprocess} class would be ignored without a word. */
  private void reportStrayHandlers(RoundEnvironment round) {
    Reporter reporter = new Reporter();
    for (String name : ANNOTATIONS) {
      TypeElement annotation = env.getElementUtils().getTypeElement(name);
      if (annotation == null || name.equals(ProcessModelReader.HYPERPROCESS)) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(round.getElementsAnnotatedWith(annotation))) {
        Element owner = method.getEnclosingElement();
        if (ElementNames.annotation(owner, ProcessModelReader.HYPERPROCESS).isEmpty()) {
          reporter.errorOnAnnotation(method, name, ModelError.HANDLER_OUTSIDE_PROCESS,
              "@" + annotation.getSimpleName(), method.getSimpleName(), owner.getSimpleName());
        }
      }
    }
    reader.report(reporter);
  }
}
