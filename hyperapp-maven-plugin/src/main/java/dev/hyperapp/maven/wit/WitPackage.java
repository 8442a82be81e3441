package dev.hyperapp.maven.wit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A WIT package as a folder holds it: every {@code .wit} file of the folder, one of which declares
 * the package ({@code standard.wit} in what Hyperapp generates).
 *
 * @param name {@code namespace:name}, without version
 */
public record WitPackage(String name, List<WitInterface> interfaces, List<WitWorld> worlds) {

  public WitPackage {
    interfaces = List.copyOf(interfaces);
    worlds = List.copyOf(worlds);
  }

  /** Reads the {@code .wit} files of {@code folder} (not its subfolders). */
  public static WitPackage read(Path folder) {
    return of(sources(folder));
  }

  /** The {@code .wit} files of {@code folder} by file name, as text. */
  public static SortedMap<String, String> sources(Path folder) {
    SortedMap<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".wit") && Files.isRegularFile(file)) {
          sources.put(name, Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the WIT folder " + folder, e);
    }
    return sources;
  }

  /** Parses and joins the files, in the order of their names. */
  public static WitPackage of(Map<String, String> sources) {
    Optional<String> name = Optional.empty();
    Map<String, WitInterface> interfaces = new TreeMap<>();
    Map<String, WitWorld> worlds = new TreeMap<>();
    for (Map.Entry<String, String> source : new TreeMap<>(sources).entrySet()) {
      WitFile file = WitParser.parse(source.getValue(), source.getKey());
      if (file.packageName().isPresent()) {
        if (name.isPresent() && !name.equals(file.packageName())) {
          throw new WitSyntaxException(file.file() + ": declares package " + file.packageName().get()
              + ", but another file of the folder declares " + name.get());
        }
        name = file.packageName();
      }
      for (WitInterface declared : file.interfaces()) {
        if (interfaces.put(declared.name(), declared) != null) {
          throw new WitSyntaxException(file.file() + ": interface " + declared.name() + " is declared twice");
        }
      }
      for (WitWorld declared : file.worlds()) {
        if (worlds.put(declared.name(), declared) != null) {
          throw new WitSyntaxException(file.file() + ": world " + declared.name() + " is declared twice");
        }
      }
    }
    return new WitPackage(
        name.orElseThrow(() -> new WitSyntaxException("No file declares the package (package ns:name;) among "
            + sources.keySet())),
        new ArrayList<>(interfaces.values()),
        new ArrayList<>(worlds.values()));
  }

  public Optional<WitInterface> findInterface(String name) {
    return interfaces.stream().filter(candidate -> candidate.name().equals(name)).findFirst();
  }
}
