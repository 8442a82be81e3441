package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An HTTP or WebSocket path bound under the app's base path {@code /<process>:<package>:<publisher>}. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Endpoint {

  /** Path under the app's base path, starting with {@code /}. */
  String path();

  /** Whether the path carries {@link Http} calls or a {@link Ws} connection. */
  Kind kind() default Kind.HTTP;

  /** Whether the owner must be logged in (401 otherwise). */
  boolean authenticated() default true;

  /** Whether only loopback clients may use it (403 otherwise). */
  boolean localOnly() default false;

  /** Whether the binding is served from the app's own subdomain. */
  boolean secureSubdomain() default false;

  /** What travels over an endpoint. */
  enum Kind {
    HTTP,
    WEBSOCKET
  }
}
