package dev.hyperapp.api.dispatch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.api.json.WireType;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.manifest.AppManifest.HandlerEntry;
import dev.hyperapp.api.manifest.HandlerKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The dispatch support against a hand-written handler switch, as a generated dispatcher uses it. */
class DispatchTableTest {

  record Item(String name, List<Integer> counts) {}

  private static final Codec<String> STRING = Codec.of(WireType.of(String.class));
  private static final Codec<Integer> INT = Codec.of(WireType.of(int.class));
  private static final Codec<List<Item>> LIST_ITEM = Codec.of(WireType.of(new TypeReference<>() {}));
  private static final Codec<Optional<String>> OPTIONAL_STRING =
      Codec.of(WireType.of(new TypeReference<>() {}));

  private static final DispatchTable TABLE = new DispatchTable(new AppManifest(
      new ProcessId("p", "p", "template.os"), "P", "", "", null, List.of(), SaveMode.NEVER, 0, "w",
      List.of(
          entry("Greet", 1, HandlerKind.HTTP),
          entry("Add", 2, HandlerKind.LOCAL),
          entry("Store", 1, HandlerKind.REMOTE),
          entry("Find", 1, HandlerKind.HTTP),
          entry("Note", 1, HandlerKind.HTTP),
          entry("Count", 0, HandlerKind.HTTP),
          entry("Fail", 0, HandlerKind.HTTP),
          entry("Later", 1, HandlerKind.HTTP))));

  private static HandlerEntry entry(String name, int arity, HandlerKind kind) {
    return new HandlerEntry(name, Set.of(kind), "", "", arity);
  }

  private final CompletableFuture<String> later = new CompletableFuture<>();

  private DispatchResult handle(Call call) {
    switch (call.method()) {
      case "Greet":
        return STRING.reply(call, "hi " + STRING.argument(call, 0, "name"));
      case "Add":
        return INT.reply(call, INT.argument(call, 0, "a") + INT.argument(call, 1, "b"));
      case "Store":
        return INT.reply(call, LIST_ITEM.argument(call, 0, "items").size());
      case "Find":
        return STRING.reply(call, OPTIONAL_STRING.argument(call, 0, "name").orElse("nobody"));
      case "Note":
        return STRING.reply(call, String.valueOf(STRING.nullableArgument(call, 0, "text")));
      case "Count":
        return call.done();
      case "Fail":
        throw new IllegalStateException("the oven is on fire");
      case "Later":
        return STRING.replyLater(call, later.thenApply(value -> value + STRING.argument(call, 0, "name")));
      default:
        throw new AssertionError(call.method());
    }
  }

  private DispatchResult dispatch(Origin origin, String body) {
    return TABLE.dispatch(origin, body.getBytes(UTF_8), this::handle);
  }

  private static String done(DispatchResult result) {
    assertThat(result).isInstanceOf(DispatchResult.Done.class);
    byte[] json = ((DispatchResult.Done) result).json();
    return json == null ? null : new String(json, UTF_8);
  }

  private static DispatchError failed(DispatchResult result) {
    assertThat(result).isInstanceOf(DispatchResult.Failed.class);
    return ((DispatchResult.Failed) result).error();
  }

  @Test
  void argumentForms() {
    assertThat(done(dispatch(Origin.HTTP, "{\"Greet\":\"ann\"}"))).isEqualTo("\"hi ann\"");
    assertThat(done(dispatch(Origin.HTTP, "{\"Greet\":[\"ann\"]}"))).isEqualTo("\"hi ann\"");
    assertThat(done(dispatch(Origin.LOCAL, "{\"Add\":[2,3]}"))).isEqualTo("5");
    assertThat(done(dispatch(Origin.HTTP, "{\"Count\":null}"))).isNull();
    assertThat(done(dispatch(Origin.HTTP, "{\"Count\":[]}"))).isNull();
    assertThat(done(TABLE.invoke(Origin.HTTP, "Count", new byte[0], this::handle))).isNull();
    assertThat(done(TABLE.invoke(Origin.HTTP, "Greet", "\"bo\"".getBytes(UTF_8), this::handle)))
        .isEqualTo("\"hi bo\"");
  }

