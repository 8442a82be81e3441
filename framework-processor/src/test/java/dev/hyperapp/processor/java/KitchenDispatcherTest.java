package dev.hyperapp.processor.java;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.hyperapp.processor.testing.DispatchResults.error;
import static dev.hyperapp.processor.testing.DispatchResults.json;
import static dev.hyperapp.processor.testing.DispatchResults.settled;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.manifest.HandlerKind;
import dev.hyperapp.processor.testing.Fixtures;
import dev.hyperapp.processor.testing.GeneratedClasses;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated dispatcher of the kitchen fixture, compiled in memory and loaded through its services
 * file as the runtime loads it, fed a table of request bodies. No node is involved.
 */
class KitchenDispatcherTest {

  private static final String ANN = "{\"name\":\"ann\",\"age\":41,\"bio\":\"hi\","
      + "\"tags\":[{\"label\":\"x\",\"color\":\"DARK_GREEN\"}],"
      + "\"contacts\":{\"work\":[\"bob.os@chat:chat:template.os\"]}}";

  private static ProcessDispatcher<Object> dispatcher;

  private final TestContext context = new TestContext();
  private Object process;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void compileAndLoad() {
    Compilation compilation = Fixtures.compile("kitchen/KitchenSink.java");
    assertThat(compilation).succeeded();
    List<ProcessDispatcher<?>> dispatchers = ServiceLoader
        .load(ProcessDispatcher.class, new GeneratedClasses(compilation)).stream()
        .<ProcessDispatcher<?>>map(ServiceLoader.Provider::get)
        .toList();
    assertThat(dispatchers).hasSize(1);
    dispatcher = (ProcessDispatcher<Object>) dispatchers.get(0);
  }

  @BeforeEach
  void createProcessWithOneProfile() {
    process = dispatcher.create();
    assertThat(json(dispatch(Origin.HTTP, "{\"SaveProfile\":" + ANN + "}"))).isNull();
  }

  /** A request and what must come back: the JSON of the result, or an error's code and path. */
  record Row(String what, Origin origin, String body, String json, ErrorCode error, String path) {
    static Row ok(String what, Origin origin, String body, String json) {
      return new Row(what, origin, body, json, null, null);
    }

