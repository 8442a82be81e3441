package dev.hyperapp.benchmarks.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.benchmarks.node.apps.EchoDispatcher;
import dev.hyperapp.benchmarks.node.apps.RelayDispatcher;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Local request/response between two processes of one node against Apache Pekko typed {@code ask}
 * between two actors. Both do the same work: the benchmark thread asks A; A asks B for {@code value +
 * 1} and answers with B's reply. On the node, the benchmark thread enters A through the kernel's
 * request API (it is no process), and A's {@code @Local} handler calls B's {@code @Local} handler
 * through the generated {@code EchoClient}, returning its stage. In Pekko, the benchmark thread uses
 * {@code AskPattern.ask} and A uses {@code ActorContext.ask}.
 *
 * <p>{@code *OneInFlight} waits for each reply before the next request (latency bound);
 * {@code *Window} keeps {@value #WINDOW} requests in flight (throughput bound).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// On the shared 2-core machine the node's path (kernel, dispatcher, Jackson) was still being compiled
// after 3 x 2 s: its scores kept rising through the measurement. Both sides warm up for 5 x 4 s.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 2)
// With 2 cores the JDK disables its common pool (parallelism = cores - 1 = 1) and runs every default
// *Async stage completion on a new thread; Pekko's Java ask completes through such stages, which made
// it 30x slower. Both sides run with the pool on, as a Pekko user on a small machine would configure it.
@Fork(value = 1, jvmArgsAppend = "-Djava.util.concurrent.ForkJoinPool.common.parallelism=2")
public class RequestResponseBenchmark {

  static final int WINDOW = 64;
  private static final ProcessId RELAY = new ProcessId("relay", "relay", "bench.os");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @State(Scope.Benchmark)
  public static class NodeSide {
    BenchNode node;
    int next;

    @Setup(Level.Trial)
    public void start() {
      node = BenchNode.start("bench", new RelayDispatcher(), new EchoDispatcher());
    }

    @TearDown(Level.Trial)
    public void stop() {
      node.close();
    }

    CompletableFuture<Integer> ask() {
      int value = next++;
      return node.request(RELAY, "{\"Relay\":" + value + "}")
          .thenApply(json -> checked(value, Integer.parseInt(json)));
    }
  }

  @State(Scope.Benchmark)
  public static class PekkoSide {
    ActorSystem<RelayRequest> system;
    int next;

    @Setup(Level.Trial)
    public void start() {
      system = ActorSystem.create(relay(), "request-response");
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    CompletableFuture<Integer> ask() {
      int value = next++;
      CompletionStage<Integer> reply = AskPattern.ask(
          system, replyTo -> new RelayRequest(value, replyTo), TIMEOUT, system.scheduler());
      return reply.toCompletableFuture().thenApply(echoed -> checked(value, echoed));
    }
  }

  @Benchmark
  public int nodeOneInFlight(NodeSide side) {
    return side.ask().join();
  }

  @Benchmark
  public int pekkoOneInFlight(PekkoSide side) {
    return side.ask().join();
  }

  @Benchmark
  @OperationsPerInvocation(WINDOW)
  public void nodeWindow(NodeSide side) {
    window(side::ask);
  }

  @Benchmark
  @OperationsPerInvocation(WINDOW)
  public void pekkoWindow(PekkoSide side) {
    window(side::ask);
  }

  /** Sends {@value #WINDOW} requests, then waits for every reply. */
  static void window(Supplier<? extends CompletableFuture<?>> ask) {
    CompletableFuture<?>[] replies = new CompletableFuture<?>[WINDOW];
    for (int i = 0; i < WINDOW; i++) {
      replies[i] = ask.get();
    }
    CompletableFuture.allOf(replies).join();
  }

  private static int checked(int sent, int echoed) {
    if (echoed != sent + 1) {
      throw new IllegalStateException("Sent " + sent + ", got " + echoed);
    }
    return echoed;
  }

  /** What A receives from the benchmark thread. */
  record RelayRequest(int value, ActorRef<Integer> replyTo) implements RelayMessage {}

  /** B's answer, adapted into A's protocol by {@code ActorContext.ask}, with whom to send it on to. */
  record Echoed(int value, ActorRef<Integer> replyTo) implements RelayMessage {}

  /** What A handles. */
  interface RelayMessage {}

  /** What B receives. */
  record EchoRequest(int value, ActorRef<Integer> replyTo) {}

  /** A: spawns B, then asks it for every request and relays its answer. */
  static Behavior<RelayRequest> relay() {
    Behavior<RelayMessage> relay = Behaviors.setup(context -> {
      ActorRef<EchoRequest> echo = context.spawn(echo(), "echo");
      return Behaviors.receive(RelayMessage.class)
          .onMessage(RelayRequest.class, request -> {
            context.ask(Integer.class, echo, TIMEOUT,
                replyTo -> new EchoRequest(request.value(), replyTo),
                (echoed, failure) -> {
                  if (failure != null) {
                    throw new IllegalStateException("B did not answer", failure);
                  }
                  return new Echoed(echoed, request.replyTo());
                });
            return Behaviors.same();
          })
          .onMessage(Echoed.class, echoed -> {
            echoed.replyTo().tell(echoed.value());
            return Behaviors.same();
          })
          .build();
    });
    return relay.narrow();
  }

  /** B: answers {@code value + 1}. */
  static Behavior<EchoRequest> echo() {
    return Behaviors.receive(EchoRequest.class)
        .onMessage(EchoRequest.class, request -> {
          request.replyTo().tell(request.value() + 1);
          return Behaviors.same();
        })
        .build();
  }
}
