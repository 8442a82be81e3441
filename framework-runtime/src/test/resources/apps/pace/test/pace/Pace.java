package test.pace;

import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** The app of the tests of which thread runs a handler: one that takes as long as it is told. */
@Hyperprocess(name = "Pace", publisher = "test.os", save = @Save(SaveMode.NEVER))
public class Pace {

  /** Holds its thread for {@code millis} (as a slow save or a blocking call would), then names it. */
  @Http
  String threadAfter(int millis) {
    long end = System.nanoTime() + Duration.ofMillis(millis).toNanos();
    while (System.nanoTime() < end) {
      LockSupport.parkNanos(end - System.nanoTime());
    }
    return Thread.currentThread().getName();
  }
}
