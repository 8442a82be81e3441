package dev.hyperapp.processor.wit;

import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.HandlerModel.Kind;
import dev.hyperapp.processor.model.Names;
import dev.hyperapp.processor.model.Parameter.Argument;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeRef;
import dev.hyperapp.processor.model.TypeRef.StandardType;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a process's API as {@code META-INF/hyperapp/wit/<process>.wit}: {@code interface <process>}
 * with every type its handlers use and one {@code <fn>-signature-<http|local|remote>} record per
 * handler and kind, holding {@code target}, the arguments and {@code returning}. The output depends
 * only on the API, not on the order of members in the source.
 */
public final class WitGenerator implements Generator {

  private static final Comparator<TypeDecl> BY_TYPE_NAME =
      Comparator.comparing(type -> WitText.unescaped(type.witName()));
  private static final Comparator<HandlerModel> BY_HANDLER_NAME =
      Comparator.comparing(handler -> WitText.unescaped(handler.witName()));

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    out.writeResource(WitPackage.interfaceFile(model), render(model));
  }

  /** The WIT interface of one process. */
  static String render(ProcessModel model) {
    WitText wit = new WitText().open("interface " + model.witInterface());
    Set<StandardType> standardTypes = standardTypes(model);
    if (!standardTypes.isEmpty()) {
      wit.line("use " + WitPackage.STANDARD_INTERFACE + ".{"
          + standardTypes.stream().map(StandardType::witName).collect(Collectors.joining(", "))
          + "};");
    }
    model.types().stream().sorted(BY_TYPE_NAME).forEach(type -> declare(wit.separate(), type));
    model.handlers().stream().sorted(BY_HANDLER_NAME).forEach(handler ->
        handler.sortedKinds().forEach(kind -> signature(wit.separate(), handler, kind)));
    return wit.close().toString();
  }

  /** The standard types the interface mentions, in a fixed order: the ones it must {@code use}. */
  private static Set<StandardType> standardTypes(ProcessModel model) {
    Stream<TypeRef> fieldTypes = model.types().stream()
        .filter(TypeDecl.RecordDecl.class::isInstance)
        .flatMap(type -> ((TypeDecl.RecordDecl) type).fields().stream())
        .map(TypeDecl.Field::type);
    Stream<TypeRef> signatureTypes = model.handlers().stream()
        .flatMap(handler -> Stream.concat(
            handler.arguments().stream().map(Argument::type), Stream.of(handler.returns())));
    Set<StandardType> used = EnumSet.noneOf(StandardType.class);
    Stream.concat(fieldTypes, signatureTypes).flatMap(WitTypes::standardTypes).forEach(used::add);
    boolean messageTargets = model.handlers().stream()
        .anyMatch(handler -> handler.is(Kind.LOCAL) || handler.is(Kind.REMOTE));
    if (messageTargets) {
      used.add(StandardType.ADDRESS); // the target of a local or remote signature
    }
    return used;
  }

  private static void declare(WitText wit, TypeDecl type) {
    if (type instanceof TypeDecl.RecordDecl record) {
      wit.open("record " + record.witName());
      record.fields().forEach(field -> wit.member(field.witName() + ": " + WitTypes.of(field.type())));
    } else if (type instanceof TypeDecl.EnumDecl enumeration) {
      wit.open("enum " + enumeration.witName());
      enumeration.constants().forEach(constant -> wit.member(constant.witName()));
    } else {
      TypeDecl.VariantDecl variant = (TypeDecl.VariantDecl) type;
      wit.open("variant " + variant.witName());
      variant.cases().forEach(variantCase ->
          wit.member(variantCase.witName() + "(" + WitTypes.of(variantCase.payload()) + ")"));
    }
    wit.close();
  }

  /**
   * A handler's signature for one kind. A {@code void} handler has no {@code returning} field: WIT
   * has no unit type, and Hyperware's caller-utils read a missing {@code returning} as {@code ()}.
   */
  private static void signature(WitText wit, HandlerModel handler, Kind kind) {
    wit.doc("Request: " + request(handler, kind));
    wit.open("record " + Names.witIdentifier(
        WitText.unescaped(handler.witName()) + "-signature-" + kind.witSuffix()));
    wit.member("target: " + (kind == Kind.HTTP ? "string" : StandardType.ADDRESS.witName()));
    handler.arguments().forEach(argument ->
        wit.member(argument.witName() + ": " + WitTypes.of(argument.type())));
    if (!(handler.returns() instanceof TypeRef.Unit)) {
      wit.member("returning: " + WitTypes.of(handler.returns()));
    }
    wit.close();
  }

  /**
   * How a call looks: an HTTP route of its own ({@code PUT /tags}), or the JSON envelope of DESIGN.md
   * §4, {@code {"Name": null}}, {@code {"Name": arg}} or {@code {"Name": [arg1, arg2]}}.
   */
  private static String request(HandlerModel handler, Kind kind) {
    if (kind == Kind.HTTP && !handler.httpPath().isEmpty()) {
      return handler.httpMethod() + " " + handler.httpPath();
    }
    List<String> arguments = handler.arguments().stream()
        .map(argument -> WitText.unescaped(argument.witName()))
        .toList();
    String value = arguments.isEmpty() ? "null"
        : arguments.size() == 1 ? arguments.get(0)
        : "[" + String.join(", ", arguments) + "]";
    return "{\"" + handler.wireName() + "\": " + value + "}";
  }
}
