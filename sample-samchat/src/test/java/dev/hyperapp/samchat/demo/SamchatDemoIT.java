package dev.hyperapp.samchat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, {@code ./samchat-demo}, as a user runs it (with {@code SKIP_BUILD=1}:
 * the reactor has just built the jars it starts): two node processes boot, their printed samchat
 * URLs serve the owner after logging in with the printed password, a message written on alice
 * reaches bob over the real peer link and comes back delivered, and Ctrl-C (SIGTERM to the script)
 * stops both nodes, which keep the chat in their homes. Run by failsafe after {@code package}.
 */
class SamchatDemoIT {

  private static final Pattern NODE_URL = Pattern.compile("^\\s+(alice|bob)\\.os\\s+(http://\\S+)$");
  private static final String PASSWORD = "hyperapp-dev";

  @TempDir Path home;
  private Process demo;
  private final List<String> output = new CopyOnWriteArrayList<>();
  private Thread outputReader;

  /** Every node JVM seen, so that a failing test leaves none running. */
  private final List<ProcessHandle> seenNodes = new CopyOnWriteArrayList<>();

  @AfterEach
  void stopTheDemo() {
    if (demo != null) {
      demo.descendants().forEach(ProcessHandle::destroyForcibly);
      demo.destroyForcibly();
    }
    seenNodes.forEach(ProcessHandle::destroyForcibly);
  }

  @Test
  // Two node JVMs booting and stopping: ~10 s on a quiet machine, far more on a loaded one.
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void twoNodesChatAndKeepTheirHistoryOverCtrlC() throws Exception {
    int port = startTheDemo();
    URI alice = printedUrl("alice");
    URI bob = printedUrl("bob");
    assertThat(alice.getPort()).isEqualTo(port);
    assertThat(bob.getPort()).isEqualTo(port + 1);
    assertThat(String.join("\n", output)).contains("Password on both: " + PASSWORD);

    Owner aliceOwner = new Owner(alice);
    Owner bobOwner = new Owner(bob);
    assertThat(aliceOwner.page().statusCode()).isEqualTo(200);
    assertThat(aliceOwner.call("{\"SendMessage\":[\"bob.os\",\"hello from the demo\",null]}"))
        .contains("\"Ok\"", "\"text\":\"hello from the demo\"");
    await("the message on bob's node").atMost(Duration.ofMinutes(1))
        .until(() -> bobOwner.call("{\"GetConversations\":null}"),
            conversations -> conversations.contains("\"text\":\"hello from the demo\""));
    await("alice's message delivered").atMost(Duration.ofMinutes(1))
        .until(() -> aliceOwner.call("{\"GetConversations\":null}"),
            conversations -> conversations.contains("\"status\":\"DELIVERED\"")
                || conversations.contains("\"status\":\"READ\""));
    List<ProcessHandle> nodes = nodes();

    demo.toHandle().destroy(); // SIGTERM, which the script traps as it does Ctrl-C's SIGINT
    assertThat(demo.waitFor(2, TimeUnit.MINUTES)).as("the demo stopped").isTrue();
    assertStopped(nodes);
    outputReader.join(Duration.ofSeconds(30).toMillis());
    assertThat(String.join("\n", output)).contains("Stopping alice.os and bob.os (they save their state)…",
        "Stopped. Their homes stay in " + home);
    assertThat(Files.readString(home.resolve("alice.os.log"))).doesNotContain(" ERROR ");
    assertThat(Files.readString(home.resolve("bob.os.log"))).doesNotContain(" ERROR ");

    // The chat is in the homes: the demo started again shows it.
    startTheDemo();
    await("bob's history after a restart").atMost(Duration.ofMinutes(1))
        .until(() -> new Owner(printedUrl("bob")).call("{\"GetConversations\":null}"),
            conversations -> conversations.contains("\"text\":\"hello from the demo\""));
  }

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theNodesStopEvenWhenTheScriptCanNoLongerWriteItsOutput() throws Exception {
    startTheDemo();
    printedUrl("bob");
    List<ProcessHandle> nodes = nodes();

    // As when `./samchat-demo | tee log` loses its tee to the same Ctrl-C: the farewell has nowhere to go.
    demo.getInputStream().close();
    demo.toHandle().destroy();
    assertThat(demo.waitFor(2, TimeUnit.MINUTES)).as("the demo stopped").isTrue();
    assertStopped(nodes);
  }