  @Test
  void oneArgumentThatIsAListIsNeverUnwrapped() {
    assertThat(done(dispatch(Origin.REMOTE, "{\"Store\":[{\"name\":\"a\",\"counts\":[1]}]}"))).isEqualTo("1");
    assertThat(done(dispatch(Origin.REMOTE, "{\"Store\":[]}"))).isEqualTo("0");
  }

  @Test
  void optionalAndNullable() {
    assertThat(done(dispatch(Origin.HTTP, "{\"Find\":null}"))).isEqualTo("\"nobody\"");
    assertThat(done(dispatch(Origin.HTTP, "{\"Find\":\"zed\"}"))).isEqualTo("\"zed\"");
    assertThat(done(dispatch(Origin.HTTP, "{\"Note\":null}"))).isEqualTo("\"null\"");
    DispatchError error = failed(dispatch(Origin.HTTP, "{\"Greet\":null}"));
    assertThat(error.code()).isEqualTo(ErrorCode.NULL_NOT_ALLOWED);
    assertThat(error.path()).isEqualTo("$.Greet");
    DispatchError primitive = failed(dispatch(Origin.LOCAL, "{\"Add\":[1,null]}"));
    assertThat(primitive.code()).isEqualTo(ErrorCode.NULL_NOT_ALLOWED);
    assertThat(primitive.path()).isEqualTo("$.Add[1]");
  }

  @Test
  void wrongArity() {
    DispatchError error = failed(dispatch(Origin.LOCAL, "{\"Add\":[1]}"));
    assertThat(error.code()).isEqualTo(ErrorCode.WRONG_ARITY);
    assertThat(error.message()).isEqualTo("Add takes 2 arguments, got 1: send an array of 2");
    assertThat(failed(dispatch(Origin.LOCAL, "{\"Add\":7}")).code()).isEqualTo(ErrorCode.WRONG_ARITY);
    assertThat(failed(dispatch(Origin.HTTP, "{\"Count\":[1]}")).code()).isEqualTo(ErrorCode.WRONG_ARITY);
    assertThat(failed(dispatch(Origin.HTTP, "{\"Greet\":[\"a\",\"b\"]}")).code()).isEqualTo(ErrorCode.WRONG_ARITY);
    assertThat(failed(TABLE.invoke(Origin.HTTP, "Greet", null, this::handle)).code())
        .isEqualTo(ErrorCode.WRONG_ARITY);
  }

  @Test
  void wrongTypeNamesThePath() {
    DispatchError error = failed(dispatch(Origin.LOCAL, "{\"Add\":[1,\"two\"]}"));
    assertThat(error.code()).isEqualTo(ErrorCode.WRONG_TYPE);
    assertThat(error.path()).isEqualTo("$.Add[1]");
    assertThat(error.message()).startsWith("Argument 'b' of Add must be int at $.Add[1]: ");
    DispatchError deep = failed(dispatch(Origin.REMOTE,
        "{\"Store\":[{\"name\":\"a\",\"counts\":[1]},{\"name\":\"b\",\"counts\":[1,\"x\"]}]}"));
    assertThat(deep.path()).isEqualTo("$.Store[1].counts[1]");
    assertThat(deep.message()).contains("List<Item>");
    DispatchError unwrapped = failed(dispatch(Origin.HTTP, "{\"Greet\":[5]}"));
    assertThat(unwrapped.path()).isEqualTo("$.Greet[0]");
  }

