package dev.hyperapp.benchmarks.node.apps;

import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;

/** The durability benchmark's app: its state is saved to the node database after every message. */
@Hyperprocess(publisher = "bench.os", save = @Save(SaveMode.EVERY_MESSAGE))
public class Tally {
  public long count;

  @Local
  long add(long amount) {
    count += amount;
    return count;
  }
}
