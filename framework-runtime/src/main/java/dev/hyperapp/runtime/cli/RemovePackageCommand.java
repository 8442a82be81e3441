package dev.hyperapp.runtime.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "remove-package",
    mixinStandardHelpOptions = true,
    description = "Stops and removes a package; its saved state stays for a later install.")
final class RemovePackageCommand extends NodeCommand {

  @Parameters(index = "0", paramLabel = "ID", description = "The package, as package:publisher (notes:alice.os).")
  String packageId;

  @Override
  AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable {
    return client.delete("/packages/" + URLEncoder.encode(packageId, StandardCharsets.UTF_8));
  }
}