  /** Runs {@code ./samchat-demo} on two free ports in {@link #home}; returns alice's port. */
  private int startTheDemo() throws IOException {
    int port = twoFreePorts();
    ProcessBuilder command = new ProcessBuilder("bash", script().toString()).redirectErrorStream(true);
    command.environment().put("SKIP_BUILD", "1");
    command.environment().put("PORT", Integer.toString(port));
    command.environment().put("DEMO_HOME", home.toString());
    output.clear();
    demo = command.start();
    readOutput();
    return port;
  }

  private URI printedUrl(String node) {
    return await(node + "'s samchat URL").atMost(Duration.ofMinutes(2)).until(() -> url(node),
        found -> found != null);
  }

  /** The two node JVMs, started by the script. */
  private List<ProcessHandle> nodes() {
    List<ProcessHandle> nodes = demo.descendants()
        .filter(process -> process.info().command().orElse("").endsWith("java"))
        .toList();
    seenNodes.addAll(nodes);
    assertThat(nodes).as("the node processes").hasSize(2);
    return nodes;
  }

  /** Each node exited by itself after SIGTERM (saving its state), none was left running. */
  private static void assertStopped(List<ProcessHandle> nodes) {
    for (ProcessHandle node : nodes) {
      await("node " + node.pid() + " stopped").atMost(Duration.ofMinutes(1)).until(() -> !node.isAlive());
    }
  }

  /** {@code samchat-demo} at the root of the checkout (failsafe runs in the module's folder). */
  private static Path script() {
    Path script = Path.of(System.getProperty("samchat.demo.script", "../samchat-demo")).toAbsolutePath();
    assertThat(script).as("the demo script").isRegularFile();
    return script;
  }

  private URI url(String node) {
    for (String line : output) {
      Matcher url = NODE_URL.matcher(line);
      if (url.matches() && url.group(1).equals(node)) {
        return URI.create(url.group(2));
      }
    }
    return null;
  }

  private void readOutput() {
    outputReader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
        lines.lines().forEach(output::add);
      } catch (IOException | UncheckedIOException closedByTheTest) {
        // theNodesStopEvenWhenTheScriptCanNoLongerWriteItsOutput closes the script's output
      }
    }, "samchat-demo output");
    outputReader.setDaemon(true);
    outputReader.start();
  }

  /** A port whose successor is free too: the demo serves bob on the next one. */
  private static int twoFreePorts() throws IOException {
    while (true) {
      try (ServerSocket first = new ServerSocket(0)) {
        int port = first.getLocalPort();
        if (port < 65535) {
          try (ServerSocket next = new ServerSocket(port + 1)) {
            return port;
          } catch (IOException taken) {
            // try another pair
          }
        }
      }
    }
  }

  /** The node's owner in a browser: logged in with the demo's password. */
  private static final class Owner {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI samchat;
    private final String cookie;

    Owner(URI samchat) throws Exception {
      this.samchat = samchat;
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(samchat.resolve("/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("password=" + PASSWORD + "&next=%2F"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).as(login.body()).isEqualTo(303);
      String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
      this.cookie = setCookie.substring(0, setCookie.indexOf(';'));
    }

    HttpResponse<String> page() throws Exception {
      return client.send(HttpRequest.newBuilder(samchat).header("Cookie", cookie).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    String call(String json) throws Exception {
      HttpResponse<String> reply = client.send(HttpRequest.newBuilder(samchat.resolve("api"))
          .header("Cookie", cookie)
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(json))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
      return reply.body();
    }
  }
}
