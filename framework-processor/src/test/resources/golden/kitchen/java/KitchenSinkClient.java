package test.kitchen;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.json.WireType;
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

  private static final WireType<KitchenSink.Item2> ITEM2_LINE1 = WireType.of(
      KitchenSink.Item2.class);

  private static final WireType<KitchenSink.Item2> ITEM2_RETURNS = WireType.of(
      KitchenSink.Item2.class);

  private static final WireType<KitchenSink.Flags> LIST_TYPE = WireType.of(KitchenSink.Flags.class);

  private static final WireType<KitchenSink.Flags> LIST_RETURNS = WireType.of(
      KitchenSink.Flags.class);

  private static final WireType<String> PING_FROM = WireType.of(String.class);

  private static final WireType<Boolean> PING_RETURNS = WireType.of(Boolean.class);

  private static final WireType<KitchenSink.Event> RECORD_EVENT = WireType.of(
      KitchenSink.Event.class);

  private static final WireType<Boolean> SCALARS_FLAG = WireType.of(boolean.class);

  private static final WireType<Byte> SCALARS_B = WireType.of(byte.class);

  private static final WireType<Short> SCALARS_S = WireType.of(short.class);

  private static final WireType<Integer> SCALARS_I = WireType.of(int.class);

  private static final WireType<Long> SCALARS_L = WireType.of(long.class);

  private static final WireType<Float> SCALARS_F = WireType.of(float.class);

  private static final WireType<Double> SCALARS_D = WireType.of(double.class);

  private static final WireType<Character> SCALARS_C = WireType.of(char.class);

  private static final WireType<Byte> SCALARS_UB = WireType.unsigned(byte.class);

  private static final WireType<Short> SCALARS_US = WireType.unsigned(short.class);

  private static final WireType<Integer> SCALARS_UI = WireType.unsigned(int.class);

  private static final WireType<Long> SCALARS_UL = WireType.unsigned(long.class);

  private static final WireType<Integer> SCALARS_BOXED = WireType.of(Integer.class);

  private static final WireType<String> SCALARS_RETURNS = WireType.of(String.class);

  private static final WireType<Address> WHO_AM_I_CALLER = WireType.of(Address.class);

  private static final WireType<ProcessId> WHO_AM_I_PROCESS = WireType.of(ProcessId.class);

  private static final WireType<List<ProcessId>> WHO_AM_I_RETURNS = WireType.generic(
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
   * Calls {@code item2} ({@code @Local}).
   */
  public CompletionStage<KitchenSink.Item2> item2(KitchenSink.Item2 line1) {
    return this.target.call("Item2", ITEM2_RETURNS, ITEM2_LINE1.value(line1));
  }

  /**
   * Calls {@code list} ({@code @Remote}).
   */
  public CompletionStage<KitchenSink.Flags> list(KitchenSink.Flags type) {
    return this.target.call("List", LIST_RETURNS, LIST_TYPE.value(type));
  }

  /**
   * Calls {@code ping} ({@code @Remote}).
   */
  public CompletionStage<Boolean> ping(String from) {
    return this.target.call("Ping", PING_RETURNS, PING_FROM.value(from));
  }

  /**
   * Calls {@code record} ({@code @Local}).
   */
  public CompletionStage<Void> record(KitchenSink.Event event) {
    return this.target.call("Record", WireType.VOID, RECORD_EVENT.value(event));
  }

  /**
   * Calls {@code scalars} ({@code @Local}).
   */
  public CompletionStage<String> scalars(boolean flag, byte b, short s, int i, long l, float f,
      double d, char c, byte ub, short us, int ui, long ul, Integer boxed) {
    return this.target.call("Scalars", SCALARS_RETURNS, SCALARS_FLAG.value(flag),
        SCALARS_B.value(b), SCALARS_S.value(s), SCALARS_I.value(i), SCALARS_L.value(l),
        SCALARS_F.value(f), SCALARS_D.value(d), SCALARS_C.value(c), SCALARS_UB.value(ub),
        SCALARS_US.value(us), SCALARS_UI.value(ui), SCALARS_UL.value(ul),
        SCALARS_BOXED.value(boxed));
  }

  /**
   * Calls {@code whoAmI} ({@code @Local}, {@code @Remote}).
   */
  public CompletionStage<List<ProcessId>> whoAmI(Address caller, ProcessId process) {
    return this.target.call("WhoAmI", WHO_AM_I_RETURNS, WHO_AM_I_CALLER.value(caller),
        WHO_AM_I_PROCESS.value(process));
  }
}
