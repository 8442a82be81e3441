package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler the node owner's browser calls over HTTP.
 *
 * <p>By default it is reached with {@code POST} on the process's first HTTP {@link Endpoint}, with the
 * body {@code {"HandlerName": args}}. With a {@link #path()} it has a path of its own under the app's
 * base path, reached with {@link #method()}, and its body is the arguments alone ({@code null} or empty
 * for none, the value for one, an array for more). A {@code GET} or {@code HEAD} handler takes no
 * arguments; query parameters are read through {@link Context#query(String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Http {

  /** HTTP method: GET, POST, PUT, PATCH, DELETE or HEAD. */
  String method() default "POST";

  /** A path of its own, starting with {@code /}; empty to be reached through the endpoint's envelope. */
  String path() default "";
}
