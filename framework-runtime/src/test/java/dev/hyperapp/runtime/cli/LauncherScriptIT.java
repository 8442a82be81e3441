package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.runtime.apps.AppJars;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user runs: the {@code hyperapp} launcher script and the runnable node jar that
 * {@code mvn package} built, as real processes (the other tests run the command line's classes). Run
 * by failsafe after {@code package}: {@code mvn -pl framework-runtime -am verify}.
 */
class LauncherScriptIT {

  private static final String NOTES = "notes:notes:test.os";
  /** A JVM stopped by SIGTERM exits with 128 + 15 once its shutdown hooks, our saving, are done. */
  private static final int STOPPED_BY_SIGTERM = 143;

  @TempDir Path work;
  private LauncherScript hyperapp;
  private final List<NodeProcess> nodes = new ArrayList<>();

  @BeforeEach
  void findTheBuild() {
    hyperapp = LauncherScript.built(work);
  }

  @AfterEach
  void killNodes() {
    nodes.forEach(NodeProcess::close);
  }

  @Test
  void helpListsEveryCommand() throws Exception {
    Run help = hyperapp.run("--help");

    assertThat(help.exitCode()).as(help.err()).isZero();
    assertThat(help.out()).startsWith("Usage: hyperapp ").contains("Commands:",
        "  boot ", "  start-package ", "  remove-package ", "  inject ", "  status ", "  new ",
        "  connect ", "  accept-key ");
  }

  @Test
  void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() throws Exception {
    Run mistyped = hyperapp.run("stauts");

    assertThat(mistyped.exitCode()).isEqualTo(2);
    assertThat(mistyped.err()).contains("Unmatched argument at index 0: 'stauts'",
        "Did you mean: hyperapp status");
    assertThat(mistyped.out()).isEmpty();
  }

  @Test
  void withoutANodeJarTheScriptSaysHowToBuildOne() throws Exception {
    Run run = hyperapp.copiedTo(work.resolve("elsewhere")).run("--help");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no framework-runtime-*-node.jar found", "mvn -pl framework-runtime",
        "HYPERAPP_JAR");
  }

  @Test
  // Four JVMs and a compile, one after another: ~12 s on a quiet machine, near the default minute
  // when eight builds share its two cores.
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aNodeBootedByTheScriptServesItsAppAnswersTheAdminCommandsAndKeepsItsStateOverSigterm()
      throws Exception {
    Path notes = AppJars.build("notes/v1", work, "notes.jar");
    NodeProcess alice = boot("--app", notes.toString());
    URI url = alice.output().url();
    String admin = alice.output().admin();

    OwnerSession owner = new OwnerSession(url, BootCommand.FAKE_PASSWORD);
    assertThat(owner.call(NOTES, "{\"Add\":\"milk\"}").body()).isEqualTo("[\"milk\"]");
    Run status = hyperapp.run("status", "--node", admin);
    assertThat(status.exitCode()).as(status.err()).isZero();
    assertThat(status.out()).contains("\"node\" : \"alice.os\"", "\"package\" : \"notes:test.os\"",
        "\"running\" : true", "\"id\" : \"" + NOTES + "\"", "\"queued\" : 0");
    // Count is @Local: only inject reaches it, not HTTP.
    Run count = hyperapp.run("inject", NOTES, "{\"Count\":null}", "--node", admin);
    assertThat(count.exitCode()).as(count.err()).isZero();
    assertThat(count.out()).contains("\"reply\" : 1");
    // Undertow's lines come through SLF4J like the node's own, not in java.util.logging's format.
    assertThat(alice.log()).contains("INFO io.undertow - starting server: Undertow",
        "INFO dev.hyperapp.runtime.http.HttpServer - alice.os serves HTTP on").doesNotContain("INFO: ");

    assertThat(alice.stop()).as("alice exited after SIGTERM").isTrue();
    assertThat(alice.process().exitValue()).isEqualTo(STOPPED_BY_SIGTERM);
    assertThat(alice.output().text())
        .contains("Stopping: letting work in flight finish and saving every state…")
        .endsWith("Stopped." + System.lineSeparator());

    // The app installed with --app is in the home now: booting it again needs no --app.
    NodeProcess again = boot();
    assertThat(again.output().text()).contains("  notes:test.os: running");
    assertThat(new OwnerSession(again.output().url(), BootCommand.FAKE_PASSWORD)
        .call(NOTES, "{\"All\":null}").body()).isEqualTo("[\"milk\"]");
  }

  private NodeProcess boot(String... options) throws Exception {
    NodeProcess node = NodeProcess.boot(hyperapp::command, work, "alice.os", options);
    nodes.add(node);
    return node;
  }

}
