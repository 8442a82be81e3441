package dev.hyperapp.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Receives the events of the process's WebSocket {@link Endpoint}: a connection opened, a message,
 * a connection closed. Takes a {@link WsEvent} and, optionally, a {@link Context}; returns nothing.
 * Push to browsers with {@link Context#push(int, Object)} or {@link Context#broadcast(Object)}.
 * At most one per process.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Ws {}
