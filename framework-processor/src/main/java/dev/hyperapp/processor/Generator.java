package dev.hyperapp.processor;

import dev.hyperapp.processor.model.ProcessModel;

/** Turns a validated model into files. A generator never reads {@code javax.lang.model} elements. */
public interface Generator {

  void generate(ProcessModel model, GeneratedFiles out);
}
