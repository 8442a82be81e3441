package dev.hyperapp.runtime.state;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads one process's state and saves it as its {@link SaveMode} says. Every method runs on the
 * process's mailbox, after a handler's work, so the state is never read while a handler changes it.
 *
 * <ul>
 *   <li>{@code NEVER}: never loaded, never saved; the state starts fresh on every start.
 *   <li>{@code EVERY_MESSAGE}: saved after every handled message.
 *   <li>{@code EVERY_N_MESSAGES}: saved after every n-th handled message.
 *   <li>{@code EVERY_N_SECONDS}: on each {@link #tick()} (every n seconds), saved if a message was
 *       handled since the last tick and the state differs from the saved one.
 *   <li>{@code ON_DIFF}: after every handled message, saved if the state differs from the saved one.
 * </ul>
 *
 * On {@link #flush()} (the process stops) every mode but {@code NEVER} saves a state that differs from
 * the saved one, so the messages since the last save are not lost.
 */
public final class StateKeeper {

  private static final Logger log = LoggerFactory.getLogger(StateKeeper.class);

  private final ProcessId process;
  private final SaveMode mode;
  private final int every;
  private final StateStore store;
  private final StateCodec codec;
  private final Object state;
  private byte[] saved;
  private int messagesSinceSave;
  private boolean workSinceTick;

  private StateKeeper(ProcessId process, SaveMode mode, int every, StateStore store,
      StateCodec codec, Object state, byte[] saved) {
    this.process = process;
    this.mode = mode;
    this.every = every;
    this.store = store;
    this.codec = codec;
    this.state = state;
    this.saved = saved;
  }

  /**
   * Loads the saved state of {@code process} into {@code fresh} (a newly created instance), or keeps
   * {@code fresh} if there is none or the mode is {@code NEVER}.
   *
   * @throws StateLoadException if the saved state does not fit the class; the row is left untouched
   */
  public static StateKeeper load(ProcessId process, SaveMode mode, int every, StateStore store,
      StateCodec codec, Object fresh) throws StateLoadException {
    if ((mode == SaveMode.EVERY_N_MESSAGES || mode == SaveMode.EVERY_N_SECONDS) && every < 1) {
      throw new IllegalArgumentException(mode + " needs an interval of at least 1, got " + every);
    }
    Optional<byte[]> stored = mode == SaveMode.NEVER ? Optional.empty() : store.load(process);
    Object state = fresh;
    if (stored.isPresent()) {
      try {
        state = codec.readInto(fresh, stored.get());
      } catch (IOException | RuntimeException e) {
        throw new StateLoadException(process, fresh.getClass(), e);
      }
    }
    return new StateKeeper(process, mode, every, store, codec, state, stored.orElse(null));
  }

  /** The live state. */
  public Object state() {
    return state;
  }

  public SaveMode mode() {
    return mode;
  }

  /** The tick period in seconds of {@code EVERY_N_SECONDS}. */
  public int every() {
    return every;
  }

  /** A message's work is done. */
  public void messageHandled() {
    switch (mode) {
      case EVERY_MESSAGE:
        save(codec.write(state));
        break;
      case EVERY_N_MESSAGES:
        if (++messagesSinceSave >= every) {
          save(codec.write(state));
        }
        break;
      case EVERY_N_SECONDS:
        workSinceTick = true;
        break;
      case ON_DIFF:
        saveIfChanged();
        break;
      default:
        break;
    }
  }

  /** The {@code EVERY_N_SECONDS} timer fired. */
  public void tick() {
    if (workSinceTick) {
      workSinceTick = false;
      saveIfChanged();
    }
  }

  /** The process stops: saves what has not been saved yet. */
  public void flush() {
    if (mode != SaveMode.NEVER) {
      saveIfChanged();
    }
  }

  private void saveIfChanged() {
    byte[] current = codec.write(state);
    if (!Arrays.equals(current, saved)) {
      save(current);
    }
  }

  private void save(byte[] json) {
    try {
      store.save(process, json);
      saved = json;
      messagesSinceSave = 0;
    } catch (StorageException e) {
      log.error("Could not save the state of {}", process, e);
    }
  }
}
