package dev.hyperapp.processor.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JsNamesTest {

  @Test
  void keepsOrdinaryJavaNames() {
    assertThat(JsNames.free("sendMessage", Set.of())).isEqualTo("sendMessage");
    assertThat(JsNames.free("Profile", Set.of("Other"))).isEqualTo("Profile");
  }

  @Test
  void renamesReservedWordsTheClientsOwnNamesAndTheGlobalsItUses() {
    assertThat(JsNames.free("delete", Set.of())).isEqualTo("delete_");
    assertThat(JsNames.free("arguments", Set.of())).isEqualTo("arguments_");
    assertThat(JsNames.free("configure", Set.of())).isEqualTo("configure_");
    assertThat(JsNames.free("response", Set.of())).isEqualTo("response_");
    assertThat(JsNames.free("fetch", Set.of())).isEqualTo("fetch_");
    assertThat(JsNames.free("Promise", Set.of())).isEqualTo("Promise_");
  }

  @Test
  void addsUnderscoresUntilTheNameIsFree() {
    assertThat(JsNames.free("request", Set.of("request_"))).isEqualTo("request__");
    assertThat(JsNames.free("name", Set.of("name"))).isEqualTo("name_");
  }
}
