package dev.hyperapp.runtime.apps;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Builds an app jar the way a developer's build does: compiles a folder of sources with javac, the
 * Hyperapp processor found on the test class path, and jars the classes, the generated resources and
 * the folder's other files.
 */
public final class AppJars {

  /** Where the app sources used by tests live, under the module's folder. */
  static final Path SOURCES = Path.of("src/test/resources/apps");

  private AppJars() {}

  /** Compiles {@code SOURCES/<app>} into {@code <work>/<jarName>}. */
  public static Path build(String app, Path work, String jarName) {
    Path sources = SOURCES.resolve(app);
    Path classes = work.resolve(jarName + "-classes");
    try {
      Files.createDirectories(classes);
      List<Path> javaFiles = files(sources).filter(path -> path.toString().endsWith(".java"))
          .collect(Collectors.toList());
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      StringWriter diagnostics = new StringWriter();
      List<String> options = List.of("--release", "17", "-parameters",
          "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
      try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
        boolean compiled = javac.getTask(diagnostics, files, null, options, null,
            files.getJavaFileObjectsFromPaths(javaFiles)).call();
        if (!compiled) {
          throw new IllegalStateException("Compiling " + sources + " failed:\n" + diagnostics);
        }
      }
      copyResources(sources, classes);
      Path jar = work.resolve(jarName);
      pack(classes, jar);
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyResources(Path sources, Path classes) throws IOException {
    for (Path file : files(sources).filter(path -> !path.toString().endsWith(".java"))
        .collect(Collectors.toList())) {
      Path target = classes.resolve(sources.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
  }

  /** Packs the files under {@code classes} into {@code jar}, paths relative to it. */
  public static void pack(Path classes, Path jar) throws IOException {
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (Path file : files(classes).sorted().collect(Collectors.toList())) {
        jarOut.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jarOut);
        jarOut.closeEntry();
      }
    }
  }

  private static Stream<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).collect(Collectors.toList()).stream();
    }
  }
}
