package dev.hyperapp.processor.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.rpc.Rpc;
import dev.hyperapp.api.rpc.RpcException;
import dev.hyperapp.api.rpc.RpcTransport;
import dev.hyperapp.processor.testing.Fixtures;
import dev.hyperapp.processor.testing.GeneratedClasses;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated client of the kitchen fixture against a transport written here: the request bodies it
 * writes, the typed results it decodes, its errors, and a round trip through the generated dispatcher.
 */
class KitchenClientTest {

  private static final Address BOB = Address.parse("bob.os@kitchen-sink:kitchen-sink:template.os");

  private static GeneratedClasses classes;
  private static Class<?> client;

  @BeforeAll
  static void compileAndLoad() {
    Compilation compilation = Fixtures.compile("kitchen/KitchenSink.java");
    assertThat(compilation).succeeded();
    classes = new GeneratedClasses(compilation);
    client = classes.load("test.kitchen.KitchenSinkClient");
  }

  /** Records every request and answers it with {@code answer}. */
  static final class Transport implements RpcTransport {
    final List<String> bodies = new ArrayList<>();
    final List<Address> targets = new ArrayList<>();
    final List<Duration> timeouts = new ArrayList<>();
    final Function<byte[], CompletionStage<RpcReply>> answer;

    Transport(Function<byte[], CompletionStage<RpcReply>> answer) {
      this.answer = answer;
    }

    static Transport replying(String json) {
      return new Transport(body -> CompletableFuture.completedFuture(new RpcReply(json.getBytes(UTF_8), null)));
    }

    @Override
    public String ourNode() {
      return "alice.os";
    }

    @Override
    public CompletionStage<RpcReply> request(Address target, byte[] body, Blob blob, Duration timeout) {
      bodies.add(new String(body, UTF_8));
      targets.add(target);
      timeouts.add(timeout);
      return answer.apply(body);
    }

    @Override
    public void send(Address target, byte[] body, Blob blob) {
      throw new UnsupportedOperationException("clients always expect a reply");
    }
  }

  private static Object at(RpcTransport transport) {
    return invoke(null, "at", new Class<?>[] {RpcTransport.class, Address.class}, transport, BOB);
  }

