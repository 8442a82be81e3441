package dev.hyperapp.runtime.net;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.runtime.directory.Directory;
import dev.hyperapp.runtime.identity.IdentityRecord;
import dev.hyperapp.runtime.identity.NodeIdentity;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryTrustManagerTest {

  @TempDir Path root;
  private Directory directory;
  private DirectoryTrustManager trust;
  private NodeIdentity bob;

  @BeforeEach
  void setUp() throws IOException {
    directory = Directory.open(root.resolve("alice"), null);
    trust = new DirectoryTrustManager(directory, "alice.os");
    bob = NodeIdentity.loadOrCreate(root.resolve("bob"), "bob.os");
  }

  private static X509Certificate[] chainOf(NodeIdentity identity) {
    return new X509Certificate[] {LinkCertificates.create(identity, identity.record(List.of()))};
  }

  private static SSLSocket dialing(String name) throws Exception {
    SSLSocket socket = (SSLSocket) SSLContext.getDefault().getSocketFactory().createSocket();
    SSLParameters parameters = socket.getSSLParameters();
    parameters.setServerNames(List.of(new SNIHostName(name)));
    socket.setSSLParameters(parameters);
    return socket;
  }

  @Test
  void acceptsTheNodeThatWasDialedAndLearnsIt() throws Exception {
    try (SSLSocket socket = dialing("bob.os")) {
      trust.checkServerTrusted(chainOf(bob), "UNKNOWN", socket);
    }
    assertThatCode(() -> directory.resolve("bob.os").orElseThrow()).doesNotThrowAnyException();
  }

  @Test
  void refusesAServerThatIsNotTheNodeDialed() throws Exception {
    try (SSLSocket socket = dialing("carol.os")) {
      assertThatThrownBy(() -> trust.checkServerTrusted(chainOf(bob), "UNKNOWN", socket))
          .isInstanceOf(CertificateException.class)
          .hasMessageContaining("Dialed carol.os but the peer is bob.os");
    }
  }

  @Test
  void refusesAServerWhenItCannotKnowWhichNodeWasDialed() {
    assertThatThrownBy(() -> trust.checkServerTrusted(chainOf(bob), "UNKNOWN"))
        .isInstanceOf(CertificateException.class);
  }

  @Test
  void refusesAKnownNameWithAnotherKey() throws IOException {
    directory.admit(bob.record(List.of()));
    NodeIdentity impostor = NodeIdentity.loadOrCreate(root.resolve("impostor"), "bob.os");

    assertThatThrownBy(() -> trust.checkClientTrusted(chainOf(impostor), "UNKNOWN", (Socket) null))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("differs from the one in the directory");
  }

  @Test
  void refusesACertificateWhoseRecordIsForAnotherKey() throws IOException {
    NodeIdentity impostor = NodeIdentity.loadOrCreate(root.resolve("impostor"), "bob.os");
    IdentityRecord bobsRecord = bob.record(List.of());
    X509Certificate[] chain = {LinkCertificates.create(impostor, bobsRecord)};

    assertThatThrownBy(() -> trust.checkClientTrusted(chain, "UNKNOWN"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("does not match its certificate");
  }

  @Test
  void refusesAPeerClaimingToBeThisNode() throws IOException {
    NodeIdentity alice = NodeIdentity.loadOrCreate(root.resolve("alice"), "alice.os");

    assertThatThrownBy(() -> trust.checkClientTrusted(chainOf(alice), "UNKNOWN"))
        .isInstanceOf(CertificateException.class)
        .hasMessageContaining("claims to be this node");
  }

  @Test
  void refusesChainsOfMoreOrLessThanOneCertificate() {
    X509Certificate[] two = {chainOf(bob)[0], chainOf(bob)[0]};

    assertThatThrownBy(() -> trust.checkClientTrusted(two, "UNKNOWN"))
        .isInstanceOf(CertificateException.class);
    assertThatThrownBy(() -> trust.checkClientTrusted(new X509Certificate[0], "UNKNOWN"))
        .isInstanceOf(CertificateException.class);
  }
}
