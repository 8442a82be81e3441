package dev.hyperapp.maven.api;

import dev.hyperapp.maven.wit.WitDecl;
import dev.hyperapp.maven.wit.WitInterface;
import dev.hyperapp.maven.wit.WitPackage;
import dev.hyperapp.maven.wit.WitType;
import dev.hyperapp.maven.wit.WitWorld;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Classifies what changed between two versions of a WIT package. Compatible: an added interface,
 * world, import, function, type or {@code option} field, renamed arguments, reordered fields (JSON
 * names them). Breaking: anything removed or renamed, a changed argument list or return type, a
 * changed type (a new required field, a new or removed case, another field type), since an old caller
 * or reader then fails. A changed type names the signatures that reach it.
 */
public final class ApiComparison {

  private final List<ApiChange> changes = new ArrayList<>();

  private ApiComparison() {}

  /** The changes from {@code before} to {@code after}, in a stable order. */
  public static List<ApiChange> compare(WitPackage before, WitPackage after) {
    ApiComparison comparison = new ApiComparison();
    comparison.packages(before, after);
    return List.copyOf(comparison.changes);
  }

  private void packages(WitPackage before, WitPackage after) {
    if (!before.name().equals(after.name())) {
      changes.add(ApiChange.breaking(before.name(),
          "renamed package " + before.name() + " to " + after.name()));
    }
    matchUp(byName(before.interfaces(), WitInterface::name), byName(after.interfaces(), WitInterface::name),
        removed -> ApiChange.breaking(removed.name(), "removed interface " + removed.name()
            + signatureList(" with ", signatures(removed).keySet())),
        added -> ApiChange.compatible(added.name(), "added interface " + added.name()),
        this::interfaces);
    matchUp(byName(before.worlds(), WitWorld::name), byName(after.worlds(), WitWorld::name),
        removed -> ApiChange.breaking(removed.name(), "removed world " + removed.name()),
        added -> ApiChange.compatible(added.name(), "added world " + added.name()),
        this::worlds);
  }

  private void worlds(WitWorld before, WitWorld after) {
    members(before.name(), "import", before.imports(), after.imports());
    members(before.name(), "export", before.exports(), after.exports());
  }

  private void members(String world, String what, List<String> before, List<String> after) {
    before.stream().filter(name -> !after.contains(name)).forEach(name -> changes.add(
        ApiChange.breaking(world, "removed " + what + " " + name + " from world " + world)));
    after.stream().filter(name -> !before.contains(name)).forEach(name -> changes.add(
        ApiChange.compatible(world, "added " + what + " " + name + " to world " + world)));
  }

  private void interfaces(WitInterface before, WitInterface after) {
    String where = " in interface " + after.name();
    matchUp(signatures(before), signatures(after),
        removed -> ApiChange.breaking(removed.function(), "removed function " + removed.function()
            + " (" + removed.record() + where + ", was " + removed.describe() + ")"),
        added -> ApiChange.compatible(added.function(), "added function " + added.function()
            + " (" + added.record() + where + ": " + added.describe() + ")"),
        (old, now) -> signature(old, now, where));
    Map<String, Set<String>> users = new Reachability(after).signaturesByType();
    Map<String, Set<String>> oldUsers = new Reachability(before).signaturesByType();
    matchUp(types(before), types(after),
        removed -> ApiChange.breaking(removed.name(), "removed " + removed.kind() + " " + removed.name() + where
            + signatureList(", used by ", oldUsers.getOrDefault(removed.name(), Set.of()))),
        added -> ApiChange.compatible(added.name(), "added " + added.kind() + " " + added.name() + where),
        (old, now) -> type(old, now, where, users.getOrDefault(now.name(), Set.of())));
  }

