package dev.hyperapp.processor.manifest;

import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.ProcessModel;

/** Being written. */
public final class ManifestGenerator implements Generator {

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    throw new IllegalStateException("ManifestGenerator is being written");
  }
}
