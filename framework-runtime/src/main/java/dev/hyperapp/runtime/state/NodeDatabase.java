package dev.hyperapp.runtime.state;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The node's own SQLite database ({@code <home>/node.db}): the saved state of every process and the
 * key–value stores of every package. One connection, used by one thread at a time; every write is a
 * transaction of its own.
 */
public final class NodeDatabase implements AutoCloseable {

  private final Path file;
  private final Connection connection;
  /** Statements of {@link #runPrepared}, by SQL; only touched while holding this object's lock. */
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  private NodeDatabase(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Opens the database, creating it and its tables if needed. */
  public static NodeDatabase open(Path file) {
    NodeDatabase database = new NodeDatabase(file, Sqlite.open(file));
    database.run(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE IF NOT EXISTS process_state ("
            + "process TEXT PRIMARY KEY, state BLOB NOT NULL, "
            + "revision INTEGER NOT NULL, saved_at INTEGER NOT NULL)");
        statement.execute("CREATE TABLE IF NOT EXISTS kv ("
            + "package TEXT NOT NULL, key TEXT NOT NULL, value BLOB NOT NULL, "
            + "PRIMARY KEY (package, key))");
      }
      return null;
    });
    return database;
  }

  public Path file() {
    return file;
  }

  /** Runs {@code work} on the connection, alone; a statement that fails throws {@link StorageException}. */
  public synchronized <T> T run(Work<T> work) {
    try {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException("A query on " + file + " failed", e);
    }
  }

  /**
   * Runs {@code work} with the statement for {@code sql}, prepared at its first use and kept for the
   * next (saving a state runs the same upsert after every message), alone on the connection.
   */
  public synchronized <T> T runPrepared(String sql, StatementWork<T> work) {
    return run(connection -> {
      PreparedStatement statement = prepared.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        prepared.put(sql, statement);
      }
      return work.run(statement);
    });
  }

  @Override
  public synchronized void close() {
    try {
      for (PreparedStatement statement : prepared.values()) {
        statement.close();
      }
      prepared.clear();
      connection.close();
    } catch (SQLException e) {
      throw new StorageException("Could not close " + file, e);
    }
  }

  /** Work on the connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Work with a prepared statement, whose parameters it sets before executing it. */
  @FunctionalInterface
  public interface StatementWork<T> {
    T run(PreparedStatement statement) throws SQLException;
  }
}
