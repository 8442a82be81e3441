package dev.hyperapp.runtime.state;

import dev.hyperapp.annotations.Context;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One package's SQL database: a SQLite file of its own, so an app's tables can neither see nor harm
 * the node's tables or another package's. Opened on first use; ATTACH is disabled.
 */
public final class PackageSql implements Context.Sql, AutoCloseable {

  private final Path file;
  private Connection connection;

  public PackageSql(Path file) {
    this.file = file;
  }

  @Override
  public synchronized int execute(String statement, Object... parameters) {
    try (PreparedStatement prepared = prepare(statement, parameters)) {
      prepared.execute();
      return Math.max(0, prepared.getUpdateCount());
    } catch (SQLException e) {
      throw new StorageException("SQL statement failed: " + statement, e);
    }
  }

  @Override
  public synchronized List<Map<String, Object>> query(String statement, Object... parameters) {
    try (PreparedStatement prepared = prepare(statement, parameters);
        ResultSet rows = prepared.executeQuery()) {
      ResultSetMetaData columns = rows.getMetaData();
      List<Map<String, Object>> result = new ArrayList<>();
      while (rows.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
          row.put(columns.getColumnLabel(column), rows.getObject(column));
        }
        result.add(row);
      }
      return result;
    } catch (SQLException e) {
      throw new StorageException("SQL query failed: " + statement, e);
    }
  }

  private PreparedStatement prepare(String statement, Object... parameters) throws SQLException {
    if (connection == null) {
      connection = Sqlite.open(file);
    }
    PreparedStatement prepared = connection.prepareStatement(statement);
    for (int i = 0; i < parameters.length; i++) {
      prepared.setObject(i + 1, parameters[i]);
    }
    return prepared;
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw new StorageException("Could not close " + file, e);
      }
      connection = null;
    }
  }
}
