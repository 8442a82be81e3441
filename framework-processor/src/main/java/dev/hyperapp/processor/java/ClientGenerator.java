package dev.hyperapp.processor.java;

import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.ProcessModel;

/** Being written. */
public final class ClientGenerator implements Generator {

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    throw new IllegalStateException("ClientGenerator is being written");
  }
}