  private void signature(Signature before, Signature after, String where) {
    String name = after.function() + " (" + after.record() + where + ")";
    if (!before.argumentTypes().equals(after.argumentTypes())) {
      changes.add(ApiChange.breaking(after.function(), "changed the arguments of " + name + ": "
          + before.describe() + " became " + after.describe()));
    } else if (!before.arguments().equals(after.arguments())) {
      changes.add(ApiChange.compatible(after.function(), "renamed arguments of " + name + ": "
          + before.describe() + " became " + after.describe() + " (arguments travel by position)"));
    }
    if (!before.returning().equals(after.returning())) {
      changes.add(ApiChange.breaking(after.function(), "changed the return type of " + name + ": "
          + before.returning().map(Object::toString).orElse("nothing") + " became "
          + after.returning().map(Object::toString).orElse("nothing")));
    }
  }

  private void type(WitDecl before, WitDecl after, String where, Set<String> users) {
    String name = after.kind() + " " + after.name() + where;
    String usedBy = signatureList(", used by ", users);
    if (!before.kind().equals(after.kind())) {
      changes.add(ApiChange.breaking(after.name(),
          "changed " + before.kind() + " " + before.name() + where + " into a " + after.kind() + usedBy));
    } else if (before instanceof WitDecl.Record old && after instanceof WitDecl.Record now) {
      fields(old, now, name, usedBy);
    } else if (before instanceof WitDecl.Enum old && after instanceof WitDecl.Enum now) {
      cases(after.name(), name, usedBy, old.cases(), now.cases(), Function.identity());
    } else if (before instanceof WitDecl.Variant old && after instanceof WitDecl.Variant now) {
      cases(after.name(), name, usedBy, old.cases(), now.cases(),
          variantCase -> variantCase.name() + variantCase.payload().map(type -> "(" + type + ")").orElse(""));
    } else if (!Objects.equals(((WitDecl.Alias) before).type(), ((WitDecl.Alias) after).type())) {
      changes.add(ApiChange.breaking(after.name(), "changed " + name + " from "
          + ((WitDecl.Alias) before).type() + " to " + ((WitDecl.Alias) after).type() + usedBy));
    }
  }

  private void fields(WitDecl.Record before, WitDecl.Record after, String name, String usedBy) {
    Map<String, WitType> old = fieldTypes(before);
    Map<String, WitType> now = fieldTypes(after);
    old.forEach((field, type) -> {
      if (!now.containsKey(field)) {
        changes.add(ApiChange.breaking(after.name(), "removed field " + field + " of " + name + usedBy));
      } else if (!now.get(field).equals(type)) {
        changes.add(ApiChange.breaking(after.name(), "changed field " + field + " of " + name + " from "
            + type + " to " + now.get(field) + usedBy));
      }
    });
    now.forEach((field, type) -> {
      if (old.containsKey(field)) {
        return;
      }
      changes.add(type instanceof WitType.OptionOf
          ? ApiChange.compatible(after.name(), "added optional field " + field + ": " + type + " to " + name)
          : ApiChange.breaking(after.name(), "added required field " + field + ": " + type + " to " + name
              + usedBy + " (make it an option to keep old callers working)"));
    });
    List<String> oldOrder = old.keySet().stream().filter(now::containsKey).toList();
    List<String> newOrder = now.keySet().stream().filter(old::containsKey).toList();
    if (!oldOrder.equals(newOrder)) {
      changes.add(ApiChange.compatible(after.name(), "reordered the fields of " + name + " (JSON names them)"));
    }
  }

  /** Enum and variant cases: a reader rejects a case it does not know, so any change breaks. */
  private <C> void cases(String subject, String name, String usedBy, List<C> before, List<C> after,
      Function<C, String> text) {
    Set<String> old = before.stream().map(text).collect(Collectors.toCollection(TreeSet::new));
    Set<String> now = after.stream().map(text).collect(Collectors.toCollection(TreeSet::new));
    old.stream().filter(c -> !now.contains(c)).forEach(c -> changes.add(
        ApiChange.breaking(subject, "removed case " + c + " of " + name + usedBy)));
    now.stream().filter(c -> !old.contains(c)).forEach(c -> changes.add(ApiChange.breaking(subject,
        "added case " + c + " to " + name + usedBy + " (readers built before reject it)")));
  }

