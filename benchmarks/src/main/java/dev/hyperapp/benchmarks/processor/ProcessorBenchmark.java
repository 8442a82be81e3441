package dev.hyperapp.benchmarks.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Compile time of an app with 200 handlers: javac with the Hyperapp processor (which also compiles
 * the dispatcher and client it generates) against plain {@code javac -proc:none} on the same sources.
 * The ratio of the two scores is the processor's cost; {@code processorOnly} ({@code -proc:only})
 * separates the processor's own work from compiling the code it generates.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ProcessorBenchmark {

  @Param("200")
  public int handlers;

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private Path sources;
  private Path output;
  private StandardJavaFileManager files;
  private List<JavaFileObject> units;

  @Setup(Level.Trial)
  public void writeSources() throws IOException {
    sources = Files.createTempDirectory("bench-src");
    files = javac.getStandardFileManager(null, null, null);
    units = List.copyOf(toList(files.getJavaFileObjects(GeneratedApp.write(sources, handlers))));
  }

  @Setup(Level.Invocation)
  public void freshOutput() throws IOException {
    output = Files.createTempDirectory("bench-out");
  }

  @TearDown(Level.Invocation)
  public void deleteOutput() {
    delete(output);
  }

  @TearDown(Level.Trial)
  public void deleteSources() throws IOException {
    files.close();
    delete(sources);
  }

  @Benchmark
  public boolean javacWithProcessor() {
    return compile("-processor", "dev.hyperapp.processor.HyperprocessProcessor");
  }

  /** The processor's own share: read, validate and generate, without compiling the generated code. */
  @Benchmark
  public boolean processorOnly() {
    return compile("-proc:only", "-processor", "dev.hyperapp.processor.HyperprocessProcessor");
  }

  @Benchmark
  public boolean javacProcNone() {
    return compile("-proc:none");
  }

  private boolean compile(String... processing) {
    List<String> options = Stream.concat(
            Stream.of("-d", output.toString(), "-s", output.toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17"),
            Stream.of(processing))
        .toList();
    boolean ok = javac.getTask(null, files, null, options, null, units).call();
    if (!ok) {
      throw new IllegalStateException("the benchmark app did not compile");
    }
    return ok;
  }

  private static <T> List<T> toList(Iterable<T> items) {
    java.util.ArrayList<T> list = new java.util.ArrayList<>();
    items.forEach(list::add);
    return list;
  }

  static void delete(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
