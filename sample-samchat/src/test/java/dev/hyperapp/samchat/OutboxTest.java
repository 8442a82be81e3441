package dev.hyperapp.samchat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxTest {

  private final Outbox outbox = new Outbox();

  @Test
  void backoffDoublesFromTwoSecondsUpToFiveMinutes() {
    assertThat(List.of(1, 2, 3, 4, 8, 9, 100, 10_000).stream()
        .map(Backoff.DEFAULT::delayAfter)
        .map(Duration::toSeconds))
        .containsExactly(2L, 4L, 8L, 16L, 256L, 300L, 300L, 300L);
  }

  @Test
  void eachPeerGetsItsEntriesOneAtATimeInOrder() {
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m1"), 0);
    outbox.enqueue(DeliveryKind.MESSAGE, "carol.os", "c", List.of("m2"), 0);
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m3"), 0);

    assertThat(outbox.duePeers(0)).containsExactly("bob.os", "carol.os");
    Delivery first = outbox.claimNext("bob.os").orElseThrow();
    assertThat(first.messageIds()).containsExactly("m1");
    assertThat(outbox.claimNext("bob.os")).as("one entry in flight per peer").isEmpty();
    assertThat(outbox.duePeers(0)).containsExactly("carol.os");

    outbox.succeeded(first);
    assertThat(outbox.claimNext("bob.os").orElseThrow().messageIds()).containsExactly("m3");
  }

  @Test
  void anUnreachablePeerIsTriedAgainAfterAGrowingWait() {
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m1"), 0);

    assertThat(outbox.failed(outbox.claimNext("bob.os").orElseThrow(), 10_000)).isEmpty();
    assertThat(outbox.duePeers(11_999)).isEmpty();
    assertThat(outbox.nextAttemptAt()).hasValue(12_000);
    assertThat(outbox.duePeers(12_000)).containsExactly("bob.os");

    outbox.failed(outbox.claimNext("bob.os").orElseThrow(), 12_000);
    assertThat(outbox.nextAttemptAt()).hasValue(16_000);
    assertThat(outbox.entries()).singleElement()
        .satisfies(entry -> assertThat(entry.attempts()).isEqualTo(2));

    outbox.succeeded(outbox.claimNext("bob.os").orElseThrow());
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m2"), 20_000);
    assertThat(outbox.duePeers(20_000)).as("success resets the wait").containsExactly("bob.os");
  }

  @Test
  void aPeerThatGetsInTouchIsDueAtOnce() {
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m1"), 0);
    outbox.failed(outbox.claimNext("bob.os").orElseThrow(), 0);
    assertThat(outbox.duePeers(1)).isEmpty();

    assertThat(outbox.peerSeen("bob.os")).isTrue();
    assertThat(outbox.duePeers(1)).containsExactly("bob.os");
    assertThat(outbox.peerSeen("carol.os")).as("nothing waits for carol").isFalse();
  }

  @Test
  void entriesThatWaitedTooLongAreGivenUp() {
    outbox.useBackoff(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(10)));
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("old"), 0);
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("new"), 5_000);

    assertThat(outbox.failed(outbox.claimNext("bob.os").orElseThrow(), 9_999)).isEmpty();
    List<Delivery> expired = outbox.failed(outbox.claimNext("bob.os").orElseThrow(), 10_000);

    assertThat(expired).extracting(Delivery::messageIds).containsExactly(List.of("old"));
    assertThat(outbox.entries()).extracting(Delivery::messageIds).containsExactly(List.of("new"));
  }

  @Test
  void receiptsForTheSamePeerAndConversationFoldTogether() {
    outbox.enqueue(DeliveryKind.DELIVERED_RECEIPT, "bob.os", "c", List.of("m1", "m2"), 0);
    outbox.enqueue(DeliveryKind.DELIVERED_RECEIPT, "bob.os", "c", List.of("m2", "m3"), 0);
    outbox.enqueue(DeliveryKind.DELIVERED_RECEIPT, "bob.os", "other", List.of("x"), 0);

    assertThat(outbox.entries()).extracting(Delivery::messageIds)
        .containsExactly(List.of("m1", "m2", "m3"), List.of("x"));

    outbox.enqueue(DeliveryKind.READ_RECEIPT, "bob.os", "c", List.of("m1", "m2"), 0);
    assertThat(outbox.entries()).extracting(Delivery::kind, Delivery::messageIds).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DeliveryKind.DELIVERED_RECEIPT, List.of("m3")),
        org.assertj.core.groups.Tuple.tuple(DeliveryKind.DELIVERED_RECEIPT, List.of("x")),
        org.assertj.core.groups.Tuple.tuple(DeliveryKind.READ_RECEIPT, List.of("m1", "m2")));

    outbox.enqueue(DeliveryKind.READ_RECEIPT, "bob.os", "c", List.of("m3"), 0);
    assertThat(outbox.entries()).extracting(Delivery::kind)
        .containsExactly(DeliveryKind.DELIVERED_RECEIPT, DeliveryKind.READ_RECEIPT);
  }

  @Test
  void anEntryBeingSentIsNeitherFoldedIntoNorDropped() {
    outbox.enqueue(DeliveryKind.READ_RECEIPT, "bob.os", "c", List.of("m1"), 0);
    Delivery inFlight = outbox.claimNext("bob.os").orElseThrow();
    outbox.enqueue(DeliveryKind.READ_RECEIPT, "bob.os", "c", List.of("m2"), 0);

    assertThat(outbox.entries()).hasSize(2);
    assertThat(outbox.drop(entry -> true)).extracting(Delivery::messageIds)
        .containsExactly(List.of("m2"));
    assertThat(outbox.entries()).containsExactly(inFlight);
  }

  @Test
  void aPendingInvitationAlreadyCarriesAnyLaterGroupChange() {
    outbox.enqueue(DeliveryKind.GROUP_JOIN, "bob.os", "g", List.of(), 0);
    outbox.enqueue(DeliveryKind.GROUP_UPDATE, "bob.os", "g", List.of(), 0);
    outbox.enqueue(DeliveryKind.GROUP_UPDATE, "carol.os", "g", List.of(), 0);
    outbox.enqueue(DeliveryKind.GROUP_UPDATE, "carol.os", "g", List.of(), 0);

    assertThat(outbox.entries()).extracting(Delivery::kind, Delivery::peer).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DeliveryKind.GROUP_JOIN, "bob.os"),
        org.assertj.core.groups.Tuple.tuple(DeliveryKind.GROUP_UPDATE, "carol.os"));
  }

  @Test
  void messagesNeverFold() {
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m1"), 0);
    outbox.enqueue(DeliveryKind.MESSAGE, "bob.os", "c", List.of("m2"), 0);

    assertThat(outbox.entries()).hasSize(2);
  }
}
