package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.ConversationKind;
import dev.hyperapp.samchat.ConversationSummary;
import dev.hyperapp.samchat.MessageStatus;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.testkit.TestNode;
import dev.hyperapp.testkit.TestNodes;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Groups across real nodes: creation, members kept in sync everywhere, leaving, and fan-out. */
class GroupsOnNodesTest {

  @RegisterExtension
  final TestNodes nodes =
      TestNodes.named("alice.os", "bob.os", "carol.os", "dave.os").apps(Samchat.class);

  private SamchatPage alice;
  private SamchatPage bob;
  private SamchatPage carol;
  private SamchatPage dave;

  @BeforeEach
  void pages() {
    alice = new SamchatPage(nodes.node("alice.os"));
    bob = new SamchatPage(nodes.node("bob.os"));
    carol = new SamchatPage(nodes.node("carol.os"));
    dave = new SamchatPage(nodes.node("dave.os"));
  }

  @Test
  void aGroupNeedsANameAndSomeoneBesidesItsCreator() {
    assertThat(alice.error("CreateGroup", "lonely", List.of()))
        .isEqualTo("A group needs at least one member besides you");
    assertThat(alice.error("CreateGroup", "just me", List.of("alice.os")))
        .isEqualTo("A group needs at least one member besides you");
    assertThat(alice.error("CreateGroup", "team", List.of("Bob!"))).contains("is not a node name");
    assertThat(alice.error("CreateGroup", "  ", List.of("bob.os"))).isNotBlank();

    ConversationSummary pair = alice.createGroup("pair", List.of("bob.os"));

    assertThat(pair.kind()).isEqualTo(ConversationKind.GROUP);
    assertThat(pair.participants()).containsExactly("alice.os", "bob.os");
    eventually().untilAsserted(() -> assertThat(bob.conversation(pair.id())).hasValueSatisfying(
        onBob -> assertThat(onBob.participants()).containsExactly("alice.os", "bob.os")));
  }

  @Test
  void everyMemberGetsTheGroupAndEveryMessageFansOutToThem() {
    ConversationSummary team = alice.createGroup("team", List.of("bob.os", "carol.os"));
    assertThat(team.participants()).containsExactly("alice.os", "bob.os", "carol.os");
    awaitParticipants(team.id(), List.of(alice, bob, carol), "alice.os", "bob.os", "carol.os");

    ChatMessage hello = alice.send(team.id(), "hello team");

    assertThat(hello.recipients()).containsOnlyKeys("bob.os", "carol.os");
    for (SamchatPage member : List.of(bob, carol)) {
      eventually().untilAsserted(() -> assertThat(member.messages(team.id()))
          .extracting(ChatMessage::text).containsExactly("hello team"));
    }
    // Both pages have now shown it: the group message is delivered to the slowest member too.
    eventually().untilAsserted(() -> assertThat(message(alice, team.id(), hello.id()).status())
        .isEqualTo(MessageStatus.DELIVERED));
    bob.markRead(team.id());
    eventually().untilAsserted(() -> assertThat(message(alice, team.id(), hello.id()).recipients())
        .containsEntry("bob.os", MessageStatus.READ).containsEntry("carol.os", MessageStatus.DELIVERED));
    assertThat(message(alice, team.id(), hello.id()).status()).isEqualTo(MessageStatus.DELIVERED);

    ChatMessage answer = carol.reply(team.id(), "hi both", hello.id());
    for (SamchatPage member : List.of(alice, bob)) {
      eventually().untilAsserted(() -> assertThat(member.messages(team.id()))
          .extracting(ChatMessage::text).containsExactly("hello team", "hi both"));
    }
    assertThat(message(bob, team.id(), answer.id()).replyTo().messageId()).isEqualTo(hello.id());
    assertThat(dave.conversations()).as("dave is in no group").isEmpty();
  }

