package dev.hyperapp.processor.model;

import dev.hyperapp.processor.model.ProcessModelReader.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the {@code @Hyperprocess} classes of each processing round. A class that uses a type no
 * processor has generated yet is carried over to the next round, and reported only if the type is
 * still missing in the last one.
 */
public final class ProcessRounds {

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
}
