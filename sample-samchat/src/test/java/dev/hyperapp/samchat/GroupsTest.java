package dev.hyperapp.samchat;

import static dev.hyperapp.samchat.DirectMessagesTest.error;
import static dev.hyperapp.samchat.DirectMessagesTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupsTest {

  private final ChatNetwork network =
      new ChatNetwork("alice.os", "bob.os", "carol.os", "dave.os");
  private final Chat alice = network.chat("alice.os");
  private final Chat bob = network.chat("bob.os");
  private final Chat carol = network.chat("carol.os");
  private final Chat dave = network.chat("dave.os");

  @Test
  void aGroupHasANameAndAtLeastOneMemberBesidesItsCreator() {
    assertThat(error(alice.createGroup(" ", List.of("bob.os"), network.now)))
        .isEqualTo("Give the group a name");
    assertThat(error(alice.createGroup("x".repeat(Chat.LONGEST_GROUP_NAME + 1), List.of("bob.os"),
        network.now))).contains("at most " + Chat.LONGEST_GROUP_NAME);
    assertThat(error(alice.createGroup("Lunch", List.of(), network.now)))
        .isEqualTo("A group needs at least one member besides you");
    assertThat(error(alice.createGroup("Lunch", List.of("alice.os"), network.now)))
        .isEqualTo("A group needs at least one member besides you");
    assertThat(error(alice.createGroup("Lunch", List.of("bob.os", "not a node"), network.now)))
        .contains("'not a node' is not a node name");
    assertThat(alice.conversations()).isEmpty();

    ConversationSummary group = alice.createGroup(" Lunch ", List.of("Bob.os", "bob.os", "alice.os"),
        network.now).orElseThrow();
    assertThat(group.kind()).isEqualTo(ConversationKind.GROUP);
    assertThat(group.title()).isEqualTo("Lunch");
    assertThat(group.participants()).containsExactly("alice.os", "bob.os");
    assertThat(group.member()).isTrue();
    assertThat(group.id()).startsWith("group:");
  }

  @Test
  void everyMemberLearnsOfANewGroup() {
    ConversationSummary group = createLunch();

    for (Chat member : List.of(bob, carol)) {
      assertThat(member.conversations()).singleElement().satisfies(summary -> {
        assertThat(summary.id()).isEqualTo(group.id());
        assertThat(summary.title()).isEqualTo("Lunch");
        assertThat(summary.participants()).containsExactly("alice.os", "bob.os", "carol.os");
      });
    }
    assertThat(dave.conversations()).isEmpty();
  }

  @Test
  void aGroupMessageGoesToEveryOtherMember() {
    ConversationSummary group = createLunch();
    network.offline("carol.os");

    ChatMessage sent = bob.send(group.id(), "noon?", null, null, network.now).orElseThrow();
    assertThat(sent.recipients()).containsOnlyKeys("alice.os", "carol.os");
    network.deliverAll();
    assertThat(status(bob, group.id(), sent.id()))
        .as("the slowest recipient decides").isEqualTo(MessageStatus.SENDING);

    network.online("carol.os");
    network.now += 2_000;
    network.deliverAll();
    assertThat(status(bob, group.id(), sent.id())).isEqualTo(MessageStatus.SENT);
    assertThat(alice.messages(group.id()).orElseThrow()).extracting(ChatMessage::text)
        .containsExactly("noon?");
    assertThat(carol.messages(group.id()).orElseThrow()).extracting(ChatMessage::text)
        .containsExactly("noon?");

    alice.markRead(group.id(), network.now);
    network.deliverAll();
    assertThat(bob.messages(group.id()).orElseThrow().get(0).recipients())
        .containsExactly(Map.entry("alice.os", MessageStatus.READ),
            Map.entry("carol.os", MessageStatus.SENT));
  }

  @Test
  void addingAMemberKeepsEveryMembersListInStep() {
    ConversationSummary group = createLunch();

    ConversationSummary added = bob.addMember(group.id(), "dave.os", network.now).orElseThrow();
    assertThat(added.participants()).containsExactly("alice.os", "bob.os", "carol.os", "dave.os");
    assertThat(bob.outbox().entries()).extracting(Delivery::kind, Delivery::peer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(DeliveryKind.GROUP_UPDATE, "alice.os"),
            org.assertj.core.groups.Tuple.tuple(DeliveryKind.GROUP_UPDATE, "carol.os"),
            org.assertj.core.groups.Tuple.tuple(DeliveryKind.GROUP_JOIN, "dave.os"));
    network.deliverAll();

    for (Chat member : List.of(alice, bob, carol, dave)) {
      assertThat(member.conversations()).singleElement()
          .satisfies(summary -> assertThat(summary.participants())
              .containsExactly("alice.os", "bob.os", "carol.os", "dave.os"));
    }
    assertThat(error(alice.addMember(group.id(), "dave.os", network.now)))
        .isEqualTo("dave.os is already in the group");
    assertThat(error(alice.addMember("group:nope", "dave.os", network.now)))
        .isEqualTo("No such group");
  }

  @Test
  void aNewMembersMessagesWaitUntilTheOthersHaveHeardOfThem() {
    ConversationSummary group = createLunch();
    network.offline("carol.os");
    bob.addMember(group.id(), "dave.os", network.now);
    network.deliverAll();
    network.online("carol.os");

    ChatMessage hello = dave.send(group.id(), "hello all", null, null, network.now).orElseThrow();
    network.deliverAll();
    assertThat(carol.messages(group.id()).orElseThrow())
        .as("carol does not know dave is in the group yet").isEmpty();
    assertThat(dave.outbox().entries()).extracting(Delivery::peer).containsExactly("carol.os");

    network.now += 5_000;
    network.deliverAll();
    assertThat(carol.messages(group.id()).orElseThrow()).extracting(ChatMessage::text)
        .containsExactly("hello all");
    assertThat(status(dave, group.id(), hello.id())).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aMemberWhoLeavesIsDroppedEverywhereAndGetsNoMoreMessages() {
    ConversationSummary group = createLunch();

    ConversationSummary left = carol.leave(group.id(), network.now).orElseThrow();
    assertThat(left.member()).isFalse();
    assertThat(left.participants()).containsExactly("alice.os", "bob.os");
    network.deliverAll();

    for (Chat member : List.of(alice, bob)) {
      assertThat(member.conversations().get(0).participants()).containsExactly("alice.os", "bob.os");
    }
    ChatMessage after = alice.send(group.id(), "just us", null, null, network.now).orElseThrow();
    assertThat(after.recipients()).containsOnlyKeys("bob.os");
    assertThat(error(carol.send(group.id(), "wait", null, null, network.now)))
        .isEqualTo("You are no longer in this group");
    assertThat(error(carol.leave(group.id(), network.now)))
        .isEqualTo("You are no longer in this group");
    assertThat(carol.receive("alice.os", after.asDelivered(), network.now))
        .isEqualTo(Result.err(Rejection.LEFT_GROUP));
  }

  @Test
  void leavingFailsOurMessagesThatHadNotGoneOutAndForgetsTheLeaverElsewhere() {
    ConversationSummary group = createLunch();
    network.offline("alice.os");
    ChatMessage unsent = carol.send(group.id(), "bye", null, null, network.now).orElseThrow();
    ChatMessage toCarol = bob.send(group.id(), "see you", null, null, network.now).orElseThrow();
    network.offline("carol.os");
    network.deliverAll();

    carol.leave(group.id(), network.now);
    assertThat(status(carol, group.id(), unsent.id())).isEqualTo(MessageStatus.FAILED);

    network.online("carol.os");
    network.online("alice.os");
    network.now += 10_000;
    network.deliverAll();
    assertThat(bob.messages(group.id()).orElseThrow())
        .filteredOn(message -> message.id().equals(toCarol.id()))
        .singleElement()
        .satisfies(message -> assertThat(message.recipients()).containsOnlyKeys("alice.os"));
  }

  @Test
  void concurrentChangesSettleOnTheSameMembersEverywhere() {
    ConversationSummary group = createLunch();
    network.offline("carol.os");
    alice.addMember(group.id(), "dave.os", network.now);
    bob.leave(group.id(), network.now);
    network.online("carol.os");
    network.now += 10_000;
    network.deliverAll();
    network.now += 10_000;
    network.deliverAll();

    for (Chat member : List.of(alice, carol, dave)) {
      assertThat(member.conversations().get(0).participants()).as(member.node())
          .containsExactly("alice.os", "carol.os", "dave.os");
    }
  }

  @Test
  void membershipMergesTheSameInAnyOrder() {
    Map<String, Membership> first = Map.of("a.os", new Membership(true, 1), "b.os", new Membership(true, 1));
    Map<String, Membership> addC = Map.of("c.os", new Membership(true, 2));
    Map<String, Membership> bLeaves = Map.of("b.os", new Membership(false, 2));
    Map<String, Membership> bBack = Map.of("b.os", new Membership(true, 3));
    Map<String, Membership> tie = Map.of("c.os", new Membership(false, 2));
    List<Map<String, Membership>> changes = List.of(first, addC, bLeaves, bBack, tie);

    List<List<String>> outcomes = new ArrayList<>();
    for (List<Map<String, Membership>> order : permutations(changes)) {
      GroupMembers members = new GroupMembers();
      order.forEach(members::merge);
      outcomes.add(members.active());
    }
    assertThat(outcomes).containsOnly(List.of("a.os", "b.os"));
    assertThat(new Membership(true, 2).merge(new Membership(false, 2)))
        .as("leaving wins a tie").isEqualTo(new Membership(false, 2));
  }

  @Test
  void groupSnapshotsMustBeSoundAndComeFromAMember() {
    ConversationSummary group = createLunch();
    GroupSnapshot snapshot = new GroupSnapshot(group.id(), "Lunch", "alice.os",
        Map.of("alice.os", new Membership(true, 1), "dave.os", new Membership(true, 2)));

    assertThat(bob.applyGroup("carol.os", snapshot, DeliveryKind.GROUP_UPDATE, network.now))
        .as("carol is not active in what she sends").isEqualTo(Result.err(Rejection.INVALID));
    assertThat(bob.applyGroup("alice.os", snapshot, DeliveryKind.GROUP_LEAVE, network.now))
        .as("a leave must show its sender gone").isEqualTo(Result.err(Rejection.INVALID));
    assertThat(bob.applyGroup("alice.os", new GroupSnapshot("dm:x", "Lunch", "alice.os",
        snapshot.members()), DeliveryKind.GROUP_JOIN, network.now))
        .isEqualTo(Result.err(Rejection.INVALID));
    assertThat(bob.applyGroup("alice.os", new GroupSnapshot(group.id(), "Lunch", "alice.os",
        Map.of("alice.os", new Membership(true, 0))), DeliveryKind.GROUP_UPDATE, network.now))
        .isEqualTo(Result.err(Rejection.INVALID));
    assertThat(dave.applyGroup("alice.os", new GroupSnapshot("group:other", "X", "alice.os",
        Map.of("alice.os", new Membership(true, 1))), DeliveryKind.GROUP_JOIN, network.now))
        .as("an invitation that does not include us").isEqualTo(Result.err(Rejection.NOT_A_MEMBER));
    assertThat(dave.applyGroup("alice.os", new GroupSnapshot("group:other", "X", "alice.os",
        Map.of("alice.os", new Membership(true, 1))), DeliveryKind.GROUP_UPDATE, network.now))
        .isEqualTo(Result.err(Rejection.UNKNOWN_CONVERSATION));

    assertThat(bob.applyGroup("alice.os", snapshot, DeliveryKind.GROUP_UPDATE, network.now))
        .isEqualTo(Result.ok(true));
    assertThat(bob.applyGroup("alice.os", snapshot, DeliveryKind.GROUP_UPDATE, network.now))
        .as("the same news twice changes nothing").isEqualTo(Result.ok(false));
  }

  private ConversationSummary createLunch() {
    ConversationSummary group = alice.createGroup("Lunch", List.of("bob.os", "carol.os"),
        network.now).orElseThrow();
    network.deliverAll();
    return group;
  }

  private static <T> List<List<T>> permutations(List<T> items) {
    if (items.isEmpty()) {
      return List.of(List.of());
    }
    List<List<T>> all = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      List<T> rest = new ArrayList<>(items);
      T head = rest.remove(i);
      for (List<T> tail : permutations(rest)) {
        List<T> permutation = new ArrayList<>();
        permutation.add(head);
        permutation.addAll(tail);
        all.add(permutation);
      }
    }
    return all;
  }
}
