package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.node.Node;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hyperapp boot} stopped the way SIGTERM stops it ({@link BootProcessTest} sends the real
 * signal): it says what it is doing, work in flight finishes, and then the state is saved.
 */
class GracefulStopTest {

  private static final String LEDGER = "ledger:ledger:test.os";

  @TempDir Path work;

  @Test
  void aHandlerStillWaitingWhenTheNodeStopsFinishesAndItsStateIsSaved() throws Exception {
    Path home = work.resolve("home");
    Path jar = AppJars.build("ledger", work, "ledger.jar");
    BootedNode node = new BootedNode(home, "--app", jar.toString());
    OwnerSession owner = new OwnerSession(node.url(), BootCommand.FAKE_PASSWORD);

    CompletableFuture.runAsync(() -> {
      try {
        owner.call(LEDGER, "{\"AppendLater\":\"in flight\"}");
      } catch (Exception stoppedUnderIt) {
        // The HTTP server may close before the reply: the saved state is what counts.
      }
    });
    await().atMost(Duration.ofMinutes(1))
        .until(() -> owner.call(LEDGER, "{\"Waiting\":null}").body().equals("1"));

    assertThat(node.stop()).isZero();
    assertThat(node.out())
        .contains("Opening " + home.toAbsolutePath() + " and starting its apps…")
        .contains("  ledger:test.os: running")
        .contains("Stopping: letting work in flight finish and saving every state…")
        .endsWith("Stopped." + System.lineSeparator());
    try (Node reopened = Node.at(home).start()) {
      assertThat(reopened.stateStore().load(ProcessId.parse(LEDGER)))
          .hasValueSatisfying(state -> assertThat(new String(state, StandardCharsets.UTF_8))
              .contains("\"in flight\""));
    }
  }
}
