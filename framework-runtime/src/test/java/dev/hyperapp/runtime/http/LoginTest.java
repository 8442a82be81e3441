package dev.hyperapp.runtime.http;

import static dev.hyperapp.runtime.http.TestNode.ECHO;
import static dev.hyperapp.runtime.http.TestNode.assertError;
import static dev.hyperapp.runtime.http.TestNode.cookieOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The owner's login: the page, the signed cookie, its expiry, tampering, logout, and redirects. */
class LoginTest {

  private static final Duration LIFETIME = Duration.ofHours(1);

  @TempDir Path dir;
  final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
  TestNode node;

  @BeforeEach
  void start() {
    node = TestNode.start(
        new TestHost().install(TestNode.echoApp().jar(dir)),
        HttpSettings.loopback(0).withSessionLifetime(LIFETIME).withClock(clock));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private HttpResponse<String> callApi(String cookie) {
    return node.send(node.request(ECHO + "/api")
        .header("Cookie", cookie)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"Echo\":1}")));
  }

  @Test
  void showsALoginFormThatKeepsWhereToGoNext() {
    HttpResponse<String> response = node.get("/login?next=" + "%2Fecho%3Aecho%3Atest.os%2F%3Fa%3D%22x%22");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
    assertThat(response.body())
        .contains("Log in to alice.os", "type=\"password\"", "action=\"/login\"")
        .contains("value=\"/echo:echo:test.os/?a=&quot;x&quot;\"");
  }

  @Test
  void refusesAWrongPasswordWithoutACookie() {
    HttpResponse<String> response = node.postLogin("hunter2", "/");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
    assertThat(response.body()).contains("Wrong password.");
  }

  @Test
  void setsASignedHttpOnlyStrictCookieAndGoesBackWhereTheOwnerWas() {
    HttpResponse<String> response = node.postLogin(TestHost.PASSWORD, ECHO + "/");

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue(ECHO + "/");
    String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie)
        .startsWith("hyperapp-auth-alice.os=")
        .contains("; HttpOnly", "; SameSite=Strict", "; Path=/", "; Max-Age=3600")
        .doesNotContain("Secure");
    assertThat(callApi(cookieOf(response)).statusCode()).isEqualTo(200);
  }

  @Test
  void neverSendsTheOwnerToAnotherSiteAfterLogin() {
    for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
      assertThat(node.postLogin(TestHost.PASSWORD, next).headers().firstValue("Location")).hasValue("/");
    }
  }

  @Test
  void aReplacedSessionKeyLogsTheBrowserOut() {
    String cookie = node.login();
    assertThat(callApi(cookie).statusCode()).isEqualTo(200);

    node.host.replaceSessionKey();

    assertError(callApi(cookie), 401, "unauthenticated");
    assertThat(callApi(node.login()).statusCode()).isEqualTo(200);
  }

  @Test
  void refusesATamperedCookie() {
    String cookie = node.login();
    String name = cookie.substring(0, cookie.indexOf('=') + 1);
    String value = cookie.substring(name.length());
    String expiry = value.substring(0, value.indexOf('.'));
    String signature = value.substring(value.indexOf('.') + 1);
    String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

    assertError(callApi(name + expiry + "." + flipped), 401, "unauthenticated");
    assertError(callApi(name + (Long.parseLong(expiry) + 3600) + "." + signature), 401, "unauthenticated");
    assertError(callApi(name + expiry), 401, "unauthenticated");
    assertError(callApi(name + "garbage"), 401, "unauthenticated");
    assertThat(callApi(cookie).statusCode()).isEqualTo(200);
  }

  @Test
  void findsTheLoginCookieAmongOtherCookiesButNotUnderAnotherName() {
    String cookie = node.login();
    String name = cookie.substring(0, cookie.indexOf('='));
    String value = cookie.substring(name.length() + 1);

    assertThat(callApi("theme=dark; " + cookie + "; lang=en").statusCode()).isEqualTo(200);
    assertThat(callApi("theme=dark;" + cookie).statusCode()).isEqualTo(200);
    // A stale copy of the cookie (another path's) before the good one.
    assertThat(callApi(name + "=1.stale; " + cookie).statusCode()).isEqualTo(200);
    assertError(callApi("x" + cookie), 401, "unauthenticated");
    assertError(callApi(name + "x=" + value), 401, "unauthenticated");
    assertError(callApi("theme=" + value), 401, "unauthenticated");
  }

  @Test
  void refusesACookieSignedByAnotherNode() {
    try (TestNode other = TestNode.start(
        new TestHost().install(TestNode.echoApp().jar(dir.resolve("other"))),
        HttpSettings.loopback(0).withClock(clock))) {
      assertError(callApi(other.login()), 401, "unauthenticated");
    }
  }

  @Test
  void refusesAnExpiredCookie() {
    String cookie = node.login();
    clock.advance(LIFETIME.minusSeconds(1));
    assertThat(callApi(cookie).statusCode()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(1));

    assertError(callApi(cookie), 401, "unauthenticated");
  }

  @Test
  void sendsABrowserLoadingAPageToTheLoginPageAndAScriptA401() {
    HttpResponse<String> page = node.send(node.request(ECHO + "/?tab=2").header("Accept", "text/html,*/*;q=0.8"));
    HttpResponse<String> script = node.send(node.request(ECHO + "/app.js").header("Accept", "*/*"));

    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location"))
        .hasValue("/login?next=%2Fecho%3Aecho%3Atest.os%2F%3Ftab%3D2");
    assertError(script, 401, "unauthenticated");
  }

  @Test
  void logsOutByClearingTheCookie() {
    HttpResponse<String> response = node.send(node.request("/logout")
        .header("Cookie", node.login())
        .POST(HttpRequest.BodyPublishers.noBody()));

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValue("/login");
    assertThat(response.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(cookie -> assertThat(cookie).startsWith("hyperapp-auth-alice.os=;").contains("Max-Age=0"));
    assertError(node.get("/logout"), 405, "method-not-allowed");
  }

  /** A clock the test moves by hand: expiry without waiting. */
  static final class SettableClock extends Clock {
    private volatile Instant now;

    SettableClock(Instant start) {
      now = start;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("The test clock is UTC");
    }
  }
}
