package dev.hyperapp.processor.js;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.processor.testing.GoldenFiles;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BrowserClientGeneratorTest {

  private static final Pattern JS_EXPORT =
      Pattern.compile("^export (?:async function|function|class|const) (\\w+)", Pattern.MULTILINE);
  private static final Pattern DTS_VALUE_EXPORT =
      Pattern.compile("^export (?:function|class|const) (\\w+)", Pattern.MULTILINE);

  @Test
  void kitchenSinkMatchesGoldenFiles() {
    GeneratedClient client = GeneratedClient.of(GeneratedClient.KITCHEN);
    GoldenFiles.assertMatches("kitchen/js/api.js", client.module());
    GoldenFiles.assertMatches("kitchen/js/api.d.ts", client.declarations());
  }

  @Test
  void inboxMatchesGoldenFiles() {
    GeneratedClient client = GeneratedClient.of(GeneratedClient.INBOX);
    GoldenFiles.assertMatches("inbox/js/api.js", client.module());
    GoldenFiles.assertMatches("inbox/js/api.d.ts", client.declarations());
  }

  @Test
  void theOrderOfMembersInTheSourceDoesNotChangeTheClient() {
    GeneratedClient reordered = GeneratedClient.of("wit/reordered/KitchenSink.java");
    assertThat(reordered).isEqualTo(GeneratedClient.of(GeneratedClient.KITCHEN));
  }

  @Test
  void declarationsDeclareExactlyWhatTheModuleExports() {
    for (String fixture : new String[] {GeneratedClient.KITCHEN, GeneratedClient.INBOX}) {
      GeneratedClient client = GeneratedClient.of(fixture);
      assertThat(names(DTS_VALUE_EXPORT, client.declarations()))
          .as(fixture)
          .isEqualTo(names(JS_EXPORT, client.module()));
    }
  }

  @Test
  void onlyHttpHandlersAndTheTypesTheyUseArePartOfTheClient() {
    GeneratedClient client = GeneratedClient.of(GeneratedClient.KITCHEN);
    assertThat(names(JS_EXPORT, client.module())).containsExactlyInAnyOrder(
        "BASE_PATH", "configure", "HttpError", "ResultError",
        "count", "echoBytes", "profile", "saveProfile", "scalars", "search", "tagNames");
    assertThat(client.declarations())
        .contains("export interface Profile {", "export type Color =")
        .doesNotContain("Event", "Flags", "Item2", "Post");
  }

  @Test
  void namesJavaScriptReservesGetATrailingUnderscore() {
    GeneratedClient client = GeneratedClient.of(GeneratedClient.INBOX);
    assertThat(client.module())
        .contains("export async function delete_(subject, request_) {")
        .contains("request(\"DELETE\", \"/letters\", [subject, request_])");
    assertThat(client.declarations())
        .contains("export function delete_(subject: string, request_: string): Promise<Error_ | null>;")
        .contains("export interface Error_ {");
  }

  private static Set<String> names(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.results().map(match -> match.group(1)).collect(Collectors.toSet());
  }
}
