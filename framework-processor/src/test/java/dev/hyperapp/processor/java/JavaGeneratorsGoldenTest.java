package dev.hyperapp.processor.java;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.hyperapp.processor.testing.Fixtures;
import dev.hyperapp.processor.testing.GoldenFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated dispatcher, client and services file of the kitchen fixture, against golden files. */
class JavaGeneratorsGoldenTest {

  private static Compilation kitchen;

  @BeforeAll
  static void compile() {
    kitchen = Fixtures.compile("kitchen/KitchenSink.java");
    assertThat(kitchen).succeededWithoutWarnings();
  }

  @Test
  void dispatcher() {
    GoldenFiles.assertMatches("kitchen/java/KitchenSinkDispatcher.java",
        Fixtures.generatedSource(kitchen, "test.kitchen.KitchenSinkDispatcher"));
  }

  @Test
  void client() {
    GoldenFiles.assertMatches("kitchen/java/KitchenSinkClient.java",
        Fixtures.generatedSource(kitchen, "test.kitchen.KitchenSinkClient"));
  }

  @Test
  void servicesFile() {
    GoldenFiles.assertMatches("kitchen/java/" + ServiceRegistryGenerator.PATH,
        Fixtures.generatedResource(kitchen, ServiceRegistryGenerator.PATH));
  }
}
