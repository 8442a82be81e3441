package dev.hyperapp.maven.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.maven.SamchatApi;
import dev.hyperapp.maven.api.ApiSync.Mode;
import dev.hyperapp.maven.wit.WitPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wit-api goal's logic on samchat's real WIT: what the compiler generated against {@code api/}. */
class ApiSyncTest {

  private static final String SAMCHAT = "samchat.wit";
  private static final String MARK_READ = "    /// Request: {\"MarkRead\"";
  private static final String LEAVE_GROUP = """
          /// Request: {"LeaveGroup": group-id}
          record leave-group-signature-http {
              target: string,
              group-id: string,
              returning: result<conversation-summary, string>,
          }

      """;

  @TempDir
  Path temp;
  private Path generated;
  private Path api;

  @BeforeEach
  void copySamchat() throws IOException {
    generated = Files.createDirectories(temp.resolve("classes/META-INF/hyperapp/wit"));
    api = Files.createDirectories(temp.resolve("api"));
    try (Stream<Path> files = Files.list(SamchatApi.folder())) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, generated.resolve(file.getFileName()));
        Files.copy(file, api.resolve(file.getFileName()));
      }
    }
  }

  @Test
  void unchangedCodePassesInBothModes() {
    for (Mode mode : Mode.values()) {
      ApiSync.Outcome outcome = ApiSync.run(generated, api, mode, Set.of());

      assertThat(outcome.failed()).isFalse();
      assertThat(outcome.changes()).isEmpty();
      assertThat(outcome.message()).endsWith("is up to date with the code's WIT.");
    }
  }

  @Test
  void anAddedFunctionPassesReportedCompatibleAndUpdatesApi() throws IOException {
    edit(MARK_READ, """
            /// Request: {"Mute": conversation-id}
            record mute-signature-remote {
                target: address,
                conversation-id: string,
                returning: bool,
            }

        """ + MARK_READ);

    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.UPDATE, Set.of());

    assertThat(outcome.failed()).isFalse();
    assertThat(outcome.message()).startsWith("Updated " + api).contains("compatible: added function mute"
        + " (mute-signature-remote in interface samchat: (conversation-id: string) -> bool)");
    assertThat(WitPackage.sources(api)).isEqualTo(WitPackage.sources(generated));
  }

  @Test
  void aCheckBuildFailsOnAnyDifferenceWithTheDiffAndTheClassification() throws IOException {
    edit(MARK_READ, "    record mute-signature-remote {\n        target: address,\n    }\n\n" + MARK_READ);
    SortedMap<String, String> before = WitPackage.sources(api);

    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.CHECK, Set.of());

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.message())
        .contains("compatible: added function mute (mute-signature-remote in interface samchat: ())")
        .contains("--- api/samchat.wit\n+++ generated/samchat.wit\n@@ ")
        .contains("\n+    record mute-signature-remote {\n+        target: address,\n+    }\n")
        .contains("Build without -Dhyperapp.wit.check to update");
    assertThat(WitPackage.sources(api)).isEqualTo(before);
  }

  @Test
  void aRemovedFunctionFailsNamingItsSignatureAndLeavesApiAlone() throws IOException {
    edit(LEAVE_GROUP, "");
    SortedMap<String, String> before = WitPackage.sources(api);

    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.UPDATE, Set.of());

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.message())
        .startsWith("Breaking API change against " + api)
        .contains("breaking: removed function leave-group (leave-group-signature-http in interface samchat,"
            + " was (group-id: string) -> result<conversation-summary, string>)")
        .contains("\n-    record leave-group-signature-http {\n")
        .contains("acknowledge with -Dhyperapp.wit.acceptBreaking=leave-group");
    assertThat(WitPackage.sources(api)).isEqualTo(before);
  }

  @Test
  void aChangedTypeFailsNamingTheSignaturesThatUseIt() throws IOException {
    edit("        text: string,\n        timestamp: s64,", "        text: list<string>,\n        timestamp: s64,");

    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.UPDATE, Set.of());

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.message()).contains("breaking: changed field text of record chat-message in interface"
        + " samchat from string to list<string>, used by add-group-member-signature-http,"
        + " create-group-signature-http, get-conversations-signature-http, get-messages-signature-http,"
        + " leave-group-signature-http, mark-read-signature-http, receive-message-signature-remote,"
        + " retry-message-signature-http, send-file-message-signature-http, send-message-signature-http");
  }

  @Test
  void aChangedArgumentTypeFailsNamingTheSignature() throws IOException {
    edit("        bytes: s64,", "        bytes: u64,");

    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.UPDATE, Set.of());

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.message()).contains("breaking: changed the arguments of set-max-file-size"
        + " (set-max-file-size-signature-http in interface samchat): (bytes: s64) -> result<settings, string>"
        + " became (bytes: u64) -> result<settings, string>");
  }

  @Test
  void anAcknowledgedBreakingChangeIsWrittenAndReported() throws IOException {
    edit(LEAVE_GROUP, "");

    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.UPDATE, Set.of("leave-group"));

    assertThat(outcome.failed()).isFalse();
    assertThat(outcome.message()).contains("breaking: removed function leave-group").contains("[acknowledged]");
    assertThat(WitPackage.sources(api)).isEqualTo(WitPackage.sources(generated));
  }

  @Test
  void aFirstBuildWritesApiAndAFileNoLongerGeneratedIsDeleted() throws IOException {
    Path fresh = temp.resolve("fresh-api");
    assertThat(ApiSync.run(generated, fresh, Mode.UPDATE, Set.of()).message()).contains("compatible: new API"
        + " template-dot-os:samchat");
    assertThat(WitPackage.sources(fresh)).isEqualTo(WitPackage.sources(generated));

    Files.writeString(api.resolve("old-v0.wit"), "world old-v0 {\n    import samchat;\n}\n");
    Files.writeString(api.resolve("README.md"), "not WIT: left alone");
    ApiSync.Outcome outcome = ApiSync.run(generated, api, Mode.UPDATE, Set.of("old-v0"));
    assertThat(outcome.message()).contains("breaking: removed world old-v0 [acknowledged]");
    assertThat(api.resolve("old-v0.wit")).doesNotExist();
    assertThat(api.resolve("README.md")).exists();
  }

  @Test
  void aCheckBuildWithoutApiFails() {
    ApiSync.Outcome outcome = ApiSync.run(generated, temp.resolve("none"), Mode.CHECK, Set.of());

    assertThat(outcome.failed()).isTrue();
    assertThat(outcome.message()).contains("compatible: new API template-dot-os:samchat");
  }

  private void edit(String from, String to) throws IOException {
    Path file = generated.resolve(SAMCHAT);
    String text = Files.readString(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to));
  }
}
