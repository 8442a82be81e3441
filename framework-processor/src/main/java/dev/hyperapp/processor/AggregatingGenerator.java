package dev.hyperapp.processor;

import dev.hyperapp.processor.model.ProcessModel;
import java.util.List;

/**
 * Writes files that merge several processes of one compilation (a WIT world, the service registry),
 * once, after the last round. Like {@link Generator}, it never reads elements.
 */
public interface AggregatingGenerator {

  /** {@code models} is every process of the compilation, sorted by process id. */
  void generate(List<ProcessModel> models, GeneratedFiles out);
}
