package dev.hyperapp.processor.wit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import dev.hyperapp.processor.model.ModelCapture;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.testing.Fixtures;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * The WIT folder (file name → text) the processor writes for fixtures or models. Fixtures are read by
 * the real model reader and only the WIT generators run, which keeps these tests independent of the
 * other generators.
 */
final class WitFixtures {

  private WitFixtures() {}

  /** The WIT files of the fixtures {@code fixtures/<path>}, which must compile without warnings. */
  static SortedMap<String, String> witFiles(String... paths) {
    ModelCapture capture = ModelCapture.compile(
        Arrays.stream(paths).map(Fixtures::source).toArray(JavaFileObject[]::new));
    assertThat(capture.compilation).succeededWithoutWarnings();
    return folder(capture.models);
  }

  /** What the processor writes for these models, calling the generators as it does. */
  static SortedMap<String, String> folder(List<ProcessModel> models) {
    SortedMap<String, String> files = new TreeMap<>();
    for (ProcessModel model : models) {
      files.put(fileName(WitPackage.interfaceFile(model)), WitGenerator.render(model));
    }
    List<ProcessModel> byId = models.stream().sorted(Comparator.comparing(ProcessModel::processId)).toList();
    WitWorldGenerator.render(byId).forEach((path, text) -> files.put(fileName(path), text));
    return files;
  }

  private static String fileName(String path) {
    return path.substring(WitPackage.DIRECTORY.length());
  }
}
