package dev.hyperapp.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The compilations of {@link ProcessorBenchmark}, timed in CPU time of the compiling thread rather
 * than wall time, for a shared machine where other builds make wall time meaningless. Also compiles
 * the app plus its generated files with {@code -proc:none}, which splits the processor's cost into
 * its own work and compiling what it wrote, and runs {@link PrecompiledOutputs}, the floor under any
 * processor: once writing nothing, once writing the same outputs as prepared class files and
 * resources. Usage: {@code java -cp benchmarks.jar
 * dev.hyperapp.benchmarks.processor.ProcessorCpuTime [warm-ups] [runs] [stubs|working]}: the app's
 * handlers are one-line stubs unless {@code working} (see {@link GeneratedApp.Bodies}).
 */
public final class ProcessorCpuTime {

  private static final String PROCESSOR = "dev.hyperapp.processor.HyperprocessProcessor";
  private static final String FLOOR = PrecompiledOutputs.class.getName();

  private ProcessorCpuTime() {}

  public static void main(String[] args) throws IOException {
    int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    GeneratedApp.Bodies bodies =
        args.length > 2 ? GeneratedApp.Bodies.valueOf(args[2].toUpperCase(Locale.ROOT)) : GeneratedApp.Bodies.STUBS;
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StandardJavaFileManager files = javac.getStandardFileManager(null, null, null);
    Path root = Files.createTempDirectory("bench-src");
    Path app = GeneratedApp.write(root, 200, bodies);
    Path generated = Files.createTempDirectory("bench-gen");
    compile(javac, files, List.of(app), generated, "-processor", PROCESSOR);
    List<Path> withGenerated = new ArrayList<>(List.of(app));
    try (Stream<Path> walk = Files.walk(generated)) {
      walk.filter(path -> path.toString().endsWith(".java")).forEach(withGenerated::add);
    }
    Path precompiled = precompiledOutputs(generated, withGenerated.subList(1, withGenerated.size()));

    Map<String, Runnable> builds = new LinkedHashMap<>();
    builds.put("-proc:none (peer)", () -> compileAndDelete(javac, files, List.of(app), "-proc:none"));
    builds.put("-proc:none + generated files",
        () -> compileAndDelete(javac, files, withGenerated, "-proc:none"));
    builds.put("a processor writing nothing",
        () -> compileAndDelete(javac, files, List.of(app), "-processor", FLOOR));
    builds.put("precompiled outputs written",
        () -> compileAndDelete(javac, files, List.of(app), "-processor", FLOOR,
            "-A" + PrecompiledOutputs.OPTION + "=" + precompiled));
    builds.put("-proc:only",
        () -> compileAndDelete(javac, files, List.of(app), "-proc:only", "-processor", PROCESSOR));
    builds.put("with the processor",
        () -> compileAndDelete(javac, files, List.of(app), "-processor", PROCESSOR));

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] millis = new long[builds.size()][runs];
    for (int run = 0; run < warmUps + runs; run++) {
      int build = 0;
      for (Runnable compile : builds.values()) { // interleaved, so load swings hit every build alike
        long start = threads.getCurrentThreadCpuTime();
        compile.run();
        long cpu = threads.getCurrentThreadCpuTime() - start;
        if (run >= warmUps) {
          millis[build][run - warmUps] = cpu / 1_000_000;
        }
        build++;
      }
    }
    ProcessorBenchmark.delete(root);
    ProcessorBenchmark.delete(generated);
    ProcessorBenchmark.delete(precompiled);
    long[] peer = null;
    int build = 0;
    for (String name : builds.keySet()) {
      long[] sorted = millis[build++].clone();
      Arrays.sort(sorted);
      peer = peer == null ? sorted : peer;
      System.out.printf("%-30s CPU ms: min %5d  median %5d   ratio to the peer %.2f× / %.2f×%n", name,
          sorted[0], sorted[runs / 2], (double) sorted[0] / peer[0],
          (double) sorted[runs / 2] / peer[runs / 2]);
    }
  }

  /**
   * Lays out what the real processor's compile left in {@code generated} for {@link
   * PrecompiledOutputs}: the class files of the generated sources, and the resources.
   */
  private static Path precompiledOutputs(Path generated, List<Path> generatedSources)
      throws IOException {
    Path precompiled = Files.createTempDirectory("bench-precompiled");
    for (Path source : generatedSources) {
      Path dir = source.getParent();
      String type = source.getFileName().toString().replace(".java", "");
      try (Stream<Path> classes = Files.list(dir)) {
        for (Path file : classes.filter(file -> isClassOf(file, type)).toList()) {
          copy(file, precompiled.resolve("classes").resolve(generated.relativize(file)));
        }
      }
    }
    try (Stream<Path> walk = Files.walk(generated.resolve("META-INF"))) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        copy(file, precompiled.resolve("resources").resolve(generated.relativize(file)));
      }
    }
    return precompiled;
  }

  private static boolean isClassOf(Path file, String type) {
    String name = file.getFileName().toString();
    return name.equals(type + ".class") || name.startsWith(type + "$");
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    Files.copy(from, to);
  }

  /** Compiles into a fresh directory, deleted afterwards. */
  private static void compileAndDelete(JavaCompiler javac, StandardJavaFileManager files,
      List<Path> sources, String... processing) {
    try {
      Path output = Files.createTempDirectory("bench-out");
      compile(javac, files, sources, output, processing);
      ProcessorBenchmark.delete(output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void compile(JavaCompiler javac, StandardJavaFileManager files, List<Path> sources,
      Path output, String... processing) {
    List<String> options = new ArrayList<>(List.of("-d", output.toString(), "-s", output.toString(),
        "-classpath", System.getProperty("java.class.path"), "--release", "17"));
    options.addAll(List.of(processing));
    Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
    if (!javac.getTask(null, files, null, options, null, units).call()) {
      throw new IllegalStateException("the benchmark app did not compile");
    }
  }
}
