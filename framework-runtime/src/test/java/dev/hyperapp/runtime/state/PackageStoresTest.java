package dev.hyperapp.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageStoresTest {

  @TempDir Path home;

  @Test
  void keyValueStoresArePerPackageDurableAndListKeysByPrefix() {
    try (NodeDatabase database = NodeDatabase.open(home.resolve("node.db"))) {
      PackageKeyValue chat = new PackageKeyValue(database, "chat:template.os");
      PackageKeyValue other = new PackageKeyValue(database, "other:template.os");

      chat.put("user/bob", bytes("1"));
      chat.put("user/alice", bytes("2"));
      chat.put("setting", bytes("3"));
      chat.put("user/bob", bytes("4"));
      other.put("user/eve", bytes("5"));

      assertThat(chat.get("user/bob")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("4")));
      assertThat(chat.keys("user/")).containsExactly("user/alice", "user/bob");
      assertThat(chat.keys("")).containsExactly("setting", "user/alice", "user/bob");
      assertThat(other.keys("")).containsExactly("user/eve");
      assertThat(other.get("user/bob")).isEmpty();
      assertThat(chat.delete("setting")).isTrue();
      assertThat(chat.delete("setting")).isFalse();
    }
    try (NodeDatabase reopened = NodeDatabase.open(home.resolve("node.db"))) {
      assertThat(new PackageKeyValue(reopened, "chat:template.os").keys(""))
          .containsExactly("user/alice", "user/bob");
    }
  }

  @Test
  void aPackageDatabaseRunsStatementsAndQueriesWithParameters() {
    try (PackageSql sql = new PackageSql(home.resolve("packages/template.os/chat/app.db"))) {
      sql.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT)");
      assertThat(sql.execute("INSERT INTO note (text) VALUES (?), (?)", "hello", "world")).isEqualTo(2);
      assertThat(sql.execute("UPDATE note SET text = ? WHERE id = ?", "hi", 1)).isEqualTo(1);

      assertThat(sql.query("SELECT id, text FROM note ORDER BY id"))
          .containsExactly(Map.of("id", 1, "text", "hi"), Map.of("id", 2, "text", "world"));
    }
  }

  @Test
  void aPackageDatabaseCannotAttachOtherFiles() {
    try (PackageSql sql = new PackageSql(home.resolve("app.db"))) {
      assertThatThrownBy(() -> sql.execute(
              "ATTACH DATABASE ? AS node", home.resolve("node.db").toString()))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("ATTACH");
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
