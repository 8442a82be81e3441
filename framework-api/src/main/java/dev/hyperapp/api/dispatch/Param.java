package dev.hyperapp.api.dispatch;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.hyperapp.api.json.WireType;

/**
 * An API argument of a handler as the generated dispatcher describes it, once, in a constant: its
 * name (for error messages), its type and whether JSON {@code null} is allowed. {@code null} is
 * allowed for an {@code Optional} (it is {@code Optional.empty()}) and for a {@code @Nullable}
 * argument, never for a primitive or any other reference.
 *
 * @param <T> the argument's Java type
 */
public final class Param<T> {

  private final String name;
  private final WireType<T> type;
  private final boolean acceptsNull;

  private Param(String name, WireType<T> type, boolean nullable) {
    this.name = name;
    this.type = type;
    this.acceptsNull = nullable || type.javaType().isReferenceType();
  }

  /** An argument that must not be {@code null} unless its type is {@code Optional}. */
  public static <T> Param<T> of(String name, Class<T> type) {
    return new Param<>(name, WireType.of(type), false);
  }

  /** A generic argument that must not be {@code null} unless its type is {@code Optional}. */
  public static <T> Param<T> of(String name, TypeReference<T> type) {
    return new Param<>(name, WireType.of(type), false);
  }

  /** An argument with a type of its own making, such as {@link WireType#unsigned(Class)}. */
  public static <T> Param<T> of(String name, WireType<T> type) {
    return new Param<>(name, type, false);
  }

  /** A {@code @Nullable} argument with a type of its own making. */
  public static <T> Param<T> nullable(String name, WireType<T> type) {
    return new Param<>(name, type, true);
  }

  /** A {@code @Nullable} argument. */
  public static <T> Param<T> nullable(String name, Class<T> type) {
    return new Param<>(name, WireType.of(type), true);
  }

  /** A generic {@code @Nullable} argument. */
  public static <T> Param<T> nullable(String name, TypeReference<T> type) {
    return new Param<>(name, WireType.of(type), true);
  }

  public String name() {
    return name;
  }

  public WireType<T> type() {
    return type;
  }

  /** Whether JSON {@code null} is a valid value. */
  public boolean acceptsNull() {
    return acceptsNull;
  }

  @Override
  public String toString() {
    return name + ": " + type;
  }
}
