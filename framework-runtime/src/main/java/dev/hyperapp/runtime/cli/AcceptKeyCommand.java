package dev.hyperapp.runtime.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "accept-key",
    mixinStandardHelpOptions = true,
    description = {
        "Trusts the new key that NAME presented and that was refused because another key is pinned "
            + "for it (hyperapp connect NAME shows both), then links to it. Do this only when you "
            + "know that node was reinstalled: otherwise someone else is using its name."})
final class AcceptKeyCommand extends NodeCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The peer's name, for example bob.os.")
  String name;

  @Override
  AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable {
    spec.commandLine().getErr().println("Accepting the new key of " + name + " and linking to it…");
    return client.post("/peers/" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "/accept-key",
        new byte[0], "application/json");
  }
}
