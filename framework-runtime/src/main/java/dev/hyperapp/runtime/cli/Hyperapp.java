package dev.hyperapp.runtime.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands; alone it is a usage error. */
@Command(
    name = "hyperapp",
    mixinStandardHelpOptions = true,
    versionProvider = Hyperapp.Version.class,
    description = "Runs a Hyperapp node and manages the apps on it.")
public final class Hyperapp implements Callable<Integer> {

  @Spec CommandSpec spec;

  /**
   * The command line with every subcommand. A node booted through it runs until {@code stop}
   * completes or the JVM shuts down.
   */
  public static CommandLine commandLine(CompletableFuture<Void> stop) {
    return new CommandLine(new Hyperapp())
        .addSubcommand(new BootCommand(stop))
        .addSubcommand(new StartPackageCommand())
        .addSubcommand(new RemovePackageCommand())
        .addSubcommand(new InjectCommand())
        .addSubcommand(new StatusCommand())
        .addSubcommand(new NewCommand())
        .addSubcommand(new ConnectCommand())
        .addSubcommand(new AcceptKeyCommand())
        .setExecutionExceptionHandler((error, command, parsed) -> {
          // A failure the user can act on (a port in use, an unreadable home): its message, no trace.
          command.getErr().println("hyperapp " + command.getCommandName() + ": " + describe(error));
          return 1;
        });
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "Missing command: boot, start-package, "
        + "remove-package, inject, status, connect, accept-key or new (hyperapp --help)");
  }

  /** {@code hyperapp --version}: the version this runtime was built as. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"hyperapp " + NewCommand.version()};
    }
  }

  private static String describe(Throwable error) {
    StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
        text.append(": ").append(cause.getMessage());
      }
    }
    return text.toString();
  }
}
