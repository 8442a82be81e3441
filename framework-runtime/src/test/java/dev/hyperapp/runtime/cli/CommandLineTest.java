package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.runtime.apps.AppJars;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line against a real node booted in this JVM with a temporary home. */
class CommandLineTest {

  private static final String NOTES = "notes:notes:test.os";

  @TempDir Path work;
  private BootedNode node;

  @AfterEach
  void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void bootPrintsTheUrlAndTheDevelopmentPasswordThatLogsIn() throws Exception {
    node = new BootedNode(work.resolve("home"));

    assertThat(node.url().toString()).startsWith("http://127.0.0.1:");
    assertThat(node.out()).contains("the owner's password is hyperapp-dev");
    new OwnerSession(node.url(), BootCommand.FAKE_PASSWORD);
    assertThat(node.stop()).isZero();
    assertThat(node.out()).contains("Stopped.");
  }

  @Test
  void aGivenPasswordWinsOverTheDevelopmentOneAndTheNextBootKeepsIt() throws Exception {
    node = new BootedNode(work.resolve("home"), "--password", "s3cret");
    assertThat(node.out()).doesNotContain("hyperapp-dev");
    node.stop();

    node = BootedNode.keepingPassword(work.resolve("home"));

    new OwnerSession(node.url(), "s3cret");
  }

  @Test
  void bootInstallsTheGivenJarsAndThoseAlreadyInTheHome() throws Exception {
    Path jar = AppJars.build("notes/v1", work, "notes.jar");
    node = new BootedNode(work.resolve("home"), "--app", jar.toString());
    assertThat(node.out()).contains("notes:test.os: running");
    node.stop();

    node = new BootedNode(work.resolve("home"));

    assertThat(node.out()).contains("notes:test.os: running");
  }

  @Test
  void startPackageInstallsAJarWhoseApiThenAnswers() throws Exception {
    node = new BootedNode(work.resolve("home"));
    Path jar = AppJars.build("notes/v1", work, "notes.jar");

    Run run = Run.of("start-package", jar.toString(), "--node", node.admin());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"package\" : \"notes:test.os\"", "\"running\" : true");
    HttpResponse<String> added =
        new OwnerSession(node.url(), BootCommand.FAKE_PASSWORD).call(NOTES, "{\"Add\":\"milk\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(added.body()).isEqualTo("[\"milk\"]");
  }

  @Test
  void startPackageReportsAFileThatIsNoApp() throws Exception {
    node = new BootedNode(work.resolve("home"));
    Path notAJar = Files.writeString(work.resolve("notes.txt"), "not a jar");

    Run run = Run.of("start-package", notAJar.toString(), "--node", node.admin());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("\"code\" : \"bad-request\"");
  }

  @Test
  void removePackageRemovesItAndReportsAnUnknownOne() throws Exception {
    node = new BootedNode(work.resolve("home"),
        "--app", AppJars.build("notes/v1", work, "notes.jar").toString());

    Run removed = Run.of("remove-package", "notes:test.os", "--node", node.admin());
    Run again = Run.of("remove-package", "notes:test.os", "--node", node.admin());

    assertThat(removed.exitCode()).as(removed.err()).isZero();
    assertThat(removed.out()).contains("\"removed\" : \"notes:test.os\"");
    assertThat(Run.of("status", "--node", node.admin()).out()).doesNotContain("notes");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("\"code\" : \"not-found\"", "No package notes:test.os");
  }

  @Test
  void injectPrintsTheReplyOrTheError() throws Exception {
    node = new BootedNode(work.resolve("home"),
        "--app", AppJars.build("notes/v1", work, "notes.jar").toString());

    Run counted = Run.of("inject", NOTES, "{\"Count\":null}", "--node", node.admin());
    Run httpOnly = Run.of("inject", NOTES, "{\"Add\":\"milk\"}", "--node", node.admin());
    Run unknown = Run.of("inject", NOTES, "{\"Nope\":1}", "--node", node.admin());
    Run missing = Run.of("inject", "nope:nope:test.os", "{\"Add\":\"x\"}", "--node", node.admin());

    assertThat(counted.exitCode()).as(counted.err()).isZero();
    assertThat(counted.out()).contains("\"reply\" : 0");
    assertThat(httpOnly.exitCode()).as("the message's origin is LOCAL").isEqualTo(1);
    assertThat(httpOnly.err()).contains("\"code\" : \"not-allowed\"");
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains("\"code\" : \"unknown-method\"");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("\"code\" : \"no-such-process\"");
  }

  @Test
  void injectSendsABlobAndPrintsTheBlobOfTheReply() throws Exception {
    node = new BootedNode(work.resolve("home"),
        "--app", AppJars.build("echo", work, "echo.jar").toString());
    Path blob = Files.writeString(work.resolve("hello.txt"), "hello");

    Run run = Run.of("inject", "echo:echo:test.os", "{\"Echo\":null}", "--blob", blob.toString(),
        "--blob-mime", "text/plain", "--node", node.admin());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"reply\" : \"text/plain, 5 bytes\"", "\"mime\" : \"text/plain\"",
        "\"base64\" : \"" + Base64.getEncoder().encodeToString("HELLO".getBytes()) + "\"");
  }

  @Test
  void statusListsTheAppsAndTheirProcesses() throws Exception {
    node = new BootedNode(work.resolve("home"),
        "--app", AppJars.build("notes/v1", work, "notes.jar").toString());

    Run run = Run.of("status", "--node", node.admin());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"node\" : \"alice.os\"", "\"package\" : \"notes:test.os\"",
        "\"id\" : \"" + NOTES + "\"", "\"queued\" : 0");
  }

  @Test
  void aCommandWithoutANodeSaysHowToStartOne() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }

    Run run = Run.of("status", "--node", "http://127.0.0.1:" + port);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no node answers at http://127.0.0.1:" + port,
        "start one with hyperapp boot");
  }

  @ParameterizedTest
  @ValueSource(strings = {"boot", "start-package", "remove-package", "inject", "status", "connect",
      "accept-key", "new"})
  void everyCommandExplainsItself(String command) {
    Run run = Run.of(command, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: hyperapp " + command);
  }

  @Test
  void theTopCommandListsTheCommandsAndTheDevelopmentPassword() {
    assertThat(Run.of("--help").out())
        .contains("boot", "start-package", "inject", "status", "connect", "accept-key");
    assertThat(Run.of("boot", "--help").out()).contains("hyperapp-dev");
  }

  @Test
  void theVersionIsTheOneThisRuntimeWasBuiltAs() {
    Run run = Run.of("--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo("hyperapp " + NewCommand.version())
        .doesNotContain("${");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Run.of().exitCode()).isEqualTo(2);
    assertThat(Run.of("bogus").exitCode()).isEqualTo(2);
    assertThat(Run.of("inject", NOTES).exitCode()).isEqualTo(2);
    Run notJson = Run.of("inject", NOTES, "{not json");
    assertThat(notJson.exitCode()).isEqualTo(2);
    assertThat(notJson.err()).contains("JSON is not valid JSON");
    assertThat(Run.of("boot", "alice.os").err()).contains("Missing required option: '--home=DIR'");
  }

  @Test
  void aNewNodeWithoutAPasswordOrAConsoleIsAUsageError() {
    Run run = Run.of("boot", "alice.os", "--home", work.resolve("home").toString(), "--port", "0");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("A new node needs an owner's password", "--fake");
  }
}
