package dev.hyperapp.benchmarks.node;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.AbstractActor;
import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Address;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;

/**
 * The Pekko peer of the node's remote calls: two actor systems in one JVM, each with its own Artery
 * remoting on a free loopback port over {@code tls-tcp} (TLS 1.3, both sides authenticated, the
 * suite the JDK picks for the node's links), and an echo actor on the second. The benchmark thread
 * asks the echo actor through the first system; payloads are strings (Pekko's own string serializer).
 */
final class ArteryPingPong implements AutoCloseable {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final ActorSystem caller;
  private final ActorSystem callee;
  private final ActorRef echo;

  private ArteryPingPong(ActorSystem caller, ActorSystem callee, ActorRef echo) {
    this.caller = caller;
    this.callee = callee;
    this.echo = echo;
  }

  static ArteryPingPong start(BenchKeyStore keys) throws Exception {
    ActorSystem callee = ActorSystem.create("callee", config(keys));
    callee.actorOf(Props.create(Echo.class, Echo::new), "echo");
    Address address = ((ExtendedActorSystem) callee).provider().getDefaultAddress();
    ActorSystem caller = ActorSystem.create("caller", config(keys));
    ActorRef echo = caller.actorSelection(address + "/user/echo").resolveOne(TIMEOUT)
        .toCompletableFuture().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    return new ArteryPingPong(caller, callee, echo);
  }

  private static Config config(BenchKeyStore keys) {
    String engine = "pekko.remote.artery.ssl.config-ssl-engine.";
    String store = keys.file().toString();
    return ConfigFactory.parseMap(Map.ofEntries(
            Map.entry("pekko.loglevel", "WARNING"),
            Map.entry("pekko.actor.provider", "remote"),
            Map.entry("pekko.remote.artery.transport", "tls-tcp"),
            Map.entry("pekko.remote.artery.canonical.hostname", "127.0.0.1"),
            Map.entry("pekko.remote.artery.canonical.port", 0),
            Map.entry(engine + "key-store", store),
            Map.entry(engine + "trust-store", store),
            Map.entry(engine + "key-store-password", keys.password()),
            Map.entry(engine + "key-password", keys.password()),
            Map.entry(engine + "trust-store-password", keys.password()),
            Map.entry(engine + "protocol", "TLSv1.3"),
            Map.entry(engine + "enabled-algorithms", List.of("TLS_AES_256_GCM_SHA384"))))
        .withFallback(ConfigFactory.load());
  }

  /** Asks the echo actor on the other system with {@code payload}; completes with the answer. */
  CompletableFuture<String> ask(String payload) {
    return Patterns.ask(echo, payload, TIMEOUT).toCompletableFuture().thenApply(String.class::cast);
  }

  @Override
  public void close() throws Exception {
    caller.terminate();
    callee.terminate();
    caller.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
    callee.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  /** Answers every message with itself. */
  static final class Echo extends AbstractActor {
    @Override
    public Receive createReceive() {
      return receiveBuilder().matchAny(message -> getSender().tell(message, getSelf())).build();
    }
  }
}
