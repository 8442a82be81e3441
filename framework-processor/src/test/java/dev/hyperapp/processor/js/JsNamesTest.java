package dev.hyperapp.processor.js;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
  void reservesEveryTopLevelNameOfTheClientTemplates() {
    Pattern definition = Pattern.compile(
        "^(?:export )?(?:async )?(?:function|class|const|let) (\\w+)", Pattern.MULTILINE);
    String templates = ClientTemplates.CORE_JS + ClientTemplates.BYTES_JS + ClientTemplates.CORE_DTS;
    List<String> defined = definition.matcher(templates).results().map(match -> match.group(1)).toList();

    assertThat(defined).contains("request", "HttpError", "toBase64");
    assertThat(defined).allMatch(JsNames::isReserved);
  }

  @Test
  void addsUnderscoresUntilTheNameIsFree() {
    assertThat(JsNames.free("request", Set.of("request_"))).isEqualTo("request__");
    assertThat(JsNames.free("name", Set.of("name"))).isEqualTo("name_");
  }
}
