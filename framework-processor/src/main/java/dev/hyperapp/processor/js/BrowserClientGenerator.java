package dev.hyperapp.processor.js;

import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.ProcessModel;

/** Being written. */
public final class BrowserClientGenerator implements Generator {

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    throw new IllegalStateException("BrowserClientGenerator is being written");
  }
}
