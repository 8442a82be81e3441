package dev.hyperapp.processor.model;

import java.util.List;

/**
 * A named Java class, as generators need to refer to it: {@code com.example.Outer.Inner} is package
 * {@code com.example} and simple names {@code [Outer, Inner]}.
 */
public record JavaType(String packageName, List<String> simpleNames) {

  public JavaType {
    simpleNames = List.copyOf(simpleNames);
    if (simpleNames.isEmpty()) {
      throw new IllegalArgumentException("a type needs a name");
    }
  }

  /** The innermost simple name. */
  public String simpleName() {
    return simpleNames.get(simpleNames.size() - 1);
  }

  /** The canonical name, {@code com.example.Outer.Inner}. */
  public String canonicalName() {
    String nested = String.join(".", simpleNames);
    return packageName.isEmpty() ? nested : packageName + "." + nested;
  }
}
