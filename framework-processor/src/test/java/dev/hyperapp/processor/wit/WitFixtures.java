package dev.hyperapp.processor.wit;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.testing.Fixtures;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.tools.JavaFileObject;

/**
 * The WIT folder (file name → text) the processor writes: for fixtures, compiled by the real processor
 * with every generator; for hand-built models, by calling the WIT generators as the processor does.
 */
final class WitFixtures {

  private WitFixtures() {}

  /** The WIT files of the fixtures {@code fixtures/<path>}, which must compile without warnings. */
  static SortedMap<String, String> witFiles(String... paths) {
    Compilation compilation = Fixtures.compile(paths);
    assertThat(compilation).succeededWithoutWarnings();
    SortedMap<String, String> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int start = uri.indexOf("/" + WitPackage.DIRECTORY);
      if (file.getKind() == JavaFileObject.Kind.OTHER && start >= 0) {
        String path = uri.substring(start + 1);
        files.put(fileName(path), Fixtures.generatedResource(compilation, path));
      }
    }
    return files;
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
