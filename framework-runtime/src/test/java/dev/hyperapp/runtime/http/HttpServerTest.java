package dev.hyperapp.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting, addressing and stopping the server. */
class HttpServerTest {

  @TempDir Path dir;

  @Test
  void listensOnThePortItPickedAndStopsListeningWhenClosed() throws IOException {
    TestNode node = TestNode.withEchoApp(dir);
    int port = node.server.port();

    assertThat(port).isPositive();
    assertThat(node.server.uri().toString()).isEqualTo("http://127.0.0.1:" + port + "/");
    assertThat(node.get("/our.js").statusCode()).isEqualTo(200);

    node.close();

    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).isInstanceOf(ConnectException.class);
  }

  @Test
  void failsToStartOnAPortThatIsTaken() {
    try (TestNode node = TestNode.withEchoApp(dir)) {
      HttpSettings samePort = HttpSettings.loopback(node.server.port());

      assertThatThrownBy(() -> HttpServer.start(new TestHost(), samePort)).isInstanceOf(RuntimeException.class);
    }
  }
}
