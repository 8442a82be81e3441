package dev.hyperapp.runtime.http;

import static dev.hyperapp.runtime.http.TestNode.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.ProcessId;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The node's own pages: the homepage and {@code our.js}. */
class NodePagesTest {

  @TempDir Path dir;
  TestNode node;

  @BeforeEach
  void start() {
    TestHost host = new TestHost()
        .install(TestNode.echoApp().jar(dir))
        .install(TestApp.builder("gallery:gallery:test.os").ui("/app", true).jar(dir))
        .listOnHomepage(new HttpHost.HomepageEntry(ProcessId.parse("echo:echo:test.os"), "Echo <b>", "🔊", "/"))
        .listOnHomepage(new HttpHost.HomepageEntry(ProcessId.parse("gallery:gallery:test.os"), "Gallery", "icons/g.png", "/app/"))
        .listOnHomepage(new HttpHost.HomepageEntry(ProcessId.parse("gone:gone:test.os"), "Uninstalled", "x", "/"));
    node = TestNode.start(host, HttpSettings.loopback(0));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  @Test
  void listsTheAppsThatAddedThemselvesWithLinksAndIcons() {
    HttpResponse<String> response = node.getLoggedIn("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    String html = response.body();
    assertThat(html)
        .contains("<h1>alice.os</h1>")
        .contains("href=\"/echo:echo:test.os/\"", "🔊", "Echo &lt;b&gt;")
        .contains("href=\"/gallery:gallery:test.os/app/\"", "<img src=\"/gallery:gallery:test.os/app/icons/g.png\"")
        .contains("prefers-color-scheme: dark")
        .doesNotContain("Echo <b>")
        .doesNotContain("Uninstalled");
    assertThat(html.indexOf("Echo &lt;b&gt;")).isLessThan(html.indexOf("Gallery"));
  }

  @Test
  void sendsAnUnknownVisitorOfTheHomepageToTheLoginPage() {
    HttpResponse<String> response = node.send(node.request("/").header("Accept", "text/html"));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/login?next=%2F");
  }

  @Test
  void tellsAPageItsNodeAndTheProcessNamedInTheQuery() {
    HttpResponse<String> response = node.get("/our.js?process=echo:echo:test.os");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(response.body())
        .isEqualTo("window.our = {\"node\":\"alice.os\",\"process\":\"echo:echo:test.os\"};\n");
  }

  @Test
  void infersTheProcessFromTheRefererOtherwise() {
    HttpResponse<String> fromApp = node.send(node.request("/our.js")
        .header("Referer", node.uri("/gallery:gallery:test.os/app/index.html").toString()));
    HttpResponse<String> fromNowhere = node.send(node.request("/our.js?process=not-an-id")
        .header("Referer", node.uri("/login").toString()));

    assertThat(fromApp.body()).contains("\"process\":\"gallery:gallery:test.os\"");
    assertThat(fromNowhere.body()).isEqualTo("window.our = {\"node\":\"alice.os\",\"process\":null};\n");
  }

  @Test
  void servesItsIconToAnyoneAndNamesItInItsPages() {
    HttpResponse<String> icon = node.get("/favicon.svg");
    HttpResponse<String> asBrowsersGuessIt = node.get("/favicon.ico");
    HttpResponse<String> login = node.get("/login");

    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(icon.body()).startsWith("<svg ");
    assertThat(asBrowsersGuessIt.body()).isEqualTo(icon.body());
    assertThat(login.body()).contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">");
    assertThat(node.send(node.request("/favicon.svg").POST(HttpRequest.BodyPublishers.noBody())).statusCode())
        .isEqualTo(405);
  }

  @Test
  void refusesMethodsTheNodesPagesDoNotTake() {
    HttpResponse<String> response = node.send(node.request("/our.js").POST(HttpRequest.BodyPublishers.noBody()));

    assertError(response, 405, "method-not-allowed");
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }
}
