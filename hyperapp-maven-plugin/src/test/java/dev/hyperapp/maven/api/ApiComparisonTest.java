package dev.hyperapp.maven.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.maven.wit.WitPackage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiComparisonTest {

  private static final String BEFORE = """
      package a-dot-os:shop;
      interface shop {
          use standard.{address};

          record item {
              name: string,
              price: u32,
          }

          enum color {
              red,
              blue,
          }

          /// Request: {"Buy": [item, count]}
          record buy-signature-remote {
              target: address,
              item: item,
              count: u32,
              returning: result<bool, string>,
          }

          /// Request: {"Ping": null}
          record ping-signature-local {
              target: address,
          }

          record paint-signature-http {
              target: string,
              color: color,
              returning: bool,
          }
      }
      world shop-a-dot-os-v0 {
          import shop;
      }
      """;

  @Test
  void theSameApiHasNoChangesWhateverTheCommentsAndLayout() {
    String reformatted = BEFORE.replace("/// Request: {\"Buy\": [item, count]}", "/// Buys.")
        .replace("    record item {\n        name: string,\n        price: u32,\n    }", "record item { name: string, price: u32 }");

    assertThat(changes(reformatted)).isEmpty();
  }

  @Test
  void anAddedFunctionIsCompatible() {
    List<ApiChange> changes = changes(BEFORE.replace("    record ping-signature-local {",
        "    record stock-signature-remote {\n        target: address,\n        returning: list<item>,\n    }\n\n"
            + "    record ping-signature-local {"));

    assertThat(changes).containsExactly(ApiChange.compatible("stock",
        "added function stock (stock-signature-remote in interface shop: () -> list<item>)"));
  }

  @Test
  void aRemovedFunctionBreaksNamingItsSignature() {
    List<ApiChange> changes = changes(BEFORE.replace(
        "    record ping-signature-local {\n        target: address,\n    }\n", ""));

    assertThat(changes).containsExactly(ApiChange.breaking("ping",
        "removed function ping (ping-signature-local in interface shop, was ())"));
  }

  @Test
  void aRenamedFunctionIsARemovedOneAndAnAddedOne() {
    List<ApiChange> changes = changes(BEFORE.replace("ping-signature-local", "pong-signature-local"));

    assertThat(changes).extracting(ApiChange::toString).containsExactly(
        "breaking: removed function ping (ping-signature-local in interface shop, was ())",
        "compatible: added function pong (pong-signature-local in interface shop: ())");
  }

  @Test
  void changedArgumentsOrReturnTypesBreak() {
    assertThat(changes(BEFORE.replace("count: u32,\n        returning", "count: u64,\n        returning")))
        .containsExactly(ApiChange.breaking("buy", "changed the arguments of buy (buy-signature-remote in interface"
            + " shop): (item: item, count: u32) -> result<bool, string> became (item: item, count: u64)"
            + " -> result<bool, string>"));
    assertThat(changes(BEFORE.replace("returning: result<bool, string>", "returning: result<_, string>")))
        .containsExactly(ApiChange.breaking("buy", "changed the return type of buy (buy-signature-remote in"
            + " interface shop): result<bool, string> became result<_, string>"));
    assertThat(changes(BEFORE.replace("    record ping-signature-local {\n        target: address,\n",
        "    record ping-signature-local {\n        target: address,\n        returning: bool,\n")))
        .extracting(ApiChange::toString).containsExactly("breaking: changed the return type of ping"
            + " (ping-signature-local in interface shop): nothing became bool");
  }

  @Test
  void renamedArgumentsAreCompatibleSinceTheyTravelByPosition() {
    assertThat(changes(BEFORE.replace("count: u32,\n        returning", "quantity: u32,\n        returning")))
        .singleElement().satisfies(change -> {
          assertThat(change.isBreaking()).isFalse();
          assertThat(change.description()).startsWith("renamed arguments of buy");
        });
  }

  @Test
  void anAddedOptionalFieldIsCompatibleARequiredOneBreaksNamingTheSignaturesThatUseIt() {
    assertThat(changes(BEFORE.replace("price: u32,\n", "price: u32,\n        note: option<string>,\n")))
        .containsExactly(ApiChange.compatible("item",
            "added optional field note: option<string> to record item in interface shop"));
    assertThat(changes(BEFORE.replace("price: u32,\n", "price: u32,\n        note: string,\n")))
        .containsExactly(ApiChange.breaking("item", "added required field note: string to record item in"
            + " interface shop, used by buy-signature-remote (make it an option to keep old callers working)"));
  }

  @Test
  void aChangedOrRemovedFieldBreaks() {
    assertThat(changes(BEFORE.replace("price: u32", "price: f64"))).extracting(ApiChange::toString)
        .containsExactly("breaking: changed field price of record item in interface shop from u32 to f64,"
            + " used by buy-signature-remote");
    assertThat(changes(BEFORE.replace("        price: u32,\n", ""))).extracting(ApiChange::toString)
        .containsExactly("breaking: removed field price of record item in interface shop, used by buy-signature-remote");
  }

  @Test
  void anyChangeOfEnumCasesBreaksReaders() {
    assertThat(changes(BEFORE.replace("blue,\n", "blue,\n        green,\n"))).extracting(ApiChange::toString)
        .containsExactly("breaking: added case green to enum color in interface shop, used by"
            + " paint-signature-http (readers built before reject it)");
    assertThat(changes(BEFORE.replace("        red,\n", ""))).extracting(ApiChange::toString)
        .containsExactly("breaking: removed case red of enum color in interface shop, used by paint-signature-http");
  }

  @Test
  void typesInterfacesAndWorlds() {
    assertThat(changes(BEFORE.replace("    enum color {", "    record label { text: string }\n\n    enum color {")))
        .containsExactly(ApiChange.compatible("label", "added record label in interface shop"));
    assertThat(changes(BEFORE.replace("import shop;", "import shop;\n    import extra;") + "interface extra {}"))
        .extracting(ApiChange::toString).containsExactly(
            "compatible: added interface extra", "compatible: added import extra to world shop-a-dot-os-v0");
    assertThat(changes(BEFORE.replace("world shop-a-dot-os-v0", "world shop-a-dot-os-v1")))
        .extracting(ApiChange::toString).containsExactly(
            "breaking: removed world shop-a-dot-os-v0", "compatible: added world shop-a-dot-os-v1");
    assertThat(changes(BEFORE.replace("package a-dot-os:shop;", "package a-dot-os:store;")))
        .containsExactly(ApiChange.breaking("a-dot-os:shop", "renamed package a-dot-os:shop to a-dot-os:store"));
  }

  private static List<ApiChange> changes(String after) {
    return ApiComparison.compare(WitPackage.of(Map.of("shop.wit", BEFORE)), WitPackage.of(Map.of("shop.wit", after)));
  }
}
