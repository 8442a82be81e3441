package dev.hyperapp.runtime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;

/** One run of the command line with its output captured. */
record Run(int exitCode, String out, String err) {

  /** Runs {@code hyperapp args…} to completion. */
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = Hyperapp.commandLine(new CompletableFuture<>());
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exit = command.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }
}
