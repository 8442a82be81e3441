package dev.hyperapp.runtime.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.node.NodeHome;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Kills a node process with SIGKILL in the middle of a stream of acknowledged writes, again and again
 * on one home: after every restart the state holds every acknowledged write, at most the one write in
 * flight besides, nothing half-written, and SQLite finds its file intact.
 *
 * <p>The first boot installs the app, takes a few writes and stops with SIGTERM (a graceful stop,
 * which also records the class-data-sharing archive that makes the {@link NodeJvms later boots}
 * cheap). The owner logs in once: the session cookie stays valid across restarts.
 */
class CrashRecoveryTest {

  private static final int KILLS = 20;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void noAcknowledgedWriteIsLostWhenTheNodeIsKilled() throws Exception {
    Path home = work.resolve("home");
    Path jar = AppJars.build("ledger", work, "ledger.jar");
    NodeJvms jvms = NodeJvms.in(work.resolve("jvm"));
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<String> expected = new ArrayList<>();

    Process first = jvms.startRecording(List.of(home.toString(), "0", jar.toString()));
    LedgerClient owner;
    try {
      owner = LedgerClient.login(readUrl(first), LedgerNodeMain.PASSWORD);
      for (int i = 0; i < 3; i++) {
        assertThat(append(owner, i).body()).isEqualTo(String.valueOf(i + 1));
        expected.add(entryNumber(i));
      }
      first.destroy();
      assertThat(first.waitFor(1, TimeUnit.MINUTES)).as("the node stops on SIGTERM").isTrue();
    } finally {
      first.destroyForcibly().waitFor();
    }

    for (int kill = 0; kill <= KILLS; kill++) {
      Process node = jvms.start(List.of(home.toString(), "0"));
      try {
        owner = owner.at(readUrl(node));
        List<String> recovered = entries(owner);
        String context = "after kill " + kill + " (seed " + seed + ")";
        assertThat(recovered).as(context).startsWith(expected.toArray(String[]::new));
        assertThat(recovered.size()).as(context + ": at most the write in flight is added")
            .isLessThanOrEqualTo(expected.size() + 1);
        if (recovered.size() > expected.size()) {
          assertThat(recovered.get(expected.size())).as(context).isEqualTo(entryNumber(expected.size()));
        }
        expected = new ArrayList<>(recovered);
        if (kill == KILLS) {
          return;
        }
        writeUntilKilled(owner, node, expected, 1 + random.nextInt(10));
      } finally {
        node.destroyForcibly().waitFor();
      }
      assertThat(integrityCheck(home)).as("integrity after kill " + kill).isEqualTo("ok");
    }
  }

  /**
   * Appends numbered entries from another thread and kills the node once {@code writesBeforeKill}
   * are acknowledged, while the next one is in flight; adds the acknowledged ones to {@code acked}.
   */
  private static void writeUntilKilled(LedgerClient owner, Process node, List<String> acked, int writesBeforeKill)
      throws InterruptedException {
    int first = acked.size();
    AtomicInteger acknowledged = new AtomicInteger();
    CountDownLatch enough = new CountDownLatch(1);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        while (true) {
          HttpResponse<String> reply = append(owner, first + acknowledged.get());
          assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
          assertThat(reply.body()).isEqualTo(String.valueOf(first + acknowledged.get() + 1));
          if (acknowledged.incrementAndGet() == writesBeforeKill) {
            enough.countDown();
          }
        }
      } catch (IOException | InterruptedException killed) {
        // The node died under this write: it may or may not have been saved.
      } catch (RuntimeException | AssertionError wrong) {
        failure.set(wrong);
      } finally {
        enough.countDown();
      }
    }, "ledger-writer");
    writer.start();
    enough.await(30, TimeUnit.SECONDS);
    node.destroyForcibly();
    writer.join();
    assertThat(failure.get()).as("a write before the kill failed").isNull();
    assertThat(acknowledged.get()).as("writes acknowledged before the kill").isGreaterThanOrEqualTo(writesBeforeKill);
    for (int i = 0; i < acknowledged.get(); i++) {
      acked.add(entryNumber(first + i));
    }
  }

  private static HttpResponse<String> append(LedgerClient owner, int index) throws IOException, InterruptedException {
    return owner.call("{\"Append\":\"" + entryNumber(index) + "\"}");
  }

  private static String entryNumber(int index) {
    return "entry-" + index;
  }

  private static List<String> entries(LedgerClient owner) throws Exception {
    HttpResponse<String> reply = owner.call("{\"Entries\":null}");
    assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
    return JSON.readValue(reply.body(), new TypeReference<List<String>>() {});
  }

  /** The URL the node prints once it serves. */
  private static URI readUrl(Process node) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(LedgerNodeMain.READY)) {
        return URI.create(line.substring(LedgerNodeMain.READY.length()));
      }
    }
    throw new IllegalStateException("The node exited before serving");
  }

  /** SQLite's own check of the node's database, opened read-only once no process has it open. */
  private static String integrityCheck(Path home) throws Exception {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    Path database = NodeHome.openOrCreate(home, "crash.os").database();
    try (Connection connection = config.createConnection("jdbc:sqlite:" + database.toAbsolutePath());
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
      result.next();
      return result.getString(1);
    }
  }
}
