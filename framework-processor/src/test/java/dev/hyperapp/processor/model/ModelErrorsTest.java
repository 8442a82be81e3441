package dev.hyperapp.processor.model;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.hyperapp.processor.model.Sources.app;
import static dev.hyperapp.processor.model.Sources.appWith;
import static dev.hyperapp.processor.model.Sources.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.hyperapp.processor.testing.Fixtures;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every compile error of the model reader, each compiled with the real processor: the message (what
 * is wrong and what to do) and the line it is reported on, and that it is the only error.
 */
class ModelErrorsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource({"processErrors", "handlerErrors", "typeErrors", "stateErrors"})
  void reportsOneErrorOnTheOffendingLine(Case error) {
    Compilation compilation = Fixtures.compile(error.source());
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(error.message())
        .inFile(error.source())
        .onLineContaining(error.line());
  }

  @Test
  void reportsEveryIndependentErrorOfAClassOnce() {
    JavaFileObject source = Fixtures.source("errors/ManyErrors.java");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation).hadErrorCount(8);
    assertThat(compilation).hadErrorContaining("Invalid publisher 'Bad Publisher'")
        .inFile(source).onLineContaining("@Hyperprocess(publisher");
    assertThat(compilation).hadErrorContaining("State field worker")
        .inFile(source).onLineContaining("public Thread worker");
    assertThat(compilation).hadErrorContaining("Handler hidden must not be private")
        .inFile(source).onLineContaining("hidden(");
    assertThat(compilation).hadErrorContaining("Type Thread cannot be expressed in WIT")
        .inFile(source).onLineContaining("hidden(");
    assertThat(compilation).hadErrorContaining("Optional<Optional<String>> puts an option")
        .inFile(source).onLineContaining("nested(");
    assertThat(compilation).hadErrorContaining("Type Object cannot be expressed in WIT")
        .inFile(source).onLineContaining("anything()");
    assertThat(compilation).hadErrorContaining("@Unsigned applies to byte, short, int and long")
        .inFile(source).onLineContaining("record Item");
    assertThat(compilation).hadErrorContaining("Type Item refers to itself (Item → Item)")
        .inFile(source).onLineContaining("record Item");
  }

  @Test
  void aClassWithErrorsDoesNotStopAValidOne() {
    ModelCapture capture = ModelCapture.compile(Fixtures.source("errors/ManyErrors.java"),
        Fixtures.source("errors/ValidBesideInvalid.java"));
    assertThat(capture.compilation).hadErrorCount(8);
    assertThat(capture.models)
        .extracting(ProcessModel::process)
        .containsExactly("valid-beside-invalid");
  }

  @Test
  void reportsAProblemInARecordThatTwoProcessesUseOnce() {
    JavaFileObject shared = JavaFileObjects.forSourceLines("test.Shared",
        "package test;",
        "public record Shared(String name, Thread worker) {}");
    Compilation compilation =
        Fixtures.compile(shared, processUsing("First", "Shared"), processUsing("Second", "Shared"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("Type Thread cannot be expressed in WIT")
        .inFile(shared).onLineContaining("Thread worker");
  }

  @Test
  void reportsTwoProcessesWithTheSameName() {
    JavaFileObject second = source("@Hyperprocess(", "    process = \"first\")", "public class Second {}");
    // The first class is valid, so only the reader runs: the generators are tested elsewhere.
    ModelCapture capture =
        ModelCapture.compile(source("@Hyperprocess", "public class First {}"), second);
    Compilation compilation = capture.compilation;
    assertThat(capture.models).extracting(ProcessModel::process).containsExactly("first");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("Process name 'first' is already used by test.First in this compilation: give each @Hyperprocess class its own process name")
        .inFile(second).onLineContaining("process = \"first\"");
  }

  @Test
  void leavesAnAnnotationValueJavacCannotResolveToJavac() {
    JavaFileObject source = appWith("endpoints = @Endpoint(path = Missing.PATH)", "");
    Compilation compilation = Fixtures.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("cannot find symbol")
        .inFile(source).onLineContaining("Missing.PATH");
  }

  private static JavaFileObject processUsing(String process, String type) {
    return source("@Hyperprocess", "public class " + process + " {",
        "  @Http public void take(" + type + " value) {}", "}");
  }

  static Stream<Case> processErrors() {
    return Stream.of(
        error("abstract process class",
            source("@Hyperprocess", "public abstract class App {}"),
            "@Hyperprocess class App must not be abstract: the runtime creates an instance of it",
            "public abstract class App"),
        error("process class with only a private no-argument constructor",
            app("private App() {}"),
            "@Hyperprocess class App needs a non-private constructor without parameters",
            "private App()"),
        error("process class whose only constructor takes arguments",
            source("@Hyperprocess", "public class App {", "  public App(int seed) {}", "}"),
            "@Hyperprocess class App needs a non-private constructor without parameters",
            "public class App"),
        error("generic process class",
            source("@Hyperprocess", "public class App<T> {}"),
            "@Hyperprocess class App must not have type parameters",
            "public class App<T>"),
        error("nested process class",
            source("public class Outer {", "  @Hyperprocess", "  public static class App {}", "}"),
            "@Hyperprocess class App must be a top-level class, so that its generated AppDispatcher",
            "public static class App"),
        error("process on an interface",
            source("@Hyperprocess", "public interface App {}"),
            "@Hyperprocess must annotate a class, not interface App",
            "public interface App"),
        error("invalid process name",
            appWith("process = \"My App\"", ""),
            "Invalid process name 'My App': use lower-case letters a-z, digits 0-9 and '-'",
            "process = \"My App\""),
        error("process name that is no WIT name",
            appWith("process = \"2048-game\"", ""),
            "Process name '2048-game' is also the WIT interface name, and each of its '-'-separated words must start with a letter",
            "process = \"2048-game\""),
        error("invalid package name",
            appWith("packageName = \"my_app\"", ""),
            "Invalid package name 'my_app'",
            "packageName = \"my_app\""),
        error("invalid publisher",
            appWith("publisher = \"Template OS\"", ""),
            "Invalid publisher 'Template OS': use lower-case letters a-z, digits 0-9, '-' and '.'",
            "publisher = \"Template OS\""),
        error("invalid WIT world",
            appWith("witWorld = \"app-2-world\"", ""),
            "Invalid WIT world name 'app-2-world': a WIT name is kebab-case words that each start with a letter; set witWorld",
            "witWorld = \"app-2-world\""),
        error("invalid WIT world derived from a valid package name",
            appWith("packageName = \"app-2go\"", ""),
            "Invalid WIT world name 'app-2go-template-dot-os-v0'",
            "@Hyperprocess("),
        error("invalid endpoint path",
            appWith("endpoints = {@Endpoint(path = \"/api\"),\n    @Endpoint(path = \"ws here\")}", ""),
            "Invalid path 'ws here': a path starts with '/' and holds no spaces",
            "ws here"),
        error("duplicate endpoint path",
            appWith("endpoints = {@Endpoint(path = \"/api\"),\n"
                + "    @Endpoint(path = \"/api\", kind = Endpoint.Kind.WEBSOCKET)}", ""),
            "Endpoint path '/api' is bound twice: give each endpoint its own path",
            "kind = Endpoint.Kind.WEBSOCKET"),
        error("save mode every missing",
            appWith("\n    save = @Save(SaveMode.EVERY_N_SECONDS)", ""),
            "Save mode EVERY_N_SECONDS needs every = n with n >= 1, for example @Save(value = SaveMode.EVERY_N_SECONDS, every = 10)",
            "save = @Save"),
        error("save mode every unused",
            appWith("\n    save = @Save(value = SaveMode.NEVER, every = 5)", ""),
            "Save mode NEVER takes no 'every': remove it",
            "save = @Save"));
  }

  static Stream<Case> handlerErrors() {
    return Stream.of(
        error("handler outside a @Hyperprocess class",
            source("public class Helper {", "  @Local", "  public void help() {}", "}"),
            "@Local method help is in Helper, which is not a @Hyperprocess class, so nothing would call it",
            "@Local"),
        error("handler named like a client method",
            app("@Remote public void at(String node) {}"),
            "Handler name 'at' is taken by the generated client or by java.lang.Object: rename the handler",
            "void at("),
        error("handler named like the client's blob setting",
            app("@Local public void withBlob(String name) {}"),
            "Handler name 'withBlob' is taken by the generated client or by java.lang.Object: rename the handler",
            "void withBlob("),
        error("argument named like a signature field",
            app("@Remote public void aim(String target) {}"),
            "Argument name 'target' is taken by the WIT signature record, which has its own 'target' field: rename the argument",
            "void aim("),
        error("overloaded handler",
            app("@Http public void find(String name) {}", "@Http public void find(int id) {}"),
            "Handler name 'find' is used twice: WIT has no overloading, so give each handler its own name",
            "find(int id)"),
        error("handlers whose PascalCase names clash",
            app("@Http public void sendMessage(String text) {}",
                "@Local public void send_message(String text) {}"),
            "Handlers sendMessage and send_message have the same wire name 'SendMessage': rename one of them",
            "send_message("),
        error("private handler",
            app("@Http", "private void hidden() {}"),
            "Handler hidden must not be private: the generated dispatcher calls it directly",
            "void hidden()"),
        error("static handler",
            app("@Remote", "public static void shared() {}"),
            "Handler shared must not be static: handlers work on the process state",
            "void shared()"),
        error("generic handler",
            app("@Local", "public <T> void generic(T value) {}"),
            "Handler generic must not have type parameters",
            "void generic("),
        error("@Init with @Http",
            app("@Init", "@Http", "void start() {}"),
            "@Init cannot be combined with @Http on start: @Init and @Ws stand alone",
            "void start()"),
        error("@Ws with @Remote",
            appWith("endpoints = @Endpoint(path = \"/ws\", kind = Endpoint.Kind.WEBSOCKET)",
                "@Ws", "@Remote", "void socket(WsEvent event) {}"),
            "@Ws cannot be combined with @Remote on socket",
            "void socket("),
        error("@Init with a parameter other than Context",
            app("@Init", "void start(Context ctx,", "    String name) {}"),
            "@Init method start may take only a Context parameter, not String name: remove it",
            "String name"),
        error("@Init with two Contexts",
            app("@Init", "void start(Context ctx,", "    Context again) {}"),
            "@Init method start may take only a Context parameter, not Context again: remove it",
            "Context again"),
        error("@Init returning a value",
            app("@Init", "int start() { return 0; }"),
            "@Init method start must return void, not int",
            "int start()"),
        error("two @Init methods",
            app("@Init void first() {}", "@Init void second() {}"),
            "Only one @Init method is allowed, and first is already the @Init method",
            "void second()"),
        error("@Ws without a WebSocket endpoint",
            app("@Ws", "void socket(WsEvent event) {}"),
            "@Ws handler socket needs a WebSocket endpoint: add @Endpoint(path = \"/ws\", kind = Endpoint.Kind.WEBSOCKET)",
            "void socket("),
        error("@Ws without a WsEvent",
            appWith(WS_ENDPOINTS, "@Ws", "void socket(String text) {}"),
            "@Ws method socket must take a WsEvent parameter, for example void socket(Context ctx, WsEvent event)",
            "void socket("),
        error("@Ws with an extra parameter",
            appWith(WS_ENDPOINTS, "@Ws", "void socket(WsEvent event,", "    String extra) {}"),
            "@Ws method socket takes one WsEvent and, optionally, one Context, not String extra",
            "String extra"),
        error("@Ws returning a value",
            appWith(WS_ENDPOINTS, "@Ws", "boolean socket(WsEvent event) { return true; }"),
            "@Ws method socket must return void, not boolean",
            "boolean socket("),
        error("two @Ws methods",
            appWith(WS_ENDPOINTS, "@Ws void first(WsEvent event) {}", "@Ws void second(WsEvent event) {}"),
            "Only one @Ws method is allowed, and first is already the @Ws method",
            "void second("),
        error("two Context parameters",
            app("@Http", "public void twice(Context first,", "    Context second) {}"),
            "Handler twice takes more than one Context parameter: keep one",
            "Context second"),
        error("invalid HTTP method",
            app("@Http(method = \"FETCH\", path = \"/items\")", "public void items() {}"),
            "Invalid HTTP method 'FETCH': use GET, POST, PUT, PATCH, DELETE or HEAD",
            "FETCH"),
        error("GET with arguments",
            app("@Http(method = \"GET\", path = \"/find\")", "public String find(String query) { return query; }"),
            "@Http(method = \"GET\") handler find cannot take arguments, because a GET request has no body",
            "find(String query)"),
        error("method other than POST without a path",
            app("@Http(method = \"DELETE\")", "public void clear() {}"),
            "@Http(method = \"DELETE\") handler clear needs a path of its own",
            "method = \"DELETE\""),
        error("invalid @Http path",
            app("@Http(path = \"items?all\")", "public void items() {}"),
            "Invalid path 'items?all'",
            "items?all"),
        error("duplicate HTTP route",
            app("@Http(method = \"PUT\", path = \"/items\")", "public void put(String item) {}",
                "@Http(path = \"/items\", method = \"PUT\")", "public void replace(String item) {}"),
            "@Http route PUT /items is already bound by handler put: give each handler its own path or method",
            "@Http(path = \"/items\", method = \"PUT\")"),
        error("HTTP route on an endpoint path",
            app("@Http(path = \"/api\")", "public void root() {}"),
            "@Http route POST /api is already bound by an endpoint",
            "@Http(path = \"/api\")"),
        error("@Http without any HTTP endpoint",
            appWith(WS_ENDPOINTS, "@Http", "public void call() {}"),
            "@Http handler call has no path of its own and the process declares no HTTP endpoint",
            "void call()"),
        error("handler name without a WIT form",
            app("@Local", "public void _2fa() {}"),
            "Name '_2fa' becomes '2fa' in WIT, which is not a valid WIT name",
            "void _2fa()"));
  }

  static Stream<Case> typeErrors() {
    return Stream.of(
        error("unsupported parameter type",
            app("@Http", "public void run(String name,", "    Thread worker) {}"),
            "Type Thread cannot be expressed in WIT: use a record, an enum, a sealed interface of records, or a type from the type table",
            "Thread worker"),
        error("unsupported return type",
            app("@Http", "public java.time.Instant now() { return null; }"),
            "Type Instant cannot be expressed in WIT: use a long (milliseconds since the epoch) or an ISO-8601 String",
            "now()"),
        error("unsupported asynchronous return type",
            app("@Remote", "public CompletionStage<Object> later() { return null; }"),
            "Type Object cannot be expressed in WIT: use a concrete record, or a sealed interface of records",
            "later()"),
        error("unsupported type in a record field",
            app("@Http", "public void save(Item item) {}",
                "public record Item(String name,", "    Context context) {}"),
            "Type Context cannot be expressed in WIT: a Context is supplied by the runtime, so declare it as a handler parameter",
            "Context context"),
        error("raw List",
            app("@Http", "public void all(List items) {}"),
            "Raw type List: give its type arguments, for example List<String>",
            "List items"),
        error("raw CompletionStage",
            app("@Remote", "public CompletionStage later() { return null; }"),
            "Raw type CompletionStage: give its type arguments, for example CompletionStage<String>",
            "later()"),
        error("wildcard",
            app("@Http", "public void sum(List<? extends Number> values) {}"),
            "Type ? extends Number cannot be expressed in WIT: wildcards have no WIT meaning, so write the element type itself",
            "sum("),
        error("nested Optional",
            app("@Http", "public void maybe(Optional<Optional<String>> value) {}"),
            "Optional<Optional<String>> puts an option inside an option, which JSON cannot tell apart",
            "maybe("),
        error("@Nullable Optional",
            app("@Http", "public void maybe(@Nullable Optional<String> value) {}"),
            "@Nullable Optional<String> puts an option inside an option",
            "maybe("),
        error("@Nullable int",
            app("@Http", "public void count(@Nullable int value) {}"),
            "@Nullable int can never be null: use its box, @Nullable Integer",
            "count("),
        error("@Unsigned String",
            app("@Http", "public void name(@Unsigned String value) {}"),
            "@Unsigned applies to byte, short, int and long (and their boxes), not to String: remove it",
            "name("),
        error("@Unsigned on a record component of type double",
            app("@Http", "public void save(Item item) {}",
                "public record Item(String name,", "    @Unsigned double weight) {}"),
            "@Unsigned applies to byte, short, int and long (and their boxes), not to double",
            "double weight"),
        error("map with a record key",
            app("@Http", "public void label(Map<Point, String> labels) {}",
                "public record Point(int x, int y) {}"),
            "Map key type Point is not supported, because JSON object keys are strings",
            "label("),
        error("generic record",
            app("@Http", "public void put(Box<String> box) {}", "public record Box<T>(T value) {}"),
            "Type Box<String> has type parameters, which WIT cannot express",
            "put("),
        error("record referring to itself",
            app("@Http", "public void add(Node node) {}",
                "public record Node(String value,", "    Node next) {}"),
            "Type Node refers to itself (Node → Node), which WIT cannot express: refer to the item by an id",
            "Node next"),
        error("record referring to itself through a list",
            app("@Http", "public void add(Tree tree) {}",
                "public record Tree(String label,", "    List<Tree> children) {}"),
            "Type Tree refers to itself (Tree → Tree)",
            "List<Tree> children"),
        error("variant case referring to its variant",
            app("@Http", "public void draw(Shape shape) {}",
                "public sealed interface Shape permits Dot, Group {}",
                "public record Dot(int x, int y) implements Shape {}",
                "public record Group(String name,", "    List<Shape> members) implements Shape {}"),
            "Type Shape refers to itself (Shape → Group → Shape)",
            "List<Shape> members"),
        error("variant case that is not a record",
            app("@Http", "public void draw(Shape shape) {}",
                "public sealed interface Shape permits Dot, Circle {}",
                "public record Dot(int x, int y) implements Shape {}",
                "public static final class Circle implements Shape { public double radius; }"),
            "Sealed interface Shape becomes a WIT variant, so each permitted subtype must be a record, and Circle is not",
            "class Circle"),
        error("two types with the same WIT name",
            app("@Http", "public void both(First.Item first,", "    Second.Item second) {}",
                "public static class First { public record Item(String a) {} }",
                "public static class Second { public record Item(int b) {} }"),
            "Types test.App.First.Item and test.App.Second.Item both have the WIT name 'item': rename one of them",
            "Second.Item second"),
        error("class without a no-argument constructor in the API",
            app("@Http", "public void move(Point point) {}",
                "public static class Point { public int x; public Point(int x) { this.x = x; } }"),
            "Class Point is used in the API, so JSON must be able to create it: add a non-private constructor without parameters, or make it a record",
            "move("),
        error("abstract class in the API",
            app("@Http", "public void move(Shape shape) {}", "public abstract static class Shape { public int x; }"),
            "Class Shape is abstract and cannot be created from JSON",
            "move("),
        error("record fields with the same WIT name",
            app("@Http", "public void save(Item item) {}",
                "public record Item(String fooBar,", "    String foo_bar) {}"),
            "fooBar and foo_bar have the same WIT name 'foo-bar': rename one of them",
            "String foo_bar"),
        error("enum constants with the same WIT name",
            app("@Http", "public void paint(Color color) {}",
                "public enum Color { DARK_RED,", "    DarkRed }"),
            "DARK_RED and DarkRed have the same WIT name 'dark-red'",
            "DarkRed }"),
        error("arguments with the same WIT name",
            app("@Http", "public void move(int xPos,", "    int x_pos) {}"),
            "xPos and x_pos have the same WIT name 'x-pos'",
            "int x_pos"),
        error("record field without a WIT name",
            app("@Http", "public void save(Item item) {}", "public record Item(String name,", "    int _1st) {}"),
            "Name '_1st' becomes '1st' in WIT",
            "int _1st"));
  }

  static Stream<Case> stateErrors() {
    return Stream.of(
        error("state field of type Thread",
            app("public Thread worker;"),
            "State field worker cannot be saved as JSON, because Thread is not data: make it transient",
            "Thread worker"),
        error("state field of a function type",
            app("public Function<String, String> transform = String::trim;"),
            "State field transform cannot be saved as JSON, because Function<String, String> is not data",
            "transform"),
        error("state field of a non-sealed interface",
            app("public Shape shape;", "public interface Shape {}"),
            "State field shape cannot be saved as JSON, because interface Shape does not say which class to create when loading",
            "Shape shape"),
        error("state field of a class without a no-argument constructor",
            app("public Point origin;", "public static class Point { public Point(int x) {} }"),
            "State field origin cannot be saved as JSON, because class Point has no non-private constructor without parameters",
            "Point origin"),
        error("state field holding a record that holds a thread",
            app("public List<Job> jobs;", "public record Job(String name, Thread runner) {}"),
            "State field jobs cannot be saved as JSON, because Job.runner is of type Thread, and Thread is not data",
            "List<Job> jobs"),
        error("state field whose second container holds a thread",
            app("public Map<List<String>, List<Thread>> threads;"),
            "State field threads cannot be saved as JSON, because Thread is not data",
            "threads"));
  }

  private static final String WS_ENDPOINTS =
      "endpoints = @Endpoint(path = \"/ws\", kind = Endpoint.Kind.WEBSOCKET)";

  /** A case: {@code line} is a text found only on the line the error must be reported on. */
  record Case(String name, JavaFileObject source, String message, String line) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Case error(String name, JavaFileObject source, String message, String line) {
    return new Case(name, source, message, line);
  }
}
