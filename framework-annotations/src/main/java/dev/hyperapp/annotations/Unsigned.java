package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an integer as unsigned in the WIT API: {@code byte short int long} become
 * {@code u8 u16 u32 u64}. On the wire the value is the same JSON number.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD,
    ElementType.RECORD_COMPONENT})
public @interface Unsigned {}
