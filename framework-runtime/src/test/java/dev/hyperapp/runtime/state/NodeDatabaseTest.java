package dev.hyperapp.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the node keeps its SQLite file: a write-ahead log, and every commit on disk when it returns. */
class NodeDatabaseTest {

  @TempDir Path home;

  @Test
  void runsInWalModeWithEveryCommitSyncedToDisk() {
    try (NodeDatabase database = NodeDatabase.open(home.resolve("node.db"))) {
      assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
      // 2 is FULL: a commit is on disk when it returns.
      assertThat(pragma(database, "synchronous")).isEqualTo("2");
    }
  }

  private static String pragma(NodeDatabase database, String name) {
    return database.run(connection -> {
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("PRAGMA " + name)) {
        result.next();
        return result.getString(1);
      }
    });
  }
}
