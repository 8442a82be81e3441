package dev.hyperapp.processor.js;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.hyperapp.processor.testing.Fixtures;
import dev.hyperapp.processor.testing.GoldenFiles;
import org.junit.jupiter.api.Test;

/**
 * The real processor, every generator included, writes the browser client and the manifest into
 * the app's folder, where the runtime reads them.
 */
class ProcessorOutputTest {

  private static final String FOLDER = "META-INF/hyperapp/apps/template.os/kitchen-sink/kitchen-sink/";

  @Test
  void kitchenSinkClientAndManifestAreInTheAppsFolder() {
    Compilation compilation = Fixtures.compile("kitchen/KitchenSink.java");
    assertThat(compilation).succeeded();
    GoldenFiles.assertMatches("kitchen/js/api.js",
        Fixtures.generatedResource(compilation, FOLDER + "api.js"));
    GoldenFiles.assertMatches("kitchen/js/api.d.ts",
        Fixtures.generatedResource(compilation, FOLDER + "api.d.ts"));
    GoldenFiles.assertMatches("kitchen/manifest/manifest.json",
        Fixtures.generatedResource(compilation, FOLDER + "manifest.json"));
  }
}
