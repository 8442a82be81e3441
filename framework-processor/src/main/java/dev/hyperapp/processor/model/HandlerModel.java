package dev.hyperapp.processor.model;

import dev.hyperapp.processor.model.Parameter.Argument;
import java.util.List;
import java.util.Set;

/**
 * One API handler.
 *
 * @param methodName the Java method name ({@code sendMessage})
 * @param wireName the PascalCase name on the wire ({@code SendMessage})
 * @param witName the kebab-case WIT name ({@code send-message})
 * @param kinds which of {@code @Http}, {@code @Local}, {@code @Remote} it carries (sorted)
 * @param httpMethod for {@code HTTP}, the method (upper-case); else empty
 * @param httpPath for {@code HTTP} with a path of its own, the path; else empty
 * @param parameters all parameters in declaration order, context included
 * @param returns the return type, {@link TypeRef.Unit} for {@code void}
 * @param async whether the method returns {@code CompletionStage<returns>}
 * @param throwsChecked whether the method declares checked exceptions
 */
public record HandlerModel(
    String methodName,
    String wireName,
    String witName,
    Set<Kind> kinds,
    String httpMethod,
    String httpPath,
    List<Parameter> parameters,
    TypeRef returns,
    boolean async,
    boolean throwsChecked) {

  public HandlerModel {
    kinds = Set.copyOf(kinds);
    parameters = List.copyOf(parameters);
  }

  /** The API arguments, without the context. */
  public List<Argument> arguments() {
    return parameters.stream()
        .filter(Argument.class::isInstance)
        .map(Argument.class::cast)
        .toList();
  }

  /** The kinds in their declaration order (HTTP, LOCAL, REMOTE), for deterministic output. */
  public List<Kind> sortedKinds() {
    return kinds.stream().sorted().toList();
  }

  public boolean is(Kind kind) {
    return kinds.contains(kind);
  }

  /** The handler annotations; their order is the order signatures are emitted in. */
  public enum Kind {
    HTTP("http"),
    LOCAL("local"),
    REMOTE("remote");

    private final String witSuffix;

    Kind(String witSuffix) {
      this.witSuffix = witSuffix;
    }

    /** The suffix of the signature record, {@code <fn>-signature-<suffix>}. */
    public String witSuffix() {
      return witSuffix;
    }
  }
}
