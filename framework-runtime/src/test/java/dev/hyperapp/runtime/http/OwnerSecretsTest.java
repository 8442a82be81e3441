package dev.hyperapp.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerSecretsTest {

  @TempDir Path home;

  @Test
  void checksThePasswordAndKeepsTheKeyAcrossRestarts() throws IOException {
    Path file = home.resolve("http/owner.properties");
    OwnerSecrets created = OwnerSecrets.create(file, "correct horse");

    OwnerSecrets reread = OwnerSecrets.read(file);

    assertThat(reread.isOwnerPassword("correct horse")).isTrue();
    assertThat(reread.isOwnerPassword("correct horse ")).isFalse();
    assertThat(reread.isOwnerPassword("")).isFalse();
    assertThat(reread.sessionKey()).hasSize(32).isEqualTo(created.sessionKey());
    assertThat(Files.readString(file)).doesNotContain("correct horse");
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
  }

  @Test
  void aNewPasswordComesWithANewKey() throws IOException {
    Path file = home.resolve("owner.properties");
    byte[] before = OwnerSecrets.create(file, "first").sessionKey();

    OwnerSecrets changed = OwnerSecrets.create(file, "second");

    assertThat(changed.sessionKey()).isNotEqualTo(before);
    assertThat(OwnerSecrets.read(file).isOwnerPassword("first")).isFalse();
    assertThat(OwnerSecrets.read(file).isOwnerPassword("second")).isTrue();
  }

  @Test
  void saysWhichFileIsDamaged() throws IOException {
    Path file = home.resolve("owner.properties");
    Files.writeString(file, "iterations=600000\nsalt=AAAA\n");

    assertThatThrownBy(() -> OwnerSecrets.read(file)).isInstanceOf(IOException.class).hasMessageContaining(file.toString());
  }
}
