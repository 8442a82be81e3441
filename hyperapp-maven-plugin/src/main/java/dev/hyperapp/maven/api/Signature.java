package dev.hyperapp.maven.api;

import dev.hyperapp.maven.wit.WitDecl;
import dev.hyperapp.maven.wit.WitType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call an API offers: a {@code <fn>-signature-<http|local|remote>} record with {@code target}, the
 * arguments in order and {@code returning} (none for a call that returns nothing), as Hyperware's
 * caller-utils read it.
 *
 * @param record the record's name, {@code send-message-signature-http}
 * @param function the function, {@code send-message}
 * @param kind {@code http}, {@code local} or {@code remote}
 */
public record Signature(String record, String function, String kind, List<WitDecl.Field> arguments,
    Optional<WitType> returning) {

  private static final Pattern NAME = Pattern.compile("(.+)-signature-(http|local|remote)");

  public Signature {
    arguments = List.copyOf(arguments);
  }

  /** The signature a record declares, if it is one: named {@code <fn>-signature-<kind>}, {@code target} first. */
  public static Optional<Signature> of(WitDecl declaration) {
    Matcher name = NAME.matcher(declaration.name());
    if (!(declaration instanceof WitDecl.Record record) || !name.matches() || record.fields().isEmpty()
        || !record.fields().get(0).name().equals("target")) {
      return Optional.empty();
    }
    List<WitDecl.Field> rest = record.fields().subList(1, record.fields().size());
    Optional<WitType> returning = Optional.empty();
    if (!rest.isEmpty() && rest.get(rest.size() - 1).name().equals("returning")) {
      returning = Optional.of(rest.get(rest.size() - 1).type());
      rest = rest.subList(0, rest.size() - 1);
    }
    return Optional.of(new Signature(record.name(), name.group(1), name.group(2), rest, returning));
  }

  /** {@code (to: string, text: string) -> result<chat-message, string>}. */
  public String describe() {
    StringBuilder text = new StringBuilder("(");
    for (int i = 0; i < arguments.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(arguments.get(i).name()).append(": ").append(arguments.get(i).type());
    }
    text.append(")");
    returning.ifPresent(type -> text.append(" -> ").append(type));
    return text.toString();
  }

  /** The argument types alone: what the positional JSON array carries. */
  List<String> argumentTypes() {
    return arguments.stream().map(argument -> argument.type().toString()).toList();
  }
}
