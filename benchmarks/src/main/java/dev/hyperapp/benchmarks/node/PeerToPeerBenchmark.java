package dev.hyperapp.benchmarks.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.benchmarks.node.apps.PongCallerDispatcher;
import dev.hyperapp.benchmarks.node.apps.PongDispatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Remote request/response between two nodes on loopback against two peers, each doing the same round
 * trip with the same payload (a string of {@code payloadBytes} ASCII letters, echoed back):
 * <ul>
 *   <li>node: alice's kernel sends a request to bob's {@code Pong} process, whose {@code @Remote}
 *       handler answers with the payload; both nodes run in this JVM, each with its own peer network
 *       on its own loopback port, linked by TLS 1.3 (the benchmark thread is no process: it enters
 *       alice through the kernel's request API);
 *   <li>nodeViaProcess: the same round trip made by a process on alice ({@code PongCaller}, asked by
 *       the benchmark thread through the kernel), whose reply continues on its mailbox as an app's
 *       call to another node does; nodeViaProcessFromHttp: the same, the benchmark thread calling
 *       {@code PongCaller} as alice's HTTP server's I/O thread would (so the call itself takes no
 *       hand-off when the process is idle, and only the reply's way back is measured);
 *   <li>tls: a bare JDK TLS 1.3 socket ping-pong of the payload bytes, length-prefixed;
 *   <li>pekko: Apache Pekko Artery over {@code tls-tcp} between two actor systems, {@code ask} to an
 *       echo actor.
 * </ul>
 * {@code *RoundTrip} waits for each answer (JMH sample time: p50, p99); {@code *Pipelined} keeps
 * {@value RequestResponseBenchmark#WINDOW} requests in flight (throughput).
 */
// On the loaded 2-core machine the JIT needs far longer than the other benchmarks' 3x2 s to settle:
// the node's pipelined figure was still climbing tenfold after 5x3 s.
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 8, time = 3)
// See RequestResponseBenchmark: on 2 cores the JDK's common pool is off, which cripples Pekko's ask.
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2")
public class PeerToPeerBenchmark {

  /** The bare TLS side sends a whole window before reading: it must fit in loopback socket buffers. */
  private static final int MAX_PAYLOAD_BYTES = 1024;
  private static final ProcessId PONG = new ProcessId("pong", "pong", "bench.os");
  private static final ProcessId PONG_CALLER = new ProcessId("pong-caller", "pong-caller", "bench.os");

  /** The payload every side sends and expects back. */
  @State(Scope.Benchmark)
  public static class Payload {
    @Param("256")
    public int payloadBytes;

    String text;
    byte[] bytes;

    @Setup(Level.Trial)
    public void make() {
      if (payloadBytes < 1 || payloadBytes > MAX_PAYLOAD_BYTES) {
        throw new IllegalArgumentException("payloadBytes must be 1.." + MAX_PAYLOAD_BYTES);
      }
      StringBuilder letters = new StringBuilder(payloadBytes);
      for (int i = 0; i < payloadBytes; i++) {
        letters.append((char) ('a' + i % 26));
      }
      text = letters.toString();
      bytes = text.getBytes(StandardCharsets.US_ASCII);
    }
  }

  @State(Scope.Benchmark)
  public static class NodeSide {
    Path directory;
    BenchNode alice;
    BenchNode bob;
    String request;
    String callerRequest;
    String expectedReply;

    @Setup(Level.Trial)
    public void start(Payload payload) {
      directory = BenchNode.temporaryFolder("hyperapp-bench-directory-");
      bob = BenchNode.startLinked("bob.os", directory, new PongDispatcher());
      alice = BenchNode.startLinked("alice.os", directory, new PongCallerDispatcher());
      // Letters need no JSON escaping.
      expectedReply = "\"" + payload.text + "\"";
      request = "{\"Echo\":" + expectedReply + "}";
      callerRequest = "{\"Ask\":" + expectedReply + "}";
      ask().join();
      askViaProcess().join();
      askViaProcessFromHttp().join();
    }

    @TearDown(Level.Trial)
    public void stop() {
      alice.close();
      bob.close();
      BenchNode.deleteTree(directory);
    }

    CompletableFuture<String> ask() {
      return alice.request("bob.os", PONG, request).thenApply(reply -> checked(expectedReply, reply));
    }

    CompletableFuture<String> askViaProcess() {
      return alice.request(PONG_CALLER, callerRequest).thenApply(reply -> checked(expectedReply, reply));
    }

    CompletableFuture<String> askViaProcessFromHttp() {
      return alice.requestAsHttp(PONG_CALLER, callerRequest)
          .thenApply(reply -> checked(expectedReply, reply));
    }
  }

  @State(Scope.Benchmark)
  public static class TlsSide {
    BenchKeyStore keys;
    TlsPingPong link;

    @Setup(Level.Trial)
    public void start() {
      keys = BenchKeyStore.create();
      link = TlsPingPong.start(keys.tlsContext());
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      link.close();
      keys.close();
    }
  }

  @State(Scope.Benchmark)
  public static class PekkoSide {
    BenchKeyStore keys;
    ArteryPingPong link;
    String payload;

    @Setup(Level.Trial)
    public void start(Payload payload) throws Exception {
      this.payload = payload.text;
      keys = BenchKeyStore.create();
      link = ArteryPingPong.start(keys);
      ask().join();
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      link.close();
      keys.close();
    }

    CompletableFuture<String> ask() {
      return link.ask(payload).thenApply(reply -> checked(payload, reply));
    }
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String nodeRoundTrip(NodeSide side) {
    return side.ask().join();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String nodeViaProcessRoundTrip(NodeSide side) {
    return side.askViaProcess().join();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String nodeViaProcessFromHttpRoundTrip(NodeSide side) {
    return side.askViaProcessFromHttp().join();
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public byte[] tlsRoundTrip(TlsSide side, Payload payload) throws IOException {
    return side.link.roundTrip(payload.bytes);
  }

  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public String pekkoRoundTrip(PekkoSide side) {
    return side.ask().join();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(RequestResponseBenchmark.WINDOW)
  public void nodePipelined(NodeSide side) {
    RequestResponseBenchmark.window(side::ask);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(RequestResponseBenchmark.WINDOW)
  public void tlsPipelined(TlsSide side, Payload payload) throws IOException {
    side.link.pipelined(payload.bytes, RequestResponseBenchmark.WINDOW);
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(RequestResponseBenchmark.WINDOW)
  public void pekkoPipelined(PekkoSide side) {
    RequestResponseBenchmark.window(side::ask);
  }

  private static String checked(String expected, String reply) {
    if (!expected.equals(reply)) {
      throw new IllegalStateException("Expected the payload back, got " + reply.length() + " chars");
    }
    return reply;
  }
}
