package dev.hyperapp.maven.wit;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A WIT type expression. {@link #toString()} writes it back as WIT, in the one spelling our generator
 * uses ({@code list<tuple<string, s32>>}, {@code result<_, string>}), so two types are the same API
 * exactly when their texts are equal.
 */
public sealed interface WitType {

  /** {@code bool}, {@code s8}…{@code u64}, {@code f32}, {@code f64}, {@code char}, {@code string}. */
  record Primitive(String name) implements WitType {
    @Override
    public String toString() {
      return name;
    }
  }

  /** {@code list<T>}. */
  record ListOf(WitType element) implements WitType {
    @Override
    public String toString() {
      return "list<" + element + ">";
    }
  }

  /** {@code option<T>}. */
  record OptionOf(WitType inner) implements WitType {
    @Override
    public String toString() {
      return "option<" + inner + ">";
    }
  }

  /** {@code result<T, E>}, either side possibly empty. */
  record ResultOf(Optional<WitType> ok, Optional<WitType> err) implements WitType {
    @Override
    public String toString() {
      if (ok.isEmpty() && err.isEmpty()) {
        return "result";
      }
      if (err.isEmpty()) {
        return "result<" + ok.get() + ">";
      }
      return "result<" + ok.map(WitType::toString).orElse("_") + ", " + err.get() + ">";
    }
  }

  /** {@code tuple<A, B, …>}. */
  record TupleOf(List<WitType> elements) implements WitType {
    public TupleOf {
      elements = List.copyOf(elements);
    }

    @Override
    public String toString() {
      return elements.stream().map(WitType::toString).collect(Collectors.joining(", ", "tuple<", ">"));
    }
  }

  /** A type declared by name, in this interface or brought in with {@code use}. */
  record Named(String name) implements WitType {
    @Override
    public String toString() {
      return name;
    }
  }
}