  @Test
  void badRequests() {
    assertThat(failed(dispatch(Origin.HTTP, "not json")).code()).isEqualTo(ErrorCode.BAD_JSON);
    assertThat(failed(dispatch(Origin.HTTP, "")).code()).isEqualTo(ErrorCode.BAD_JSON);
    assertThat(failed(dispatch(Origin.HTTP, "{\"Greet\":\"a\",\"Count\":null}")).code())
        .isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(failed(dispatch(Origin.HTTP, "{}")).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(failed(dispatch(Origin.HTTP, "[1]")).code()).isEqualTo(ErrorCode.BAD_REQUEST);
    assertThat(failed(dispatch(Origin.HTTP, "{\"Greet\":" + "[".repeat(10_000))).code())
        .isEqualTo(ErrorCode.TOO_LARGE);
  }

  /** Jackson's messages name classes and features; the caller reads what was wrong and where. */
  @Test
  void errorMessagesSpeakOfTheInputNotOfJackson() {
    assertThat(failed(dispatch(Origin.LOCAL, "{\"Add\":[1,\"two\"]}")).message())
        .isEqualTo("Argument 'b' of Add must be int at $.Add[1]: got the string \"two\"");
    assertThat(failed(dispatch(Origin.LOCAL, "{\"Add\":[1,3000000000]}")).message())
        .isEqualTo("Argument 'b' of Add must be int at $.Add[1]: got the number 3000000000, which does not fit an int");
    assertThat(failed(dispatch(Origin.REMOTE, "{\"Store\":[{\"name\":\"a\",\"counts\":[\"x\"]}]}")).message())
        .isEqualTo("Argument 'items' of Store must be List<Item> at $.Store[0].counts[0]: "
            + "an Integer goes there, got the string \"x\"");
    assertThat(failed(dispatch(Origin.HTTP, "{\"Greet\":\"" + "y".repeat(5_000) + "\" ")).message())
        .isEqualTo("The body is not valid JSON at line 1, column 5013: Unexpected end-of-input: "
            + "expected close marker for Object (opened at line 1, column 1)");
    assertThat(failed(dispatch(Origin.HTTP, "{\"Greet\":1} 2")).message())
        .isEqualTo("The body is not valid JSON at line 1, column 13: more follows the first JSON value");
    assertThat(failed(dispatch(Origin.HTTP, "{\"Greet\":" + "[".repeat(10_000))).message())
        .isEqualTo("The body is over the parser's limits: it is nested deeper than 500 levels");
    assertThat(failed(dispatch(Origin.HTTP, "   ")).message()).isEqualTo("The body is empty; send JSON");
  }

  @Test
  void originGating() {
    DispatchError remote = failed(dispatch(Origin.REMOTE, "{\"Add\":[1,2]}"));
    assertThat(remote.code()).isEqualTo(ErrorCode.NOT_ALLOWED);
    assertThat(remote.message()).isEqualTo("Add cannot be called from another node: it would need @Remote");
    assertThat(failed(dispatch(Origin.HTTP, "{\"Store\":[]}")).message()).endsWith("it would need @Http");
    assertThat(done(dispatch(Origin.LOCAL, "{\"Store\":[]}"))).isEqualTo("0");
    assertThat(failed(dispatch(Origin.LOCAL, "{\"Greet\":\"a\"}")).code()).isEqualTo(ErrorCode.NOT_ALLOWED);
  }

  @Test
  void unknownMethodListsOnlyWhatTheOriginReaches() {
    DispatchError error = failed(dispatch(Origin.REMOTE, "{\"Nope\":null}"));
    assertThat(error.code()).isEqualTo(ErrorCode.UNKNOWN_METHOD);
    assertThat(error.message()).isEqualTo("No handler Nope can be called from another node; these can: Store");
  }

  @Test
  void handlerExceptionBecomesHandlerFailedWithItsMessage() {
    DispatchError error = failed(dispatch(Origin.HTTP, "{\"Fail\":null}"));
    assertThat(error.code()).isEqualTo(ErrorCode.HANDLER_FAILED);
    assertThat(error.message()).isEqualTo("Fail failed: the oven is on fire");
  }

  @Test
  void pendingCompletesWithTheReplyOrAFailureNeverExceptionally() {
    DispatchResult result = dispatch(Origin.HTTP, "{\"Later\":\"!\"}");
    assertThat(result).isInstanceOf(DispatchResult.Pending.class);
    CompletableFuture<DispatchResult> stage =
        ((DispatchResult.Pending) result).stage().toCompletableFuture();
    assertThat(stage).isNotDone();
    later.complete("done");
    assertThat(done(stage.join())).isEqualTo("\"done!\"");

    CompletableFuture<String> failing = new CompletableFuture<>();
    Call call = Call.of("Later", 0, null, "$.Later");
    CompletableFuture<DispatchResult> failed =
        ((DispatchResult.Pending) STRING.replyLater(call, failing)).stage().toCompletableFuture();
    failing.completeExceptionally(new IllegalArgumentException("no oven"));
    assertThat(failed(failed.join()).message()).isEqualTo("Later failed: no oven");
    assertThat(failed(STRING.replyLater(call, null)).code()).isEqualTo(ErrorCode.HANDLER_FAILED);
  }
}
