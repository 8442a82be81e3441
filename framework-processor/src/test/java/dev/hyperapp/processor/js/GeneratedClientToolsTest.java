package dev.hyperapp.processor.js;

import dev.hyperapp.processor.testing.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves the generated client with the real tools: the TypeScript compiler accepts {@code api.d.ts}
 * (and a UI author's typed use of it, where each expected error must really be one), and Node runs
 * {@code api.js} against a real HTTP server. Both fail, never skip, when the tool is missing.
 */
class GeneratedClientToolsTest {

  /** The TypeScript release the tests pin; .ci/run warms npx's cache with the same one. */
  private static final String TYPESCRIPT = "typescript@5.6.3";
  private static final Path SCRIPTS = Paths.get("src", "test", "js").toAbsolutePath();

  /** One compiler run for both fixtures, each in its own folder: starting tsc is the slow part. */
  @Test
  void typeScriptAcceptsTheDeclarations(@TempDir Path directory) throws Exception {
    Map<String, String> usageByFixture = Map.of(
        GeneratedClient.KITCHEN, "kitchen-usage.ts",
        GeneratedClient.INBOX, "inbox-usage.ts");
    List<String> command = new ArrayList<>(List.of(
        "npx", "--yes", "-p", TYPESCRIPT, "tsc", "--noEmit", "--strict",
        "--target", "es2022", "--lib", "es2022", "--module", "esnext", "--moduleResolution", "bundler"));
    for (Map.Entry<String, String> entry : new TreeMap<>(usageByFixture).entrySet()) {
      Path folder = Files.createDirectory(directory.resolve(entry.getValue().replace(".ts", "")));
      GeneratedClient.of(entry.getKey()).writeTo(folder);
      Files.copy(SCRIPTS.resolve(entry.getValue()), folder.resolve("usage.ts"));
      command.add(directory.relativize(folder.resolve("api.d.ts")).toString());
      command.add(directory.relativize(folder.resolve("usage.ts")).toString());
    }
    ExternalCommand.runSuccessfully(directory, Duration.ofMinutes(5), command);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      GeneratedClient.KITCHEN + ", kitchen-client.test.mjs",
      GeneratedClient.INBOX + ", inbox-client.test.mjs"})
  void theModuleWorksAgainstARealServer(String fixture, String script, @TempDir Path directory) {
    GeneratedClient.of(fixture).writeTo(directory);
    ExternalCommand.runSuccessfully(SCRIPTS, Duration.ofMinutes(2), List.of(
        "node", SCRIPTS.resolve(script).toString(), directory.resolve("api.js").toString()));
  }
}
