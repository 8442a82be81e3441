package dev.hyperapp.processor;

import com.google.auto.service.AutoService;
import dev.hyperapp.processor.java.ClientGenerator;
import dev.hyperapp.processor.java.DispatcherGenerator;
import dev.hyperapp.processor.java.ServiceRegistryGenerator;
import dev.hyperapp.processor.js.BrowserClientGenerator;
import dev.hyperapp.processor.manifest.ManifestGenerator;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.ProcessRounds;
import dev.hyperapp.processor.wit.WitGenerator;
import dev.hyperapp.processor.wit.WitWorldGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The entry point: reads each {@code @Hyperprocess} class into a validated {@link ProcessModel}, then
 * hands the model to the generators. A class with errors is reported and skipped; the others are still
 * generated. A class that refers to a type not generated yet is retried in the next round.
 */
@AutoService(Processor.class)
public final class HyperprocessProcessor extends AbstractProcessor {

  private final List<Generator> generators = List.of(
      new WitGenerator(),
      new DispatcherGenerator(),
      new ClientGenerator(),
      new BrowserClientGenerator(),
      new ManifestGenerator());

  private final List<AggregatingGenerator> aggregatingGenerators = List.of(
      new WitWorldGenerator(),
      new ServiceRegistryGenerator());

  private ProcessRounds rounds;
  private final List<ProcessModel> models = new ArrayList<>();
  private final List<Element> origins = new ArrayList<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return ProcessRounds.ANNOTATIONS;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    rounds = new ProcessRounds(processingEnv);
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    rounds.read(round).forEach(read -> generate(read.model(), read.type()));

    if (round.processingOver() && !models.isEmpty()) {
      models.sort(Comparator.comparing(ProcessModel::processId));
      GeneratedFiles out = new GeneratedFiles(processingEnv.getFiler(), origins.toArray(Element[]::new));
      aggregatingGenerators.forEach(generator -> generator.generate(List.copyOf(models), out));
    }
    return false;
  }

  private void generate(ProcessModel model, TypeElement type) {
    GeneratedFiles out = new GeneratedFiles(processingEnv.getFiler(), type);
    generators.forEach(generator -> generator.generate(model, out));
    models.add(model);
    origins.add(type);
  }
}
