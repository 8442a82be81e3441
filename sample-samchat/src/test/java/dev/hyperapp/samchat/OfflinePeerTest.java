package dev.hyperapp.samchat;

import static dev.hyperapp.samchat.DirectMessagesTest.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.rpc.RpcException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class OfflinePeerTest {

  private final ChatNetwork network = new ChatNetwork("alice.os", "bob.os");
  private final Chat alice = network.chat("alice.os");
  private final Chat bob = network.chat("bob.os");

  @Test
  void messagesWaitForAnOfflinePeerAndArriveInOrderWhenItGetsInTouch() {
    network.offline("bob.os");
    ChatMessage first = alice.send("bob.os", "one", null, null, network.now).orElseThrow();
    ChatMessage second = alice.send("bob.os", "two", null, null, network.now).orElseThrow();

    network.deliverAll();
    assertThat(status(alice, first.conversationId(), first.id())).isEqualTo(MessageStatus.SENDING);
    assertThat(alice.outbox().entries()).hasSize(2)
        .first().satisfies(entry -> assertThat(entry.attempts()).isEqualTo(1));

    network.online("bob.os");
    network.now += 1_000;
    network.deliverAll();
    assertThat(status(alice, first.conversationId(), first.id()))
        .as("not due before the wait is over").isEqualTo(MessageStatus.SENDING);

    bob.send("alice.os", "I'm back", null, null, network.now);
    network.deliverAll();

    assertThat(status(alice, first.conversationId(), first.id())).isEqualTo(MessageStatus.SENT);
    assertThat(status(alice, second.conversationId(), second.id())).isEqualTo(MessageStatus.SENT);
    assertThat(bob.messages(first.conversationId()).orElseThrow()).extracting(ChatMessage::text)
        .containsExactly("one", "two", "I'm back");
  }

  @Test
  void theWaitOverAnOfflinePeerEndsOnItsOwn() {
    network.offline("bob.os");
    ChatMessage sent = alice.send("bob.os", "one", null, null, network.now).orElseThrow();
    network.deliverAll();
    network.online("bob.os");

    network.now = alice.outbox().nextAttemptAt().orElseThrow();
    network.deliverAll();

    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.SENT);
  }

  @Test
  void aMessageFailsAfterAWeekAndCanBeSentAgain() {
    network.offline("bob.os");
    ChatMessage sent = alice.send("bob.os", "one", null, null, network.now).orElseThrow();
    long deadline = network.now + Backoff.DEFAULT.giveUpAfter().toMillis();
    while (alice.outbox().nextAttemptAt().isPresent()) {
      network.now = Math.max(network.now, alice.outbox().nextAttemptAt().getAsLong());
      network.deliverAll();
    }
    assertThat(network.now).isGreaterThanOrEqualTo(deadline)
        .isLessThan(deadline + Backoff.DEFAULT.longest().toMillis() + 1);
    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.FAILED);

    network.online("bob.os");
    ChatMessage retried = alice.retry(sent.conversationId(), sent.id(), network.now).orElseThrow();
    assertThat(retried.status()).isEqualTo(MessageStatus.SENDING);
    network.now += Duration.ofMinutes(5).toMillis();
    network.deliverAll();
    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.SENT);
    assertThat(DirectMessagesTest.error(alice.retry(sent.conversationId(), sent.id(), network.now)))
        .isEqualTo("Only a failed message of yours can be sent again");
  }

  @Test
  void aRefusalFailsTheMessageAtOnce() {
    ChatMessage sent = alice.send("bob.os", "one", null, null, network.now).orElseThrow();
    Delivery delivery = alice.outbox().claimNext("bob.os").orElseThrow();

    alice.settle(delivery, DeliveryOutcome.REFUSED, network.now);

    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.FAILED);
    assertThat(alice.outbox().entries()).isEmpty();
  }

  @Test
  void failuresThatMayPassAreRetriedAndTheOthersAreNot() {
    assertThat(DeliveryOutcome.of(rpc(ErrorCode.OFFLINE))).isEqualTo(DeliveryOutcome.UNREACHABLE);
    assertThat(DeliveryOutcome.of(new CompletionException(rpc(ErrorCode.TIMEOUT))))
        .isEqualTo(DeliveryOutcome.UNREACHABLE);
    assertThat(DeliveryOutcome.of(rpc(ErrorCode.NO_SUCH_PROCESS))).isEqualTo(DeliveryOutcome.UNREACHABLE);
    assertThat(DeliveryOutcome.of(rpc(ErrorCode.UNKNOWN_METHOD))).isEqualTo(DeliveryOutcome.REFUSED);
    assertThat(DeliveryOutcome.of(rpc(ErrorCode.WRONG_TYPE))).isEqualTo(DeliveryOutcome.REFUSED);
    assertThat(DeliveryOutcome.of(new IllegalStateException("link reset")))
        .isEqualTo(DeliveryOutcome.UNREACHABLE);

    assertThat(DeliveryOutcome.of(Result.ok(true))).isEqualTo(DeliveryOutcome.ACCEPTED);
    assertThat(DeliveryOutcome.of(Result.ok(false))).isEqualTo(DeliveryOutcome.ACCEPTED);
    assertThat(DeliveryOutcome.of(Result.err(Rejection.UNKNOWN_CONVERSATION)))
        .isEqualTo(DeliveryOutcome.UNREACHABLE);
    assertThat(DeliveryOutcome.of(Result.err(Rejection.NOT_A_MEMBER)))
        .isEqualTo(DeliveryOutcome.REFUSED);
    assertThat(DeliveryOutcome.of(Result.err(Rejection.LEFT_GROUP))).isEqualTo(DeliveryOutcome.GONE);
  }

  @Test
  void aReplyLostOnTheWayIsHarmless() {
    ChatMessage sent = alice.send("bob.os", "one", null, null, network.now).orElseThrow();
    Delivery delivery = alice.outbox().claimNext("bob.os").orElseThrow();
    alice.dispatch(delivery, network.peer("alice.os", "bob.os"));
    alice.settle(delivery, DeliveryOutcome.of(rpc(ErrorCode.TIMEOUT)), network.now);

    network.now += 2_000;
    network.deliverAll();

    assertThat(bob.messages(sent.conversationId()).orElseThrow()).hasSize(1);
    assertThat(status(alice, sent.conversationId(), sent.id())).isEqualTo(MessageStatus.SENT);
  }

  private static RpcException rpc(ErrorCode code) {
    return new RpcException(DispatchError.of(code, code.wireName()));
  }
}
