package dev.hyperapp.processor.wit;

import dev.hyperapp.processor.AggregatingGenerator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.ProcessModel;

/** Being written. */
public final class WitWorldGenerator implements AggregatingGenerator {

  @Override
  public void generate(java.util.List<ProcessModel> models, GeneratedFiles out) {
    throw new IllegalStateException("WitWorldGenerator is being written");
  }
}
