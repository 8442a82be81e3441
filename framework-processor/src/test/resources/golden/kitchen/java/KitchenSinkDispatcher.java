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
import dev.hyperapp.api.dispatch.Param;
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
      List.of(
          new AppManifest.HandlerEntry("Count", Set.of(HandlerKind.HTTP), "GET", "/count", 0),
          new AppManifest.HandlerEntry("EchoBytes", Set.of(HandlerKind.HTTP), "POST", "", 2),
          new AppManifest.HandlerEntry("Item2", Set.of(HandlerKind.LOCAL), "", "", 1),
          new AppManifest.HandlerEntry("List", Set.of(HandlerKind.REMOTE), "", "", 1),
          new AppManifest.HandlerEntry("Ping", Set.of(HandlerKind.REMOTE), "", "", 1),
          new AppManifest.HandlerEntry("Profile", Set.of(HandlerKind.HTTP), "POST", "", 1),
          new AppManifest.HandlerEntry("Record", Set.of(HandlerKind.LOCAL), "", "", 1),
          new AppManifest.HandlerEntry("SaveProfile", Set.of(HandlerKind.HTTP), "POST", "", 1),
          new AppManifest.HandlerEntry("Scalars", Set.of(HandlerKind.HTTP, HandlerKind.LOCAL), "POST", "", 13),
          new AppManifest.HandlerEntry("Search", Set.of(HandlerKind.HTTP), "POST", "", 2),
          new AppManifest.HandlerEntry("TagNames", Set.of(HandlerKind.HTTP), "PUT", "/tags", 2),
          new AppManifest.HandlerEntry("WhoAmI", Set.of(HandlerKind.LOCAL, HandlerKind.REMOTE), "", "", 2)));

  private static final DispatchTable TABLE = new DispatchTable(MANIFEST);

  private static final WireType<Integer> COUNT_RETURNS = WireType.of(int.class);

  private static final Param<byte[]> ECHO_BYTES_DATA = Param.of("data", byte[].class);

  private static final Param<String> ECHO_BYTES_NOTE = Param.nullable("note", String.class);

  private static final WireType<byte[]> ECHO_BYTES_RETURNS = WireType.of(byte[].class);

  private static final Param<KitchenSink.Item2> ITEM2_LINE1 = Param.of("line1",
      KitchenSink.Item2.class);

  private static final WireType<KitchenSink.Item2> ITEM2_RETURNS = WireType.of(
      KitchenSink.Item2.class);

  private static final Param<KitchenSink.Flags> LIST_TYPE = Param.of("type",
      KitchenSink.Flags.class);

  private static final WireType<KitchenSink.Flags> LIST_RETURNS = WireType.of(
      KitchenSink.Flags.class);

  private static final Param<String> PING_FROM = Param.of("from", String.class);

  private static final WireType<Boolean> PING_RETURNS = WireType.of(Boolean.class);

  private static final Param<String> PROFILE_NAME = Param.of("name", String.class);

  private static final WireType<Optional<KitchenSink.Profile>> PROFILE_RETURNS = WireType.generic(
      Wire.type(Optional.class, Wire.type(KitchenSink.Profile.class)));

  private static final Param<KitchenSink.Event> RECORD_EVENT = Param.of("event",
      KitchenSink.Event.class);

  private static final Param<KitchenSink.Profile> SAVE_PROFILE_PROFILE = Param.of("profile",
      KitchenSink.Profile.class);

  private static final Param<Boolean> SCALARS_FLAG = Param.of("flag", boolean.class);

  private static final Param<Byte> SCALARS_B = Param.of("b", byte.class);

  private static final Param<Short> SCALARS_S = Param.of("s", short.class);

  private static final Param<Integer> SCALARS_I = Param.of("i", int.class);

  private static final Param<Long> SCALARS_L = Param.of("l", long.class);

  private static final Param<Float> SCALARS_F = Param.of("f", float.class);

  private static final Param<Double> SCALARS_D = Param.of("d", double.class);

  private static final Param<Character> SCALARS_C = Param.of("c", char.class);

  private static final Param<Byte> SCALARS_UB = Param.of("ub", WireType.unsigned(byte.class));

  private static final Param<Short> SCALARS_US = Param.of("us", WireType.unsigned(short.class));

  private static final Param<Integer> SCALARS_UI = Param.of("ui", WireType.unsigned(int.class));

  private static final Param<Long> SCALARS_UL = Param.of("ul", WireType.unsigned(long.class));

  private static final Param<Integer> SCALARS_BOXED = Param.of("boxed", Integer.class);

  private static final WireType<String> SCALARS_RETURNS = WireType.of(String.class);

  private static final Param<String> SEARCH_QUERY = Param.of("query", String.class);

  private static final Param<Integer> SEARCH_LIMIT = Param.of("limit",
      WireType.unsigned(int.class));

  private static final WireType<Result<List<Map<String, KitchenSink.Profile>>, KitchenSink.ApiError>> SEARCH_RETURNS = WireType.generic(
      Wire.type(Result.class, Wire.type(List.class, Wire.type(Map.class, Wire.type(String.class), Wire.type(KitchenSink.Profile.class))), Wire.type(KitchenSink.ApiError.class)));

  private static final Param<Set<KitchenSink.Tag>> TAG_NAMES_TAGS = Param.of("tags",
      WireType.generic(Wire.type(Set.class, Wire.type(KitchenSink.Tag.class))));

  private static final Param<long[]> TAG_NAMES_IDS = Param.of("ids", long[].class);

  private static final WireType<String[]> TAG_NAMES_RETURNS = WireType.of(String[].class);

  private static final Param<Address> WHO_AM_I_CALLER = Param.of("caller", Address.class);

  private static final Param<ProcessId> WHO_AM_I_PROCESS = Param.of("process", ProcessId.class);

  private static final WireType<List<ProcessId>> WHO_AM_I_RETURNS = WireType.generic(
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
        return call.reply(COUNT_RETURNS, process.count());
      case "EchoBytes":
        return call.reply(ECHO_BYTES_RETURNS, process.echoBytes(call.argument(0, ECHO_BYTES_DATA),
            call.argument(1, ECHO_BYTES_NOTE)));
      case "Item2":
        return call.reply(ITEM2_RETURNS, process.item2(call.argument(0, ITEM2_LINE1)));
      case "List":
        return call.reply(LIST_RETURNS, process.list(call.argument(0, LIST_TYPE)));
      case "Ping":
        return call.replyLater(PING_RETURNS, process.ping(call.argument(0, PING_FROM)));
      case "Profile":
        return call.reply(PROFILE_RETURNS, process.profile(call.argument(0, PROFILE_NAME)));
      case "Record":
        process.record(call.argument(0, RECORD_EVENT));
        return call.done();
      case "SaveProfile":
        process.saveProfile(call.argument(0, SAVE_PROFILE_PROFILE));
        return call.done();
      case "Scalars":
        return call.reply(SCALARS_RETURNS, process.scalars(call.argument(0, SCALARS_FLAG),
            call.argument(1, SCALARS_B), call.argument(2, SCALARS_S), call.argument(3, SCALARS_I),
            call.argument(4, SCALARS_L), call.argument(5, SCALARS_F), call.argument(6, SCALARS_D),
            call.argument(7, SCALARS_C), call.argument(8, SCALARS_UB), call.argument(9, SCALARS_US),
            call.argument(10, SCALARS_UI), call.argument(11, SCALARS_UL),
            call.argument(12, SCALARS_BOXED)));
      case "Search":
        return call.reply(SEARCH_RETURNS, process.search(context, call.argument(0, SEARCH_QUERY),
            call.argument(1, SEARCH_LIMIT)));
      case "TagNames":
        return call.reply(TAG_NAMES_RETURNS, process.tagNames(call.argument(0, TAG_NAMES_TAGS),
            call.argument(1, TAG_NAMES_IDS)));
      case "WhoAmI":
        return call.reply(WHO_AM_I_RETURNS, process.whoAmI(call.argument(0, WHO_AM_I_CALLER),
            call.argument(1, WHO_AM_I_PROCESS)));
      default:
        // Unreachable: the table answers unknown names before calling here.
        throw new IllegalStateException(call.method());
    }
  }
}
