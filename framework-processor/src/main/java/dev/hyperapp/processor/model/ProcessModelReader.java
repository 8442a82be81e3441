package dev.hyperapp.processor.model;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Reads a {@code @Hyperprocess} class into a {@link ProcessModel}, validating everything and reporting
 * each problem on the offending element. Together with its helpers in this package it is the only part
 * of the processor that reads {@code javax.lang.model} elements.
 */
public final class ProcessModelReader {

  static final String HYPERPROCESS = "dev.hyperapp.annotations.Hyperprocess";

  private final ProcessingEnvironment env;

  public ProcessModelReader(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Reads a class; a class using a type that does not exist yet is {@link Outcome.Deferred}. */
  public Outcome read(TypeElement type) {
    return read(type, false);
  }

  /** Reads a class in the last round: a type still missing is now an error. */
  public Outcome readFinal(TypeElement type) {
    return read(type, true);
  }

  private Outcome read(TypeElement type, boolean lastRound) {
    Reporter reporter = new Reporter();
    try {
      Optional<ProcessModel> model = readValidated(type, reporter);
      reporter.flushTo(env.getMessager());
      return model.isPresent() ? new Outcome.Valid(model.get()) : new Outcome.Invalid();
    } catch (MissingTypeException missing) {
      if (!lastRound) {
        return new Outcome.Deferred();
      }
      Reporter missingOnly = new Reporter();
      missingOnly.error(type, ModelError.MISSING_TYPE, missing.getMessage());
      missingOnly.flushTo(env.getMessager());
      return new Outcome.Invalid();
    }
  }

  private Optional<ProcessModel> readValidated(TypeElement type, Reporter reporter) {
    if (type.getKind() != ElementKind.CLASS) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.PROCESS_NOT_A_CLASS,
          type.getKind().toString().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
              + " " + type.getSimpleName());
      return Optional.empty();
    }
    checkClass(type, reporter);
    Hyperprocess annotation = type.getAnnotation(Hyperprocess.class);
    String simpleName = type.getSimpleName().toString();
    String process = annotation.process().isEmpty() ? Names.kebab(simpleName) : annotation.process();
    String packageName = annotation.packageName().isEmpty() ? process : annotation.packageName();
    String publisher = annotation.publisher();
    checkName(type, process, ProcessId.isValidName(process), ModelError.INVALID_PROCESS_NAME, reporter);
    checkName(type, packageName, ProcessId.isValidName(packageName),
        ModelError.INVALID_PACKAGE_NAME, reporter);
    checkName(type, publisher, ProcessId.isValidPublisher(publisher),
        ModelError.INVALID_PUBLISHER, reporter);
    String witWorld = annotation.witWorld().isEmpty()
        ? packageName + "-" + publisher.replace(".", "-dot-") + "-v0"
        : annotation.witWorld();
    checkName(type, witWorld, Names.isValidWitIdentifier(witWorld),
        ModelError.INVALID_WIT_WORLD, reporter);

    List<EndpointModel> endpoints = endpoints(type, annotation.endpoints(), reporter);
    UiModel ui = ui(type, annotation.ui(), reporter);
    SaveModel save = save(type, annotation.save(), reporter);

    new StateChecker(reporter).check(type);
    TypeMapper types = new TypeMapper(reporter);
    HandlerReader.Handlers handlers = new HandlerReader(env, types, reporter).read(type, endpoints);

    if (reporter.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(new ProcessModel(
        ElementNames.javaType(type),
        annotation.name().isEmpty() ? simpleName : annotation.name(),
        process,
        packageName,
        publisher,
        annotation.icon(),
        annotation.widget(),
        ui,
        endpoints,
        save,
        witWorld,
        handlers.init(),
        handlers.webSocket(),
        handlers.api(),
        types.declarations()));
  }

  private static void checkClass(TypeElement type, Reporter reporter) {
    String name = type.getSimpleName().toString();
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.PROCESS_ABSTRACT, name);
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.PROCESS_PRIVATE, name);
    }
    if (type.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.PROCESS_NOT_TOP_LEVEL,
          name, name, name);
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.PROCESS_GENERIC, name);
    }
    if (!TypeMapper.hasNoArgumentConstructor(type)) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.PROCESS_NO_CONSTRUCTOR, name);
    }
  }

  private static void checkName(
      TypeElement type, String value, boolean valid, ModelError error, Reporter reporter) {
    if (!valid) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, error, value);
    }
  }

  private static List<EndpointModel> endpoints(
      TypeElement type, Endpoint[] declared, Reporter reporter) {
    List<EndpointModel> endpoints = new ArrayList<>();
    for (Endpoint endpoint : declared) {
      if (!isValidPath(endpoint.path())) {
        reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.INVALID_ENDPOINT_PATH,
            endpoint.path());
      } else if (endpoints.stream().anyMatch(other -> other.path().equals(endpoint.path()))) {
        reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.DUPLICATE_ENDPOINT_PATH,
            endpoint.path());
      }
      endpoints.add(new EndpointModel(endpoint.path(), endpoint.kind() == Endpoint.Kind.WEBSOCKET,
          endpoint.authenticated(), endpoint.localOnly(), endpoint.secureSubdomain()));
    }
    return endpoints;
  }

  private static UiModel ui(TypeElement type, Ui ui, Reporter reporter) {
    if (!isValidPath(ui.path())) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.INVALID_ENDPOINT_PATH, ui.path());
    }
    return new UiModel(
        ui.enabled(), ui.path(), ui.authenticated(), ui.localOnly(), ui.secureSubdomain());
  }

  private static SaveModel save(TypeElement type, Save save, Reporter reporter) {
    boolean periodic =
        save.value() == SaveMode.EVERY_N_MESSAGES || save.value() == SaveMode.EVERY_N_SECONDS;
    if (periodic && save.every() < 1) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.SAVE_EVERY_MISSING,
          save.value(), save.value());
    } else if (!periodic && save.every() != 0) {
      reporter.errorOnAnnotation(type, HYPERPROCESS, ModelError.SAVE_EVERY_UNUSED, save.value());
    }
    return new SaveModel(save.value(), periodic ? save.every() : 0);
  }

  /** A path under the app's base path: {@code /}, or {@code /} followed by URL path characters. */
  static boolean isValidPath(String path) {
    return path.startsWith("/") && path.chars().noneMatch(
        c -> Character.isWhitespace(c) || c == '?' || c == '#' || c == '\\');
  }

  /** What reading a class gave. */
  public sealed interface Outcome {

    /** The class is valid. */
    record Valid(ProcessModel model) implements Outcome {}

    /** The class has errors, already reported. */
    record Invalid() implements Outcome {}

    /** The class uses a type that another processor has not generated yet; try again next round. */
    record Deferred() implements Outcome {}
  }
}
