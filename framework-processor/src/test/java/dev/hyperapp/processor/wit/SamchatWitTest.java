package dev.hyperapp.processor.wit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samchat's committed API ({@code sample-samchat/api/}, what other apps build their clients from) is
 * a WIT package the real parser accepts. samchat's build keeps the folder equal to what the processor
 * generates; this checks the committed text itself.
 */
class SamchatWitTest {

  private static final Path SAMCHAT_API = Path.of("..", "sample-samchat", "api");

  @TempDir Path work;

  @Test
  void jcoAcceptsSamchatsCommittedWit() throws IOException {
    Map<String, String> files;
    try (Stream<Path> wit = Files.list(SAMCHAT_API)) {
      files = wit.filter(file -> file.toString().endsWith(".wit"))
          .collect(Collectors.toMap(file -> file.getFileName().toString(), SamchatWitTest::read));
    }

    assertThat(files).containsKeys("samchat.wit", "standard.wit", "samchat-template-dot-os-v0.wit");
    Jco.assertAccepts(files, work);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
