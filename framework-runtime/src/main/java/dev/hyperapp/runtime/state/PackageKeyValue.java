package dev.hyperapp.runtime.state;

import dev.hyperapp.annotations.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One package's key–value store: rows of the node database's {@code kv} table, durable on return. */
public final class PackageKeyValue implements Context.KeyValue {

  private final NodeDatabase database;
  private final String packageId;

  /** @param packageId {@code package:publisher} */
  public PackageKeyValue(NodeDatabase database, String packageId) {
    this.database = database;
    this.packageId = packageId;
  }

  @Override
  public Optional<byte[]> get(String key) {
    Objects.requireNonNull(key, "key");
    return database.run(connection -> {
      try (PreparedStatement query =
          connection.prepareStatement("SELECT value FROM kv WHERE package = ? AND key = ?")) {
        query.setString(1, packageId);
        query.setString(2, key);
        try (ResultSet row = query.executeQuery()) {
          return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void put(String key, byte[] value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    database.run(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement(
          "INSERT INTO kv (package, key, value) VALUES (?, ?, ?) "
              + "ON CONFLICT (package, key) DO UPDATE SET value = excluded.value")) {
        upsert.setString(1, packageId);
        upsert.setString(2, key);
        upsert.setBytes(3, value);
        return upsert.executeUpdate();
      }
    });
  }

  @Override
  public boolean delete(String key) {
    Objects.requireNonNull(key, "key");
    return database.run(connection -> {
      try (PreparedStatement delete =
          connection.prepareStatement("DELETE FROM kv WHERE package = ? AND key = ?")) {
        delete.setString(1, packageId);
        delete.setString(2, key);
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public List<String> keys(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    List<String> keys = database.run(connection -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT key FROM kv WHERE package = ? AND substr(key, 1, length(?)) = ?")) {
        query.setString(1, packageId);
        query.setString(2, prefix);
        query.setString(3, prefix);
        List<String> found = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            found.add(rows.getString(1));
          }
        }
        return found;
      }
    });
    keys.sort(null);
    return keys;
  }
}
