package dev.hyperapp.runtime.http;

import static dev.hyperapp.runtime.http.TestNode.ECHO;
import static dev.hyperapp.runtime.http.TestNode.assertError;
import static dev.hyperapp.runtime.http.TestNode.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Calls to processes: envelopes, own-path handlers, uploads, replies, errors and body limits. */
class CallsTest {

  private static final int JSON_LIMIT = 1024;
  private static final int UPLOAD_LIMIT = 8 * 1024;

  @TempDir Path dir;
  TestNode node;
  String cookie;

  @BeforeEach
  void start() {
    TestApp app = TestNode.echoApp()
        .handler("Fail", 1)
        .handler("Explode", 0)
        .handler("Offline", 0)
        .handler("Never", 0)
        .handler("Download", 0)
        .handler("Nothing", 0)
        .handler("UploadFile", 1)
        .jar(dir);
    node = TestNode.start(
        new TestHost().install(app), HttpSettings.loopback(0).withBodyLimits(JSON_LIMIT, UPLOAD_LIMIT));
    cookie = node.login();
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private HttpRequest.Builder post(String path, String contentType, HttpRequest.BodyPublisher body) {
    return node.request(path).header("Cookie", cookie).header("Content-Type", contentType).POST(body);
  }

  private HttpResponse<String> postJson(String path, String json) {
    return node.send(post(path, "application/json", HttpRequest.BodyPublishers.ofString(json)));
  }

  @Test
  void relaysAnEnvelopeWithTheRequestsQueryAndHeadersButNotTheLoginCookie() {
    HttpResponse<String> response = node.send(node.request(ECHO + "/api?q=cats&q=dogs&page=2")
        .header("Cookie", cookie)
        .header("Content-Type", "application/json; charset=utf-8")
        .header("X-Test", "header value")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Echo\":[\"bob.os\",\"hi\"]}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode echo = json(response);
    assertThat(echo.get("process").asText()).isEqualTo("echo:echo:test.os");
    assertThat(echo.get("envelope").asBoolean()).isTrue();
    assertThat(echo.get("handler").asText()).isEqualTo("Echo");
    assertThat(echo.get("arguments").toString()).isEqualTo("[\"bob.os\",\"hi\"]");
    assertThat(echo.get("method").asText()).isEqualTo("POST");
    assertThat(echo.get("path").asText()).isEqualTo("/api");
    assertThat(echo.get("q").asText()).isEqualTo("cats");
    assertThat(echo.get("queryParameters").get("q").toString()).isEqualTo("[\"cats\",\"dogs\"]");
    assertThat(echo.get("queryParameters").get("page").toString()).isEqualTo("[\"2\"]");
    assertThat(echo.get("xTest").asText()).isEqualTo("header value");
    assertThat(echo.get("cookie").isNull()).as("the login cookie stays with the node").isTrue();
  }

  @Test
  void acceptsOnlyPostOnAnEndpoint() {
    HttpResponse<String> response = node.send(node.request(ECHO + "/api").header("Cookie", cookie));

    assertError(response, 405, "method-not-allowed");
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void routesHandlersWithPathsOfTheirOwnByMethod() {
    JsonNode items = json(node.send(node.request(ECHO + "/items?q=new").header("Cookie", cookie)));
    JsonNode added = json(postJson(ECHO + "/items", "\"a book\""));
    HttpResponse<String> wrongMethod = node.send(node.request(ECHO + "/items").header("Cookie", cookie).DELETE());

    assertThat(items.get("handler").asText()).isEqualTo("Items");
    assertThat(items.get("envelope").asBoolean()).isFalse();
    assertThat(items.get("method").asText()).isEqualTo("GET");
    assertThat(items.get("q").asText()).isEqualTo("new");
    assertThat(items.get("arguments").isNull()).isTrue();
    assertThat(added.get("handler").asText()).isEqualTo("AddItem");
    assertThat(added.get("arguments").asText()).isEqualTo("a book");
    assertError(wrongMethod, 405, "method-not-allowed");
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("GET, POST");
  }

  @Test
  void sendsTheProcesssErrorInTheOneShapeWithItsStatus() {
    HttpResponse<String> response = postJson(ECHO + "/api", "{\"Fail\":42}");

    assertError(response, 400, "wrong-type");
    assertThat(json(response).get("error").get("path").asText()).isEqualTo("$.Fail");
    assertThat(json(response).get("error").get("message").asText()).isEqualTo("Expected a string");
  }

  @Test
  void reportsMalformedJsonFromTheProcess() {
    HttpResponse<String> response = postJson(ECHO + "/api", "{\"Echo\": [1, 2");

    assertError(response, 400, "bad-json");
    assertThat(json(response).get("error").has("path")).isFalse();
  }

  @Test
  void turnsAnUnexpectedFailureIntoA500WithoutItsDetails() {
    HttpResponse<String> response = postJson(ECHO + "/api", "{\"Explode\":null}");

    assertError(response, 500, "internal");
    assertThat(response.body()).doesNotContain("the handler's own bug").doesNotContain("IllegalState");
  }

  @Test
  void passesOnTheErrorOfAFailedRemoteCall() {
    assertError(postJson(ECHO + "/api", "{\"Offline\":null}"), 503, "offline");
  }

  @Test
  void answersAProcessThatNeverRepliesWithATimeout() {
    try (TestNode impatient = TestNode.start(
        new TestHost().install(TestNode.echoApp().handler("Never", 0).jar(dir.resolve("impatient"))),
        HttpSettings.loopback(0).withCallTimeout(Duration.ofMillis(100)))) {
      assertError(impatient.postJson(ECHO + "/api", "{\"Never\":null}"), 504, "timeout");
      assertThat(impatient.host.lastTimeout).isEqualTo(Duration.ofMillis(100));
    }
  }

  @Test
  void sendsVoidAsJsonNull() {
    HttpResponse<String> response = postJson(ECHO + "/api", "{\"Nothing\":null}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("null");
  }

  @Test
  void sendsAnAttachedBlobAsTheBody() {
    HttpResponse<String> response = postJson(ECHO + "/api", "{\"Download\":null}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/plain");
    assertThat(response.body()).isEqualTo("file body");
  }

  @Test
  void deliversAnUploadAsTheCallsBlob() {
    String args = URLEncoder.encode("\"notes.txt\"", StandardCharsets.UTF_8);
    HttpResponse<String> response = node.send(post(
        ECHO + "/api?method=UploadFile&args=" + args,
        "image/png",
        HttpRequest.BodyPublishers.ofString("pretend these are pixels")));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode echo = json(response);
    assertThat(echo.get("handler").asText()).isEqualTo("UploadFile");
    assertThat(echo.get("envelope").asBoolean()).isFalse();
    assertThat(echo.get("arguments").asText()).isEqualTo("notes.txt");
    assertThat(echo.get("blob").get("mime").asText()).isEqualTo("image/png");
    assertThat(echo.get("blob").get("text").asText()).isEqualTo("pretend these are pixels");
  }

  @Test
  void deliversEveryByteOfABinaryUploadUnchanged() {
    byte[] file = new byte[256 * 4];
    for (int i = 0; i < file.length; i++) {
      file[i] = (byte) i;
    }

    HttpResponse<String> response = node.send(post(
        ECHO + "/api?method=UploadFile", "application/octet-stream", HttpRequest.BodyPublishers.ofByteArray(file)));

    JsonNode blob = json(response).get("blob");
    assertThat(blob.get("mime").asText()).isEqualTo("application/octet-stream");
    assertThat(Base64.getDecoder().decode(blob.get("base64").asText())).isEqualTo(file);
  }

  @Test
  void deliversAnUploadToAHandlerWithAPathOfItsOwn() {
    HttpResponse<String> response = node.send(
        post(ECHO + "/items", "text/plain; charset=utf-8", HttpRequest.BodyPublishers.ofString("plain text")));

    JsonNode echo = json(response);
    assertThat(echo.get("handler").asText()).isEqualTo("AddItem");
    assertThat(echo.get("arguments").isNull()).isTrue();
    assertThat(echo.get("blob").get("mime").asText()).isEqualTo("text/plain; charset=utf-8");
    assertThat(echo.get("blob").get("text").asText()).isEqualTo("plain text");
  }

  @Test
  void refusesAnUploadThatNamesNoHandler() {
    HttpResponse<String> response =
        node.send(post(ECHO + "/api", "text/plain", HttpRequest.BodyPublishers.ofString("{\"Echo\":1}")));

    assertError(response, 400, "bad-request");
    assertThat(json(response).get("error").get("message").asText()).contains("application/json", "?method=");
  }

  @Test
  void acceptsAnUploadAboveTheJsonLimitButWithinTheUploadLimit() {
    byte[] file = filled(UPLOAD_LIMIT - 1);

    HttpResponse<String> response = node.send(post(
        ECHO + "/api?method=UploadFile", "application/octet-stream", HttpRequest.BodyPublishers.ofByteArray(file)));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("blob").get("size").asInt()).isEqualTo(UPLOAD_LIMIT - 1);
  }

  /**
   * Declares 2 GiB and sends none of it: the answer can only come from the declared length. (Undertow's
   * receiver would first try to allocate a buffer of that size.)
   */
  @Test
  void refusesADeclaredBodyOverTheLimitBeforeReadingIt() throws IOException {
    String response = node.raw("POST " + ECHO + "/api HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
        + "\r\nContent-Type: application/json\r\nContent-Length: 2147483647\r\n\r\n", "");

    assertThat(response).startsWith("HTTP/1.1 413 ").contains("{\"error\":{\"code\":\"too-large\"");
  }

  /** What curl does for larger uploads: the server says to go on once it starts reading the body. */
  @Test
  void answersExpectContinueBeforeReadingTheBody() throws IOException {
    String body = "{\"Echo\":\"continued\"}";

    String response = node.raw("POST " + ECHO + "/api HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
        + "\r\nContent-Type: application/json\r\nExpect: 100-continue\r\nContent-Length: " + body.length()
        + "\r\n\r\n", body);

    assertThat(response).startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK").contains("\"continued\"");
  }

  @Test
  void refusesAStreamedBodyOnceItPassesTheLimit() {
    byte[] tooLong = filled(UPLOAD_LIMIT * 4);

    HttpResponse<String> response = node.send(post(
        ECHO + "/api?method=UploadFile",
        "application/octet-stream",
        HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLong))));

    assertError(response, 413, "too-large");
    assertThat(postJson(ECHO + "/api", "{\"Nothing\":null}").statusCode()).isEqualTo(200);
  }

  @Test
  void asksForTheLoginCookieOnAnAuthenticatedEndpoint() {
    HttpResponse<String> response = node.send(node.request(ECHO + "/api")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Echo\":1}")));

    assertError(response, 401, "unauthenticated");
  }

  @Test
  void letsAnyoneCallAnEndpointThatIsNotAuthenticated() {
    HttpResponse<String> response = node.send(node.request(ECHO + "/open")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Echo\":1}")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("path").asText()).isEqualTo("/open");
  }

  @Test
  void letsALoopbackClientCallALocalOnlyEndpoint() {
    HttpResponse<String> response = node.send(node.request(ECHO + "/local")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Echo\":1}")));

    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void answersUnknownPathsAndProcessesWithNotFound() {
    assertError(node.getLoggedIn(ECHO + "/nowhere/at/all"), 404, "not-found");
    assertError(node.get("/nobody:nothing:test.os/"), 404, "no-such-process");
    assertError(node.get("/not-a-process-id"), 404, "not-found");
  }

  private static byte[] filled(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'x');
    return bytes;
  }
}
