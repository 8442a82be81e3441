package dev.hyperapp.processor.java;

import dev.hyperapp.processor.AggregatingGenerator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.ProcessModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes {@code META-INF/services/dev.hyperapp.api.dispatch.ProcessDispatcher}, listing every
 * dispatcher of the compilation, sorted, so the runtime finds them with {@link java.util.ServiceLoader}.
 */
public final class ServiceRegistryGenerator implements AggregatingGenerator {

  static final String PATH = "META-INF/services/dev.hyperapp.api.dispatch.ProcessDispatcher";

  @Override
  public void generate(List<ProcessModel> models, GeneratedFiles out) {
    out.writeResource(PATH, models.stream()
        .map(model -> JavaTypes.generatedName(model, "Dispatcher").reflectionName())
        .sorted()
        .collect(Collectors.joining("\n", "", "\n")));
  }
}