    static Row error(String what, Origin origin, String body, ErrorCode error, String path) {
      return new Row(what, origin, body, null, error, path);
    }

    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Row> table() {
    return Stream.of(
        Row.ok("scalars", Origin.LOCAL, "{\"Scalars\":[true,-1,-2,-3,-4,1.5,2.5,\"c\",5,6,7,8,9]}",
            "\"true:-1-2-3-41.52.5c56789\""),
        Row.ok("unsigned scalars use their whole range", Origin.LOCAL,
            "{\"Scalars\":[true,0,0,0,0,0,0,\"c\",255,65535,4294967295,18446744073709551615,0]}",
            "\"true:00000.00.0c-1-1-1-10\""),
        Row.ok("scalars over HTTP too", Origin.HTTP,
            "{\"Scalars\":[false,0,0,0,0,0,0,\"z\",0,0,0,0,0]}", "\"false:00000.00.0z00000\""),
        Row.ok("result Ok of a list of maps of records, three deep", Origin.HTTP,
            "{\"Search\":[\"an\",10]}", "{\"Ok\":[{\"ann\":" + ANN + "}]}"),
        Row.ok("result Err", Origin.HTTP, "{\"Search\":[\"\",10]}",
            "{\"Err\":{\"status\":400,\"message\":\"empty query\"}}"),
        Row.ok("optional present", Origin.HTTP, "{\"Profile\":\"ann\"}", ANN),
        Row.ok("optional empty", Origin.HTTP, "{\"Profile\":\"zed\"}", "null"),
        Row.ok("one-element array for one argument", Origin.HTTP, "{\"Profile\":[\"ann\"]}", ANN),
        Row.ok("bytes and a null @Nullable", Origin.HTTP, "{\"EchoBytes\":[\"AQID\",null]}", "\"AQID\""),
        Row.ok("bytes as numbers", Origin.HTTP, "{\"EchoBytes\":[[1,2,3],\"note\"]}", "\"AQID\""),
        Row.ok("variant", Origin.LOCAL, "{\"Record\":{\"Posted\":{\"post\":{\"id\":1,\"text\":\"hi\","
            + "\"replyTo\":null,\"reactions\":[1,2],\"attachment\":\"AQ==\"}}}}", null),
        Row.ok("standard types, from another node", Origin.REMOTE,
            "{\"WhoAmI\":[\"alice.os@chat:chat:template.os\",\"kitchen-sink:kitchen-sink:template.os\"]}",
            "[\"chat:chat:template.os\",\"kitchen-sink:kitchen-sink:template.os\"]"),
        Row.ok("standard types, from this node", Origin.LOCAL,
            "{\"WhoAmI\":[\"alice.os@a:b:c.os\",\"d:e:f\"]}", "[\"a:b:c.os\",\"d:e:f\"]"),
        Row.ok("keywords as names", Origin.REMOTE,
            "{\"List\":{\"record\":true,\"type\":\"t\",\"list\":[\"a\"]}}",
            "{\"record\":true,\"type\":\"t\",\"list\":[\"a\"]}"),
        Row.ok("names with digits", Origin.LOCAL, "{\"Item2\":{\"line1\":\"l\",\"x86\":86}}",
            "{\"line1\":\"l\",\"x86\":86}"),
        Row.ok("a set and an array", Origin.HTTP,
            "{\"TagNames\":[[{\"label\":\"a\",\"color\":\"RED\"}],[1,2]]}", "[\"a\"]"),
        Row.ok("no arguments", Origin.HTTP, "{\"Count\":null}", "1"),
        Row.ok("no arguments as []", Origin.HTTP, "{\"Count\":[]}", "1"),
        Row.ok("unknown fields are ignored", Origin.LOCAL,
            "{\"Item2\":{\"line1\":\"l\",\"x86\":1,\"added\":[true]}}", "{\"line1\":\"l\",\"x86\":1}"),

        Row.error("too few arguments", Origin.HTTP, "{\"Search\":[\"x\"]}", ErrorCode.WRONG_ARITY, "$.Search"),
        Row.error("too many arguments", Origin.HTTP, "{\"Profile\":[\"a\",\"b\"]}",
            ErrorCode.WRONG_ARITY, "$.Profile"),
        Row.error("arguments for none", Origin.HTTP, "{\"Count\":5}", ErrorCode.WRONG_ARITY, "$.Count"),
        Row.error("wrong type", Origin.HTTP, "{\"Search\":[\"x\",\"ten\"]}", ErrorCode.WRONG_TYPE,
            "$.Search[1]"),
        Row.error("wrong type deep inside", Origin.HTTP, "{\"SaveProfile\":{\"name\":\"b\","
            + "\"tags\":[{\"label\":\"y\",\"color\":\"PURPLE\"}]}}", ErrorCode.WRONG_TYPE,
            "$.SaveProfile.tags[0].color"),
        Row.error("wrong variant case", Origin.LOCAL, "{\"Record\":{\"Exploded\":{}}}",
            ErrorCode.WRONG_TYPE, "$.Record"),
        Row.error("int out of range", Origin.LOCAL,
            "{\"Scalars\":[true,1,2,3000000000,4,1.5,2.5,\"c\",5,6,7,8,9]}", ErrorCode.WRONG_TYPE,
            "$.Scalars[3]"),
        Row.error("u8 out of range", Origin.LOCAL,
            "{\"Scalars\":[true,1,2,3,4,1.5,2.5,\"c\",256,6,7,8,9]}", ErrorCode.WRONG_TYPE, "$.Scalars[8]"),
        Row.error("negative for u32", Origin.HTTP, "{\"Search\":[\"x\",-1]}", ErrorCode.WRONG_TYPE,
            "$.Search[1]"),
        Row.error("double out of range", Origin.LOCAL,
            "{\"Scalars\":[true,1,2,3,4,1.5,1e400,\"c\",5,6,7,8,9]}", ErrorCode.WRONG_TYPE, "$.Scalars[6]"),
        Row.error("bad address", Origin.REMOTE, "{\"WhoAmI\":[\"nobody\",\"a:b:c\"]}",
            ErrorCode.WRONG_TYPE, "$.WhoAmI[0]"),
        Row.error("unknown method", Origin.HTTP, "{\"Fly\":null}", ErrorCode.UNKNOWN_METHOD, null),
        Row.error("null for a String", Origin.HTTP, "{\"Search\":[null,1]}", ErrorCode.NULL_NOT_ALLOWED,
            "$.Search[0]"),
        Row.error("null for an int", Origin.HTTP, "{\"Search\":[\"x\",null]}", ErrorCode.NULL_NOT_ALLOWED,
            "$.Search[1]"),
        Row.error("null for a boxed Integer", Origin.LOCAL,
            "{\"Scalars\":[true,1,2,3,4,1.5,2.5,\"c\",5,6,7,8,null]}", ErrorCode.NULL_NOT_ALLOWED,
            "$.Scalars[12]"),
        Row.error("null for a record", Origin.HTTP, "{\"SaveProfile\":null}", ErrorCode.NULL_NOT_ALLOWED,
            "$.SaveProfile"),
        Row.error("not JSON", Origin.HTTP, "{\"Search\":", ErrorCode.BAD_JSON, null),
        Row.error("two keys", Origin.HTTP, "{\"Count\":null,\"Profile\":\"ann\"}", ErrorCode.BAD_REQUEST, null),
        Row.error("not an object", Origin.HTTP, "[\"Count\"]", ErrorCode.BAD_REQUEST, null),
        Row.error("@Local only, from another node", Origin.REMOTE, "{\"Record\":{\"Left\":{\"reason\":\"x\"}}}",
            ErrorCode.NOT_ALLOWED, null),
        Row.error("@Http and @Local, from another node", Origin.REMOTE, "{\"Count\":null}",
            ErrorCode.NOT_ALLOWED, null),
        Row.error("@Remote only, over HTTP", Origin.HTTP, "{\"Ping\":\"bob.os\"}", ErrorCode.NOT_ALLOWED, null),
        Row.error("@Http only, from this node", Origin.LOCAL, "{\"Profile\":\"ann\"}", ErrorCode.NOT_ALLOWED, null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void answers(Row row) {
    DispatchResult result = dispatch(row.origin(), row.body());
    if (row.error() == null) {
      assertThat(json(result)).isEqualTo(row.json());
    } else {
      DispatchError error = error(result);
      assertThat(error.code()).as(error.message()).isEqualTo(row.error());
      assertThat(error.path()).as(error.message()).isEqualTo(row.path());
      assertThat(error.message()).doesNotContain("\tat ").isNotBlank();
    }
  }

  @Test
  void variantArgumentReachesTheState() {
    dispatch(Origin.LOCAL, "{\"Record\":{\"Left\":{\"reason\":\"bye\"}}}");
    assertThat(new String(Wire.encode(process), UTF_8)).contains("\"events\":[{\"Left\":{\"reason\":\"bye\"}}]");
  }

  @Test
  void errorMessagesSayWhatIsWrong() {
    assertThat(error(dispatch(Origin.REMOTE, "{\"Record\":{\"Left\":{\"reason\":\"x\"}}}")).message())
        .isEqualTo("Record cannot be called from another node: it would need @Remote");
    assertThat(error(dispatch(Origin.HTTP, "{\"Ping\":\"bob.os\"}")).message())
        .isEqualTo("Ping cannot be called from HTTP: it would need @Http");
    assertThat(error(dispatch(Origin.REMOTE, "{\"Fly\":null}")).message())
        .isEqualTo("No handler Fly can be called from another node; these can: List, Ping, WhoAmI");
    assertThat(error(dispatch(Origin.HTTP, "{\"Search\":[\"x\",\"ten\"]}")).message())
        .startsWith("Argument 'limit' of Search must be u32 at $.Search[1]: ");
    assertThat(error(dispatch(Origin.HTTP, "{\"Search\":[\"x\"]}")).message())
        .isEqualTo("Search takes 2 arguments, got 1: send an array of 2");
  }

  @Test
  void handlerThatThrowsIsHandlerFailedWithItsMessage() {
    dispatch(Origin.HTTP, "{\"SaveProfile\":{\"age\":3}}");
    DispatchError error = error(dispatch(Origin.HTTP, "{\"Search\":[\"a\",5]}"));
    assertThat(error.code()).isEqualTo(ErrorCode.HANDLER_FAILED);
    assertThat(error.message()).startsWith("Search failed: ").contains("is null").doesNotContain("\tat ");
  }

  @Test
  void asyncHandlerIsPendingAndCompletes() {
    DispatchResult result = dispatch(Origin.REMOTE, "{\"Ping\":\"bob.os\"}");
    assertThat(result).isInstanceOf(DispatchResult.Pending.class);
    assertThat(json(settled(result))).isEqualTo("true");
  }

  @Test
  void pathBoundHandlersTakeTheBareArguments() {
    assertThat(json(dispatcher.invoke(process, Origin.HTTP, context.context, "Count", new byte[0])))
        .isEqualTo("1");
    assertThat(json(dispatcher.invoke(process, Origin.HTTP, context.context, "TagNames",
        "[[{\"label\":\"b\",\"color\":\"BLUE\"}],[]]".getBytes(UTF_8)))).isEqualTo("[\"b\"]");
    DispatchError error = error(dispatcher.invoke(process, Origin.HTTP, context.context, "TagNames",
        "[[],[\"x\"]]".getBytes(UTF_8)));
    assertThat(error.path()).isEqualTo("$[1][0]");
  }

  @Test
  void manifestDescribesTheProcess() {
    AppManifest manifest = dispatcher.manifest();
    assertThat(manifest.processId().toString()).isEqualTo("kitchen-sink:kitchen-sink:template.os");
    assertThat(manifest.handler("TagNames").orElseThrow().httpPath()).isEqualTo("/tags");
    assertThat(manifest.handler("Scalars").orElseThrow().kinds())
        .containsExactlyInAnyOrder(HandlerKind.HTTP, HandlerKind.LOCAL);
    assertThat(manifest.handler("Scalars").orElseThrow().arity()).isEqualTo(13);
    assertThat(manifest.handlers()).hasSize(12);
    assertThat(manifest.endpoints()).containsExactly(
        new AppManifest.EndpointBinding("/api", Endpoint.Kind.HTTP, true, false, false),
        new AppManifest.EndpointBinding("/ws", Endpoint.Kind.WEBSOCKET, true, false, false));
    assertThat(manifest.ui()).isEqualTo(new AppManifest.UiBinding(true, "/", true, false, false));
    assertThat(manifest.saveMode()).isEqualTo(SaveMode.EVERY_N_MESSAGES);
    assertThat(manifest.saveEvery()).isEqualTo(5);
    assertThat(manifest.witWorld()).isEqualTo("kitchen-sink-template-dot-os-v0");
    assertThat(dispatcher.stateType().getName()).isEqualTo("test.kitchen.KitchenSink");
  }

  @Test
  void initAndWebSocketReachTheirMethods() throws Exception {
    dispatcher.init(process, context.context);
    dispatcher.onWebSocket(process, context.context, new WsEvent(7, WsEvent.Kind.TEXT, "hello", null));
    assertThat(context.calls).containsExactly("add[Kitchen Sink, 🍳, /]", "push[7, hello]");
  }

  private DispatchResult dispatch(Origin origin, String body) {
    return dispatcher.dispatch(process, origin, context.context, body.getBytes(UTF_8));
  }
}