  @Test
  void aMemberAddedByAnyMemberAppearsInEveryMembersList() {
    ConversationSummary team = alice.createGroup("team", List.of("bob.os", "carol.os"));
    awaitParticipants(team.id(), List.of(alice, bob, carol), "alice.os", "bob.os", "carol.os");

    ConversationSummary grown = bob.addMember(team.id(), "dave.os");

    assertThat(grown.participants()).containsExactly("alice.os", "bob.os", "carol.os", "dave.os");
    awaitParticipants(team.id(), List.of(alice, bob, carol, dave),
        "alice.os", "bob.os", "carol.os", "dave.os");
    assertThat(bob.error("AddGroupMember", team.id(), "dave.os")).isEqualTo("dave.os is already in the group");

    ChatMessage fromDave = dave.send(team.id(), "thanks for having me");
    for (SamchatPage member : List.of(alice, bob, carol)) {
      eventually().untilAsserted(() -> assertThat(member.messages(team.id()))
          .extracting(ChatMessage::id).contains(fromDave.id()));
    }
  }

  @Test
  void aMemberCutOffWhileSomeoneJoinsCatchesUpWhenBack() {
    ConversationSummary team = alice.createGroup("team", List.of("bob.os", "carol.os"));
    awaitParticipants(team.id(), List.of(alice, bob, carol), "alice.os", "bob.os", "carol.os");
    TestNode carolNode = nodes.node("carol.os");
    carolNode.cutOff();

    alice.addMember(team.id(), "dave.os");
    awaitParticipants(team.id(), List.of(alice, bob, dave), "alice.os", "bob.os", "carol.os", "dave.os");
    assertThat(carol.conversation(team.id()).orElseThrow().participants())
        .containsExactly("alice.os", "bob.os", "carol.os");

    carolNode.restore();

    awaitParticipants(team.id(), List.of(carol), "alice.os", "bob.os", "carol.os", "dave.os");
  }

  @Test
  void aMemberWhoLeavesIsDroppedEverywhereAndGetsNoMoreMessages() {
    ConversationSummary team = alice.createGroup("team", List.of("bob.os", "carol.os"));
    ChatMessage before = alice.send(team.id(), "before");
    for (SamchatPage member : List.of(bob, carol)) {
      eventually().untilAsserted(() -> assertThat(member.messages(team.id()))
          .extracting(ChatMessage::id).containsExactly(before.id()));
    }

    ConversationSummary left = carol.leave(team.id());

    assertThat(left.member()).isFalse();
    awaitParticipants(team.id(), List.of(alice, bob), "alice.os", "bob.os");
    assertThat(carol.error("SendMessage", team.id(), "still here?", null))
        .isEqualTo("You are no longer in this group");
    assertThat(carol.messages(team.id())).as("the history stays").extracting(ChatMessage::id)
        .containsExactly(before.id());

    ChatMessage after = alice.send(team.id(), "after");
    assertThat(after.recipients()).containsOnlyKeys("bob.os");
    eventually().untilAsserted(() -> assertThat(bob.messages(team.id()))
        .extracting(ChatMessage::text).containsExactly("before", "after"));
    eventually().untilAsserted(() -> assertThat(message(alice, team.id(), after.id()).status())
        .isEqualTo(MessageStatus.DELIVERED));
    assertThat(carol.messages(team.id())).extracting(ChatMessage::text).containsExactly("before");
  }

  private static void awaitParticipants(String groupId, List<SamchatPage> pages, String... expected) {
    for (SamchatPage page : pages) {
      eventually().untilAsserted(() -> {
        Optional<ConversationSummary> group = page.conversation(groupId);
        assertThat(group).as("the group on %s", page.node()).isPresent();
        assertThat(group.get().participants()).as("the members %s sees", page.node())
            .containsExactly(expected);
      });
    }
  }

  private static ChatMessage message(SamchatPage page, String conversationId, String messageId) {
    return page.messages(conversationId).stream()
        .filter(message -> message.id().equals(messageId)).findFirst().orElseThrow();
  }
}
