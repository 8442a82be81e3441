package dev.hyperapp.runtime.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(
    name = "start-package",
    mixinStandardHelpOptions = true,
    description = "Installs an app jar on a running node (a newer jar of an installed package upgrades it).")
final class StartPackageCommand extends NodeCommand {

  @Parameters(index = "0", paramLabel = "JAR", description = "The app's jar, as built with the processor.")
  Path jar;

  @Override
  AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(jar);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + jar, e);
    }
    return client.post("/packages", bytes, "application/java-archive");
  }
}
