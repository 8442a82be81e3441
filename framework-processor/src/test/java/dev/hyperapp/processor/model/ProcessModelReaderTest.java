package dev.hyperapp.processor.model;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.processor.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ProcessModelReaderTest {

  @Test
  void readsKitchenSink() {
    ModelCapture capture = ModelCapture.compile(Fixtures.source("kitchen/KitchenSink.java"));
    assertThat(capture.compilation).succeededWithoutWarnings();
    assertThat(capture.models).hasSize(1);
    ProcessModel model = capture.models.get(0);
    System.out.println(model.toString().replace("], ", "],\n"));
  }
}
