package dev.hyperapp.runtime.vfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageDriveTest {

  @TempDir Path home;

  @Test
  void writesReadsListsAndDeletesInsideTheDrive() {
    PackageDrive drive = PackageDrive.open(home.resolve("drives"), "photos");

    drive.write("cats/tom.png", bytes("meow"));
    drive.write("cats/tom.png", bytes("purr"));
    drive.write("readme.txt", bytes("hi"));

    assertThat(drive.read("cats/tom.png")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("purr")));
    assertThat(drive.read("cats/missing.png")).isEmpty();
    assertThat(drive.list("")).containsExactly("cats/", "readme.txt");
    assertThat(drive.list("cats")).containsExactly("tom.png");
    assertThat(Files.exists(home.resolve("drives/photos/cats/tom.png"))).isTrue();
    assertThat(drive.delete("cats/tom.png")).isTrue();
    assertThat(drive.delete("cats/tom.png")).isFalse();
    assertThat(drive.list("cats")).isEmpty();
  }

  @Test
  void readsAPartOfAFileWithoutTheRest() {
    PackageDrive drive = PackageDrive.open(home.resolve("drives"), "files");
    drive.write("digits.txt", bytes("0123456789"));

    assertThat(drive.read("digits.txt", 2, 3)).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("234")));
    assertThat(drive.read("digits.txt", 0, 10)).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("0123456789")));
    assertThat(drive.read("digits.txt", 7, 100)).as("the end comes first")
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("789")));
    assertThat(drive.read("digits.txt", 10, 5)).hasValueSatisfying(v -> assertThat(v).isEmpty());
    assertThat(drive.read("digits.txt", 50, 5)).hasValueSatisfying(v -> assertThat(v).isEmpty());
    assertThat(drive.read("missing.txt", 0, 5)).isEmpty();
    assertThatThrownBy(() -> drive.read("digits.txt", -1, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> drive.read("digits.txt", 0, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape.txt", "a/../../escape.txt", "/etc/passwd", "..", "a\\..\\..\\x",
      "C:/windows"})
  void pathsThatLeaveTheDriveAreRefused(String path) {
    PackageDrive drive = PackageDrive.open(home.resolve("drives"), "files");

    assertThatThrownBy(() -> drive.write(path, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> drive.read(path)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> drive.read(path, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(home.resolve("drives/escape.txt")).doesNotExist();
    assertThat(home.resolve("escape.txt")).doesNotExist();
  }

  @Test
  void aSymbolicLinkOutOfTheDriveIsRefused() throws Exception {
    PackageDrive drive = PackageDrive.open(home.resolve("drives"), "files");
    Path outside = Files.createDirectories(home.resolve("outside"));
    Files.writeString(outside.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(home.resolve("drives/files/link"), outside);

    assertThatThrownBy(() -> drive.read("link/secret.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the drive");
    assertThatThrownBy(() -> drive.write("link/new.txt", bytes("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(outside.resolve("new.txt")).doesNotExist();
  }

  @Test
  void aDanglingLinkIsRefusedAndNotWrittenThrough() throws Exception {
    PackageDrive drive = PackageDrive.open(home.resolve("drives"), "files");
    Path target = home.resolve("outside-later.txt");
    Files.createSymbolicLink(home.resolve("drives/files/dangling"), target);

    assertThatThrownBy(() -> drive.write("dangling", bytes("x")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> drive.read("dangling")).isInstanceOf(IllegalArgumentException.class);
    assertThat(target).doesNotExist();
  }

  @Test
  void driveNamesAreChecked() {
    assertThatThrownBy(() -> PackageDrive.open(home, "../other"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid drive name");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
