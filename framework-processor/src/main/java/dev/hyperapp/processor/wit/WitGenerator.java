package dev.hyperapp.processor.wit;

import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.ProcessModel;

/** Being written. */
public final class WitGenerator implements Generator {

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    throw new IllegalStateException("WitGenerator is being written");
  }
}
