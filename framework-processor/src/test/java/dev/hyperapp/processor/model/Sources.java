package dev.hyperapp.processor.model;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/** Small inline sources in package {@code test}, with the imports every test source needs. */
final class Sources {

  private Sources() {}

  /** {@code test.App}, a process with default settings and these members, one a line. */
  static JavaFileObject app(String... members) {
    return appWith("", members);
  }

  /** {@code test.App} with these {@code @Hyperprocess} attributes and members. */
  static JavaFileObject appWith(String attributes, String... members) {
    List<String> lines = new ArrayList<>();
    lines.add(attributes.isEmpty() ? "@Hyperprocess" : "@Hyperprocess(" + attributes + ")");
    lines.add("public class App {");
    for (String member : members) {
      lines.add("  " + member);
    }
    lines.add("}");
    return source(lines.toArray(String[]::new));
  }

  /** {@code test.App} (or the first class) with the usual imports and these lines. */
  static JavaFileObject source(String... lines) {
    List<String> all = new ArrayList<>(List.of(
        "package test;",
        "",
        "import dev.hyperapp.annotations.*;",
        "import java.util.*;",
        "import java.util.concurrent.*;",
        "import java.util.function.*;",
        ""));
    for (String line : lines) {
      all.addAll(List.of(line.split("\n", -1)));
    }
    String firstClass = all.stream()
        .filter(line -> line.matches(".*\\b(class|interface) \\w+.*"))
        .map(line -> line.replaceAll(".*\\b(class|interface) (\\w+).*", "$2"))
        .findFirst()
        .orElseThrow();
    return JavaFileObjects.forSourceLines("test." + firstClass, all.toArray(String[]::new));
  }
}
