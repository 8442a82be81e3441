package dev.hyperapp.runtime.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeHomeTest {

  @TempDir Path root;

  @Test
  void theSessionKeyIsMadeOnceAndKept() {
    byte[] first = NodeHome.openOrCreate(root, "alice.os").sessionKey();
    byte[] again = NodeHome.openOrCreate(root, "alice.os").sessionKey();

    assertThat(first).hasSize(32).isEqualTo(again);
    assertThat(NodeHome.openOrCreate(root.resolve("other"), "bob.os").sessionKey()).isNotEqualTo(first);
  }

  @Test
  void theSessionKeyIsKeptInMemoryAndADeletedOneIsReplacedAtTheNextStart() throws Exception {
    NodeHome running = NodeHome.openOrCreate(root, "alice.os");
    byte[] first = running.sessionKey();

    Files.delete(root.resolve("session.key"));

    assertThat(running.sessionKey()).isEqualTo(first);
    assertThat(NodeHome.openOrCreate(root, "alice.os").sessionKey()).hasSize(32).isNotEqualTo(first);
  }

  @Test
  void theOwnerPasswordIsCheckedAgainstAStoredHash() throws Exception {
    NodeHome home = NodeHome.openOrCreate(root, "alice.os");
    assertThat(home.isOwnerPassword("secret")).isFalse();

    home.setOwnerPassword("correct horse");

    NodeHome reopened = NodeHome.openOrCreate(root, "alice.os");
    assertThat(reopened.isOwnerPassword("correct horse")).isTrue();
    assertThat(reopened.isOwnerPassword("correct hors")).isFalse();
    assertThat(reopened.isOwnerPassword(null)).isFalse();
    assertThat(Files.readString(root.resolve("owner.password")))
        .startsWith("pbkdf2-sha256:")
        .doesNotContain("correct horse");
  }
}
