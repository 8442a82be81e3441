package dev.hyperapp.maven.client;

import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.maven.api.Signature;
import dev.hyperapp.maven.wit.WitDecl;
import dev.hyperapp.maven.wit.WitInterface;
import dev.hyperapp.maven.wit.WitPackage;
import dev.hyperapp.maven.wit.WitType;
import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.JavaType;
import dev.hyperapp.processor.model.Names;
import dev.hyperapp.processor.model.Parameter;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.SaveModel;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeRef;
import dev.hyperapp.processor.model.UiModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Reads a process's WIT interface back into the processor's {@link ProcessModel}, so that its client
 * is written by the processor's own {@code ClientGenerator} and speaks exactly the wire our apps
 * speak. Java names follow from WIT names as the processor derives WIT names from Java ones: types
 * {@code chat-message} → {@code ChatMessage}, fields and arguments {@code conversation-id} →
 * {@code conversationId} (its JSON name), enum cases {@code left-group} → {@code LEFT_GROUP}, calls
 * {@code send-message} → {@code sendMessage} sent as {@code SendMessage}.
 */
public final class WitModels {

  /** The interface of the standard types, and the process id of its records. */
  private static final String STANDARD = "standard";
  private static final String DOT = "-dot-";

  private final WitPackage witPackage;
  private final WitInterface declared;
  private final String javaPackage;
  private final Map<String, TypeDecl> types = new LinkedHashMap<>();

  private WitModels(WitPackage witPackage, WitInterface declared, String javaPackage) {
    this.witPackage = witPackage;
    this.declared = declared;
    this.javaPackage = javaPackage;
  }

  /** The process interfaces of a package: every interface but {@code standard}. */
  public static List<WitInterface> processes(WitPackage witPackage) {
    return witPackage.interfaces().stream().filter(declared -> !declared.name().equals(STANDARD)).toList();
  }

  /**
   * The model of the process {@code declared} describes, its Java types in {@code javaPackage}. Its
   * handlers are the {@code local} and {@code remote} signatures; {@code http} ones are for browsers.
   */
  public static ProcessModel read(WitPackage witPackage, WitInterface declared, String javaPackage) {
    return new WitModels(witPackage, declared, javaPackage).model();
  }

  private ProcessModel model() {
    for (WitDecl decl : declared.types()) {
      if (Signature.of(decl).isEmpty() && !(decl instanceof WitDecl.Alias)) {
        types.put(decl.name(), declaration(decl));
      }
    }
    String[] packageParts = witPackage.name().split(":", 2);
    return new ProcessModel(
        javaType(declared.name()),
        declared.name(),
        declared.name(),
        packageParts[1],
        packageParts[0].replace(DOT, "."),
        "",
        "",
        new UiModel(false, "", false, false, false),
        List.of(),
        new SaveModel(SaveMode.NEVER, 0),
        "",
        Optional.empty(),
        Optional.empty(),
        handlers(),
        types.values().stream().sorted(Comparator.comparing(TypeDecl::witName)).toList());
  }

  private List<HandlerModel> handlers() {
    Map<String, List<Signature>> byFunction = new LinkedHashMap<>();
    for (WitDecl decl : declared.types()) {
      Signature.of(decl)
          .filter(signature -> !signature.kind().equals("http"))
          .ifPresent(signature -> byFunction.computeIfAbsent(signature.function(), key -> new ArrayList<>()).add(signature));
    }
    List<HandlerModel> handlers = new ArrayList<>();
    byFunction.forEach((function, signatures) -> handlers.add(handler(function, signatures)));
    handlers.sort(Comparator.comparing(HandlerModel::wireName));
    return handlers;
  }

  private HandlerModel handler(String function, List<Signature> signatures) {
    Signature first = signatures.get(0);
    for (Signature other : signatures) {
      if (!other.arguments().equals(first.arguments()) || !other.returning().equals(first.returning())) {
        throw new UnsupportedWitException(first.record() + " and " + other.record()
            + " describe one function with different arguments or results");
      }
    }
    Set<HandlerModel.Kind> kinds = EnumSet.noneOf(HandlerModel.Kind.class);
    signatures.forEach(signature -> kinds.add(
        signature.kind().equals("local") ? HandlerModel.Kind.LOCAL : HandlerModel.Kind.REMOTE));
    List<Parameter> arguments = first.arguments().stream()
        .map(argument -> (Parameter) new Parameter.Argument(
            javaMember(argument.name(), first.record()), argument.name(), type(argument.type(), first.record())))
        .toList();
    TypeRef returns = first.returning().map(type -> type(type, first.record())).orElse(new TypeRef.Unit());
    return new HandlerModel(javaMember(function, first.record()), Names.pascal(function), function, kinds,
        "", "", arguments, returns, false, false);
  }

