package dev.hyperapp.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "connect",
    mixinStandardHelpOptions = true,
    description = {
        "Adds a peer on a running node: remembers where NAME listens and links to it now. Its key is "
            + "pinned on first contact; a node that later presents another key is refused (see "
            + "accept-key).",
        "Example: hyperapp connect bob.os 192.168.1.20:28080"})
final class ConnectCommand extends NodeCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The peer's name, for example bob.os.")
  String name;

  @Parameters(index = "1", paramLabel = "HOST:PORT", arity = "0..1",
      description = "Where the peer listens for other nodes (its --peer-port). Without it, the "
          + "addresses already known are tried.")
  String address;

  @Override
  AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable {
    spec.commandLine().getErr().println(
        "Linking to " + name + (address == null ? "" : " at " + address) + "…");
    ObjectNode request = AdminClient.JSON.createObjectNode().put("name", name);
    if (address != null) {
      request.put("address", address);
    }
    try {
      return client.post("/peers", AdminClient.JSON.writeValueAsBytes(request), "application/json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not encode the request", e);
    }
  }
}
