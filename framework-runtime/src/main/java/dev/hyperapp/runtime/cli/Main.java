package dev.hyperapp.runtime.cli;

import java.util.concurrent.CompletableFuture;

/** The {@code hyperapp} launcher's entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // Only a JVM shutdown (SIGTERM, Ctrl-C) stops a booted node here.
    System.exit(Hyperapp.commandLine(new CompletableFuture<>()).execute(args));
  }
}
