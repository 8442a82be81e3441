package dev.hyperapp.runtime.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.runtime.identity.HostPort;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTest {

  private static final HostPort BOB_ADDRESS = HostPort.parse("127.0.0.1:9002");

  @TempDir Path root;

  private NodeIdentity identity(String home, String name) throws IOException {
    return NodeIdentity.loadOrCreate(root.resolve(home), name);
  }

  @Test
  void learnsAnUnknownNameAndResolvesIt() throws IOException {
    Directory directory = Directory.open(root.resolve("alice"), null);
    IdentityRecord bob = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));

    assertThat(directory.admit(bob)).isEqualTo(Admission.LEARNT);
    assertThat(directory.resolve("bob.os")).contains(bob);
    assertThat(directory.addressesOf("bob.os")).containsExactly(BOB_ADDRESS);
    assertThat(directory.resolve("carol.os")).isEmpty();
    assertThat(directory.addressesOf("carol.os")).isEmpty();
  }

  @Test
  void refusesARecordWithABadSignature() throws IOException {
    Directory directory = Directory.open(root.resolve("alice"), null);
    IdentityRecord bob = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));
    IdentityRecord tampered = new IdentityRecord(bob.name(), bob.publicKey(),
        List.of(HostPort.parse("10.6.6.6:9002")), bob.timestamp(), bob.signature());

    assertThat(directory.admit(tampered)).isEqualTo(Admission.BAD_SIGNATURE);
    assertThat(directory.resolve("bob.os")).isEmpty();
  }

  @Test
  void keepsTheNewestRecordOfThePinnedKey() throws IOException {
    Directory directory = Directory.open(root.resolve("alice"), null);
    NodeIdentity bob = identity("bob", "bob.os");
    Instant first = Instant.ofEpochMilli(1_000_000);
    IdentityRecord old = bob.record(List.of(BOB_ADDRESS), first);
    IdentityRecord moved = bob.record(List.of(HostPort.parse("127.0.0.1:9999")), first.plusSeconds(5));

    directory.admit(old);
    assertThat(directory.admit(moved)).isEqualTo(Admission.UPDATED);
    assertThat(directory.admit(old)).isEqualTo(Admission.UNCHANGED);
    assertThat(directory.resolve("bob.os")).contains(moved);
  }

  @Test
  void refusesAChangedKeyUntilItIsAccepted() throws IOException {
    Directory directory = Directory.open(root.resolve("alice"), null);
    IdentityRecord bob = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));
    IdentityRecord reinstalled = identity("bob-reinstalled", "bob.os").record(List.of(BOB_ADDRESS));
    directory.admit(bob);

    assertThat(directory.admit(reinstalled)).isEqualTo(Admission.KEY_CHANGED);
    assertThat(directory.resolve("bob.os")).contains(bob);
    assertThat(directory.pendingKeyChange("bob.os")).contains(reinstalled);

    assertThat(directory.acceptKeyChange("bob.os")).isEqualTo(reinstalled);
    assertThat(directory.resolve("bob.os")).contains(reinstalled);
    assertThat(directory.admit(bob)).isEqualTo(Admission.KEY_CHANGED);
    assertThatThrownBy(() -> directory.acceptKeyChange("carol.os"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("carol.os");
  }

  @Test
  void pinsAndRefusedKeysSurviveAReopen() throws IOException {
    Path home = root.resolve("alice");
    Directory directory = Directory.open(home, null);
    IdentityRecord bob = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));
    IdentityRecord reinstalled = identity("bob-reinstalled", "bob.os").record(List.of(BOB_ADDRESS));
    directory.admit(bob);
    directory.admit(reinstalled);
    directory.connect("carol.os", HostPort.parse("127.0.0.1:9003"));

    Directory reopened = Directory.open(home, null);

    assertThat(reopened.resolve("bob.os")).contains(bob);
    assertThat(reopened.admit(reinstalled)).isEqualTo(Admission.KEY_CHANGED);
    assertThat(reopened.acceptKeyChange("bob.os")).isEqualTo(reinstalled);
    assertThat(reopened.addressesOf("carol.os")).containsExactly(HostPort.parse("127.0.0.1:9003"));
    assertThat(reopened.names()).containsExactly("bob.os", "carol.os");
  }

  @Test
  void addressesAddedByHandComeFirst() throws IOException {
    Directory directory = Directory.open(root.resolve("alice"), null);
    HostPort manual = HostPort.parse("192.168.1.20:9002");
    directory.admit(identity("bob", "bob.os").record(List.of(BOB_ADDRESS)));

    directory.connect("bob.os", manual);
    directory.connect("bob.os", manual);

    assertThat(directory.addressesOf("bob.os")).containsExactly(manual, BOB_ADDRESS);
  }

  @Test
  void nodesSharingAFolderFindEachOther() throws IOException {
    Path shared = root.resolve("shared");
    Directory alice = Directory.open(root.resolve("alice"), shared);
    Directory bob = Directory.open(root.resolve("bob"), shared);
    IdentityRecord bobRecord = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));

    bob.publish(bobRecord);

    assertThat(alice.resolve("bob.os")).contains(bobRecord);
    try (Stream<Path> files = Files.list(shared)) {
      assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("bob.os.json");
    }
  }

  @Test
  void aReinstalledNodeInTheSharedFolderIsRefusedUntilAccepted() throws IOException {
    Path shared = root.resolve("shared");
    Directory alice = Directory.open(root.resolve("alice"), shared);
    IdentityRecord first = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));
    Directory.open(root.resolve("bob"), shared).publish(first);
    assertThat(alice.resolve("bob.os")).contains(first);

    IdentityRecord second = identity("bob2", "bob.os").record(List.of(BOB_ADDRESS));
    Directory.open(root.resolve("bob2"), shared).publish(second);

    assertThat(alice.resolve("bob.os")).contains(first);
    assertThat(alice.pendingKeyChange("bob.os")).contains(second);
  }

  @Test
  void ignoresATamperedFileInTheSharedFolder() throws IOException {
    Path shared = root.resolve("shared");
    Directory alice = Directory.open(root.resolve("alice"), shared);
    IdentityRecord bob = identity("bob", "bob.os").record(List.of(BOB_ADDRESS));
    Files.writeString(shared.resolve("bob.os.json"),
        new String(bob.toJsonBytes()).replace("127.0.0.1:9002", "10.6.6.6:9002"));

    assertThat(alice.resolve("bob.os")).isEmpty();
  }

  @Test
  void refusesToPublishOverAnotherKeyForItsOwnName() throws IOException {
    Directory directory = Directory.open(root.resolve("alice"), null);
    directory.publish(identity("alice", "alice.os").record(List.of(BOB_ADDRESS)));

    assertThatThrownBy(() -> directory.publish(identity("other", "alice.os").record(List.of(BOB_ADDRESS))))
        .isInstanceOf(IOException.class);
  }
}
