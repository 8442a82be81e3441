package dev.hyperapp.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A command that talks to a running node: prints the node's JSON answer on standard output, or its
 * JSON error on standard error with exit code 1.
 */
abstract class NodeCommand implements Callable<Integer> {

  static final String DEFAULT_ADMIN = "http://127.0.0.1:" + (8080 + BootCommand.ADMIN_PORT_OFFSET);

  @Spec CommandSpec spec;

  @Option(
      names = "--node",
      paramLabel = "URL",
      defaultValue = DEFAULT_ADMIN,
      description = "The node's admin API (its HTTP port + " + BootCommand.ADMIN_PORT_OFFSET
          + ", loopback only). Default: ${DEFAULT-VALUE}.")
  URI node;

  /** Sends this command's call. */
  abstract AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable;

  @Override
  public final Integer call() throws JsonProcessingException {
    AdminClient.Answer answer;
    try {
      answer = run(new AdminClient(node));
    } catch (AdminClient.Unreachable e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
    String text = AdminClient.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer.body());
    if (answer.ok()) {
      spec.commandLine().getOut().println(text);
      return 0;
    }
    spec.commandLine().getErr().println(text);
    return 1;
  }
}
