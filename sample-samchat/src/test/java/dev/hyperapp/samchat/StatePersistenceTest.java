package dev.hyperapp.samchat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.api.json.Wire;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state is saved and loaded with the runtime's own codec: history and outbox survive a restart. */
class StatePersistenceTest {

  private final ChatNetwork network = new ChatNetwork("alice.os", "bob.os", "carol.os");
  private final Chat alice = network.chat("alice.os");

  @Test
  void everythingSurvivesASaveAndALoad() throws Exception {
    ConversationSummary group = alice.createGroup("Lunch", List.of("bob.os", "carol.os"), network.now)
        .orElseThrow();
    network.deliverAll();
    FileInfo photo = alice.describeUpload("cat.png", "image/png", 10, FileLibrary.sha256(new byte[10])).orElseThrow();
    alice.hold(photo);
    ChatMessage question = alice.send("bob.os", "lunch?", null, photo.fileId(), network.now)
        .orElseThrow();
    network.deliverAll();
    network.chat("bob.os").markRead(question.conversationId(), network.now);
    network.deliverAll();
    network.offline("carol.os");
    alice.send(group.id(), "noon", null, null, network.now);
    network.deliverAll();
    alice.setMaxFileBytes(20L * 1024 * 1024);
    Samchat process = new Samchat();
    process.chat = alice;

    byte[] saved = Wire.encode(process);
    Samchat loaded = Wire.decode(saved, Samchat.class);

    assertThat(Wire.encode(loaded)).asString().isEqualTo(new String(saved, "UTF-8"));
    Chat restored = loaded.chat;
    assertThat(restored.node()).isEqualTo("alice.os");
    assertThat(restored.conversations()).isEqualTo(alice.conversations());
    assertThat(restored.messages(question.conversationId()).orElseThrow())
        .isEqualTo(alice.messages(question.conversationId()).orElseThrow());
    assertThat(restored.outbox().entries()).isEqualTo(alice.outbox().entries()).hasSize(1);
    assertThat(restored.heldFile(photo.fileId())).contains(photo);
    assertThat(restored.settings().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
    assertThat(restored.takeUpdates()).as("what the page was told is not state").isEmpty();
  }

  @Test
  void aFileSavedBeforeFilesCarriedADigestLoadsWithoutOne() throws Exception {
    String saved = "{\"fileId\":\"4b8e1a5c-0000-4000-8000-000000000000\",\"name\":\"cat.png\","
        + "\"mimeType\":\"image/png\",\"size\":10,\"owner\":\"alice.os\"}";

    FileInfo loaded = Wire.decode(saved.getBytes(StandardCharsets.UTF_8), FileInfo.class);

    assertThat(loaded).isEqualTo(new FileInfo("4b8e1a5c-0000-4000-8000-000000000000", "cat.png",
        "image/png", 10, "alice.os", null));
  }

  @Test
  void anEntryThatWasBeingSentWhenTheNodeStoppedIsSentAgain() throws Exception {
    alice.send("bob.os", "hi", null, null, network.now);
    alice.outbox().claimNext("bob.os").orElseThrow();
    Samchat process = new Samchat();
    process.chat = alice;

    Chat restored = Wire.decode(Wire.encode(process), Samchat.class).chat;

    assertThat(restored.outbox().duePeers(network.now)).containsExactly("bob.os");
    assertThat(restored.outbox().claimNext("bob.os")).isPresent();
  }
}
