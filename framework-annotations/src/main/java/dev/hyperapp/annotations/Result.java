package dev.hyperapp.annotations;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of an operation that can fail in an expected way: WIT {@code result<T, E>}, JSON
 * {@code {"Ok": value}} or {@code {"Err": error}}.
 *
 * @param <T> the success value
 * @param <E> the error value
 */
public sealed interface Result<T, E> permits Result.Ok, Result.Err {

  static <T, E> Result<T, E> ok(T value) {
    return new Ok<>(value);
  }

  static <T, E> Result<T, E> err(E error) {
    return new Err<>(error);
  }

  /** Whether this is an {@link Ok}. */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /** The success value; throws {@link IllegalStateException} carrying the error for an {@link Err}. */
  default T orElseThrow() {
    if (this instanceof Ok<T, E> ok) {
      return ok.value();
    }
    throw new IllegalStateException("Result is Err: " + ((Err<T, E>) this).error());
  }

  default <U> Result<U, E> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Ok<T, E> ok) {
      return new Ok<>(mapper.apply(ok.value()));
    }
    return new Err<>(((Err<T, E>) this).error());
  }

  /** A success. */
  record Ok<T, E>(T value) implements Result<T, E> {}

  /** An expected failure. */
  record Err<T, E>(E error) implements Result<T, E> {
    public Err {
      Objects.requireNonNull(error, "error");
    }
  }
}
