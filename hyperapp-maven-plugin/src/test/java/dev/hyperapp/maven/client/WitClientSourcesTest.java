package dev.hyperapp.maven.client;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.hyperapp.maven.SamchatApi;
import dev.hyperapp.maven.wit.WitPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitClientSourcesTest {

  /** The processor's golden WIT of its kitchen-sink fixture: every type form the generator writes. */
  private static final Path KITCHEN_SINK =
      Path.of("..", "framework-processor", "src", "test", "resources", "golden", "kitchen", "wit");

  @TempDir
  Path out;

  @Test
  void samchatsClientCompilesWithItsLocalAndRemoteCallsOnly() throws IOException {
    List<Path> files = WitClientSources.write(WitPackage.read(SamchatApi.folder()), "com.example.samchat", out);

    assertCompiles(files);
    String client = read("SamchatClient");
    assertThat(client)
        .contains("public static final ProcessId PROCESS_ID = new ProcessId(\"samchat\", \"samchat\", \"template.os\");")
        .contains("public CompletionStage<Result<Boolean, Rejection>> receiveMessage(ChatMessage message) {")
        .contains("return this.target.call(\"ReceiveMessage\", RESULT_BOOLEAN_REJECTION,\n"
            + "        CHAT_MESSAGE.value(message));")
        .contains("public CompletionStage<Result<FileInfo, String>> getRemoteFile(String fileId) {")
        .contains("public CompletionStage<Void> deliverOutbox() {")
        .doesNotContain("sendMessage");
    assertThat(read("ChatMessage")).isEqualTo("""
        package com.example.samchat;

        import java.util.Map;
        import java.util.Optional;
        import javax.annotation.processing.Generated;

        /** WIT record {@code chat-message} of {@code template-dot-os:samchat/samchat}. */
        @Generated("dev.hyperapp.maven.WitClientMojo")
        public record ChatMessage(
            String id,
            String conversationId,
            String sender,
            String text,
            long timestamp,
            MessageStatus status,
            Optional<ReplyTo> replyTo,
            Optional<FileInfo> file,
            Map<String, MessageStatus> recipients) {}
        """);
    assertThat(read("Rejection")).contains("public enum Rejection {\n  UNKNOWN_CONVERSATION,\n  NOT_A_MEMBER,\n"
        + "  LEFT_GROUP,\n  INVALID\n}\n");
  }

  @Test
  void everyTypeFormOfTheKitchenSinkCompiles() throws IOException {
    List<Path> files = WitClientSources.write(WitPackage.read(KITCHEN_SINK), "com.example.kitchen", out);

    assertCompiles(files);
    assertThat(read("Event")).contains("public sealed interface Event permits Joined, Left, Posted {}");
    assertThat(read("Joined")).contains("public record Joined(\n    Address who) implements Event {}");
    assertThat(read("Profile")).contains("    @Unsigned int age,\n")
        .contains("    Map<String, List<Address>> contacts) {}");
    assertThat(read("Post")).contains("    List<Short> reactions,\n    byte[] attachment) {}");
    assertThat(read("Flags")).contains("public record Flags(\n    boolean record,\n    String type,\n    List<String> list) {}");
    assertThat(read("KitchenSinkClient"))
        .contains("public CompletionStage<Void> record(Event event) {")
        .contains("public CompletionStage<Flags> list(Flags type) {")
        .contains("public CompletionStage<List<ProcessId>> whoAmI(Address caller, ProcessId process) {")
        .contains("U32 = WireType.unsigned(int.class);");
  }

  @Test
  void aTypeNamedLikeAnImportedClassIsNamedInFull() throws IOException {
    WitPackage witPackage = WitPackage.of(Map.of("api.wit", """
        package me-dot-os:app;
        interface app {
            record optional { x: s32 }
            record holder { maybe: option<optional>, items: list<optional> }
        }
        """));

    assertCompiles(WitClientSources.write(witPackage, "com.example.app", out));
    assertThat(read("Holder")).contains("    java.util.Optional<Optional> maybe,\n    List<Optional> items) {}");
  }

  @Test
  void witWithoutAJavaShapeOnOurWireIsRefusedNamingWhere() {
    assertThatThrownBy(() -> generate("variant v { a(string) }"))
        .isInstanceOf(UnsupportedWitException.class)
        .hasMessage("case a of variant v must carry the record a (as Hyperapp writes variants), not string");
    assertThatThrownBy(() -> generate("record r { pair: tuple<s32, s32> }"))
        .hasMessageStartingWith("r: a tuple<s32, s32> has no Java type");
    assertThatThrownBy(() -> generate("record r { class: s32 }"))
        .hasMessage("r: class would be the Java name class, a keyword; the JSON of our apps uses the Java name");
    assertThatThrownBy(() -> generate("record r { x: missing }"))
        .hasMessage("r: type missing is not declared in interface app");
  }

  private void generate(String declaration) {
    WitClientSources.write(WitPackage.of(Map.of("api.wit",
        "package me-dot-os:app;\ninterface app {\n" + declaration + "\n}\n")), "com.example.app", out);
  }

  private String read(String simpleName) throws IOException {
    try (var files = Files.walk(out)) {
      Path file = files.filter(path -> path.getFileName().toString().equals(simpleName + ".java")).findFirst().orElseThrow();
      return Files.readString(file);
    }
  }

  private static void assertCompiles(List<Path> files) {
    Compilation compilation = Compiler.javac()
        .withOptions("-Xlint:all", "-Werror")
        .compile(files.stream().map(file -> {
          try {
            return JavaFileObjects.forResource(file.toUri().toURL());
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }).toList());
    assertThat(compilation).succeededWithoutWarnings();
  }
}
