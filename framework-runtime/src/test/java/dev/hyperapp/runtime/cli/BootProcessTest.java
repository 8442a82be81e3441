package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.node.Node;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hyperapp boot} as its own OS process, stopped with SIGTERM as a service manager would. */
class BootProcessTest {

  private static final String NOTES = "notes:notes:test.os";

  @TempDir Path work;
  private NodeProcess boot;

  @AfterEach
  void kill() {
    if (boot != null) {
      boot.close();
    }
  }

  @Test
  void sigtermStopsTheNodeAndSavesItsState() throws Exception {
    Path jar = AppJars.build("notes/v1", work, "notes.jar");
    boot = NodeProcess.boot(work, "alice.os", "--app", jar.toString());
    BootOutput printed = boot.output();

    HttpResponse<String> added =
        new OwnerSession(printed.url(), BootCommand.FAKE_PASSWORD).call(NOTES, "{\"Add\":\"milk\"}");
    assertThat(added.body()).isEqualTo("[\"milk\"]");
    assertThat(Run.of("inject", NOTES, "{\"Count\":null}", "--node", printed.admin()).out())
        .contains("\"reply\" : 1");

    assertThat(boot.stop()).isTrue();
    assertThat(boot.output().text()).contains("Stopped.");
    try (Node reopened = Node.at(boot.home()).start()) {
      assertThat(reopened.stateStore().load(ProcessId.parse(NOTES)))
          .hasValueSatisfying(state -> assertThat(new String(state, StandardCharsets.UTF_8))
              .contains("\"milk\""));
    }
  }
}
