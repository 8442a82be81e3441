package dev.hyperapp.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.processor.model.HandlerModel.Kind;
import dev.hyperapp.processor.model.Parameter.Argument;
import dev.hyperapp.processor.model.Parameter.ContextParameter;
import dev.hyperapp.processor.model.Parameter.EventParameter;
import dev.hyperapp.processor.model.TypeDecl.EnumConstant;
import dev.hyperapp.processor.model.TypeDecl.EnumDecl;
import dev.hyperapp.processor.model.TypeDecl.Field;
import dev.hyperapp.processor.model.TypeDecl.RecordDecl;
import dev.hyperapp.processor.model.TypeDecl.VariantCase;
import dev.hyperapp.processor.model.TypeDecl.VariantDecl;
import dev.hyperapp.processor.model.TypeRef.Bytes;
import dev.hyperapp.processor.model.TypeRef.Collection;
import dev.hyperapp.processor.model.TypeRef.ListOf;
import dev.hyperapp.processor.model.TypeRef.MapOf;
import dev.hyperapp.processor.model.TypeRef.Named;
import dev.hyperapp.processor.model.TypeRef.OptionOf;
import dev.hyperapp.processor.model.TypeRef.ResultOf;
import dev.hyperapp.processor.model.TypeRef.Scalar;
import dev.hyperapp.processor.model.TypeRef.Standard;
import dev.hyperapp.processor.model.TypeRef.StandardType;
import dev.hyperapp.processor.model.TypeRef.Unit;
import dev.hyperapp.processor.model.TypeRef.WitScalar;
import dev.hyperapp.processor.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model of the kitchen fixture, which uses every row of the type table. */
class ProcessModelReaderTest {

  private static final String PACKAGE = "test.kitchen";
  private static final Named PROFILE = named("profile", "Profile");
  private static final Named TAG = named("tag", "Tag");
  private static final Named COLOR = named("color", "Color");
  private static final Named API_ERROR = named("api-error", "ApiError");
  private static final Named EVENT = named("event", "Event");
  private static final Named POST = named("post", "Post");
  private static final Named FLAGS = named("%flags", "Flags");
  private static final Named ITEM2 = named("item2", "Item2");
  private static final Scalar STRING = new Scalar(WitScalar.STRING, false);

  private static ProcessModel model;

  @BeforeAll
  static void readKitchenSink() {
    model = ModelCapture.read(Fixtures.source("kitchen/KitchenSink.java"));
  }

  @Test
  void derivesNamesFromTheClass() {
    assertThat(model.javaType()).isEqualTo(new JavaType(PACKAGE, List.of("KitchenSink")));
    assertThat(model.displayName()).isEqualTo("Kitchen Sink");
    assertThat(model.process()).isEqualTo("kitchen-sink");
    assertThat(model.packageName()).isEqualTo("kitchen-sink");
    assertThat(model.publisher()).isEqualTo("template.os");
    assertThat(model.processId()).isEqualTo("kitchen-sink:kitchen-sink:template.os");
    assertThat(model.witWorld()).isEqualTo("kitchen-sink-template-dot-os-v0");
    assertThat(model.witInterface()).isEqualTo("kitchen-sink");
    assertThat(model.icon()).isEqualTo("🍳");
  }

  @Test
  void readsEndpointsSaveModeAndUi() {
    assertThat(model.endpoints()).containsExactly(
        new EndpointModel("/api", false, true, false, false),
        new EndpointModel("/ws", true, true, false, false));
    assertThat(model.save()).isEqualTo(new SaveModel(SaveMode.EVERY_N_MESSAGES, 5));
    assertThat(model.ui()).isEqualTo(new UiModel(true, "/", true, false, false));
  }

  @Test
  void readsInitAndWebSocketHandlers() {
    assertThat(model.init()).contains(
        new LifecycleHandler("init", List.of(new ContextParameter()), false));
    assertThat(model.webSocket()).contains(new LifecycleHandler(
        "socket", List.of(new ContextParameter(), new EventParameter()), false));
  }

