package dev.hyperapp.runtime.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.runtime.kernel.Message;
import dev.hyperapp.runtime.kernel.Reply;
import dev.hyperapp.runtime.net.PeerMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How kernel messages and replies are written into peer messages and read back. */
class EnvelopeTest {

  private static final Address SOURCE = Address.parse("alice.os@chat:chat:test.os");
  private static final Address TARGET = Address.parse("bob.os@chat:chat:test.os");

  @Test
  void aRequestKeepsEverythingButTheClaimedSourceNode() {
    Message sent = Message.request(42, SOURCE, TARGET, bytes("{\"Send\":\"hi\"}"))
        .withTimeout(Duration.ofMillis(1500))
        .withMetadata(Map.of("trace", "t-1", "lang", "en"))
        .withBlob(new Blob("image/png", new byte[] {9, 8}));

    Message received = ((Envelope.Request) Envelope.read("carol.os", Envelope.request(sent))).message();

    assertThat(received.id()).isEqualTo(42);
    assertThat(received.source()).isEqualTo(Address.parse("carol.os@chat:chat:test.os"));
    assertThat(received.target()).isEqualTo(TARGET);
    assertThat(received.expectsResponse()).contains(Duration.ofMillis(1500));
    assertThat(received.body()).isEqualTo(sent.body());
    assertThat(received.metadata()).isEqualTo(sent.metadata());
    assertThat(received.blob()).isEqualTo(sent.blob());
  }

  @Test
  void theSameRequestFromTwoPeersComesFromEachPeer() {
    PeerMessage sent = Envelope.request(Message.request(5, SOURCE, TARGET, bytes("{\"Ping\":null}")));

    Message fromAlice = ((Envelope.Request) Envelope.read("alice.os", sent)).message();
    Message fromCarol = ((Envelope.Request) Envelope.read("carol.os", sent)).message();
    Message fromAliceAgain = ((Envelope.Request) Envelope.read("alice.os", sent)).message();

    assertThat(fromAlice.source()).isEqualTo(SOURCE);
    assertThat(fromCarol.source()).isEqualTo(Address.parse("carol.os@chat:chat:test.os"));
    assertThat(fromAliceAgain.source()).isEqualTo(SOURCE);
  }

  @Test
  void aRequestWithAnInvalidAddressIsRefusedEveryTime() {
    PeerMessage bad = new PeerMessage(bytes("{\"v\":1,\"kind\":\"request\",\"id\":3,"
        + "\"source\":\"alice.os@chat:chat:test.os\",\"target\":\"bob.os@Chat:chat:test.os\"}"), new byte[0]);

    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> Envelope.read("alice.os", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Chat");
    }
  }

  @Test
  void aFireAndForgetMessageHasNoTimeout() {
    Message sent = Message.request(1, SOURCE, TARGET, bytes("{\"Ping\":null}")).withoutResponse();

    Message received = ((Envelope.Request) Envelope.read("alice.os", Envelope.request(sent))).message();

    assertThat(received.expectsResponse()).isEmpty();
  }

  @Test
  void repliesKeepTheirResultBlobAndError() {
    Reply json = answer(new Reply.Success(bytes("\"ok\""), new Blob("text/plain", bytes("x"))));
    Reply none = answer(new Reply.Success(null, null));
    Reply failed = answer(new Reply.Failure(
        new DispatchError(ErrorCode.WRONG_TYPE, "Not a number", "$.Add[1]")));

    assertThat(((Reply.Success) json).json()).isEqualTo(bytes("\"ok\""));
    assertThat(((Reply.Success) json).blob()).isEqualTo(new Blob("text/plain", bytes("x")));
    assertThat(((Reply.Success) none).json()).isNull();
    assertThat(((Reply.Success) none).blob()).isNull();
    assertThat(((Reply.Failure) failed).error())
        .isEqualTo(new DispatchError(ErrorCode.WRONG_TYPE, "Not a number", "$.Add[1]"));
  }

  @Test
  void fieldsOfALaterVersionAreSkipped() {
    PeerMessage sent = new PeerMessage(bytes("{\"v\":1,\"kind\":\"request\",\"id\":9,"
        + "\"trace\":{\"spans\":[1,{\"kind\":\"reply\"}]},\"source\":\"alice.os@chat:chat:test.os\","
        + "\"target\":\"bob.os@chat:chat:test.os\",\"priority\":[\"high\"],\"timeoutMs\":250,"
        + "\"metadata\":{\"lang\":\"en\",\"nested\":{\"a\":1}}}"), bytes("{}"));

    Message received = ((Envelope.Request) Envelope.read("alice.os", sent)).message();

    assertThat(received.id()).isEqualTo(9);
    assertThat(received.target()).isEqualTo(TARGET);
    assertThat(received.expectsResponse()).contains(Duration.ofMillis(250));
    assertThat(received.metadata()).isEqualTo(Map.of("lang", "en"));
  }

  @Test
  void whatIsNotAnEnvelopeIsRefused() {
    assertThatThrownBy(() -> Envelope.read("bob.os", new PeerMessage(bytes("not json"), new byte[0])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Envelope.read("bob.os", new PeerMessage(bytes("{\"v\":2,\"id\":1}"), new byte[0])))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Envelope.read("bob.os",
        new PeerMessage(bytes("{\"v\":1,\"id\":1,\"kind\":\"gossip\"}"), new byte[0])))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Reply answer(Reply reply) {
    Envelope.Answer answer = (Envelope.Answer) Envelope.read("bob.os", Envelope.reply(7, reply));
    assertThat(answer.id()).isEqualTo(7);
    return answer.reply();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
