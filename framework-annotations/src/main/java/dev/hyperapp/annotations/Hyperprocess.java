package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one class of an app that is a process: its public fields are the saved state, its
 * annotated methods ({@link Init}, {@link Http}, {@link Remote}, {@link Local}, {@link Ws}) are the
 * handlers. The annotation processor validates it and generates the WIT API, a dispatcher, a typed
 * client, a browser client and the app manifest.
 *
 * <p>Ids follow Hyperware's naming rules: process and package names use {@code a-z}, {@code 0-9} and
 * {@code -}; the publisher may also contain {@code .}. The process is addressed as
 * {@code node@process:package:publisher}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Hyperprocess {

  /** Display name, shown on the node's homepage. Defaults to the class's simple name. */
  String name() default "";

  /** Process name. Defaults to the class's simple name in kebab-case ({@code SamChat} → {@code sam-chat}). */
  String process() default "";

  /** Package name. Defaults to the process name. */
  String packageName() default "";

  /** Publisher node, for example {@code template.os}. */
  String publisher() default "template.os";

  /** Icon shown on the homepage: an emoji or a path to an image inside the app's {@code ui/}. */
  String icon() default "";

  /** Optional HTML widget shown on the homepage; empty for none. */
  String widget() default "";

  /** How the app's UI (the files under {@code ui/} in the jar) is served. */
  Ui ui() default @Ui;

  /** HTTP and WebSocket bindings; by default one authenticated HTTP binding at {@code /api}. */
  Endpoint[] endpoints() default {@Endpoint(path = "/api")};

  /** When the state is saved. */
  Save save() default @Save(SaveMode.EVERY_MESSAGE);

  /** WIT world name. Defaults to {@code <package>-<publisher with "." as "-dot-">-v0}. */
  String witWorld() default "";
}
