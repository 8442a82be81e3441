package dev.hyperapp.runtime.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.runtime.apps.AppJars;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.NodeHttpHost;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input sent over real HTTP to a real node running an app built by the real processor. Every case
 * gets a 4xx in the one error shape, with a message for a person (no stack trace, no Java class
 * names, not the input echoed back), and the node answers the next good request.
 */
class BadInputTest {

  private static final String INPUTS = "/inputs:inputs:test.os";
  private static final String API = INPUTS + "/api";
  private static final String PASSWORD = "bad input";
  private static final int MEGABYTE = 1 << 20;
  /** A qualified Java name, {@code java.lang.String} or {@code test.inputs.Inputs$Item}. */
  private static final Pattern JAVA_NAME = Pattern.compile("\\b[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+\\.[A-Z]\\w*");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private static Node node;
  private static HttpServer server;
  private static String cookie;
  private static final HttpClient client = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10))
      .build();

  @BeforeAll
  static void boot() throws Exception {
    Path jar = AppJars.build("inputs", work, "inputs.jar");
    node = Node.at(work.resolve("home")).name("bad.os").ownerPassword(PASSWORD).install(jar).start();
    server = NodeHttpHost.serve(node, HttpSettings.loopback(0));
    HttpResponse<String> login = send(request("/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(
            "password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&next=%2F")));
    assertThat(login.statusCode()).isEqualTo(303);
    String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    cookie = setCookie.substring(0, setCookie.indexOf(';'));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (node != null) {
      node.close();
    }
  }

  /** One bad request, built only once the node runs, and what it must get. */
  record Case(String name, int status, String code, Supplier<HttpRequest.Builder> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> table() {
    String deepArrays = "[".repeat(10_000) + "]".repeat(10_000);
    String deepObjects = "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000);
    String tenMegabytes = "x".repeat(10 * MEGABYTE);
    return Stream.of(
        json("not JSON", "hello", 400, "bad-json"),
        json("truncated JSON", "{\"Add\": [1", 400, "bad-json"),
        json("empty body", "", 400, "bad-json"),
        json("whitespace body", "  \r\n\t ", 400, "bad-json"),
        json("an array instead of the envelope", "[1, 2]", 400, "bad-request"),
        json("an envelope with two handlers", "{\"Add\":1,\"Total\":null}", 400, "bad-request"),
        json("trailing tokens", "{\"Add\":1} {\"Add\":2}", 400, "bad-json"),
        json("duplicate keys", "{\"Describe\":{\"name\":\"a\",\"name\":\"b\",\"count\":1,\"tags\":[]}}", 400, "bad-json"),
        json("a string for an int", "{\"Add\":\"5\"}", 400, "wrong-type"),
        json("a fraction for an int", "{\"Add\":1.5}", 400, "wrong-type"),
        json("a boolean for a double", "{\"Half\":true}", 400, "wrong-type"),
        json("an object for a list", "{\"Count\":{\"a\":1}}", 400, "wrong-type"),
        json("a list for a record", "{\"Describe\":[[\"a\",1,[]]]}", 400, "wrong-type"),
        json("a number in a record's list of strings",
            "{\"Describe\":{\"name\":\"a\",\"count\":1,\"tags\":[\"ok\",5]}}", 400, "wrong-type"),
        json("null for an int", "{\"Add\":null}", 400, "null-not-allowed"),
        json("null for a record", "{\"Describe\":null}", 400, "null-not-allowed"),
        json("one argument of two", "{\"Label\":[\"x\"]}", 400, "wrong-arity"),
        json("three arguments of two", "{\"Label\":[\"x\",1,2]}", 400, "wrong-arity"),
        json("an argument for none", "{\"Total\":[1]}", 400, "wrong-arity"),
        json("10,000 nested arrays", "{\"Count\":" + deepArrays + "}", 413, "too-large"),
        json("10,000 nested objects", "{\"Describe\":" + deepObjects + "}", 413, "too-large"),
        json("1e400 for a double", "{\"Half\":1e400}", 400, "wrong-type"),
        json("2^64 for an int", "{\"Add\":18446744073709551616}", 400, "wrong-type"),
        json("2^64 for a long", "{\"AddLong\":18446744073709551616}", 400, "wrong-type"),
        json("a 300-digit integer for a long", "{\"AddLong\":" + "9".repeat(300) + "}", 400, "wrong-type"),
        json("a 2,000-digit number", "{\"Half\":" + "9".repeat(2_000) + "}", 413, "too-large"),
        json("a 10 MB string for an int (below the body limit)",
            "{\"Add\":\"" + tenMegabytes + "\"}", 400, "wrong-type"),
        json("a 20 MB string (above the body limit)",
            "{\"Length\":\"" + tenMegabytes + tenMegabytes + "\"}", 413, "too-large"),
        json("an unknown method", "{\"Fly\":null}", 404, "unknown-method"),
        new Case("an unknown process", 404, "no-such-process",
            () -> jsonPost("/nobody:nothing:test.os/api", utf8("{\"Add\":1}"))),
        new Case("no cookie", 401, "unauthenticated", () -> request(API)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"Add\":1}"))),
        new Case("a forged cookie", 401, "unauthenticated", () -> withCookie(forged())),
        new Case("a tampered cookie", 401, "unauthenticated", () -> withCookie(tampered(cookie))),
        new Case("GET on the endpoint", 405, "method-not-allowed", () -> request(API).header("Cookie", cookie)),
        new Case("DELETE on a PUT path", 405, "method-not-allowed",
            () -> request(INPUTS + "/total").header("Cookie", cookie).DELETE()),
        new Case("an unknown path", 404, "not-found",
            () -> request(INPUTS + "/nowhere").header("Cookie", cookie)),
        new Case("invalid UTF-8", 400, "bad-json", () -> jsonPost(API, new byte[] {
            '{', '"', 'L', 'e', 'n', 'g', 't', 'h', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'})),
        new Case("plain text to a JSON endpoint", 400, "bad-request", () -> request(API)
            .header("Cookie", cookie)
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("{\"Add\":1}"))),
        new Case("an upload to a handler that takes a number", 400, "wrong-arity", () -> request(API + "?method=Add")
            .header("Cookie", cookie)
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofString("1"))),
        new Case("bad JSON at a handler's own path", 400, "bad-json", () -> request(INPUTS + "/total")
            .header("Cookie", cookie)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString("{oops"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void answersBadInputWithAClearErrorAndStaysUp(Case bad) throws Exception {
    HttpResponse<String> response = send(bad.request().get());
    String body = shortened(response.body());

    assertThat(response.statusCode()).as(body).isEqualTo(bad.status());
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    JsonNode error = JSON.readTree(response.body()).path("error");
    assertThat(error.path("code").asText()).as(body).isEqualTo(bad.code());
    String message = error.path("message").asText();
    assertThat(message.length()).as(body).isLessThan(400);
    assertThat(message).as(body)
        .isNotBlank()
        .doesNotContain("Exception", "\tat ", "`", "Source:", "xxxxxxxxxx")
        .doesNotContainPattern(JAVA_NAME);

    HttpResponse<String> good = send(jsonPost(API, utf8("{\"Add\":1}")));
    assertThat(good.statusCode()).as("a good request after: " + good.body()).isEqualTo(200);
  }

  /** A body short enough for a failure message. */
  private static String shortened(String body) {
    return body.length() <= 500 ? body : body.substring(0, 500) + "… (" + body.length() + " characters)";
  }

  /** Below the body limit, a long string where a string goes is no error. */
  @Test
  void takesA10MegabyteStringBelowTheBodyLimit() throws Exception {
    String tenMegabytes = "x".repeat(10 * MEGABYTE);

    HttpResponse<String> response = send(jsonPost(API, utf8("{\"Length\":\"" + tenMegabytes + "\"}")));

    assertThat(response.statusCode()).as(shortened(response.body())).isEqualTo(200);
    assertThat(response.body()).isEqualTo(String.valueOf(10 * MEGABYTE));
  }

  private static Case json(String name, String body, int status, String code) {
    return new Case(name, status, code, () -> jsonPost(API, utf8(body)));
  }

  private static HttpRequest.Builder jsonPost(String path, byte[] body) {
    return request(path)
        .header("Cookie", cookie)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
  }

  private static HttpRequest.Builder withCookie(String value) {
    return request(API)
        .header("Cookie", value)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Add\":1}"));
  }

  /** A cookie of the right name and shape ({@code expiry.signature}), signed with no key the node has. */
  private static String forged() {
    String name = cookie.substring(0, cookie.indexOf('=') + 1);
    return name + "99999999999." + "A".repeat(43);
  }

  /** The owner's cookie with its expiry pushed a second later and its signature kept. */
  private static String tampered(String valid) {
    int value = valid.indexOf('=') + 1;
    int dot = valid.indexOf('.', value);
    long later = Long.parseLong(valid.substring(value, dot)) + 1;
    return valid.substring(0, value) + later + valid.substring(dot);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(60));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
