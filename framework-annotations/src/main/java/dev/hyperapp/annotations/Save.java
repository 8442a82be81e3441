package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * When a process's state is saved. {@code every} is the {@code n} of {@link SaveMode#EVERY_N_MESSAGES}
 * and {@link SaveMode#EVERY_N_SECONDS}, and must be left out for the other modes.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Save {

  SaveMode value();

  /** The {@code n} of the {@code EVERY_N_*} modes, at least 1. */
  int every() default 0;
}
