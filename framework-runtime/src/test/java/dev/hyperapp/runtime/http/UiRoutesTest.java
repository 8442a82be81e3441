package dev.hyperapp.runtime.http;

import static dev.hyperapp.runtime.http.TestNode.ECHO;
import static dev.hyperapp.runtime.http.TestNode.SECRET;
import static dev.hyperapp.runtime.http.TestNode.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.ProcessId;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An app's UI files, its api.js, and what is never served: other files of the jar, directories. */
class UiRoutesTest {

  @TempDir Path dir;
  TestNode node;
  String cookie;

  @BeforeEach
  void start() {
    TestApp open = TestApp.builder("open:open:test.os")
        .ui("/app", false)
        .ownPath("Hello", "GET", "/hello", 0)
        .file("ui/index.html", "open index")
        .file("ui/nested/page.html", "nested page")
        .folder("ui/nested")
        .file("secret.txt", SECRET)
        .exploded(dir.resolve("exploded"));
    node = TestNode.start(
        new TestHost().install(TestNode.echoApp().jar(dir)).install(open), HttpSettings.loopback(0));
    cookie = node.login();
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private HttpResponse<String> get(String path) {
    return node.send(node.request(path).header("Cookie", cookie));
  }

  @Test
  void servesIndexHtmlAtTheUiPath() {
    HttpResponse<String> response = get(ECHO + "/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.body()).contains("<title>Echo</title>");
  }

  @Test
  void redirectsTheBasePathToItsSlashForm() {
    HttpResponse<String> response = get(ECHO + "?x=1");

    assertThat(response.statusCode()).isEqualTo(307);
    assertThat(response.headers().firstValue("Location")).hasValue(ECHO + "/?x=1");
  }

  @ParameterizedTest
  @CsvSource({
    "/app.js, text/javascript; charset=utf-8, console.log",
    "/style.css, text/css; charset=utf-8, teal",
    "/img/logo.svg, image/svg+xml; charset=utf-8, <svg",
    "/data.bin, application/octet-stream, raw",
    "/assets/readme.txt, text/plain; charset=utf-8, inside assets"
  })
  void servesUiFilesWithTheirContentTypes(String path, String contentType, String content) {
    HttpResponse<String> response = get(ECHO + path);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(contentType);
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.body()).contains(content);
  }

  @Test
  void servesTheGeneratedBrowserClient() {
    HttpResponse<String> response = get(ECHO + "/api.js");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
    assertThat(response.body()).isEqualTo("export const api = 'echo';");
  }

  @Test
  void answersHeadWithoutABody() {
    HttpResponse<String> response = node.send(
        node.request(ECHO + "/style.css").header("Cookie", cookie).method("HEAD", HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(response.body()).isEmpty();
  }

  @Test
  void refusesOtherMethodsOnUiFiles() {
    HttpResponse<String> response = node.send(node.request(ECHO + "/app.js")
        .header("Cookie", cookie)
        .DELETE());

    assertError(response, 405, "method-not-allowed");
    assertThat(response.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/missing.js", "/assets", "/assets/", "/img/", "/secret.txt", "/ui/index.html"})
  void answersMissingFilesAndDirectoriesWithNotFound(String path) {
    assertError(get(ECHO + path), 404, "not-found");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/app/nested", "/app/nested/", "/app/missing.html", "/app/../secret.txt"})
  void listsNoDirectoryOfAnExplodedApp(String path) {
    HttpResponse<String> response = get("/open:open:test.os" + path);

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("page.html").doesNotContain(SECRET);
  }

  @Test
  void servesAUiAtAPathOfItsOwnWithoutLoginWhenTheAppSaysSo() {
    HttpResponse<String> redirect = node.get("/open:open:test.os/app");
    HttpResponse<String> index = node.get("/open:open:test.os/app/");
    HttpResponse<String> nested = node.get("/open:open:test.os/app/nested/page.html");

    assertThat(redirect.statusCode()).isEqualTo(307);
    assertThat(redirect.headers().firstValue("Location")).hasValue("/open:open:test.os/app/");
    assertThat(index.body()).isEqualTo("open index");
    assertThat(nested.body()).isEqualTo("nested page");
    assertError(node.get("/open:open:test.os/"), 404, "not-found");
  }

  /** Ways out of {@code ui/}, each tried on the jar app and on the exploded one. */
  static Stream<String> pathsThatLeaveUi() {
    List<String> escapes = List.of(
        "/../secret.txt",
        "/../../secret.txt",
        "/assets/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/assets%2f..%2f..%2fsecret.txt",
        "//secret.txt",
        "/./../secret.txt");
    return Stream.of(ECHO, "/open:open:test.os/app").flatMap(base -> escapes.stream().map(base::concat));
  }

  /**
   * Sent over a raw socket, so that no client normalises the path first. The secret exists beside
   * {@code ui/} in both apps (their class loaders find it), so only the server's path rules keep it out.
   */
  @ParameterizedTest
  @MethodSource("pathsThatLeaveUi")
  void refusesPathsThatLeaveUi(String path) throws IOException {
    for (String process : List.of("echo:echo:test.os", "open:open:test.os")) {
      assertThat(node.host.app(ProcessId.parse(process)).orElseThrow().resource("secret.txt")).isPresent();
    }

    String response = node.raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\n\r\n", "");

    assertThat(response).startsWith("HTTP/1.1 4").doesNotContain(SECRET);
  }
}
