package dev.hyperapp.maven.wit;

import java.util.List;
import java.util.Optional;

/** One parsed {@code .wit} file: its package declaration, if it has one, interfaces and worlds. */
public record WitFile(String file, Optional<String> packageName, List<WitInterface> interfaces,
    List<WitWorld> worlds) {

  public WitFile {
    interfaces = List.copyOf(interfaces);
    worlds = List.copyOf(worlds);
  }
}
