package test.kitchen;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.json.WireType;
import dev.hyperapp.api.rpc.ReplyBlob;
import dev.hyperapp.api.rpc.Rpc;
import dev.hyperapp.api.rpc.RpcTarget;
import dev.hyperapp.api.rpc.RpcTransport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.annotation.processing.Generated;

/**
 * Calls the {@code @Remote} and {@code @Local} handlers of {@link KitchenSink} on any node:
 * {@code KitchenSinkClient.at("bob.os").handler(…)}. Every call completes on the calling process's
 * executor, with the reply or an {@link dev.hyperapp.api.rpc.RpcException}.
 */
@Generated("dev.hyperapp.processor.HyperprocessProcessor")
public final class KitchenSinkClient {
  /**
   * {@code kitchen-sink:kitchen-sink:template.os}.
   */
  public static final ProcessId PROCESS_ID = new ProcessId("kitchen-sink", "kitchen-sink", "template.os");

  private static final WireType<KitchenSink.Item2> ITEM2 = WireType.of(KitchenSink.Item2.class);

  private static final WireType<KitchenSink.Flags> FLAGS = WireType.of(KitchenSink.Flags.class);

  private static final WireType<String> STRING = WireType.of(String.class);

  private static final WireType<Boolean> BOXED_BOOLEAN = WireType.of(Boolean.class);

  private static final WireType<KitchenSink.Event> EVENT = WireType.of(KitchenSink.Event.class);

  private static final WireType<Boolean> BOOLEAN = WireType.of(boolean.class);

  private static final WireType<Byte> BYTE = WireType.of(byte.class);

  private static final WireType<Short> SHORT = WireType.of(short.class);

  private static final WireType<Integer> INT = WireType.of(int.class);

  private static final WireType<Long> LONG = WireType.of(long.class);

  private static final WireType<Float> FLOAT = WireType.of(float.class);

  private static final WireType<Double> DOUBLE = WireType.of(double.class);

  private static final WireType<Character> CHAR = WireType.of(char.class);

  private static final WireType<Byte> U8 = WireType.unsigned(byte.class);

  private static final WireType<Short> U16 = WireType.unsigned(short.class);

  private static final WireType<Integer> U32 = WireType.unsigned(int.class);

  private static final WireType<Long> U64 = WireType.unsigned(long.class);

  private static final WireType<Integer> BOXED_INT = WireType.of(Integer.class);

  private static final WireType<Address> ADDRESS = WireType.of(Address.class);

  private static final WireType<ProcessId> PROCESS_ID_2 = WireType.of(ProcessId.class);

  private static final WireType<List<ProcessId>> LIST_PROCESS_ID = WireType.generic(
      Wire.type(List.class, Wire.type(ProcessId.class)));

  private final RpcTarget target;

  private KitchenSinkClient(RpcTarget target) {
    this.target = target;
  }

  /**
   * The process on {@code node}, called from the process whose handler runs now.
   */
  public static KitchenSinkClient at(String node) {
    return at(new Address(node, PROCESS_ID));
  }

  /**
   * The process at {@code address}, called from the process whose handler runs now.
   */
  public static KitchenSinkClient at(Address address) {
    return at(Rpc.currentTransport(), address);
  }

  /**
   * The process at {@code address}, called through {@code transport} (tests, tools).
   */
  public static KitchenSinkClient at(RpcTransport transport, Address address) {
    return new KitchenSinkClient(new RpcTarget(transport, address, RpcTarget.DEFAULT_TIMEOUT));
  }

  /**
   * This client, waiting {@code timeout} for each reply (30 seconds unless set).
   */
  public KitchenSinkClient withTimeout(Duration timeout) {
    return new KitchenSinkClient(target.withTimeout(timeout));
  }

  /**
   * This client, sending {@code blob} beside the arguments of each call (the handler's
   * {@code ctx.blob()}).
   */
  public KitchenSinkClient withBlob(Blob blob) {
    return new KitchenSinkClient(target.withBlob(blob));
  }

  /**
   * This client, putting the blob each reply carries (the handler's
   * {@code ctx.respondWithBlob}) into {@code replyBlob}.
   */
  public KitchenSinkClient withReplyBlob(ReplyBlob replyBlob) {
    return new KitchenSinkClient(target.withReplyBlob(replyBlob));
  }

  /**
   * Calls {@code item2} ({@code @Local}).
   */
  public CompletionStage<KitchenSink.Item2> item2(KitchenSink.Item2 line1) {
    return this.target.call("Item2", ITEM2, ITEM2.value(line1));
  }

  /**
   * Calls {@code list} ({@code @Remote}).
   */
  public CompletionStage<KitchenSink.Flags> list(KitchenSink.Flags type) {
    return this.target.call("List", FLAGS, FLAGS.value(type));
  }

  /**
   * Calls {@code ping} ({@code @Remote}).
   */
  public CompletionStage<Boolean> ping(String from) {
    return this.target.call("Ping", BOXED_BOOLEAN, STRING.value(from));
  }

  /**
   * Calls {@code record} ({@code @Local}).
   */
  public CompletionStage<Void> record(KitchenSink.Event event) {
    return this.target.call("Record", WireType.VOID, EVENT.value(event));
  }

  /**
   * Calls {@code scalars} ({@code @Local}).
   */
  public CompletionStage<String> scalars(boolean flag, byte b, short s, int i, long l, float f,
      double d, char c, byte ub, short us, int ui, long ul, Integer boxed) {
    return this.target.call("Scalars", STRING, BOOLEAN.value(flag), BYTE.value(b), SHORT.value(s),
        INT.value(i), LONG.value(l), FLOAT.value(f), DOUBLE.value(d), CHAR.value(c), U8.value(ub),
        U16.value(us), U32.value(ui), U64.value(ul), BOXED_INT.value(boxed));
  }

  /**
   * Calls {@code whoAmI} ({@code @Local}, {@code @Remote}).
   */
  public CompletionStage<List<ProcessId>> whoAmI(Address caller, ProcessId process) {
    return this.target.call("WhoAmI", LIST_PROCESS_ID, ADDRESS.value(caller),
        PROCESS_ID_2.value(process));
  }
}
