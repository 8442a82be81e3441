package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The binding of an app's static UI. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Ui {

  /** Whether the app serves a UI at all. */
  boolean enabled() default true;

  /** Path under the app's base path where {@code ui/index.html} is served. */
  String path() default "/";

  /** Whether the owner must be logged in. */
  boolean authenticated() default true;

  /** Whether only loopback clients may load it. */
  boolean localOnly() default false;

  /** Whether the UI is served from its own subdomain, isolating its cookies from other apps. */
  boolean secureSubdomain() default false;
}
