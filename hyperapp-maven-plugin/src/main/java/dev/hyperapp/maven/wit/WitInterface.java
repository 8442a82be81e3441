package dev.hyperapp.maven.wit;

import java.util.List;
import java.util.Optional;

/**
 * {@code interface name { … }}: the types it brings in with {@code use} and those it declares, in
 * source order.
 */
public record WitInterface(String name, List<Use> uses, List<WitDecl> types) {

  public WitInterface {
    uses = List.copyOf(uses);
    types = List.copyOf(types);
  }

  /** The type declared here under {@code name}. */
  public Optional<WitDecl> type(String name) {
    return types.stream().filter(type -> type.name().equals(name)).findFirst();
  }

  /** The {@code use} that brings {@code localName} in. */
  public Optional<Use> use(String localName) {
    return uses.stream().filter(use -> use.localName().equals(localName)).findFirst();
  }

  /** {@code use from.{name as localName}}. */
  public record Use(String from, String name, String localName) {}
}
