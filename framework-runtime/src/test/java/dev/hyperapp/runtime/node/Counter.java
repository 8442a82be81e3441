package dev.hyperapp.runtime.node;

import java.util.ArrayList;
import java.util.List;

/** The state of the test process written by hand in {@link CounterDispatcher}. */
public class Counter {
  public int count;
  public List<String> events = new ArrayList<>();
}
