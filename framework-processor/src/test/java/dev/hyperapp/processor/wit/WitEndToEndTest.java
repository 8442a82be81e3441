package dev.hyperapp.processor.wit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.processor.testing.GoldenFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixtures compiled with the real model reader: golden files, the real WIT parser, determinism. */
class WitEndToEndTest {

  private static final String KITCHEN = "kitchen/KitchenSink.java";
  private static final String[] MAIL = {
      "wit/mail/Inbox.java", "wit/mail/Outbox.java", "wit/mail/Postmaster.java"};

  @TempDir
  Path work;

  @Test
  void kitchenSinkMatchesItsGoldenFiles() {
    assertMatchesGoldenFolder("kitchen", WitFixtures.witFiles(KITCHEN));
  }

  @Test
  void kitchenSinkIsAcceptedByJco() {
    Jco.assertAccepts(WitFixtures.witFiles(KITCHEN), work);
  }

  @Test
  void processesSharingAWorldAreImportedByOneWorld() {
    SortedMap<String, String> files = WitFixtures.witFiles(MAIL);

    assertThat(files).containsOnlyKeys("inbox.wit", "outbox.wit", "postmaster.wit",
        "mail-post-dot-os-v0.wit", "mail-admin-post-dot-os-v0.wit", "standard.wit");
    assertThat(files.get("mail-post-dot-os-v0.wit")).isEqualTo("""
        world mail-post-dot-os-v0 {
            import inbox;
            import outbox;
        }
        """);
    assertMatchesGoldenFolder("mail", files);
    Jco.assertAccepts(files, work);
  }

  @Test
  void orderOfMembersInTheSourceDoesNotChangeTheWit() {
    assertThat(WitFixtures.witFiles("wit/reordered/KitchenSink.java"))
        .isEqualTo(WitFixtures.witFiles(KITCHEN));
  }

  @Test
  void compilingTwiceGivesTheSameWit() {
    assertThat(WitFixtures.witFiles(KITCHEN)).isEqualTo(WitFixtures.witFiles(KITCHEN));
  }

  /** Each file equals its golden file under {@code golden/<fixture>/wit/}, and no golden file is left over. */
  private static void assertMatchesGoldenFolder(String fixture, SortedMap<String, String> files) {
    files.forEach((name, text) -> GoldenFiles.assertMatches(fixture + "/wit/" + name, text));
    Path golden = Paths.get("src", "test", "resources", "golden", fixture, "wit");
    try (Stream<Path> goldenFiles = Files.list(golden)) {
      assertThat(goldenFiles.map(path -> path.getFileName().toString()))
          .as("golden files in %s that are no longer generated: delete them", golden.toAbsolutePath())
          .containsExactlyInAnyOrderElementsOf(files.keySet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
