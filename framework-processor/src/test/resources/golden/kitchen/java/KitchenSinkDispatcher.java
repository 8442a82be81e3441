package test.kitchen;

import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Result;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.Call;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.DispatchTable;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.json.WireType;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.manifest.HandlerKind;
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
  private static final AppManifest MANIFEST = new AppManifest(
      new ProcessId("kitchen-sink", "kitchen-sink", "template.os"),
      "Kitchen Sink",
      "🍳",
      "",
      new AppManifest.UiBinding(true, "/", true, false, false),
      List.of(
          new AppManifest.EndpointBinding("/api", Endpoint.Kind.HTTP, true, false, false),
          new AppManifest.EndpointBinding("/ws", Endpoint.Kind.WEBSOCKET, true, false, false)),
      SaveMode.EVERY_N_MESSAGES,
      5,
      "kitchen-sink-template-dot-os-v0",
      new AppManifest.HandlerEntry("Count", "GET", "/count", 0, HandlerKind.HTTP),
      new AppManifest.HandlerEntry("EchoBytes", "POST", "", 2, HandlerKind.HTTP),
      new AppManifest.HandlerEntry("Item2", "", "", 1, HandlerKind.LOCAL),
      new AppManifest.HandlerEntry("List", "", "", 1, HandlerKind.REMOTE),
      new AppManifest.HandlerEntry("Ping", "", "", 1, HandlerKind.REMOTE),
      new AppManifest.HandlerEntry("Profile", "POST", "", 1, HandlerKind.HTTP),
      new AppManifest.HandlerEntry("Record", "", "", 1, HandlerKind.LOCAL),
      new AppManifest.HandlerEntry("SaveProfile", "POST", "", 1, HandlerKind.HTTP),
      new AppManifest.HandlerEntry("Scalars", "POST", "", 13, HandlerKind.HTTP, HandlerKind.LOCAL),
      new AppManifest.HandlerEntry("Search", "POST", "", 2, HandlerKind.HTTP),
      new AppManifest.HandlerEntry("TagNames", "PUT", "/tags", 2, HandlerKind.HTTP),
      new AppManifest.HandlerEntry("WhoAmI", "", "", 2, HandlerKind.LOCAL, HandlerKind.REMOTE));

  private static final DispatchTable TABLE = new DispatchTable(MANIFEST);

  private static final WireType<Integer> INT = WireType.of(int.class);

  private static final WireType<byte[]> BYTE_ARRAY = WireType.of(byte[].class);

  private static final WireType<String> STRING = WireType.of(String.class);

  private static final WireType<KitchenSink.Item2> ITEM2 = WireType.of(KitchenSink.Item2.class);

  private static final WireType<KitchenSink.Flags> FLAGS = WireType.of(KitchenSink.Flags.class);

  private static final WireType<Boolean> BOXED_BOOLEAN = WireType.of(Boolean.class);

  private static final WireType<Optional<KitchenSink.Profile>> OPTIONAL_PROFILE = WireType.generic(
      Wire.type(Optional.class, Wire.type(KitchenSink.Profile.class)));

  private static final WireType<KitchenSink.Event> EVENT = WireType.of(KitchenSink.Event.class);

  private static final WireType<KitchenSink.Profile> PROFILE = WireType.of(
      KitchenSink.Profile.class);

  private static final WireType<Boolean> BOOLEAN = WireType.of(boolean.class);

  private static final WireType<Byte> BYTE = WireType.of(byte.class);

  private static final WireType<Short> SHORT = WireType.of(short.class);

  private static final WireType<Long> LONG = WireType.of(long.class);

  private static final WireType<Float> FLOAT = WireType.of(float.class);

  private static final WireType<Double> DOUBLE = WireType.of(double.class);

  private static final WireType<Character> CHAR = WireType.of(char.class);

  private static final WireType<Byte> U8 = WireType.unsigned(byte.class);

  private static final WireType<Short> U16 = WireType.unsigned(short.class);

  private static final WireType<Integer> U32 = WireType.unsigned(int.class);

  private static final WireType<Long> U64 = WireType.unsigned(long.class);

  private static final WireType<Integer> BOXED_INT = WireType.of(Integer.class);

  private static final WireType<Result<List<Map<String, KitchenSink.Profile>>, KitchenSink.ApiError>> RESULT_LIST_MAP_STRING_PROFILE_API_ERROR = WireType.generic(
      Wire.type(Result.class, Wire.type(List.class, Wire.type(Map.class, Wire.type(String.class), Wire.type(KitchenSink.Profile.class))), Wire.type(KitchenSink.ApiError.class)));

  private static final WireType<Set<KitchenSink.Tag>> SET_TAG = WireType.generic(
      Wire.type(Set.class, Wire.type(KitchenSink.Tag.class)));

  private static final WireType<long[]> LONG_ARRAY = WireType.of(long[].class);

  private static final WireType<String[]> STRING_ARRAY = WireType.of(String[].class);

  private static final WireType<Address> ADDRESS = WireType.of(Address.class);

  private static final WireType<ProcessId> PROCESS_ID = WireType.of(ProcessId.class);

  private static final WireType<List<ProcessId>> LIST_PROCESS_ID = WireType.generic(
      Wire.type(List.class, Wire.type(ProcessId.class)));

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
        return call.reply(INT, process.count());
      case "EchoBytes":
        return call.reply(BYTE_ARRAY, process.echoBytes(call.argument(0, "data", BYTE_ARRAY),
            call.nullableArgument(1, "note", STRING)));
      case "Item2":
        return call.reply(ITEM2, process.item2(call.argument(0, "line1", ITEM2)));
      case "List":
        return call.reply(FLAGS, process.list(call.argument(0, "type", FLAGS)));
      case "Ping":
        return call.replyLater(BOXED_BOOLEAN, process.ping(call.argument(0, "from", STRING)));
      case "Profile":
        return call.reply(OPTIONAL_PROFILE, process.profile(call.argument(0, "name", STRING)));
      case "Record":
        process.record(call.argument(0, "event", EVENT));
        return call.done();
      case "SaveProfile":
        process.saveProfile(call.argument(0, "profile", PROFILE));
        return call.done();
      case "Scalars":
        return call.reply(STRING, process.scalars(call.argument(0, "flag", BOOLEAN),
            call.argument(1, "b", BYTE), call.argument(2, "s", SHORT), call.argument(3, "i", INT),
            call.argument(4, "l", LONG), call.argument(5, "f", FLOAT),
            call.argument(6, "d", DOUBLE), call.argument(7, "c", CHAR), call.argument(8, "ub", U8),
            call.argument(9, "us", U16), call.argument(10, "ui", U32), call.argument(11, "ul", U64),
            call.argument(12, "boxed", BOXED_INT)));
      case "Search":
        return call.reply(RESULT_LIST_MAP_STRING_PROFILE_API_ERROR, process.search(context,
            call.argument(0, "query", STRING), call.argument(1, "limit", U32)));
      case "TagNames":
        return call.reply(STRING_ARRAY, process.tagNames(call.argument(0, "tags", SET_TAG),
            call.argument(1, "ids", LONG_ARRAY)));
      case "WhoAmI":
        return call.reply(LIST_PROCESS_ID, process.whoAmI(call.argument(0, "caller", ADDRESS),
            call.argument(1, "process", PROCESS_ID)));
      default:
        // Unreachable: the table answers unknown names before calling here.
        throw new IllegalStateException(call.method());
    }
  }
}
