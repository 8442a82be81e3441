package dev.hyperapp.maven.wit;

import java.util.List;

/** {@code world name { import a; export b; }}: the interfaces it imports and exports, by name. */
public record WitWorld(String name, List<String> imports, List<String> exports) {

  public WitWorld {
    imports = List.copyOf(imports);
    exports = List.copyOf(exports);
  }
}
