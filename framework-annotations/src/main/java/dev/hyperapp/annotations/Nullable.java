package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a value optional: WIT {@code option<T>}, JSON {@code null} allowed. Any annotation with the
 * simple name {@code Nullable} (JSpecify's, JetBrains', …) is understood the same way.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD,
    ElementType.RECORD_COMPONENT})
public @interface Nullable {}
