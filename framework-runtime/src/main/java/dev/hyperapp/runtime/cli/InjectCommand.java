package dev.hyperapp.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

@Command(
    name = "inject",
    mixinStandardHelpOptions = true,
    description = {
        "Sends a message to a process with origin LOCAL and prints its reply.",
        "Example: hyperapp inject notes:notes:alice.os '{\"Count\":null}'"})
final class InjectCommand extends NodeCommand {

  @Parameters(index = "0", paramLabel = "PROCESS", description = "process:package:publisher")
  String process;

  @Parameters(index = "1", paramLabel = "JSON", description = "The request, {\"Method\": arguments}.")
  String message;

  @Option(names = "--blob", paramLabel = "FILE", description = "Sends this file's bytes beside the message.")
  Path blob;

  @Option(names = "--blob-mime", paramLabel = "TYPE", defaultValue = "application/octet-stream",
      description = "The blob's media type. Default: ${DEFAULT-VALUE}.")
  String blobMime;

  @Override
  AdminClient.Answer run(AdminClient client) throws AdminClient.Unreachable {
    ObjectNode request = AdminClient.JSON.createObjectNode();
    request.set("message", parse(message));
    if (blob != null) {
      try {
        request.putObject("blob")
            .put("mime", blobMime)
            .put("base64", Base64.getEncoder().encodeToString(Files.readAllBytes(blob)));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not read " + blob, e);
      }
    }
    try {
      return client.post("/processes/" + URLEncoder.encode(process, StandardCharsets.UTF_8),
          AdminClient.JSON.writeValueAsBytes(request), "application/json");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not encode the request", e);
    }
  }

  private JsonNode parse(String json) {
    try {
      return AdminClient.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new ParameterException(spec.commandLine(),
          "JSON is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
