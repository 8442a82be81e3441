package dev.hyperapp.runtime.state;

import dev.hyperapp.annotations.ProcessId;

/** A saved state that does not fit the process class any more: the process does not start. */
public final class StateLoadException extends Exception {

  public StateLoadException(ProcessId process, Class<?> stateType, Throwable cause) {
    super("The saved state of " + process + " cannot be loaded into " + stateType.getName() + ": "
        + cause.getMessage() + ". The process was not started and its saved state was left as it is;"
        + " make the class read it (a renamed field needs @JsonAlias with its old name)", cause);
  }
}
