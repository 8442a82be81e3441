package dev.hyperapp.runtime.apps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.node.HttpCall;
import dev.hyperapp.runtime.node.InstalledApp;
import dev.hyperapp.runtime.node.Node;
import dev.hyperapp.runtime.node.TestHttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** App jars compiled from {@code @Hyperprocess} sources by the real processor, then installed. */
class AppInstallTest {

  private static final ProcessId NOTES = ProcessId.parse("notes:notes:test.os");

  @TempDir Path work;
  private Node node;

  @AfterEach
  void close() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void anAppJarIsLoadedInItsOwnClassLoaderAndCopiedIntoTheHome() throws Exception {
    Path jar = AppJars.build("notes/v1", work, "notes-1.jar");
    node = Node.at(work.resolve("home")).name("alice.os").start();

    InstalledApp app = node.install(jar);

    assertThat(app.running()).isTrue();
    assertThat(app.bundle().packageId()).isEqualTo("notes:test.os");
    assertThat(app.bundle().classLoader().getParent()).isSameAs(Node.class.getClassLoader());
    assertThat(app.bundle().classLoader().loadClass("test.notes.Notes").getClassLoader())
        .isSameAs(app.bundle().classLoader());
    assertThatThrownBy(() -> Node.class.getClassLoader().loadClass("test.notes.Notes"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(jarsInHome()).hasSize(1);
    assertThat(call("{\"Add\":\"milk\"}")).isEqualTo("[\"milk\"]");
  }

  @Test
  void theHttpServerFindsTheManifestAndTheFilesOfTheAppItself() throws Exception {
    Path jar = AppJars.build("notes/v1", work, "notes-1.jar");
    node = Node.at(work.resolve("home")).name("alice.os").install(jar).start();

    assertThat(node.manifest(NOTES)).hasValueSatisfying(
        manifest -> assertThat(manifest.displayName()).isEqualTo("Notes"));
    assertThat(node.resource(NOTES, "ui/index.html")).hasValueSatisfying(url ->
        assertThat(url.toString()).startsWith("jar:file:").endsWith("!/ui/index.html"));
    assertThat(node.resource(NOTES, "META-INF/hyperapp/apps/test.os/notes/notes/api.js")).isPresent();
    assertThat(node.resource(NOTES, "dev/hyperapp/runtime/node/Node.class")).isEmpty();
    assertThat(node.manifest(ProcessId.parse("other:notes:test.os"))).isEmpty();
  }

  @Test
  void aNewerJarReplacesTheAppAndKeepsItsState() throws Exception {
    Path v1 = AppJars.build("notes/v1", work, "notes-1.jar");
    Path v2 = AppJars.build("notes/v2", work, "notes-2.jar");
    node = Node.at(work.resolve("home")).name("alice.os").install(v1).start();
    call("{\"Add\":\"milk\"}");
    ClassLoader oldLoader = node.app("notes:test.os").orElseThrow().bundle().classLoader();

    InstalledApp upgraded = node.install(v2);

    assertThat(upgraded.running()).isTrue();
    assertThat(upgraded.bundle().classLoader()).isNotSameAs(oldLoader);
    assertThat(upgraded.bundle().manifests().get(0).icon()).isEqualTo("🗒");
    assertThat(call("{\"Add\":\"eggs\"}")).isEqualTo("[\"milk\",\"eggs\"]");
    assertThat(jarsInHome()).hasSize(1);
  }

  @Test
  void installedJarsComeBackAtBootAndRemovedOnesDoNot() throws Exception {
    Path v1 = AppJars.build("notes/v1", work, "notes-1.jar");
    node = Node.at(work.resolve("home")).name("alice.os").install(v1).start();
    call("{\"Add\":\"milk\"}");
    node.close();

    node = Node.at(work.resolve("home")).start();
    assertThat(node.apps()).extracting(app -> app.bundle().packageId()).containsExactly("notes:test.os");
    assertThat(call("{\"All\":null}")).isEqualTo("[\"milk\"]");

    assertThat(node.remove("notes:test.os")).isTrue();
    assertThat(jarsInHome()).isEmpty();
    assertThat(((Reply.Failure) reply("{\"All\":null}")).error().code().wireName())
        .isEqualTo("no-such-process");
    node.close();
    node = Node.at(work.resolve("home")).start();
    assertThat(node.apps()).isEmpty();
  }

  @Test
  void aGivenJarThatAnEarlierBootCopiedIntoTheHomeStartsOnce() throws Exception {
    Path v1 = AppJars.build("notes/v1", work, "notes-1.jar");
    node = Node.at(work.resolve("home")).name("alice.os").install(v1).start();
    assertThat(call("{\"Starts\":null}")).isEqualTo("1");
    node.close();

    node = Node.at(work.resolve("home")).install(v1).start();

    assertThat(call("{\"Starts\":null}")).isEqualTo("2");
    assertThat(jarsInHome()).hasSize(1);
  }

  @Test
  void aJarWithoutAppsIsRefusedAndNotKept() throws Exception {
    Path empty = work.resolve("empty.jar");
    try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(empty))) {
      out.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
      out.write("nothing".getBytes(StandardCharsets.UTF_8));
    }
    node = Node.at(work.resolve("home")).name("alice.os").start();

    assertThatThrownBy(() -> node.install(empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("holds no @Hyperprocess dispatcher");
    assertThat(jarsInHome()).isEmpty();
  }

  private String call(String body) throws Exception {
    Reply reply = reply(body);
    assertThat(reply).isInstanceOf(Reply.Success.class);
    return new String(((Reply.Success) reply).json(), StandardCharsets.UTF_8);
  }

  private Reply reply(String body) throws Exception {
    return node.call(NOTES, new HttpCall(new TestHttpRequest(Map.of()), body.getBytes(StandardCharsets.UTF_8),
        null, Optional.empty())).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private List<Path> jarsInHome() throws Exception {
    try (Stream<Path> files = Files.list(work.resolve("home/apps"))) {
      return files.filter(path -> path.toString().endsWith(".jar")).collect(Collectors.toList());
    }
  }
}