  @Test
  void sortsHandlersByWireNameAndLeavesHelpersAlone() {
    assertThat(model.handlers()).extracting(HandlerModel::wireName).containsExactly(
        "Count", "EchoBytes", "Item2", "List", "Ping", "Profile", "Record", "SaveProfile",
        "Scalars", "Search", "TagNames", "WhoAmI");
    assertThat(model.handlers()).extracting(HandlerModel::witName).containsExactly(
        "count", "echo-bytes", "item2", "%list", "ping", "profile", "%record", "save-profile",
        "scalars", "search", "tag-names", "who-am-i");
    assertThat(model.handlers()).extracting(HandlerModel::methodName)
        .doesNotContain("profileCount", "init", "socket");
  }

  @Test
  void readsKindsAndHttpRoutes() {
    assertThat(handler("Scalars").kinds()).containsExactlyInAnyOrder(Kind.HTTP, Kind.LOCAL);
    assertThat(handler("WhoAmI").sortedKinds()).containsExactly(Kind.LOCAL, Kind.REMOTE);
    assertThat(handler("Ping").kinds()).containsExactly(Kind.REMOTE);
    assertThat(handler("Record").kinds()).containsExactly(Kind.LOCAL);
    assertThat(handler("TagNames")).extracting(HandlerModel::httpMethod, HandlerModel::httpPath)
        .containsExactly("PUT", "/tags");
    assertThat(handler("Count")).extracting(HandlerModel::httpMethod, HandlerModel::httpPath)
        .containsExactly("GET", "/count");
    assertThat(handler("Search")).extracting(HandlerModel::httpMethod, HandlerModel::httpPath)
        .containsExactly("POST", "");
    assertThat(handler("Record")).extracting(HandlerModel::httpMethod, HandlerModel::httpPath)
        .containsExactly("", "");
  }

  @Test
  void mapsScalarsBoxesAndUnsigned() {
    assertThat(handler("Scalars").arguments()).containsExactly(
        argument("flag", WitScalar.BOOL),
        argument("b", WitScalar.S8),
        argument("s", WitScalar.S16),
        argument("i", WitScalar.S32),
        argument("l", WitScalar.S64),
        argument("f", WitScalar.F32),
        argument("d", WitScalar.F64),
        argument("c", WitScalar.CHAR),
        argument("ub", WitScalar.U8),
        argument("us", WitScalar.U16),
        argument("ui", WitScalar.U32),
        argument("ul", WitScalar.U64),
        new Argument("boxed", "boxed", new Scalar(WitScalar.S32, true)));
    assertThat(handler("Scalars").returns()).isEqualTo(STRING);
  }

  @Test
  void keepsTheContextOutOfTheArguments() {
    HandlerModel search = handler("Search");
    assertThat(search.parameters()).containsExactly(
        new ContextParameter(),
        new Argument("query", "query", STRING),
        argument("limit", WitScalar.U32));
    assertThat(search.returns()).isEqualTo(new ResultOf(
        new ListOf(new MapOf(STRING, PROFILE), Collection.LIST), API_ERROR));
    assertThat(search.async()).isFalse();
    assertThat(search.throwsChecked()).isFalse();
  }

  @Test
  void mapsOptionsBytesArraysSetsAndStandardTypes() {
    assertThat(handler("Profile").returns()).isEqualTo(new OptionOf(PROFILE, true));
    assertThat(handler("SaveProfile").returns()).isEqualTo(new Unit());
    assertThat(handler("EchoBytes").arguments()).containsExactly(
        new Argument("data", "data", new Bytes()),
        new Argument("note", "note", new OptionOf(STRING, false)));
    assertThat(handler("EchoBytes").returns()).isEqualTo(new Bytes());
    assertThat(handler("TagNames").arguments()).containsExactly(
        new Argument("tags", "tags", new ListOf(TAG, Collection.SET)),
        new Argument("ids", "ids", new ListOf(new Scalar(WitScalar.S64, false), Collection.ARRAY)));
    assertThat(handler("TagNames").returns()).isEqualTo(new ListOf(STRING, Collection.ARRAY));
    assertThat(handler("WhoAmI").arguments()).containsExactly(
        new Argument("caller", "caller", new Standard(StandardType.ADDRESS)),
        new Argument("process", "process", new Standard(StandardType.PROCESS_ID)));
    assertThat(handler("WhoAmI").returns())
        .isEqualTo(new ListOf(new Standard(StandardType.PROCESS_ID), Collection.LIST));
  }