  private TypeDecl declaration(WitDecl decl) {
    JavaType javaType = javaType(decl.name());
    if (decl instanceof WitDecl.Record record) {
      return new TypeDecl.RecordDecl(javaType, record.name(), record.fields().stream()
          .map(field -> new TypeDecl.Field(javaMember(field.name(), record.name()), field.name(),
              type(field.type(), record.name())))
          .toList(), true);
    }
    if (decl instanceof WitDecl.Enum enumeration) {
      return new TypeDecl.EnumDecl(javaType, enumeration.name(), enumeration.cases().stream()
          .map(name -> new TypeDecl.EnumConstant(Names.constant(name), name))
          .toList());
    }
    WitDecl.Variant variant = (WitDecl.Variant) decl;
    return new TypeDecl.VariantDecl(javaType, variant.name(), variant.cases().stream()
        .map(variantCase -> variantCase(variant, variantCase))
        .toList());
  }

  /**
   * A case carries the record of its own name, as Hyperapp writes a sealed interface's records; the
   * record's simple name is the case's JSON tag.
   */
  private TypeDecl.VariantCase variantCase(WitDecl.Variant variant, WitDecl.Case variantCase) {
    Optional<WitType> payload = variantCase.payload();
    boolean ownRecord = payload.isPresent() && payload.get() instanceof WitType.Named named
        && named.name().equals(variantCase.name())
        && declared.type(named.name()).filter(WitDecl.Record.class::isInstance).isPresent();
    if (!ownRecord) {
      throw new UnsupportedWitException("case " + variantCase.name() + " of variant " + variant.name()
          + " must carry the record " + variantCase.name() + " (as Hyperapp writes variants), not "
          + payload.map(Object::toString).orElse("nothing"));
    }
    return new TypeDecl.VariantCase(Names.pascal(variantCase.name()), variantCase.name(),
        new TypeRef.Named(javaType(variantCase.name()), variantCase.name()));
  }

  /** The model of a WIT type used in {@code where} (a record or a signature), aliases resolved. */
  private TypeRef type(WitType type, String where) {
    if (type instanceof WitType.Primitive primitive) {
      return new TypeRef.Scalar(TypeRef.WitScalar.valueOf(primitive.name().toUpperCase(java.util.Locale.ROOT)), false);
    }
    if (type instanceof WitType.ListOf list) {
      if (list.element() instanceof WitType.Primitive primitive && primitive.name().equals("u8")) {
        return new TypeRef.Bytes();
      }
      if (list.element() instanceof WitType.TupleOf tuple && tuple.elements().size() == 2) {
        return new TypeRef.MapOf(type(tuple.elements().get(0), where), type(tuple.elements().get(1), where));
      }
      return new TypeRef.ListOf(type(list.element(), where), TypeRef.Collection.LIST);
    }
    if (type instanceof WitType.OptionOf option) {
      return new TypeRef.OptionOf(type(option.inner(), where), true);
    }
    if (type instanceof WitType.ResultOf result) {
      return new TypeRef.ResultOf(
          result.ok().map(ok -> type(ok, where)).orElse(new TypeRef.Unit()),
          result.err().map(err -> type(err, where)).orElse(new TypeRef.Unit()));
    }
    if (type instanceof WitType.TupleOf) {
      throw new UnsupportedWitException(where + ": a " + type + " has no Java type; Hyperapp writes tuples"
          + " only as the entries of a map, list<tuple<K, V>>");
    }
    return named(((WitType.Named) type).name(), where);
  }

  private TypeRef named(String name, String where) {
    Optional<WitInterface.Use> use = declared.use(name);
    if (use.isPresent()) {
      String original = use.get().name();
      if (use.get().from().equals(STANDARD) && original.equals("address")) {
        return new TypeRef.Standard(TypeRef.StandardType.ADDRESS);
      }
      if (use.get().from().equals(STANDARD) && original.equals("process-id")) {
        return new TypeRef.Standard(TypeRef.StandardType.PROCESS_ID);
      }
      throw new UnsupportedWitException(where + ": " + name + " comes from " + use.get().from()
          + "; only standard.{address, process-id} can be used from another interface");
    }
    WitDecl decl = declared.type(name).orElseThrow(() -> new UnsupportedWitException(
        where + ": type " + name + " is not declared in interface " + declared.name()));
    if (decl instanceof WitDecl.Alias alias) {
      return type(alias.type(), where);
    }
    return new TypeRef.Named(javaType(name), name);
  }

  private JavaType javaType(String witName) {
    return new JavaType(javaPackage, List.of(Names.pascal(witName)));
  }

  /** A field, argument or method name; JSON uses it, so a Java keyword cannot be renamed away. */
  private static String javaMember(String witName, String where) {
    String name = Names.camel(witName);
    if (SourceVersion.isKeyword(name)) {
      throw new UnsupportedWitException(where + ": " + witName + " would be the Java name " + name
          + ", a keyword; the JSON of our apps uses the Java name");
    }
    return name;
  }
}