  /** Calls a method of the generated client (its types exist only in the compilation). */
  private static Object invoke(Object target, String name, Class<?>[] types, Object... arguments) {
    try {
      Method method = client.getMethod(name, types);
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object result(Object stage) {
    return ((CompletionStage<?>) stage).toCompletableFuture().join();
  }

  private static Throwable failure(Object stage) {
    return ((CompletionStage<?>) stage).handle((value, failure) -> failure).toCompletableFuture().join();
  }

  private static Object newRecord(String binaryName, Object... components) throws Exception {
    return classes.load(binaryName).getDeclaredConstructors()[0].newInstance(components);
  }

  @Test
  void writesTheEnvelopeAndDecodesTypedResults() throws Exception {
    Transport transport = Transport.replying("true");
    assertThat(result(invoke(at(transport), "ping", new Class<?>[] {String.class}, "alice.os"))).isEqualTo(true);

    Transport who = Transport.replying("[\"a:b:c\"]");
    Object ids = result(invoke(at(who), "whoAmI", new Class<?>[] {Address.class, ProcessId.class},
        Address.parse("alice.os@chat:chat:template.os"), ProcessId.parse("d:e:f")));
    assertThat(ids).isEqualTo(List.of(ProcessId.parse("a:b:c")));

    Transport record = Transport.replying("null");
    Class<?> event = classes.load("test.kitchen.KitchenSink$Event");
    Object left = newRecord("test.kitchen.KitchenSink$Event$Left", "bye");
    assertThat(result(invoke(at(record), "record", new Class<?>[] {event}, left))).isNull();

    assertThat(transport.bodies).containsExactly("{\"Ping\":\"alice.os\"}");
    assertThat(who.bodies).containsExactly(
        "{\"WhoAmI\":[\"alice.os@chat:chat:template.os\",\"d:e:f\"]}");
    assertThat(record.bodies).containsExactly("{\"Record\":{\"Left\":{\"reason\":\"bye\"}}}");
    assertThat(transport.targets).containsExactly(BOB);
    assertThat(transport.timeouts).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void timeoutCanBeChanged() {
    Transport transport = Transport.replying("false");
    Object quick = invoke(at(transport), "withTimeout", new Class<?>[] {Duration.class}, Duration.ofSeconds(2));
    assertThat(result(invoke(quick, "ping", new Class<?>[] {String.class}, "x"))).isEqualTo(false);
    assertThat(transport.timeouts).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void errorsArriveAsRpcException() {
    RpcException refused = new RpcException(DispatchError.of(ErrorCode.NOT_ALLOWED, "no"));
    Transport failing = new Transport(body -> CompletableFuture.failedFuture(refused));
    assertThat(failure(invoke(at(failing), "ping", new Class<?>[] {String.class}, "x"))).isSameAs(refused);

    Transport garbled = Transport.replying("\"yes\"");
    assertThat(failure(invoke(at(garbled), "ping", new Class<?>[] {String.class}, "x")))
        .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.WRONG_TYPE));
  }

  @Test
  void atNodeUsesTheTransportOfTheRunningProcess() {
    assertThatThrownBy(() -> invoke(null, "at", new Class<?>[] {String.class}, "bob.os"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside a handler");
    Transport transport = Transport.replying("true");
    try (Rpc.Binding binding = Rpc.bind(transport)) {
      Object bob = invoke(null, "at", new Class<?>[] {String.class}, "bob.os");
      assertThat(result(invoke(bob, "ping", new Class<?>[] {String.class}, "alice.os"))).isEqualTo(true);
    }
    assertThat(transport.targets).containsExactly(BOB);
  }

  @Test
  @SuppressWarnings("unchecked")
  void clientAndDispatcherAgreeOnTheWire() throws Exception {
    ProcessDispatcher<Object> dispatcher = (ProcessDispatcher<Object>)
        classes.load("test.kitchen.KitchenSinkDispatcher").getDeclaredConstructor().newInstance();
    Object process = dispatcher.create();
    TestContext context = new TestContext();
    Transport loopback = new Transport(body -> reply(dispatcher.dispatch(process, Origin.LOCAL, context.context, body)));
    Object kitchen = at(loopback);

    Class<?> item2 = classes.load("test.kitchen.KitchenSink$Item2");
    Object line = newRecord("test.kitchen.KitchenSink$Item2", "l", 86);
    assertThat(result(invoke(kitchen, "item2", new Class<?>[] {item2}, line))).isEqualTo(line);

    Class<?> flags = classes.load("test.kitchen.KitchenSink$Flags");
    Object keywords = newRecord("test.kitchen.KitchenSink$Flags", true, "t", List.of("a", "b"));
    assertThat(result(invoke(kitchen, "list", new Class<?>[] {flags}, keywords))).isEqualTo(keywords);

    assertThat(result(invoke(kitchen, "ping", new Class<?>[] {String.class}, "alice.os"))).isEqualTo(true);

    Class<?>[] scalarTypes = {boolean.class, byte.class, short.class, int.class, long.class, float.class,
        double.class, char.class, byte.class, short.class, int.class, long.class, Integer.class};
    assertThat(result(invoke(kitchen, "scalars", scalarTypes,
        true, (byte) 1, (short) 2, 3, 4L, 0.5f, 0.25, 'c', (byte) -1, (short) -1, -1, -1L, 9)))
        .isEqualTo("true:12340.50.25c-1-1-1-19");
    assertThat(loopback.bodies.get(loopback.bodies.size() - 1)).isEqualTo("{\"Scalars\":"
        + "[true,1,2,3,4,0.5,0.25,\"c\",255,65535,4294967295,18446744073709551615,9]}");

    Class<?> event = classes.load("test.kitchen.KitchenSink$Event");
    assertThat(failure(invoke(kitchen, "record", new Class<?>[] {event}, (Object) null)))
        .isInstanceOfSatisfying(RpcException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.NULL_NOT_ALLOWED));
  }

  /** What the runtime does with a dispatcher's answer: a reply, or the error as an RpcException. */
  private static CompletionStage<RpcTransport.RpcReply> reply(DispatchResult result) {
    if (result instanceof DispatchResult.Done done) {
      return CompletableFuture.completedFuture(new RpcTransport.RpcReply(done.json(), null));
    }
    if (result instanceof DispatchResult.Failed failed) {
      return CompletableFuture.failedFuture(new RpcException(failed.error()));
    }
    return ((DispatchResult.Pending) result).stage().thenCompose(KitchenClientTest::reply);
  }
}
