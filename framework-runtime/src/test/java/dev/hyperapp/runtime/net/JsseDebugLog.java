package dev.hyperapp.runtime.net;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * The JDK's own account of what its TLS engine did, for tests run with {@code -Djavax.net.debug}:
 * stands in for {@code System.err}, keeps the engine's entries whose text passes {@code keep} and passes
 * everything else on. The JDK writes each entry in one call, as {@code
 * javax.net.ssl|LEVEL|thread id|thread name|time|caller|message} followed by the message's fields.
 */
final class JsseDebugLog extends OutputStream {

  /** One entry: the thread that wrote it and its message with its fields. */
  record Entry(String thread, String text) {}

  private static final String PREFIX = "javax.net.ssl|";

  private final PrintStream passOn;
  private final Predicate<String> keep;
  private final Queue<Entry> entries = new ConcurrentLinkedQueue<>();
  private PrintStream installed;

  private JsseDebugLog(PrintStream passOn, Predicate<String> keep) {
    this.passOn = passOn;
    this.keep = keep;
  }

  /** Takes the place of {@code System.err} until {@link #close}d. */
  static JsseDebugLog install(Predicate<String> keep) {
    JsseDebugLog log = new JsseDebugLog(System.err, keep);
    log.installed = new PrintStream(log, true, StandardCharsets.UTF_8);
    System.setErr(log.installed);
    return log;
  }

  @Override
  public void write(int b) {
    passOn.write(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) {
    String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
    if (!text.startsWith(PREFIX)) {
      passOn.write(bytes, offset, length);
      return;
    }
    if (keep.test(text)) {
      String[] fields = text.split("\\|", 7);
      entries.add(new Entry(fields[3], fields[6]));
    }
  }

  /** How many kept entries a thread named {@code thread} wrote whose text satisfies {@code test}. */
  long count(String thread, Predicate<String> test) {
    return entries.stream().filter(entry -> entry.thread().equals(thread) && test.test(entry.text())).count();
  }

  /** How many kept entries any thread wrote whose text satisfies {@code test}. */
  long count(Predicate<String> test) {
    return entries.stream().filter(entry -> test.test(entry.text())).count();
  }

  void clear() {
    entries.clear();
  }

  @Override
  public void close() {
    if (System.err == installed) {
      System.setErr(passOn);
    }
  }
}
