package dev.hyperapp.processor.wit;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real WIT parser: runs {@code jco types} (through {@code npx}) over a generated WIT folder, once
 * per world, since jco wants the world named when a package has several. Fails, never skips, when
 * Node is missing: CI installs it and warms the cache with
 * {@code npx --yes @bytecodealliance/jco@1.10.2 --version}.
 */
final class Jco {

  /** Pinned: later releases no longer read WIT from local paths. */
  static final String PACKAGE = "@bytecodealliance/jco@1.10.2";

  /** Generous: the first run downloads jco. */
  private static final long TIMEOUT_MINUTES = 5;
  /** A world's name as written, {@code %}-escaped if it is a keyword: jco's {@code --world-name} wants it so. */
  private static final Pattern WORLD = Pattern.compile("(?m)^world (%?[a-z0-9-]+) \\{");
  private static final Pattern IMPORT = Pattern.compile("(?m)^ +import %?([a-z0-9-]+);");

  private Jco() {}

  /**
   * Asserts that jco accepts the folder of {@code files} (file name → WIT text) as one package, and
   * writes TypeScript for every interface each world imports. Works in a new folder inside
   * {@code scratch}.
   */
  static void assertAccepts(Map<String, String> files, Path scratch) {
    Path work = newDirectory(scratch);
    Path wit = write(files, work.resolve("wit"));
    List<String> worldFiles = files.keySet().stream()
        .filter(name -> WORLD.matcher(files.get(name)).find())
        .toList();
    if (worldFiles.isEmpty()) {
      fail("No world among " + files.keySet() + ": jco needs one");
    }
    for (String worldFile : worldFiles) {
      String world = first(WORLD, files.get(worldFile));
      Path out = work.resolve("types-" + WitText.unescaped(world));
      Result result = run(work, "types", wit.toString(), "--world-name", world, "-o", out.toString(), "-q");
      if (result.exitCode() != 0) {
        fail("jco rejected the WIT package " + wit + " (world " + world + "):\n" + result.output()
            + eachFileAlone(work, wit, files));
      }
      for (String imported : all(IMPORT, files.get(worldFile))) {
        if (!Files.exists(out.resolve("interfaces"))
            || list(out.resolve("interfaces")).noneMatch(module -> module.endsWith("-" + imported + ".d.ts"))) {
          fail("jco wrote no types for interface " + imported + " of world " + world);
        }
      }
    }
  }

  /**
   * jco names only the folder when a package does not parse; file by file, a syntax error comes with
   * its line (alone, a file also misses the package header and the {@code use}d types).
   */
  private static String eachFileAlone(Path work, Path wit, Map<String, String> files) {
    StringBuilder report = new StringBuilder("\njco on each file alone:");
    for (String name : files.keySet()) {
      Path out = work.resolve("alone-" + name);
      report.append("\n--- ").append(name).append(":\n")
          .append(run(work, "types", wit.resolve(name).toString(), "-o", out.toString(), "-q").output());
    }
    return report.toString();
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path work, String... arguments) {
    List<String> command = new ArrayList<>(List.of("npx", "--yes", PACKAGE));
    command.addAll(List.of(arguments));
    try {
      // Output goes to a file, so that a jco that hangs is caught by the timeout, not by a read.
      File log = Files.createTempFile(work, "jco", ".log").toFile();
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(log)
          .start();
      process.getOutputStream().close();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("jco did not finish within " + TIMEOUT_MINUTES + " minutes: " + command);
      }
      String output = Files.readString(log.toPath(), StandardCharsets.UTF_8)
          .replaceAll("(?m)^ +at .*\n", ""); // jco's own stack trace says nothing about the WIT
      return new Result(process.exitValue(), output);
    } catch (IOException e) {
      throw new AssertionError(
          "Could not run " + command + ": the WIT check needs Node.js with npx on the PATH", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("Interrupted while running " + command, e);
    }
  }

  private static Path newDirectory(Path parent) {
    try {
      return Files.createTempDirectory(parent, "jco");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Map<String, String> files, Path directory) {
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Stream<String> list(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(path -> path.getFileName().toString()).toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String first(Pattern pattern, String text) {
    return all(pattern, text).get(0);
  }

  private static List<String> all(Pattern pattern, String text) {
    List<String> names = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }
}
