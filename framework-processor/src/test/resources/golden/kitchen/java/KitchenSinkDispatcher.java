package test.kitchen;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Result;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.Call;
import dev.hyperapp.api.dispatch.Codec;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.DispatchTable;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.json.WireType;
import dev.hyperapp.api.manifest.AppManifest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * The dispatch table of {@link KitchenSink}, generated from its handlers.
 */
@Generated("dev.hyperapp.processor.HyperprocessProcessor")
public final class KitchenSinkDispatcher implements ProcessDispatcher<KitchenSink> {
  /**
   * Read from the manifest.json the processor wrote, rather than repeated here as Java code.
   */
  private static final AppManifest MANIFEST = AppManifest.load(KitchenSinkDispatcher.class,
      "META-INF/hyperapp/apps/template.os/kitchen-sink/kitchen-sink/manifest.json");

  private static final DispatchTable TABLE = new DispatchTable(MANIFEST);

  private static final Codec<Integer> INT = Codec.of(WireType.of(int.class));

  private static final Codec<byte[]> BYTE_ARRAY = Codec.of(WireType.of(byte[].class));

  private static final Codec<String> STRING = Codec.of(WireType.of(String.class));

  private static final Codec<KitchenSink.Item2> ITEM2 = Codec.of(WireType.of(
      KitchenSink.Item2.class));

  private static final Codec<KitchenSink.Flags> FLAGS = Codec.of(WireType.of(
      KitchenSink.Flags.class));

  private static final Codec<Boolean> BOXED_BOOLEAN = Codec.of(WireType.of(Boolean.class));

  private static final Codec<Optional<KitchenSink.Profile>> OPTIONAL_PROFILE = Codec.of(WireType.generic(
      Wire.type(Optional.class, Wire.type(KitchenSink.Profile.class))));

  private static final Codec<KitchenSink.Event> EVENT = Codec.of(WireType.of(
      KitchenSink.Event.class));

  private static final Codec<KitchenSink.Profile> PROFILE = Codec.of(WireType.of(
      KitchenSink.Profile.class));

  private static final Codec<Boolean> BOOLEAN = Codec.of(WireType.of(boolean.class));

  private static final Codec<Byte> BYTE = Codec.of(WireType.of(byte.class));

  private static final Codec<Short> SHORT = Codec.of(WireType.of(short.class));

  private static final Codec<Long> LONG = Codec.of(WireType.of(long.class));

  private static final Codec<Float> FLOAT = Codec.of(WireType.of(float.class));

  private static final Codec<Double> DOUBLE = Codec.of(WireType.of(double.class));

  private static final Codec<Character> CHAR = Codec.of(WireType.of(char.class));

  private static final Codec<Byte> U8 = Codec.of(WireType.unsigned(byte.class));

  private static final Codec<Short> U16 = Codec.of(WireType.unsigned(short.class));

  private static final Codec<Integer> U32 = Codec.of(WireType.unsigned(int.class));

  private static final Codec<Long> U64 = Codec.of(WireType.unsigned(long.class));

  private static final Codec<Integer> BOXED_INT = Codec.of(WireType.of(Integer.class));

  private static final Codec<Result<List<Map<String, KitchenSink.Profile>>, KitchenSink.ApiError>> RESULT_LIST_MAP_STRING_PROFILE_API_ERROR = Codec.of(WireType.generic(
      Wire.type(Result.class, Wire.type(List.class, Wire.type(Map.class, Wire.type(String.class), Wire.type(KitchenSink.Profile.class))), Wire.type(KitchenSink.ApiError.class))));

  private static final Codec<Set<KitchenSink.Tag>> SET_TAG = Codec.of(WireType.generic(
      Wire.type(Set.class, Wire.type(KitchenSink.Tag.class))));

  private static final Codec<long[]> LONG_ARRAY = Codec.of(WireType.of(long[].class));

  private static final Codec<String[]> STRING_ARRAY = Codec.of(WireType.of(String[].class));

  private static final Codec<Address> ADDRESS = Codec.of(WireType.of(Address.class));

  private static final Codec<ProcessId> PROCESS_ID = Codec.of(WireType.of(ProcessId.class));

  private static final Codec<List<ProcessId>> LIST_PROCESS_ID = Codec.of(WireType.generic(
      Wire.type(List.class, Wire.type(ProcessId.class))));

  @Override
  public AppManifest manifest() {
    return MANIFEST;
  }

  @Override
  public Class<KitchenSink> stateType() {
    return KitchenSink.class;
  }

  @Override
  public KitchenSink create() {
    return new KitchenSink();
  }

  @Override
  public void init(KitchenSink process, Context context) {
    process.init(context);
  }

  @Override
  public DispatchResult dispatch(KitchenSink process, Origin origin, Context context, byte[] body) {
    return TABLE.dispatch(origin, body, call -> handle(process, context, call));
  }

  @Override
  public DispatchResult invoke(KitchenSink process, Origin origin, Context context, String method,
      byte[] arguments) {
    return TABLE.invoke(origin, method, arguments, call -> handle(process, context, call));
  }

  @Override
  public void onWebSocket(KitchenSink process, Context context, WsEvent event) {
    process.socket(context, event);
  }

  private static DispatchResult handle(KitchenSink process, Context context, Call call) {
    switch (call.method()) {
      case "Count":
        return INT.reply(call, process.count());
      case "EchoBytes":
        return BYTE_ARRAY.reply(call, process.echoBytes(BYTE_ARRAY.argument(call, 0, "data"),
            STRING.nullableArgument(call, 1, "note")));
      case "Item2":
        return ITEM2.reply(call, process.item2(ITEM2.argument(call, 0, "line1")));
      case "List":
        return FLAGS.reply(call, process.list(FLAGS.argument(call, 0, "type")));
      case "Ping":
        return BOXED_BOOLEAN.replyLater(call, process.ping(STRING.argument(call, 0, "from")));
      case "Profile":
        return OPTIONAL_PROFILE.reply(call, process.profile(STRING.argument(call, 0, "name")));
      case "Record":
        process.record(EVENT.argument(call, 0, "event"));
        return call.done();
      case "SaveProfile":
        process.saveProfile(PROFILE.argument(call, 0, "profile"));
        return call.done();
      case "Scalars":
        return STRING.reply(call, process.scalars(BOOLEAN.argument(call, 0, "flag"),
            BYTE.argument(call, 1, "b"), SHORT.argument(call, 2, "s"), INT.argument(call, 3, "i"),
            LONG.argument(call, 4, "l"), FLOAT.argument(call, 5, "f"),
            DOUBLE.argument(call, 6, "d"), CHAR.argument(call, 7, "c"), U8.argument(call, 8, "ub"),
            U16.argument(call, 9, "us"), U32.argument(call, 10, "ui"), U64.argument(call, 11, "ul"),
            BOXED_INT.argument(call, 12, "boxed")));
      case "Search":
        return RESULT_LIST_MAP_STRING_PROFILE_API_ERROR.reply(call, process.search(context,
            STRING.argument(call, 0, "query"), U32.argument(call, 1, "limit")));
      case "TagNames":
        return STRING_ARRAY.reply(call, process.tagNames(SET_TAG.argument(call, 0, "tags"),
            LONG_ARRAY.argument(call, 1, "ids")));
      case "WhoAmI":
        return LIST_PROCESS_ID.reply(call, process.whoAmI(ADDRESS.argument(call, 0, "caller"),
            PROCESS_ID.argument(call, 1, "process")));
      default:
        // Unreachable: the table answers unknown names before calling here.
        throw new IllegalStateException(call.method());
    }
  }
}
