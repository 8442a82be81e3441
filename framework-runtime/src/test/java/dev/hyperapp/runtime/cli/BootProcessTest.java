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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperapp boot} as its own OS process, stopped with SIGTERM as a service manager would. */
class BootProcessTest {

  private static final String NOTES = "notes:notes:test.os";
  private static final String LEDGER = "ledger:ledger:test.os";

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
    Path printed = boot(home, jar);
    String output = Files.readString(printed);
    Matcher adminApi = Pattern.compile("Admin API \\(this machine only\\): (\\S+)").matcher(output);
    assertThat(adminApi.find()).as(output).isTrue();
    String admin = adminApi.group(1);

    HttpResponse<String> added =
        new OwnerSession(url(output), BootCommand.FAKE_PASSWORD).call(NOTES, "{\"Add\":\"milk\"}");
    assertThat(added.body()).isEqualTo("[\"milk\"]");
    assertThat(Run.of("inject", NOTES, "{\"Count\":null}", "--node", admin).out())
        .contains("\"reply\" : 1");
    boot.destroy();

    assertThat(boot.waitFor(2, TimeUnit.MINUTES)).isTrue();
    // Progress for the slow steps: opening the home and starting the apps, then stopping.
    assertThat(Files.readString(printed))
        .contains("Opening " + home.toAbsolutePath() + " and starting its apps…")
        .contains("  notes:test.os: running")
        .contains("Stopping: letting work in flight finish and saving every state…")
        .contains("Stopped.");
    assertThat(savedState(home, NOTES)).contains("\"milk\"");
  }

  /** A write whose handler is still waiting when SIGTERM comes finishes, and its state is saved. */
  @Test
  void sigtermLetsWorkInFlightFinishBeforeTheStateIsSaved() throws Exception {
    Path home = work.resolve("home");
    Path jar = AppJars.build("ledger", work, "ledger.jar");
    Path printed = boot(home, jar);
    OwnerSession owner = new OwnerSession(url(Files.readString(printed)), BootCommand.FAKE_PASSWORD);

    CompletableFuture.runAsync(() -> {
      try {
        owner.call(LEDGER, "{\"AppendLater\":\"in flight\"}");
      } catch (Exception stoppedUnderIt) {
        // The HTTP server may close before the reply: the state is what counts.
      }
    });
    await().atMost(Duration.ofMinutes(1))
        .until(() -> owner.call(LEDGER, "{\"Waiting\":null}").body().equals("1"));
    boot.destroy();

    assertThat(boot.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(savedState(home, LEDGER)).contains("\"in flight\"");
  }

  /** Boots {@code hyperapp boot} with {@code jar} and waits until it runs; returns the file it prints to. */
  private Path boot(Path home, Path jar) throws Exception {
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
    return printed;
  }

  private static URI url(String output) {
    Matcher running = Pattern.compile(" is running at (\\S+)").matcher(output);
    assertThat(running.find()).as(output).isTrue();
    return URI.create(running.group(1));
  }

  private static String savedState(Path home, String process) {
    try (Node reopened = Node.at(home).start()) {
      return reopened.stateStore().load(ProcessId.parse(process))
          .map(state -> new String(state, StandardCharsets.UTF_8))
          .orElse("");
    }
  }
}
