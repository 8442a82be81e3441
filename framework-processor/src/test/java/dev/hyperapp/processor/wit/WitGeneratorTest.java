package dev.hyperapp.processor.wit;

import static dev.hyperapp.processor.wit.Models.INT;
import static dev.hyperapp.processor.wit.Models.STRING;
import static dev.hyperapp.processor.wit.Models.VOID;
import static dev.hyperapp.processor.wit.Models.argument;
import static dev.hyperapp.processor.wit.Models.enumeration;
import static dev.hyperapp.processor.wit.Models.field;
import static dev.hyperapp.processor.wit.Models.handler;
import static dev.hyperapp.processor.wit.Models.named;
import static dev.hyperapp.processor.wit.Models.process;
import static dev.hyperapp.processor.wit.Models.record;
import static dev.hyperapp.processor.wit.Models.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.processor.model.HandlerModel;
import dev.hyperapp.processor.model.HandlerModel.Kind;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeDecl;
import dev.hyperapp.processor.model.TypeRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitGeneratorTest {

  @TempDir
  Path work;

  @Test
  void escapesKeywordsWhereverTheyAreNames() {
    ProcessModel model = process("list", "list-v0",
        List.of(handler("list", Set.of(Kind.REMOTE), named("Flags"), argument("type", named("Flags")))),
        List.of(
            record("Flags", field("record", new TypeRef.Scalar(TypeRef.WitScalar.BOOL, false)),
                field("type", STRING), field("list", listOf(STRING))),
            enumeration("Kind", "STRING", "U8", "ENUM"),
            variant("Type", "Option", "Tuple"),
            record("Option", field("own", INT)),
            record("Tuple")));

    assertThat(WitGenerator.render(model)).isEqualTo("""
        interface %list {
            use standard.{address};

            record %flags {
                %record: bool,
                %type: string,
                %list: list<string>,
            }

            enum kind {
                %string,
                %u8,
                %enum,
            }

            record %option {
                %own: s32,
            }

            record %tuple {}

            variant %type {
                %option(%option),
                %tuple(%tuple),
            }

            /// Request: {"List": type}
            record list-signature-remote {
                target: address,
                %type: %flags,
                returning: %flags,
            }
        }
        """);
    assertAcceptedByJco(model);
  }

  /** The keywords of the WIT parser in jco 1.10.2, each found by trying it as a field name. */
  private static final List<String> WIT_KEYWORDS = List.of(
      "as", "bool", "borrow", "char", "constructor", "enum", "errorContext", "export", "f32", "f64",
      "flags", "from", "func", "future", "import", "include", "interface", "list", "option", "own",
      "package", "record", "resource", "result", "s16", "s32", "s64", "s8", "static", "stream",
      "string", "tuple", "type", "u16", "u32", "u64", "u8", "use", "variant", "with", "world");

  @Test
  void escapesEveryKeywordOfTheWitParser() {
    ProcessModel model = process("words", "words-v0",
        List.of(handler("get", Set.of(Kind.HTTP), named("Words"))),
        List.of(record("Words", WIT_KEYWORDS.stream()
            .map(keyword -> field(keyword, STRING))
            .toArray(TypeDecl.Field[]::new))));

    assertThat(WitGenerator.render(model))
        .contains("        %from: string,\n", "        %error-context: string,\n");
    assertAcceptedByJco(model);
  }

  @Test
  void keepsDigitsWithTheirWordAndSplitsAcronyms() {
    ProcessModel model = process("http-server2", "x86-v0",
        List.of(
            handler("item2", Set.of(Kind.LOCAL, Kind.HTTP), named("HTTPServer2"),
                argument("line1", named("Item2")), argument("x86", INT)),
            handler("getURL", Set.of(Kind.HTTP), STRING)),
        List.of(
            record("Item2", field("ipV4", STRING), field("parseXMLDoc", STRING)),
            record("HTTPServer2", field("base64Data", new TypeRef.Bytes()))));

    assertThat(WitGenerator.render(model)).isEqualTo("""
        interface http-server2 {
            use standard.{address};

            record http-server2 {
                base64-data: list<u8>,
            }

            record item2 {
                ip-v4: string,
                parse-xml-doc: string,
            }

            /// Request: {"GetUrl": null}
            record get-url-signature-http {
                target: string,
                returning: string,
            }

            /// Request: {"Item2": [line1, x86]}
            record item2-signature-http {
                target: string,
                line1: item2,
                x86: s32,
                returning: http-server2,
            }

            /// Request: {"Item2": [line1, x86]}
            record item2-signature-local {
                target: address,
                line1: item2,
                x86: s32,
                returning: http-server2,
            }
        }
        """);
    assertAcceptedByJco(model);
  }

  @Test
  void leavesOutReturningForVoidAndWritesResultsWithVoidSidesShort() {
    ProcessModel model = process("results", "results-v0",
        List.of(
            handler("clear", Set.of(Kind.HTTP), VOID),
            handler("check", Set.of(Kind.HTTP), new TypeRef.ResultOf(VOID, STRING)),
            handler("count", Set.of(Kind.HTTP), new TypeRef.ResultOf(INT, VOID)),
            handler("ping", Set.of(Kind.HTTP), new TypeRef.ResultOf(VOID, VOID))),
        List.of());

    assertThat(WitGenerator.render(model)).isEqualTo("""
        interface results {
            /// Request: {"Check": null}
            record check-signature-http {
                target: string,
                returning: result<_, string>,
            }

            /// Request: {"Clear": null}
            record clear-signature-http {
                target: string,
            }

            /// Request: {"Count": null}
            record count-signature-http {
                target: string,
                returning: result<s32>,
            }

            /// Request: {"Ping": null}
            record ping-signature-http {
                target: string,
                returning: result,
            }
        }
        """);
    assertAcceptedByJco(model);
  }

  @Test
  void mapsEveryRowOfTheTypeTable() {
    TypeRef.Standard address = new TypeRef.Standard(TypeRef.StandardType.ADDRESS);
    TypeRef.Standard processId = new TypeRef.Standard(TypeRef.StandardType.PROCESS_ID);
    List<TypeDecl.Field> fields = new ArrayList<>();
    for (TypeRef.WitScalar scalar : TypeRef.WitScalar.values()) {
      fields.add(field("a" + scalar.name(), new TypeRef.Scalar(scalar, false)));
    }
    fields.addAll(List.of(
        field("bytes", new TypeRef.Bytes()),
        field("set", new TypeRef.ListOf(STRING, TypeRef.Collection.SET)),
        field("array", new TypeRef.ListOf(INT, TypeRef.Collection.ARRAY)),
        field("maybe", new TypeRef.OptionOf(address, true)),
        field("nullable", new TypeRef.OptionOf(STRING, false)),
        field("byName", new TypeRef.MapOf(STRING, new TypeRef.ListOf(processId, TypeRef.Collection.LIST))),
        field("outcome", new TypeRef.ResultOf(named("Color"), STRING))));
    ProcessModel model = process("table", "table-v0", List.of(handler("get", Set.of(Kind.HTTP), named("Row"))),
        List.of(new TypeDecl.RecordDecl(named("Row").javaType(), "row", fields, false),
            enumeration("Color", "RED")));

    assertThat(WitGenerator.render(model)).contains("""
            use standard.{address, process-id};

            enum color {
                red,
            }

            record row {
                a-bool: bool,
                a-s8: s8,
                a-s16: s16,
                a-s32: s32,
                a-s64: s64,
                a-u8: u8,
                a-u16: u16,
                a-u32: u32,
                a-u64: u64,
                a-f32: f32,
                a-f64: f64,
                a-char: char,
                a-string: string,
                bytes: list<u8>,
                set: list<string>,
                array: list<s32>,
                maybe: option<address>,
                nullable: option<string>,
                by-name: list<tuple<string, list<process-id>>>,
                outcome: result<color, string>,
            }
        """);
    assertAcceptedByJco(model);
  }

  @Test
  void usesOnlyTheStandardTypesItMentions() {
    ProcessModel httpOnly = process("plain", "plain-v0",
        List.of(handler("get", Set.of(Kind.HTTP), STRING)), List.of());
    ProcessModel processIdInARecord = process("ids", "ids-v0",
        List.of(handler("get", Set.of(Kind.HTTP), named("Owner"))),
        List.of(record("Owner", field("id", new TypeRef.Standard(TypeRef.StandardType.PROCESS_ID)))));

    assertThat(WitGenerator.render(httpOnly)).doesNotContain("use ");
    assertThat(WitGenerator.render(processIdInARecord)).contains("    use standard.{process-id};\n");
    assertAcceptedByJco(httpOnly);
    assertAcceptedByJco(processIdInARecord);
  }

  @Test
  void doesNotDependOnTheOrderOfTheModel() {
    List<HandlerModel> handlers = List.of(
        handler("alpha", Set.of(Kind.HTTP, Kind.LOCAL, Kind.REMOTE), STRING),
        handler("beta", Set.of(Kind.REMOTE), VOID, argument("x", named("Bee"))));
    List<TypeDecl> types = List.of(record("Bee", field("a", named("Ant"))), record("Ant"), record("Cat"));
    List<HandlerModel> otherHandlers = new ArrayList<>(handlers);
    List<TypeDecl> otherTypes = new ArrayList<>(types);
    Collections.reverse(otherHandlers);
    Collections.reverse(otherTypes);

    assertThat(WitGenerator.render(process("p", "w", otherHandlers, otherTypes)))
        .isEqualTo(WitGenerator.render(process("p", "w", handlers, types)));
  }

  @Test
  void refusesVoidWhereWitHasNoPlaceForIt() {
    assertThatThrownBy(() -> WitTypes.of(listOf(VOID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a handler's return or a side of a result may be void");
  }

  private static TypeRef listOf(TypeRef element) {
    return new TypeRef.ListOf(element, TypeRef.Collection.LIST);
  }

  /** The model's interface, completed into a package by the world generator, parses with jco. */
  private void assertAcceptedByJco(ProcessModel model) {
    Jco.assertAccepts(WitFixtures.folder(List.of(model)), work);
  }
}
