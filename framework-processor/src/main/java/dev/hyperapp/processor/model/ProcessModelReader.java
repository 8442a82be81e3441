package dev.hyperapp.processor.model;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.Ui;
import java.lang.annotation.AnnotationTypeMismatchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Hyperprocess} class into a {@link ProcessModel}, validating everything and reporting
 * each problem on the offending element. Together with its helpers in this package it is the only part
 * of the processor that reads {@code javax.lang.model} elements.
 */
public final class ProcessModelReader {

  static final String HYPERPROCESS = "dev.hyperapp.annotations.Hyperprocess";

  private final ProcessingEnvironment env;
  /** Every error printed so far, so that a problem that several classes share is printed once. */
  private final Set<Object> printed = new HashSet<>();
  /** Process name to the class that has it: one compilation writes one WIT folder. */
  private final Map<String, String> processOwners = new HashMap<>();

  public ProcessModelReader(ProcessingEnvironment env) {
    this.env = env;
  }

  /** Prints the errors that {@code reporter} collected outside of reading a class. */
  void report(Reporter reporter) {
    reporter.flushTo(env.getMessager(), printed);
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
      reporter.flushTo(env.getMessager(), printed);
      return model.isPresent() ? new Outcome.Valid(model.get()) : new Outcome.Invalid();
    } catch (MissingTypeException missing) {
      return lastRound
          ? invalid(missing.site(), ModelError.MISSING_TYPE, missing.getMessage())
          : new Outcome.Deferred();
    } catch (AnnotationTypeMismatchException erroneous) {
      // An annotation value javac could not resolve, such as a constant another processor has not
      // generated yet: wait for it; in the last round javac itself reports what is missing.
      return lastRound ? new Outcome.Invalid() : new Outcome.Deferred();
    } catch (RuntimeException bug) {
      // A bug in the reader must not hide the other classes' models and errors.
      StackTraceElement[] trace = bug.getStackTrace();
      return invalid(type, ModelError.READER_FAILED,
          trace.length == 0 ? bug.toString() : bug + " at " + trace[0]);
    }
  }

  /** Reports one error that replaces whatever else reading the class found. */
  private Outcome invalid(Element site, ModelError error, String detail) {
    Reporter only = new Reporter();
    only.error(site, error, detail);
    only.flushTo(env.getMessager(), printed);
    return new Outcome.Invalid();
  }

  private Optional<ProcessModel> readValidated(TypeElement type, Reporter reporter) {
    if (type.getKind() != ElementKind.CLASS) {
      reporter.error(type, ModelError.PROCESS_NOT_A_CLASS,
          type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
              + " " + type.getSimpleName());
      return Optional.empty();
    }
    checkClass(type, reporter);
    Hyperprocess annotation = type.getAnnotation(Hyperprocess.class);
    String simpleName = type.getSimpleName().toString();
    String process = annotation.process().isEmpty() ? Names.kebab(simpleName) : annotation.process();
    String packageName = annotation.packageName().isEmpty() ? process : annotation.packageName();
    String publisher = annotation.publisher();
    boolean namesValid = checkName(type, "process", process, ProcessId.isValidName(process),
        ModelError.INVALID_PROCESS_NAME, reporter);
    if (namesValid) {
      namesValid = checkName(type, "process", process, Names.isValidWitIdentifier(process),
          ModelError.PROCESS_NAME_NOT_WIT, reporter);
    }
    String owner = processOwners.putIfAbsent(process, type.getQualifiedName().toString());
    if (owner != null && !owner.contentEquals(type.getQualifiedName())) {
      reporter.errorOnValue(type, HYPERPROCESS, "process", ModelError.DUPLICATE_PROCESS,
          process, owner);
    }
    // A package name taken from an invalid process name is not reported a second time.
    if (!annotation.packageName().isEmpty() || namesValid) {
      namesValid &= checkName(type, "packageName", packageName,
          ProcessId.isValidName(packageName), ModelError.INVALID_PACKAGE_NAME, reporter);
    }
    namesValid &= checkName(type, "publisher", publisher, ProcessId.isValidPublisher(publisher),
        ModelError.INVALID_PUBLISHER, reporter);
    String witWorld = annotation.witWorld().isEmpty()
        ? packageName + "-" + publisher.replace(".", "-dot-") + "-v0"
        : annotation.witWorld();
    // A world name derived from invalid names is wrong for the reason already reported.
    if (!annotation.witWorld().isEmpty() || namesValid) {
      checkName(type, "witWorld", witWorld, Names.isValidWitIdentifier(witWorld),
          ModelError.INVALID_WIT_WORLD, reporter);
    }

    AnnotationMirror mirror = ElementNames.annotation(type, HYPERPROCESS).orElseThrow();
    List<EndpointModel> endpoints = endpoints(type, mirror, annotation.endpoints(), reporter);
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
      reporter.error(type, ModelError.PROCESS_ABSTRACT, name);
    }
    if (type.getEnclosingElement().getKind() != ElementKind.PACKAGE) {
      reporter.error(type, ModelError.PROCESS_NOT_TOP_LEVEL, name, name, name);
    }
    if (!type.getTypeParameters().isEmpty()) {
      reporter.error(type, ModelError.PROCESS_GENERIC, name);
    }
    if (!TypeMapper.hasNoArgumentConstructor(type)) {
      // A private no-argument constructor is the one to fix; otherwise the class lacks one.
      Element site = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .filter(constructor -> constructor.getParameters().isEmpty())
          .map(Element.class::cast)
          .findFirst()
          .orElse(type);
      reporter.error(site, ModelError.PROCESS_NO_CONSTRUCTOR, name);
    }
  }

  /** Reports an invalid name on the attribute that sets it; returns {@code valid}. */
  private static boolean checkName(TypeElement type, String attribute, String value,
      boolean valid, ModelError error, Reporter reporter) {
    if (!valid) {
      reporter.errorOnValue(type, HYPERPROCESS, attribute, error, value);
    }
    return valid;
  }

  private static List<EndpointModel> endpoints(
      TypeElement type, AnnotationMirror hyperprocess, Endpoint[] declared, Reporter reporter) {
    // The written @Endpoint mirrors, in order, so that an error lands on the endpoint at fault.
    List<?> written = ElementNames.writtenValue(hyperprocess, "endpoints")
        .map(AnnotationValue::getValue)
        .filter(List.class::isInstance)
        .map(List.class::cast)
        .orElse(List.of());
    List<EndpointModel> endpoints = new ArrayList<>();
    for (int i = 0; i < declared.length; i++) {
      Endpoint endpoint = declared[i];
      AnnotationValue path = i < written.size()
              && written.get(i) instanceof AnnotationValue value
              && value.getValue() instanceof AnnotationMirror mirror
          ? ElementNames.writtenValue(mirror, "path").orElse(null)
          : null;
      if (!isValidPath(endpoint.path())) {
        reporter.errorOnValue(type, hyperprocess, path, ModelError.INVALID_ENDPOINT_PATH,
            endpoint.path());
      } else if (endpoints.stream().anyMatch(other -> other.path().equals(endpoint.path()))) {
        reporter.errorOnValue(type, hyperprocess, path, ModelError.DUPLICATE_ENDPOINT_PATH,
            endpoint.path());
      }
      endpoints.add(new EndpointModel(endpoint.path(), endpoint.kind() == Endpoint.Kind.WEBSOCKET,
          endpoint.authenticated(), endpoint.localOnly(), endpoint.secureSubdomain()));
    }
    return endpoints;
  }

  private static UiModel ui(TypeElement type, Ui ui, Reporter reporter) {
    if (!isValidPath(ui.path())) {
      reporter.errorOnValue(type, HYPERPROCESS, "ui", ModelError.INVALID_ENDPOINT_PATH, ui.path());
    }
    return new UiModel(
        ui.enabled(), ui.path(), ui.authenticated(), ui.localOnly(), ui.secureSubdomain());
  }

  private static SaveModel save(TypeElement type, Save save, Reporter reporter) {
    boolean periodic =
        save.value() == SaveMode.EVERY_N_MESSAGES || save.value() == SaveMode.EVERY_N_SECONDS;
    if (periodic && save.every() < 1) {
      reporter.errorOnValue(type, HYPERPROCESS, "save", ModelError.SAVE_EVERY_MISSING,
          save.value(), save.value());
    } else if (!periodic && save.every() != 0) {
      reporter.errorOnValue(type, HYPERPROCESS, "save", ModelError.SAVE_EVERY_UNUSED,
          save.value());
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
