package dev.hyperapp.benchmarks.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.benchmarks.node.apps.TallyDispatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.sqlite.SQLiteConfig;

/**
 * Calls per second of a handler whose process saves with {@code EVERY_MESSAGE} (each call returns
 * once its state is committed to {@code node.db}) against a bare sqlite-jdbc loop doing the same
 * upsert of the same JSON into the same table, with the node database's settings: WAL,
 * {@code synchronous=FULL}, one connection, a transaction per statement. Both files live in fresh
 * temporary folders on the same disk.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SaveBenchmark {

  private static final ProcessId TALLY = new ProcessId("tally", "tally", "bench.os");

  @State(Scope.Benchmark)
  public static class NodeSide {
    BenchNode node;

    @Setup(Level.Trial)
    public void start() {
      node = BenchNode.start("bench", new TallyDispatcher());
    }

    @TearDown(Level.Trial)
    public void stop() {
      node.close();
    }
  }

  @State(Scope.Benchmark)
  public static class SqliteSide {
    Path folder;
    Connection connection;
    PreparedStatement upsert;
    long count;

    @Setup(Level.Trial)
    public void open() throws SQLException {
      folder = BenchNode.temporaryFolder("hyperapp-bench-sqlite-");
      SQLiteConfig config = new SQLiteConfig();
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
      config.setBusyTimeout(10_000);
      connection = config.createConnection("jdbc:sqlite:" + folder.resolve("node.db"));
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE process_state (process TEXT PRIMARY KEY, state BLOB NOT NULL, "
            + "revision INTEGER NOT NULL, saved_at INTEGER NOT NULL)");
      }
      upsert = connection.prepareStatement(
          "INSERT INTO process_state (process, state, revision, saved_at) VALUES (?, ?, 1, ?) "
              + "ON CONFLICT (process) DO UPDATE SET state = excluded.state, "
              + "revision = revision + 1, saved_at = excluded.saved_at");
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
      upsert.close();
      connection.close();
      BenchNode.deleteTree(folder);
    }
  }

  @Benchmark
  public String nodeEveryMessage(NodeSide side) {
    return side.node.request(TALLY, "{\"Add\":1}").join();
  }

  @Benchmark
  public int sqliteUpsert(SqliteSide side) throws SQLException {
    side.count++;
    side.upsert.setString(1, TALLY.toString());
    side.upsert.setBytes(2, ("{\"count\":" + side.count + "}").getBytes(StandardCharsets.UTF_8));
    side.upsert.setLong(3, System.currentTimeMillis());
    return side.upsert.executeUpdate();
  }
}
