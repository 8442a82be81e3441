package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.node.Node;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperapp boot} as its own OS process, stopped with SIGTERM as a service manager would. */
class BootProcessTest {

  private static final String NOTES = "notes:notes:test.os";

  @TempDir Path work;
  private Process boot;

  @AfterEach
  void kill() {
    if (boot != null) {
      boot.destroyForcibly();
    }
  }

  @Test
  void sigtermStopsTheNodeAndSavesItsState() throws Exception {
    Path home = work.resolve("home");
    Path jar = AppJars.build("notes/v1", work, "notes.jar");
    // Into a file: Process.destroy() closes the pipes, and the last lines come after it.
    Path printed = work.resolve("boot.out");
    boot = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "boot", "alice.os", "--home", home.toString(), "--port", "0", "--fake", "--app", jar.toString())
        .redirectOutput(printed.toFile())
        .redirectError(work.resolve("boot.err").toFile())
        .start();
    await().atMost(Duration.ofMinutes(1)).until(() -> !boot.isAlive()
        || Files.readString(printed).contains(" is running at "));
    String output = Files.readString(printed);
    Matcher running = Pattern.compile(" is running at (\\S+)").matcher(output);
    Matcher adminApi = Pattern.compile("Admin API \\(this machine only\\): (\\S+)").matcher(output);
    assertThat(running.find() && adminApi.find()).as(output).isTrue();
    URI url = URI.create(running.group(1));
    String admin = adminApi.group(1);

    HttpResponse<String> added =
        new OwnerSession(url, BootCommand.FAKE_PASSWORD).call(NOTES, "{\"Add\":\"milk\"}");
    assertThat(added.body()).isEqualTo("[\"milk\"]");
    assertThat(Run.of("inject", NOTES, "{\"Count\":null}", "--node", admin).out())
        .contains("\"reply\" : 1");
    boot.destroy();

    assertThat(boot.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(Files.readString(printed)).contains("Stopped.");
    try (Node reopened = Node.at(home).start()) {
      assertThat(reopened.stateStore().load(ProcessId.parse(NOTES)))
          .hasValueSatisfying(state -> assertThat(new String(state, StandardCharsets.UTF_8))
              .contains("\"milk\""));
    }
  }
}
