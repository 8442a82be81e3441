package dev.hyperapp.runtime.robustness;

import dev.hyperapp.runtime.apps.AppJars;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@link LedgerNodeMain} in JVMs of their own, made cheap to start again and again: the first
 * one records the classes a node loads into a class-data-sharing archive when it stops normally, and
 * the later ones map that archive instead of loading and verifying those classes anew. C1 only and the
 * serial collector, as a short-lived process wants.
 *
 * <p>A CDS archive takes classes from jars only, so the class path's directories (this build's
 * {@code target/classes}) are packed into jars first.
 */
final class NodeJvms {

  private final Path folder;
  private final String classPath;
  private final Path archive;
  private int started;

  private NodeJvms(Path folder, String classPath) {
    this.folder = folder;
    this.classPath = classPath;
    this.archive = folder.resolve("node.jsa");
  }

  /** Prepares {@code folder} with the jarred class path of this test JVM. */
  static NodeJvms in(Path folder) throws IOException {
    Files.createDirectories(folder);
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      entries.add(Files.isDirectory(path) ? jar(path, folder.resolve("classpath-" + entries.size() + ".jar")) : entry);
    }
    return new NodeJvms(folder, String.join(File.pathSeparator, entries));
  }

  /** Starts a node that writes the archive when it stops normally (SIGTERM); the later ones use it. */
  Process startRecording(List<String> arguments) throws IOException {
    return start("-XX:ArchiveClassesAtExit=" + archive, arguments);
  }

  /** Starts a node with the recorded archive (without it, if there is none: the JVM then warns and goes on). */
  Process start(List<String> arguments) throws IOException {
    return start("-XX:SharedArchiveFile=" + archive, arguments);
  }

  private Process start(String sharing, List<String> arguments) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        sharing, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
        "-cp", classPath, LedgerNodeMain.class.getName()));
    command.addAll(arguments);
    return new ProcessBuilder(command)
        .redirectError(folder.resolve("node-" + started++ + ".log").toFile())
        .start();
  }

  private static String jar(Path classes, Path jar) throws IOException {
    AppJars.pack(classes, jar);
    return jar.toString();
  }
}
