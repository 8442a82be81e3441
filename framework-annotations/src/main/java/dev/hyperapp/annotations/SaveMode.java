package dev.hyperapp.annotations;

/** When the runtime saves a process's state. Saving happens after a handler's work is done. */
public enum SaveMode {
  /** Never saved: the state starts fresh on every boot. */
  NEVER,
  /** After every handled message. */
  EVERY_MESSAGE,
  /** After every n-th handled message ({@link Save#every()}). */
  EVERY_N_MESSAGES,
  /** On a timer, every n seconds ({@link Save#every()}), if the state changed. */
  EVERY_N_SECONDS,
  /** After a handled message, only if the serialised state differs from the last saved one. */
  ON_DIFF
}