  @Test
  void unwrapsCompletionStages() {
    HandlerModel ping = handler("Ping");
    assertThat(ping.async()).isTrue();
    assertThat(ping.returns()).isEqualTo(new Scalar(WitScalar.BOOL, true));
    assertThat(handler("Count").async()).isFalse();
  }

  @Test
  void escapesWitKeywordsAndKeepsDigits() {
    assertThat(handler("List").arguments()).containsExactly(new Argument("type", "%type", FLAGS));
    assertThat(handler("List").returns()).isEqualTo(FLAGS);
    assertThat(handler("Item2").arguments()).containsExactly(new Argument("line1", "line1", ITEM2));
    assertThat(type("%flags")).isEqualTo(new RecordDecl(FLAGS.javaType(), "%flags", List.of(
        new Field("record", "%record", new Scalar(WitScalar.BOOL, false)),
        new Field("type", "%type", STRING),
        new Field("list", "%list", new ListOf(STRING, Collection.LIST))), true));
    assertThat(type("item2")).isEqualTo(new RecordDecl(ITEM2.javaType(), "item2", List.of(
        new Field("line1", "line1", STRING),
        new Field("x86", "x86", new Scalar(WitScalar.S32, false))), true));
  }

  @Test
  void declaresEveryReachableTypeOnceSortedByWitName() {
    assertThat(model.types()).extracting(TypeDecl::witName).containsExactly(
        "%flags", "api-error", "color", "event", "item2", "joined", "left", "post", "posted",
        "profile", "tag");
  }

  @Test
  void readsRecordComponentsAndClassFields() {
    assertThat(type("profile")).isEqualTo(new RecordDecl(PROFILE.javaType(), "profile", List.of(
        new Field("name", "name", STRING),
        new Field("age", "age", new Scalar(WitScalar.U32, false)),
        new Field("bio", "bio", new OptionOf(STRING, true)),
        new Field("tags", "tags", new ListOf(TAG, Collection.LIST)),
        new Field("contacts", "contacts", new MapOf(STRING,
            new ListOf(new Standard(StandardType.ADDRESS), Collection.LIST)))), true));
    assertThat(type("post")).isEqualTo(new RecordDecl(POST.javaType(), "post", List.of(
        new Field("id", "id", new Scalar(WitScalar.S64, false)),
        new Field("text", "text", STRING),
        new Field("replyTo", "reply-to", new OptionOf(STRING, false)),
        new Field("reactions", "reactions",
            new ListOf(new Scalar(WitScalar.S16, true), Collection.SET)),
        new Field("attachment", "attachment", new Bytes())), false));
  }

  @Test
  void readsEnumsAndVariantsInDeclarationOrder() {
    assertThat(type("color")).isEqualTo(new EnumDecl(COLOR.javaType(), "color", List.of(
        new EnumConstant("RED", "red"),
        new EnumConstant("DARK_GREEN", "dark-green"),
        new EnumConstant("BLUE", "blue"))));
    assertThat(type("event")).isEqualTo(new VariantDecl(EVENT.javaType(), "event", List.of(
        new VariantCase("Joined", "joined", eventCase("joined", "Joined")),
        new VariantCase("Left", "left", eventCase("left", "Left")),
        new VariantCase("Posted", "posted", eventCase("posted", "Posted")))));
  }

  private static HandlerModel handler(String wireName) {
    return model.handlers().stream()
        .filter(handler -> handler.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no handler " + wireName));
  }

  private static TypeDecl type(String witName) {
    Optional<TypeDecl> found = model.types().stream()
        .filter(type -> type.witName().equals(witName))
        .findFirst();
    return found.orElseThrow(() -> new AssertionError("no type " + witName));
  }

  private static Argument argument(String name, WitScalar scalar) {
    return new Argument(name, name, new Scalar(scalar, false));
  }

  private static Named named(String witName, String simpleName) {
    return new Named(new JavaType(PACKAGE, List.of("KitchenSink", simpleName)), witName);
  }

  private static Named eventCase(String witName, String simpleName) {
    return new Named(new JavaType(PACKAGE, List.of("KitchenSink", "Event", simpleName)), witName);
  }
}
