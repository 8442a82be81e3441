package dev.hyperapp.maven.wit;

import java.util.List;
import java.util.Optional;

/** A type declared in an interface: a record, enum, variant or alias. Names are without {@code %}. */
public sealed interface WitDecl {

  String name();

  /** Its kind as WIT spells it: {@code record}, {@code enum}, {@code variant}, {@code type}. */
  String kind();

  /** {@code record name { field: type, … }}, with its {@code ///} doc comment (empty if none). */
  record Record(String name, String docs, List<Field> fields) implements WitDecl {
    public Record {
      fields = List.copyOf(fields);
    }

    @Override
    public String kind() {
      return "record";
    }
  }

  /** {@code enum name { case, … }}. */
  record Enum(String name, String docs, List<String> cases) implements WitDecl {
    public Enum {
      cases = List.copyOf(cases);
    }

    @Override
    public String kind() {
      return "enum";
    }
  }

  /** {@code variant name { case(payload), case, … }}. */
  record Variant(String name, String docs, List<Case> cases) implements WitDecl {
    public Variant {
      cases = List.copyOf(cases);
    }

    @Override
    public String kind() {
      return "variant";
    }
  }

  /** {@code type name = type;}. */
  record Alias(String name, String docs, WitType type) implements WitDecl {
    @Override
    public String kind() {
      return "type";
    }
  }

  /** A record field. */
  record Field(String name, WitType type) {}

  /** A variant case and what it carries, if anything. */
  record Case(String name, Optional<WitType> payload) {}
}
