package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.runtime.apps.AppJars;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes booted as separate OS processes with {@code --fake}, finding each other through their
 * shared dev directory: alice's Greeter calls bob's {@code @Remote} handler through the generated
 * client; bob is killed with SIGKILL, and alice's next call, whose timeout is 2 s, fails with OFFLINE
 * (so before that timeout); bob restarts on the same home and alice, still the same process, reaches
 * him again.
 */
class TwoNodeProcessesTest {

  private static final String GREETER = "greeter:greeter:test.os";
  /** The timeout of the call made right after the kill: OFFLINE, not TIMEOUT, means it came sooner. */
  private static final int SHORT_TIMEOUT_MS = 2_000;
  /** For calls that must succeed on a loaded machine: a first link, a freshly started JVM. */
  private static final int PATIENT_TIMEOUT_MS = 20_000;

  @TempDir Path work;
  private final List<NodeProcess> processes = new ArrayList<>();

  @AfterEach
  void killAll() {
    processes.forEach(NodeProcess::close);
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aliceReachesBobAcrossHisSigkillAndRestartWithoutRestartingHerself() throws Exception {
    Path greeter = AppJars.build("greeter", work, "greeter.jar");
    NodeProcess alice = boot("alice.os", greeter);
    NodeProcess bob = boot("bob.os", greeter);
    String aliceAdmin = alice.output().admin();

    assertThat(greet(aliceAdmin, PATIENT_TIMEOUT_MS)).isEqualTo("Hello Alice from bob.os");

    bob.kill();
    String afterKill = greet(aliceAdmin, SHORT_TIMEOUT_MS);

    assertThat(afterKill).startsWith("error offline:").contains("bob.os");

    boot("bob.os", greeter);
    // Until alice's reconnection (backing off since the kill) reaches the new bob, calls fail fast.
    await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(() -> {
      String reply = greet(aliceAdmin, PATIENT_TIMEOUT_MS);
      assertThat(reply).matches("Hello Alice from bob\\.os|error offline: .*");
      return reply.equals("Hello Alice from bob.os");
    });
    assertThat(alice.process().isAlive()).isTrue();
  }

  private NodeProcess boot(String name, Path app) throws IOException {
    NodeProcess node = NodeProcess.boot(work, name, "--app", app.toString());
    processes.add(node);
    return node;
  }

  /**
   * Has alice's Greeter call bob's {@code Greet} through the generated client with this timeout;
   * answers the greeting or {@code "error <code>: <message>"}.
   */
  private static String greet(String admin, int timeoutMillis) throws IOException {
    Run run = Run.of("inject", GREETER,
        "{\"GreetWithin\":[\"bob.os\",\"Alice\"," + timeoutMillis + "]}", "--node", admin);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out()).path("reply").asText();
  }
}
