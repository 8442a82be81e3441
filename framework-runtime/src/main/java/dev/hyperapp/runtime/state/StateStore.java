package dev.hyperapp.runtime.state;

import dev.hyperapp.annotations.ProcessId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

/**
 * The saved state of each process: one row per process id, holding its JSON and a revision that
 * counts the saves. A save replaces the row in one transaction, so a crash leaves the old state or
 * the new one, never half of one.
 */
public final class StateStore {

  private static final String UPSERT =
      "INSERT INTO process_state (process, state, revision, saved_at) VALUES (?, ?, 1, ?) "
          + "ON CONFLICT (process) DO UPDATE SET state = excluded.state, "
          + "revision = revision + 1, saved_at = excluded.saved_at";

  private final NodeDatabase database;

  public StateStore(NodeDatabase database) {
    this.database = database;
  }

  /** The saved state of {@code process}, if any. */
  public Optional<byte[]> load(ProcessId process) {
    return database.run(connection -> {
      try (PreparedStatement query =
          connection.prepareStatement("SELECT state FROM process_state WHERE process = ?")) {
        query.setString(1, process.toString());
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
        }
      }
    });
  }

  /** Replaces the saved state of {@code process}. */
  public void save(ProcessId process, byte[] state) {
    database.runPrepared(UPSERT, upsert -> {
      upsert.setString(1, process.toString());
      upsert.setBytes(2, state);
      upsert.setLong(3, System.currentTimeMillis());
      return upsert.executeUpdate();
    });
  }

  /** How many times the state of {@code process} has been saved; 0 if never. */
  public long revision(ProcessId process) {
    return database.run(connection -> {
      try (PreparedStatement query =
          connection.prepareStatement("SELECT revision FROM process_state WHERE process = ?")) {
        query.setString(1, process.toString());
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? row.getLong(1) : 0L;
        }
      }
    });
  }
}
