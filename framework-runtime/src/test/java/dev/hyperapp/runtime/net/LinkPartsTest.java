package dev.hyperapp.runtime.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.Blob;
import dev.hyperapp.runtime.identity.HostPort;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LinkPartsTest {

  @Test
  void framesRoundTripAndAnOversizedOneIsRefusedBeforeItsPayloadIsRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FrameWriter writer = new FrameWriter(bytes);
    PeerMessage message = new PeerMessage("head".getBytes(), "body".getBytes());
    writer.message(message);
    writer.message(new PeerMessage(new byte[0], new byte[500]));

    FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));
    FrameReader.Frame frame = reader.read(100);
    PeerMessage read = Wire.message(frame.payload(), 100);

    assertThat(frame.type()).isEqualTo(FrameType.MESSAGE);
    assertThat(read.header()).isEqualTo(message.header());
    assertThat(read.body()).isEqualTo(message.body());
    assertThatThrownBy(() -> reader.read(100))
        .isInstanceOf(ProtocolViolation.class)
        .hasMessageContaining("over the limit of 100");
  }

  @Test
  void bufferedMessagesLeaveTogetherOnFlushInOrder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FrameWriter writer = new FrameWriter(bytes);
    writer.bufferMessage(new PeerMessage("1".getBytes(), "first".getBytes()));
    writer.bufferMessage(new PeerMessage("2".getBytes(), "second".getBytes()));

    assertThat(bytes.size()).isZero();

    writer.flush();
    FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(Wire.message(reader.read(100).payload(), 100).body()).isEqualTo("first".getBytes());
    assertThat(Wire.message(reader.read(100).payload(), 100).body()).isEqualTo("second".getBytes());
  }

  @Test
  void refusesUnknownFrameTypesAndMalformedPayloads() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(1);
    out.writeByte(99);

    assertThatThrownBy(() -> new FrameReader(new ByteArrayInputStream(bytes.toByteArray())).read(10))
        .isInstanceOf(ProtocolViolation.class)
        .hasMessageContaining("unknown frame type 99");
    assertThatThrownBy(() -> Wire.message(new byte[] {0, 0, 0, 9, 1}, 100))
        .isInstanceOf(ProtocolViolation.class);
    assertThatThrownBy(() -> Hello.decode(new byte[3])).isInstanceOf(ProtocolViolation.class);
  }

  @Test
  void aBlobIsReassembledFromItsChunksAndMayNotOverflow() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    FrameWriter writer = new FrameWriter(bytes);
    PeerMessage message = new PeerMessage("h".getBytes(), "b".getBytes(), new Blob("text/plain", "hello blob".getBytes()));
    writer.blobStart(message);
    FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes.toByteArray()));

    InboundBlob blob = InboundBlob.start(reader.read(1000).payload(), 1000);
    blob.append("hello ".getBytes());
    assertThat(blob.complete()).isFalse();
    blob.append("blob".getBytes());

    assertThat(blob.complete()).isTrue();
    assertThat(blob.message().blob()).isEqualTo(message.blob());
    assertThatThrownBy(() -> blob.append(new byte[1])).isInstanceOf(ProtocolViolation.class);
    assertThatThrownBy(() -> InboundBlob.start(new FrameReader(new ByteArrayInputStream(bytes.toByteArray()))
            .read(1000).payload(), 5))
        .isInstanceOf(ProtocolViolation.class)
        .hasMessageContaining("over the limit of 5");
  }

  @Test
  void theOutboxIsBoundedByCountAndBytesUntilMessagesAreReleased() throws InterruptedException {
    Outbox outbox = new Outbox(2, 100);
    Outbox.Outgoing first = new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[60]));
    Outbox.Outgoing second = new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[30]));
    Outbox.Outgoing third = new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[20]));

    assertThat(outbox.offer(first)).isTrue();
    assertThat(outbox.offer(third)).isTrue();
    assertThat(outbox.offer(second)).as("count").isFalse();
    assertThat(outbox.takeTurn(0)).isTrue();
    assertThat(outbox.next()).isSameAs(first);
    assertThat(outbox.offer(second)).as("still held until released").isFalse();
    outbox.release(first);
    assertThat(outbox.offer(second)).isTrue();

    Outbox.Outgoing taken = outbox.next();
    outbox.putBack(taken);
    assertThat(outbox.next()).isSameAs(third);
    assertThat(outbox.next()).isSameAs(second);
    assertThat(outbox.next()).isNull();
    outbox.endTurn();
    assertThat(outbox.takeTurn(TimeUnit.MILLISECONDS.toNanos(1))).as("nothing queued").isFalse();
  }

  @Test
  void aSenderWritesItsMessageItselfOnlyWhenNothingIsQueuedOrBeingWritten() throws InterruptedException {
    Outbox outbox = new Outbox(10, 1000);
    Outbox.Outgoing first = new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[10]));
    Outbox.Outgoing second = new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[10]));
    Outbox.Outgoing third = new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[10]));

    assertThat(outbox.claim(first, true)).isEqualTo(Outbox.Claim.WRITE_NOW);
    assertThat(outbox.claim(second, true)).as("the turn is taken").isEqualTo(Outbox.Claim.QUEUED);
    outbox.endTurn();
    assertThat(outbox.claim(third, true)).as("a message is queued").isEqualTo(Outbox.Claim.QUEUED);
    assertThat(outbox.takeTurn(0)).isTrue();
    assertThat(outbox.next()).isSameAs(second);
    assertThat(outbox.next()).isSameAs(third);
    outbox.endTurn();

    outbox.requestFlush();
    assertThat(outbox.claim(new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[1])), true))
        .as("encrypted bytes wait to be flushed").isEqualTo(Outbox.Claim.QUEUED);
    assertThat(outbox.claim(new Outbox.Outgoing(new PeerMessage(new byte[0], new byte[1000])), true))
        .isEqualTo(Outbox.Claim.FULL);
  }

  @Test
  void backoffDoublesUpToItsCapWithJitterAndResets() {
    Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350));
    long[] expected = {100, 200, 350, 350};
    for (long millis : expected) {
      assertThat(TimeUnit.NANOSECONDS.toMillis(backoff.nextDelayNanos()))
          .isBetween((long) (millis * 0.8) - 1, (long) (millis * 1.2) + 1);
    }
    backoff.reset();
    assertThat(TimeUnit.NANOSECONDS.toMillis(backoff.nextDelayNanos())).isBetween(79L, 121L);
  }

  @Test
  void aConfigurationOutsideItsBoundsIsRefused() {
    NetworkConfig defaults = NetworkConfig.defaults();

    assertThatThrownBy(() -> defaults.withMaxMessageSize(0)).hasMessageContaining("maxMessageSize");
    assertThatThrownBy(() -> defaults.withMaxMessageSize(Integer.MAX_VALUE))
        .hasMessageContaining("at most");
    assertThatThrownBy(() -> defaults.withHeartbeat(Duration.ofSeconds(5), Duration.ofSeconds(5)))
        .hasMessageContaining("heartbeatTimeout");
    assertThatThrownBy(() -> defaults.withReconnectDelays(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("reconnectMaxDelay");
    assertThatThrownBy(() -> defaults.withWriteStallTimeout(Duration.ZERO))
        .hasMessageContaining("writeStallTimeout must be positive");
    assertThatThrownBy(() -> defaults.withCloseTimeout(Duration.ofSeconds(-1)))
        .hasMessageContaining("closeTimeout must be positive");
    assertThat(defaults.maxMessageSize()).isEqualTo(10 * 1024 * 1024);
  }

  @Test
  void eachWithMethodChangesWhatItNamesAndKeepsTheRest() {
    NetworkConfig defaults = NetworkConfig.defaults();
    Duration odd = Duration.ofMillis(1234);

    assertChangedOnly(defaults, defaults.withMaxMessageSize(4096), "maxMessageSize");
    assertChangedOnly(defaults, defaults.withQueueLimits(7, 8), "maxQueuedMessages", "maxQueuedBytes");
    assertChangedOnly(defaults, defaults.withBlobChunkSize(512), "blobChunkSize");
    assertChangedOnly(defaults, defaults.withHeartbeat(odd, odd.multipliedBy(2)),
        "heartbeatInterval", "heartbeatTimeout");
    assertChangedOnly(defaults, defaults.withIdleTimeout(odd), "idleTimeout");
    assertChangedOnly(defaults, defaults.withWriteStallTimeout(odd), "writeStallTimeout");
    assertChangedOnly(defaults, defaults.withCloseTimeout(odd), "closeTimeout");
    assertChangedOnly(defaults, defaults.withReconnectDelays(odd, odd.multipliedBy(3)),
        "reconnectInitialDelay", "reconnectMaxDelay");
    assertChangedOnly(defaults,
        defaults.withAdvertisedAddresses(List.of(new HostPort("example.org", 9000))),
        "advertisedAddresses");
    assertThat(defaults.withIdleTimeout(odd).idleTimeout()).isEqualTo(odd);
  }

  private static void assertChangedOnly(NetworkConfig before, NetworkConfig after, String... changed) {
    assertThat(after).usingRecursiveComparison().ignoringFields(changed).isEqualTo(before);
    for (String field : changed) {
      assertThat(after).usingRecursiveComparison().comparingOnlyFields(field).isNotEqualTo(before);
    }
  }
}
