package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.ConversationSummary;
import dev.hyperapp.samchat.FileInfo;
import dev.hyperapp.samchat.MessageStatus;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.testkit.HttpSession;
import dev.hyperapp.testkit.TestNode;
import dev.hyperapp.testkit.TestNodes;
import dev.hyperapp.testkit.WebSocketSession;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What outlives a restart, and what the page is told over its WebSocket as it happens. */
class HistoryAndLiveUpdatesOnNodesTest {

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os", "carol.os").apps(Samchat.class);

  private TestNode bobNode;
  private SamchatPage alice;
  private SamchatPage bob;

  @BeforeEach
  void pages() {
    bobNode = nodes.node("bob.os");
    alice = new SamchatPage(nodes.node("alice.os"));
    bob = new SamchatPage(bobNode);
  }

  @Test
  void restartingANodeKeepsEveryConversationMessageUnreadCountAndFile() {
    ChatMessage direct = alice.send("bob.os", "remember me");
    ConversationSummary group = alice.createGroup("book club", List.of("bob.os", "carol.os"));
    ChatMessage inGroup = alice.send(group.id(), "chapter one");
    FileInfo notes = alice.upload("notes.txt", "text/plain", "page 12".getBytes());
    alice.sendFile("bob.os", notes.fileId(), "my notes");
    eventually().untilAsserted(() -> assertThat(bob.messages(direct.conversationId())).hasSize(2));
    eventually().untilAsserted(() -> assertThat(bob.messages(group.id()))
        .extracting(ChatMessage::id).containsExactly(inGroup.id()));
    assertThat(new String(bob.download(notes.fileId()).body())).isEqualTo("page 12");
    bob.markRead(group.id());
    List<ConversationSummary> before = bob.conversations();

    bobNode.restart();
    nodes.node("alice.os").cutOff();

    assertThat(bob.conversations()).isEqualTo(before);
    assertThat(bob.conversation(direct.conversationId()).orElseThrow().unread()).isEqualTo(2);
    assertThat(bob.conversation(group.id()).orElseThrow().participants())
        .containsExactly("alice.os", "bob.os", "carol.os");
    assertThat(bob.messages(direct.conversationId())).extracting(ChatMessage::text)
        .containsExactly("remember me", "my notes");
    assertThat(new String(bob.download(notes.fileId()).body()))
        .as("the cached copy, with alice cut off").isEqualTo("page 12");
  }

  @Test
  void theOutboxSurvivesTheSendersRestart() {
    bobNode.cutOff();
    ChatMessage waiting = alice.send("bob.os", "sent while you were away");

    TestNode aliceNode = nodes.node("alice.os");
    aliceNode.restart();
    bobNode.restore();

    eventually().untilAsserted(() -> assertThat(bob.messages(waiting.conversationId()))
        .extracting(ChatMessage::id).containsExactly(waiting.id()));
    eventually().untilAsserted(() -> assertThat(alice.messages(waiting.conversationId()))
        .extracting(ChatMessage::status).containsExactly(MessageStatus.DELIVERED));
  }

  @Test
  void thePagesAreToldOfNewMessagesAndOfTheirStatusAsItHappens() {
    WebSocketSession alicePage = alice.live();
    WebSocketSession bobPage = bob.live();
    assertThat(type(bobPage.awaitMessageContaining("hello"))).isEqualTo("hello");

    ChatMessage sent = alice.send("bob.os", "are you watching?");

    JsonNode arrived = awaitUpdate(bobPage, update -> hasMessage(update, sent.id(), "SENT"));
    assertThat(arrived.at("/conversation/unread").asInt()).isEqualTo(1);
    assertThat(arrived.at("/conversation/title").asText()).isEqualTo("alice.os");
    awaitUpdate(alicePage, update -> hasMessage(update, sent.id(), "SENT"));

    bob.markRead(sent.conversationId());

    awaitUpdate(alicePage, update -> hasMessage(update, sent.id(), "READ"));
    JsonNode read = awaitUpdate(bobPage, update -> update.at("/conversation/unread").asInt(-1) == 0);
    assertThat(read.at("/conversation/id").asText()).isEqualTo(sent.conversationId());
  }

  private static JsonNode awaitUpdate(WebSocketSession page, Predicate<JsonNode> wanted) {
    return HttpSession.readJson(page.awaitMessage(text -> {
      JsonNode update = HttpSession.readJson(text);
      return type(text).equals("update") && wanted.test(update);
    }, Duration.ofSeconds(120)));
  }

  private static boolean hasMessage(JsonNode update, String id, String status) {
    for (JsonNode message : update.path("messages")) {
      if (message.path("id").asText().equals(id) && message.path("status").asText().equals(status)) {
        return true;
      }
    }
    return false;
  }

  private static String type(String text) {
    return HttpSession.readJson(text).path("type").asText();
  }
}
