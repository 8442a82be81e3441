package dev.hyperapp.runtime.cli;

import picocli.CommandLine.Command;

@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows the node's apps and processes, with how many messages each has queued.")
final class StatusCommand extends NodeCommand {

  @Override
  AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable {
    return client.get("/status");
  }
}
