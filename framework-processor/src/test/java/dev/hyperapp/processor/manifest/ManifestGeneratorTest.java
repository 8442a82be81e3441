package dev.hyperapp.processor.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.processor.model.ModelCapture;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.testing.Fixtures;
import dev.hyperapp.processor.testing.GoldenFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ManifestGeneratorTest {

  private static ProcessModel kitchen;

  @BeforeAll
  static void readKitchenSink() {
    kitchen = ModelCapture.read(Fixtures.source("kitchen/KitchenSink.java"));
  }

  @Test
  void kitchenSinkMatchesGoldenFile() {
    GoldenFiles.assertMatches("kitchen/manifest/manifest.json", ManifestGenerator.render(kitchen));
  }

  @Test
  void isJsonThatAJsonLibraryReadsBackUnchanged() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(ManifestGenerator.render(kitchen));

    assertThat(manifest.get("processId").asText()).isEqualTo("kitchen-sink:kitchen-sink:template.os");
    assertThat(manifest.get("displayName").asText()).isEqualTo("Kitchen Sink");
    assertThat(manifest.get("icon").asText()).isEqualTo("🍳");
    assertThat(manifest.get("dispatcherClass").asText()).isEqualTo("test.kitchen.KitchenSinkDispatcher");
    assertThat(manifest.get("saveEvery").asInt()).isEqualTo(5);
    assertThat(manifest.get("endpoints").findValuesAsText("kind")).containsExactly("HTTP", "WEBSOCKET");
    assertThat(manifest.get("handlers")).hasSize(kitchen.handlers().size());

    JsonNode search = manifest.get("handlers").get(indexOf(kitchen, "Search"));
    assertThat(search.get("name").asText()).isEqualTo("Search");
    assertThat(search.get("arity").asInt()).as("the Context is not an argument").isEqualTo(2);
    assertThat(search.get("arguments").toString()).isEqualTo("[\"query\",\"limit\"]");
  }

  @Test
  void keepsOnlyAsciiSoTheBuildsEncodingCannotChangeIt() {
    assertThat(ManifestGenerator.render(kitchen))
        .contains("\"icon\": \"\\ud83c\\udf73\"")
        .matches("\\p{ASCII}*");
  }

  @Test
  void isTheSameEveryTime() {
    ProcessModel again = ModelCapture.read(Fixtures.source("kitchen/KitchenSink.java"));
    assertThat(ManifestGenerator.render(again)).isEqualTo(ManifestGenerator.render(kitchen));
  }

  @Test
  void sitsInAFolderPerAppWithoutColons() {
    assertThat(AppResources.path(kitchen, AppResources.MANIFEST))
        .isEqualTo("META-INF/hyperapp/apps/template.os/kitchen-sink/kitchen-sink/manifest.json");
  }

  private static int indexOf(ProcessModel model, String wireName) {
    for (int i = 0; i < model.handlers().size(); i++) {
      if (model.handlers().get(i).wireName().equals(wireName)) {
        return i;
      }
    }
    throw new AssertionError("no handler " + wireName);
  }
}
