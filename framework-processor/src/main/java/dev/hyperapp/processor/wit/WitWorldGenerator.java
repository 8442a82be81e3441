package dev.hyperapp.processor.wit;

import dev.hyperapp.processor.AggregatingGenerator;
import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.model.Names;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeRef.StandardType;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Completes the WIT package of a compilation, once: a world per distinct {@code witWorld} importing
 * the interfaces of its processes, and {@code standard.wit} with the package declaration and the
 * standard types {@code process-id} and {@code address} (Hyperware's shapes).
 */
public final class WitWorldGenerator implements AggregatingGenerator {

  private static final Comparator<String> BY_UNESCAPED_NAME = Comparator.comparing(WitText::unescaped);

  @Override
  public void generate(List<ProcessModel> models, GeneratedFiles out) {
    render(models).forEach(out::writeResource);
  }

  /** The files by path: the worlds and {@code standard.wit}; none without processes. */
  static SortedMap<String, String> render(List<ProcessModel> models) {
    SortedMap<String, String> files = new TreeMap<>();
    if (models.isEmpty()) {
      return files;
    }
    ProcessModel first = models.stream().min(Comparator.comparing(ProcessModel::processId)).get();
    files.put(WitPackage.STANDARD_FILE, standard(WitPackage.name(first)));
    SortedMap<String, SortedSet<String>> worlds = new TreeMap<>();
    for (ProcessModel model : models) {
      worlds.computeIfAbsent(model.witWorld(), world -> new TreeSet<>(BY_UNESCAPED_NAME))
          .add(model.witInterface());
    }
    worlds.forEach((world, interfaces) ->
        files.put(WitPackage.worldFile(world), world(world, interfaces)));
    return files;
  }

  private static String world(String name, SortedSet<String> interfaces) {
    WitText wit = new WitText().open("world " + Names.witIdentifier(name));
    interfaces.forEach(process -> wit.line("import " + process + ";"));
    return wit.close().toString();
  }

  /**
   * The package declaration, once for the whole folder, and the standard types. The package is named
   * after the first process by id; a compilation is one app, so its processes share it.
   */
  private static String standard(String packageName) {
    return new WitText()
        .line("package " + packageName + ";")
        .separate()
        .doc("The types every Hyperapp API shares: a process's id and its address on a node.")
        .open("interface " + WitPackage.STANDARD_INTERFACE)
        .doc("A process id, `process:package:publisher`.")
        .open("record " + StandardType.PROCESS_ID.witName())
        .member("process-name: string")
        .member("package-name: string")
        .member("publisher-node: string")
        .close()
        .separate()
        .doc("A process on a node, `node@process:package:publisher`.")
        .open("record " + StandardType.ADDRESS.witName())
        .member("node: string")
        .member("process: " + StandardType.PROCESS_ID.witName())
        .close()
        .close()
        .toString();
  }
}
