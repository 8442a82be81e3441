package dev.hyperapp.processor.model;

import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @Hyperprocess} class into a {@link ProcessModel}, validating everything and reporting
 * each problem through the {@code Messager} on the offending element. The only class of the processor
 * that reads {@code javax.lang.model} elements, together with its helpers in this package.
 */
public final class ProcessModelReader {

  private final ProcessingEnvironment env;

  public ProcessModelReader(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Reads a class; a class using a type that does not exist yet is {@link Outcome.Deferred}. */
  public Outcome read(TypeElement type) {
    throw new IllegalStateException("ProcessModelReader is being written");
  }

  /** Reads a class in the last round: a type still missing is now an error. */
  public Outcome readFinal(TypeElement type) {
    throw new IllegalStateException("ProcessModelReader is being written");
  }

  /** What reading a class gave. */
  public sealed interface Outcome {

    /** The class is valid. */
    record Valid(ProcessModel model) implements Outcome {}

    /** The class has errors, already reported. */
    record Invalid() implements Outcome {}

    /** The class uses a type that another processor has not generated yet; try again next round. */
    record Deferred() implements Outcome {}
  }
}
