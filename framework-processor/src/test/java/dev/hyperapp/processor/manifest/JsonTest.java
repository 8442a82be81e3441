package dev.hyperapp.processor.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void quotesEscapeWhatJsonAndJavaScriptRequireAndEverythingNonAscii() {
    assertThat(Json.quote("a\"b\\c\nd\re\tf\u0001g\u007f é \u2028"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\u0001g\\u007f \\u00e9 \\u2028\"");
  }

  @Test
  void writesObjectsALinePerKeyInTheMapsOrder() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", 1);
    inner.put("a", true);
    Map<String, Object> outer = new LinkedHashMap<>();
    outer.put("name", "x");
    outer.put("inner", inner);
    outer.put("none", null);
    outer.put("empty", Map.of());

    assertThat(Json.write(outer)).isEqualTo("""
        {
          "name": "x",
          "inner": {
            "z": 1,
            "a": true
          },
          "none": null,
          "empty": {}
        }
        """);
  }

  @Test
  void keepsArraysOfScalarsOnOneLineAndPutsObjectsOnTheirOwn() {
    assertThat(Json.write(List.of(List.of("a", "b"), List.of(), Map.of("k", 2L)))).isEqualTo("""
        [
          ["a", "b"],
          [],
          {
            "k": 2
          }
        ]
        """);
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThatThrownBy(() -> Json.write(List.of(1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
  }
}
