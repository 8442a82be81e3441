package dev.hyperapp.processor.js;

import dev.hyperapp.processor.model.ModelCapture;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The browser client generated from a fixture, as text or written into a folder. */
record GeneratedClient(String module, String declarations) {

  static final String KITCHEN = "kitchen/KitchenSink.java";
  static final String INBOX = "browser/Inbox.java";

  /** Compiled once per fixture: compiling is what makes these tests slow. */
  private static final Map<String, GeneratedClient> BY_FIXTURE = new ConcurrentHashMap<>();

  /** Reads {@code fixture} with the real model reader and generates its client. */
  static GeneratedClient of(String fixture) {
    return BY_FIXTURE.computeIfAbsent(fixture, path -> {
      ProcessModel model = ModelCapture.read(Fixtures.source(path));
      return new GeneratedClient(
          BrowserClientGenerator.module(model), BrowserClientGenerator.declarations(model));
    });
  }

  /** Writes {@code api.js} and {@code api.d.ts} into {@code directory}. */
  void writeTo(Path directory) {
    try {
      Files.writeString(directory.resolve("api.js"), module, StandardCharsets.UTF_8);
      Files.writeString(directory.resolve("api.d.ts"), declarations, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
