package dev.hyperapp.api.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.hyperapp.annotations.Address;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Result;
import dev.hyperapp.annotations.Unsigned;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireTest {

  record Tag(String label, Color color) {}

  enum Color { RED, DARK_GREEN }

  record Profile(String name, int age, Optional<String> bio, List<Tag> tags) {}

  sealed interface Event permits Joined, Left, Posted {}

  record Joined(Address who) implements Event {}

  record Left(String reason) implements Event {}

  record Posted(Post post) implements Event {}

  /** A class: its fields, whatever their visibility; not its getters, statics or transients. */
  static final class Post {
    static int created;
    private long id;
    protected String text = "";
    transient String cache = "cached";
    List<String> reactions = new ArrayList<>();

    Post() {}

    Post(long id, String text) {
      this.id = id;
      this.text = text;
    }

    public String getSummary() {
      return "not on the wire";
    }
  }

  record Numbers(int i, long l, float f, double d, byte b, short s, char c) {}

  record Holder(Event event, Result<Profile, String> result, Map<String, List<Event>> byName) {}

  record Sizes(@Unsigned byte u8, @Unsigned short u16, @Unsigned int u32, @Unsigned long u64,
      @Unsigned Integer boxed) {}

  static final class Counter {
    @Unsigned int hits;
    @Unsigned long total;
  }

  private static final WireType<Event> EVENT = WireType.of(Event.class);

  private static String json(Object value, TypeReference<?> type) {
    return new String(Wire.encode(value, Wire.type(type)), UTF_8);
  }

  private static String json(Object value) {
    return new String(Wire.encode(value), UTF_8);
  }

  private static <T> T read(String json, TypeReference<T> type) throws IOException {
    return Wire.decode(json.getBytes(UTF_8), Wire.type(type));
  }

  private static <T> T read(String json, Class<T> type) throws IOException {
    return Wire.decode(json.getBytes(UTF_8), type);
  }

  @Test
  void recordIsItsComponents() throws IOException {
    Profile profile = new Profile("ann", 41, Optional.of("hi"), List.of(new Tag("x", Color.DARK_GREEN)));
    String json = json(profile);
    assertThat(json).isEqualTo(
        "{\"name\":\"ann\",\"age\":41,\"bio\":\"hi\",\"tags\":[{\"label\":\"x\",\"color\":\"DARK_GREEN\"}]}");
    assertThat(read(json, Profile.class)).isEqualTo(profile);
  }

  @Test
  void classIsItsFieldsOfAnyVisibility() throws IOException {
    Post post = new Post(7, "hello");
    post.reactions.add("+1");
    String json = json(post);
    assertThat(json).isEqualTo("{\"id\":7,\"text\":\"hello\",\"reactions\":[\"+1\"]}");
    Post back = read(json, Post.class);
    assertThat(back.id).isEqualTo(7);
    assertThat(back.text).isEqualTo("hello");
    assertThat(back.reactions).containsExactly("+1");
    assertThat(back.cache).isEqualTo("cached");
  }

  @Test
  void optionalIsNullOrTheValue() throws IOException {
    Profile profile = new Profile("ann", 1, Optional.empty(), List.of());
    assertThat(json(profile)).contains("\"bio\":null");
    assertThat(read("{\"name\":\"ann\",\"bio\":null}", Profile.class).bio()).isEmpty();
    assertThat(read("\"x\"", new TypeReference<Optional<String>>() {})).contains("x");
    assertThat(read("null", new TypeReference<Optional<String>>() {})).isEmpty();
  }

  @Test
  void unknownPropertiesAreIgnoredAndMissingOnesDefault() throws IOException {
    Profile profile = read("{\"name\":\"ann\",\"removedLongAgo\":[1,2]}", Profile.class);
    assertThat(profile).isEqualTo(new Profile("ann", 0, Optional.empty(), null));
    Post post = read("{\"id\":3,\"added\":true}", Post.class);
    assertThat(post.text).isEmpty();
    assertThat(post.reactions).isEmpty();
    Post fresh = new Post();
    fresh.reactions.add("kept");
    Wire.mapper().readerForUpdating(fresh).readValue("{\"id\":9,\"removed\":{\"a\":1}}");
    assertThat(fresh.id).isEqualTo(9);
    assertThat(fresh.reactions).containsExactly("kept");
  }

  @Test
  void sealedInterfaceIsAnExternallyTaggedVariant() throws IOException {
    Event joined = new Joined(Address.parse("alice.os@chat:chat:template.os"));
    assertThat(new String(EVENT.write(joined), UTF_8))
        .isEqualTo("{\"Joined\":{\"who\":\"alice.os@chat:chat:template.os\"}}");
    Post post = new Post(1, "hi");
    assertThat(new String(EVENT.write(new Posted(post)), UTF_8))
        .isEqualTo("{\"Posted\":{\"post\":{\"id\":1,\"text\":\"hi\",\"reactions\":[]}}}");
    assertThat(EVENT.read("{\"Left\":{\"reason\":\"bye\"}}".getBytes(UTF_8))).isEqualTo(new Left("bye"));
    assertThat(EVENT.read("{\"Joined\":{\"who\":\"bob.os@chat:chat:template.os\"}}".getBytes(UTF_8)))
        .isEqualTo(new Joined(Address.parse("bob.os@chat:chat:template.os")));
  }

  @Test
  void variantsAndResultsInsideOtherTypesKeepTheirShape() throws IOException {
    Holder holder = new Holder(new Left("x"), Result.ok(new Profile("p", 2, Optional.empty(), List.of())),
        Map.of("k", List.of(new Left("y"))));
    String json = json(holder);
    assertThat(json).isEqualTo("{\"event\":{\"Left\":{\"reason\":\"x\"}},"
        + "\"result\":{\"Ok\":{\"name\":\"p\",\"age\":2,\"bio\":null,\"tags\":[]}},"
        + "\"byName\":{\"k\":[{\"Left\":{\"reason\":\"y\"}}]}}");
    assertThat(read(json, Holder.class)).isEqualTo(holder);
  }

  @Test
  void unknownVariantCaseIsAnError() {
    assertThatThrownBy(() -> EVENT.read("{\"Exploded\":{}}".getBytes(UTF_8)))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("Exploded");
  }

  @Test
  void resultIsOkOrErr() throws IOException {
    TypeReference<Result<List<Integer>, String>> type = new TypeReference<>() {};
    assertThat(json(Result.ok(List.of(1, 2)), type)).isEqualTo("{\"Ok\":[1,2]}");
    assertThat(json(Result.err("no"), type)).isEqualTo("{\"Err\":\"no\"}");
    assertThat(read("{\"Ok\":[3]}", type)).isEqualTo(Result.ok(List.of(3)));
    assertThat(read("{\"Err\":\"bad\"}", type)).isEqualTo(Result.err("bad"));
    TypeReference<Result<Void, Event>> unit = new TypeReference<>() {};
    assertThat(json(Result.ok(null), unit)).isEqualTo("{\"Ok\":null}");
    assertThat(read("{\"Ok\":null}", unit)).isEqualTo(Result.ok(null));
    assertThat(json(Result.err(new Left("r")), unit)).isEqualTo("{\"Err\":{\"Left\":{\"reason\":\"r\"}}}");
    assertThat(read("{\"Err\":{\"Left\":{\"reason\":\"r\"}}}", unit)).isEqualTo(Result.err(new Left("r")));
  }

  @Test
  void malformedResultIsAnErrorWithItsPath() {
    TypeReference<Result<Integer, String>> type = new TypeReference<>() {};
    assertThatThrownBy(() -> read("{\"Maybe\":1}", type)).hasMessageContaining("Ok");
    assertThatThrownBy(() -> read("{\"Ok\":1,\"Err\":\"x\"}", type)).hasMessageContaining("exactly one key");
    assertThatThrownBy(() -> read("{\"Err\":null}", type)).hasMessageContaining("must not be null");
    assertThatThrownBy(() -> read("{\"Ok\":\"one\"}", type))
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                .containsExactly("Ok"));
  }

  @Test
  void addressAndProcessIdAreStrings() throws IOException {
    Address address = Address.parse("alice.os@chat:chat:template.os");
    assertThat(json(address)).isEqualTo("\"alice.os@chat:chat:template.os\"");
    assertThat(read("\"alice.os@chat:chat:template.os\"", Address.class)).isEqualTo(address);
    assertThat(json(address.process())).isEqualTo("\"chat:chat:template.os\"");
    assertThat(read("\"chat:chat:template.os\"", ProcessId.class)).isEqualTo(address.process());
    assertThat(read("{\"bob.os@a:b:c.os\":1}", new TypeReference<Map<Address, Integer>>() {}))
        .containsEntry(Address.parse("bob.os@a:b:c.os"), 1);
    assertThatThrownBy(() -> read("\"not an address\"", Address.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("node@process:package:publisher");
    assertThatThrownBy(() -> read("{\"node\":\"a.os\"}", Address.class))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void numbersThatDoNotFitAreErrors() throws IOException {
    String good = "{\"i\":1,\"l\":2,\"f\":1.5,\"d\":2.5,\"b\":-3,\"s\":4,\"c\":\"x\"}";
    assertThat(read(good, Numbers.class)).isEqualTo(new Numbers(1, 2, 1.5f, 2.5, (byte) -3, (short) 4, 'x'));
    assertThatThrownBy(() -> read("{\"d\":1e400}", Numbers.class)).hasMessageContaining("does not fit");
    assertThatThrownBy(() -> read("{\"f\":1e39}", Numbers.class)).hasMessageContaining("does not fit");
    assertThatThrownBy(() -> read("1e400", Double.class)).hasMessageContaining("does not fit");
    assertThat(read("[1.5,2]", double[].class)).containsExactly(1.5, 2.0);
    assertThatThrownBy(() -> read("[1,1e400]", double[].class))
        .isInstanceOfSatisfying(JsonMappingException.class,
            e -> assertThat(e.getPath().get(0).getIndex()).isEqualTo(1))
        .hasMessageContaining("does not fit a double");
    assertThatThrownBy(() -> read("[1e39]", float[].class)).hasMessageContaining("does not fit a float");
    assertThatThrownBy(() -> read("{\"i\":3000000000}", Numbers.class)).hasMessageContaining("out of range");
    assertThatThrownBy(() -> read("{\"l\":9223372036854775808}", Numbers.class))
        .hasMessageContaining("out of range");
    assertThatThrownBy(() -> read("{\"s\":40000}", Numbers.class)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read("{\"b\":200}", Numbers.class)).hasMessageContaining("does not fit a byte");
    assertThatThrownBy(() -> read("{\"b\":-129}", Numbers.class)).hasMessageContaining("does not fit a byte");
    assertThat(read("{\"b\":-128}", Numbers.class).b()).isEqualTo((byte) -128);
    assertThat(read("[127]", Byte[].class)).containsExactly((byte) 127);
    assertThatThrownBy(() -> read("{\"i\":1.5}", Numbers.class)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read("{\"i\":\"5\"}", Numbers.class)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read("5", String.class)).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read("{\"c\":\"xy\"}", Numbers.class)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void unsignedIntegersUseTheirWholeRange() throws IOException {
    Sizes max = new Sizes((byte) -1, (short) -1, -1, -1L, -1);
    String json = "{\"u8\":255,\"u16\":65535,\"u32\":4294967295,\"u64\":18446744073709551615,"
        + "\"boxed\":4294967295}";
    assertThat(json(max)).isEqualTo(json);
    assertThat(read(json, Sizes.class)).isEqualTo(max);
    assertThat(read("{\"u32\":3000000000}", Sizes.class).u32()).isEqualTo((int) 3_000_000_000L);
    assertThat(read("{}", Sizes.class)).isEqualTo(new Sizes((byte) 0, (short) 0, 0, 0L, null));
    Counter counter = read("{\"hits\":4000000000,\"total\":1}", Counter.class);
    assertThat(Integer.toUnsignedLong(counter.hits)).isEqualTo(4_000_000_000L);
    assertThat(json(counter)).isEqualTo("{\"hits\":4000000000,\"total\":1}");
  }

  @Test
  void unsignedIntegersOutOfRangeAreErrors() {
    assertThatThrownBy(() -> read("{\"u8\":256}", Sizes.class)).hasMessageContaining("does not fit u8 (0 to 255)");
    assertThatThrownBy(() -> read("{\"u32\":-1}", Sizes.class)).hasMessageContaining("does not fit u32");
    assertThatThrownBy(() -> read("{\"u64\":18446744073709551616}", Sizes.class))
        .hasMessageContaining("does not fit u64");
    assertThatThrownBy(() -> read("{\"u16\":1.5}", Sizes.class)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void unsignedWireTypeForArgumentsAndResults() throws IOException {
    WireType<Integer> u32 = WireType.unsigned(int.class);
    assertThat(new String(u32.write(-1), UTF_8)).isEqualTo("4294967295");
    assertThat(u32.read("4294967295".getBytes(UTF_8))).isEqualTo(-1);
    assertThat(u32.toString()).isEqualTo("u32");
    assertThatThrownBy(() -> u32.read("4294967296".getBytes(UTF_8))).hasMessageContaining("does not fit u32");
    assertThatThrownBy(() -> u32.read("\"1\"".getBytes(UTF_8))).hasMessageContaining("Cannot read u32");
    assertThat(WireType.unsigned(Long.class).read(Wire.mapper().readTree("null"))).isNull();
    assertThatThrownBy(() -> WireType.unsigned(Double.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThatThrownBy(() -> read(deep, Object.class)).isInstanceOf(StreamConstraintsException.class);
    assertThatThrownBy(() -> Wire.mapper().readTree(deep)).isInstanceOf(StreamConstraintsException.class);
    String deepObject = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertThatThrownBy(() -> read(deepObject, new TypeReference<Map<String, Object>>() {}))
        .isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void duplicateKeysAndTrailingTokensAreErrors() {
    assertThatThrownBy(() -> read("{\"name\":\"a\",\"name\":\"b\"}", Profile.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> read("{\"name\":\"a\"} {}", Profile.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  /** State (not the API) may hold these JDK types; they are ISO-8601 strings and plain numbers. */
  record Diary(Instant at, Duration took, LocalDate day, OffsetDateTime meeting, BigDecimal price, UUID id) {}

  @Test
  void stateMayHoldTimesAndOtherJdkData() throws IOException {
    Diary diary = new Diary(Instant.parse("2026-11-28T12:00:00Z"), Duration.ofMinutes(90),
        LocalDate.of(2026, 11, 28), OffsetDateTime.parse("2026-11-28T13:00+01:00"), new BigDecimal("9.99"),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    String json = json(diary);
    assertThat(json).isEqualTo("{\"at\":\"2026-11-28T12:00:00Z\",\"took\":\"PT1H30M\","
        + "\"day\":\"2026-11-28\",\"meeting\":\"2026-11-28T13:00:00+01:00\",\"price\":9.99,"
        + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\"}");
    assertThat(read(json, Diary.class)).isEqualTo(diary);
  }

  @Test
  void enumsAreTheirNamesNotNumbers() throws IOException {
    assertThat(json(Color.DARK_GREEN)).isEqualTo("\"DARK_GREEN\"");
    assertThat(read("\"RED\"", Color.class)).isEqualTo(Color.RED);
    assertThatThrownBy(() -> read("0", Color.class)).isInstanceOf(JsonProcessingException.class);
  }

  @Test
  void bytesAreBase64AndArraysOfNumbersAreAccepted() throws IOException {
    assertThat(json(new byte[] {1, 2, 3})).isEqualTo("\"AQID\"");
    assertThat(read("\"AQID\"", byte[].class)).containsExactly(1, 2, 3);
    assertThat(read("[1,2,3]", byte[].class)).containsExactly(1, 2, 3);
  }

  @Test
  void describesTypesShortly() {
    assertThat(Wire.describe(Wire.type(new TypeReference<List<Map<String, Profile>>>() {})))
        .isEqualTo("List<Map<String, Profile>>");
    assertThat(Wire.describe(Wire.type(long[].class))).isEqualTo("long[]");
    assertThat(WireType.of(new TypeReference<Optional<List<String>>>() {}).isArray()).isTrue();
    assertThat(WireType.of(String.class).isArray()).isFalse();
  }
}