  private static Map<String, WitType> fieldTypes(WitDecl.Record record) {
    Map<String, WitType> fields = new LinkedHashMap<>();
    record.fields().forEach(field -> fields.put(field.name(), field.type()));
    return fields;
  }

  static Map<String, Signature> signatures(WitInterface declared) {
    Map<String, Signature> signatures = new LinkedHashMap<>();
    declared.types().forEach(type -> Signature.of(type).ifPresent(found -> signatures.put(found.record(), found)));
    return signatures;
  }

  /** The declarations that are not signatures, by name. */
  static Map<String, WitDecl> types(WitInterface declared) {
    return declared.types().stream()
        .filter(type -> Signature.of(type).isEmpty())
        .collect(Collectors.toMap(WitDecl::name, type -> type, (a, b) -> a, LinkedHashMap::new));
  }

  private static String signatureList(String prefix, Set<String> records) {
    return records.isEmpty() ? "" : prefix + String.join(", ", records);
  }

  private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
    return items.stream().collect(Collectors.toMap(name, item -> item, (a, b) -> a, LinkedHashMap::new));
  }

  private interface Pair<T> {
    void compare(T before, T after);
  }

  /** Reports what only one side has, and compares what both have, by key. */
  private <T> void matchUp(Map<String, T> before, Map<String, T> after, Function<T, ApiChange> removed,
      Function<T, ApiChange> added, Pair<T> both) {
    before.forEach((key, old) -> {
      T now = after.get(key);
      if (now == null) {
        changes.add(removed.apply(old));
      } else {
        both.compare(old, now);
      }
    });
    after.forEach((key, now) -> {
      if (!before.containsKey(key)) {
        changes.add(added.apply(now));
      }
    });
  }

  /** Which signature records reach which types of an interface, through fields, cases and aliases. */
  private static final class Reachability {
    private final WitInterface declared;
    private final Map<String, WitDecl> types;

    Reachability(WitInterface declared) {
      this.declared = declared;
      this.types = types(declared);
    }

    Map<String, Set<String>> signaturesByType() {
      Map<String, Set<String>> users = new LinkedHashMap<>();
      for (Signature signature : signatures(declared).values()) {
        Set<String> reached = new TreeSet<>();
        signature.arguments().forEach(argument -> visit(argument.type(), reached));
        signature.returning().ifPresent(type -> visit(type, reached));
        reached.forEach(type -> users.computeIfAbsent(type, key -> new TreeSet<>()).add(signature.record()));
      }
      return users;
    }

    private void visit(WitType type, Set<String> reached) {
      if (type instanceof WitType.Named named) {
        if (reached.add(named.name())) {
          Optional.ofNullable(types.get(named.name())).ifPresent(decl -> parts(decl).forEach(part -> visit(part, reached)));
        }
      } else if (type instanceof WitType.ListOf list) {
        visit(list.element(), reached);
      } else if (type instanceof WitType.OptionOf option) {
        visit(option.inner(), reached);
      } else if (type instanceof WitType.ResultOf result) {
        result.ok().ifPresent(ok -> visit(ok, reached));
        result.err().ifPresent(err -> visit(err, reached));
      } else if (type instanceof WitType.TupleOf tuple) {
        tuple.elements().forEach(element -> visit(element, reached));
      }
    }

    private static List<WitType> parts(WitDecl decl) {
      if (decl instanceof WitDecl.Record record) {
        return record.fields().stream().map(WitDecl.Field::type).toList();
      }
      if (decl instanceof WitDecl.Variant variant) {
        return variant.cases().stream().flatMap(c -> c.payload().stream()).toList();
      }
      if (decl instanceof WitDecl.Alias alias) {
        return List.of(alias.type());
      }
      return List.of();
    }
  }
}
