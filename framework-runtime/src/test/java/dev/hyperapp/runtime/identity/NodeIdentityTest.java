package dev.hyperapp.runtime.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeIdentityTest {

  @TempDir Path home;

  @Test
  void isCreatedOnceAndReloadedFromTheHome() throws IOException {
    NodeIdentity created = NodeIdentity.loadOrCreate(home, "alice.os");
    NodeIdentity reloaded = NodeIdentity.loadOrCreate(home, "alice.os");

    assertThat(reloaded).isEqualTo(created);
    assertThat(reloaded.privateKey().getEncoded()).isEqualTo(created.privateKey().getEncoded());
    assertThat(reloaded).isNotEqualTo(NodeIdentity.loadOrCreate(home.resolve("other"), "alice.os"));
  }

  @Test
  void keepsThePrivateKeyReadableByTheOwnerOnly() throws IOException {
    NodeIdentity.loadOrCreate(home, "alice.os");
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(
              Files.getPosixFilePermissions(home.resolve("identity/node.key"))))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void refusesAHomeThatBelongsToAnotherName() throws IOException {
    NodeIdentity.loadOrCreate(home, "alice.os");

    assertThatThrownBy(() -> NodeIdentity.loadOrCreate(home, "bob.os"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("belongs to alice.os");
  }

  @Test
  void refusesInvalidNames() {
    assertThatThrownBy(() -> NodeIdentity.loadOrCreate(home, "Alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a node name");
    assertThatThrownBy(() -> NodeIdentity.loadOrCreate(home, "../evil.os"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signsRecordsThatSurviveAJsonRoundTrip() throws IOException {
    NodeIdentity alice = NodeIdentity.loadOrCreate(home, "alice.os");
    IdentityRecord record =
        alice.record(List.of(HostPort.parse("127.0.0.1:9001"), HostPort.parse("[::1]:9001")));

    IdentityRecord read = IdentityRecord.fromJsonBytes(record.toJsonBytes());

    assertThat(read).isEqualTo(record);
    assertThat(read.hasValidSignature()).isTrue();
    assertThat(read.addresses()).extracting(HostPort::toString).containsExactly("127.0.0.1:9001", "[::1]:9001");
  }

  @Test
  void aTamperedRecordFailsVerification() throws IOException {
    NodeIdentity alice = NodeIdentity.loadOrCreate(home, "alice.os");
    IdentityRecord record = alice.record(List.of(HostPort.parse("127.0.0.1:9001")));

    IdentityRecord movedAddress = new IdentityRecord(record.name(), record.publicKey(),
        List.of(HostPort.parse("10.0.0.66:9001")), record.timestamp(), record.signature());
    IdentityRecord otherKey = new IdentityRecord(record.name(),
        NodeIdentity.loadOrCreate(home.resolve("mallory"), "alice.os").publicKey(),
        record.addresses(), record.timestamp(), record.signature());
    IdentityRecord later = new IdentityRecord(record.name(), record.publicKey(), record.addresses(),
        record.timestamp().plusSeconds(1), record.signature());

    assertThat(movedAddress.hasValidSignature()).isFalse();
    assertThat(otherKey.hasValidSignature()).isFalse();
    assertThat(later.hasValidSignature()).isFalse();
  }

  @Test
  void theSignedFormIsLengthPrefixedSoFieldsCannotShiftIntoEachOther() throws IOException {
    NodeIdentity alice = NodeIdentity.loadOrCreate(home, "alice.os");
    Instant at = Instant.ofEpochMilli(1_764_330_000_000L);
    IdentityRecord one = alice.record(List.of(HostPort.parse("a.b:1"), HostPort.parse("c.d:2")), at);
    IdentityRecord two = alice.record(List.of(HostPort.parse("a.b:1")), at);

    assertThat(one.signedBytes()).isNotEqualTo(two.signedBytes());
    assertThat(alice.record(List.of(), at).signedBytes()).isEqualTo(alice.record(List.of(), at).signedBytes());
  }

  @Test
  void parsesHostPorts() {
    assertThat(HostPort.parse("localhost:80")).isEqualTo(new HostPort("localhost", 80));
    assertThat(HostPort.parse("[::1]:80")).isEqualTo(new HostPort("::1", 80));
    assertThatThrownBy(() -> HostPort.parse("::1:80")).hasMessageContaining("brackets");
    assertThatThrownBy(() -> HostPort.parse("localhost")).hasMessageContaining("host:port");
    assertThatThrownBy(() -> HostPort.parse("localhost:99999")).hasMessageContaining("port");
  }
}
