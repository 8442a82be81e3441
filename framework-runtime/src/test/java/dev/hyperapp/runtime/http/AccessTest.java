package dev.hyperapp.runtime.http;

import static dev.hyperapp.runtime.http.TestNode.ECHO;
import static dev.hyperapp.runtime.http.TestNode.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code localOnly} and {@code authenticated}, decided and enforced. */
class AccessTest {

  @TempDir Path dir;

  @Test
  void refusesRemoteClientsOnLocalOnlyBindingsBeforeAskingForALogin() throws Exception {
    InetAddress remote = InetAddress.getByName("192.0.2.7");
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    InetAddress loopbackV6 = InetAddress.getByName("::1");
    AccessRule localOwner = new AccessRule(true, true);

    assertThat(localOwner.judge(remote, true)).isEqualTo(AccessRule.Verdict.NOT_LOCAL);
    assertThat(localOwner.judge(remote, false)).isEqualTo(AccessRule.Verdict.NOT_LOCAL);
    assertThat(localOwner.judge(loopback, false)).isEqualTo(AccessRule.Verdict.NOT_LOGGED_IN);
    assertThat(localOwner.judge(loopbackV6, true)).isEqualTo(AccessRule.Verdict.ADMITTED);
    assertThat(AccessRule.OWNER.judge(remote, true)).isEqualTo(AccessRule.Verdict.ADMITTED);
    assertThat(AccessRule.OWNER.judge(remote, false)).isEqualTo(AccessRule.Verdict.NOT_LOGGED_IN);
  }

  /**
   * Over the network for real: the server listens on every interface and the client connects through
   * this machine's own non-loopback address, so the server sees a non-loopback source.
   */
  @Test
  void refusesAClientThatIsNotOnLoopbackOverTheNetwork() throws Exception {
    Optional<InetAddress> lanAddress = nonLoopbackAddress();
    assumeTrue(lanAddress.isPresent(), "this machine has no non-loopback IPv4 address");
    try (TestNode node = TestNode.start(
        new TestHost().install(TestNode.echoApp().jar(dir)), HttpSettings.loopback(0).withBindAddress("0.0.0.0"))) {
      URI lan = URI.create("http://" + lanAddress.get().getHostAddress() + ":" + node.server.port());
      HttpRequest.Builder call = HttpRequest.newBuilder(lan.resolve(ECHO + "/local"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"Echo\":1}"));

      HttpResponse<String> overLan = node.send(call);
      HttpResponse<String> openOverLan = node.send(call.copy().uri(lan.resolve(ECHO + "/open")));

      assertError(overLan, 403, "not-allowed");
      assertThat(openOverLan.statusCode()).isEqualTo(200);
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (network.isUp() && !network.isLoopback()) {
        for (InetAddress address : Collections.list(network.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress() && !address.isLinkLocalAddress()) {
            return Optional.of(address);
          }
        }
      }
    }
    return Optional.empty();
  }
}
