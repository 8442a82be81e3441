package dev.hyperapp.processor;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Where generators write, through the {@link Filer} only, with the process class as the originating
 * element so incremental builds know what each file came from. Generators see this, never elements.
 */
public final class GeneratedFiles {

  private final Filer filer;
  private final Element[] origins;

  GeneratedFiles(Filer filer, Element... origins) {
    this.filer = filer;
    this.origins = origins.clone();
  }

  /** Writes a Java source file. */
  public void writeJava(JavaFile file) {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    // Formatted in memory first: JavaPoet appends piece by piece, each through the Filer's encoder.
    String source = file.toString();
    try (Writer writer = filer.createSourceFile(name, origins).openWriter()) {
      writer.write(source);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + name, e);
    }
  }

  /** Writes a resource into the class output, for example {@code META-INF/hyperapp/wit/chat.wit}. */
  public void writeResource(String path, String content) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, origins);
      try (Writer writer = file.openWriter()) {
        writer.write(content);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + path, e);
    }
  }
}
