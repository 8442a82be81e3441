package dev.hyperapp.maven.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.maven.SamchatApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WitParserTest {

  @Test
  void readsSamchatsGeneratedFolder() {
    WitPackage samchat = WitPackage.read(SamchatApi.folder());

    assertThat(samchat.name()).isEqualTo("template-dot-os:samchat");
    assertThat(samchat.interfaces()).extracting(WitInterface::name).containsExactly("samchat", "standard");
    assertThat(samchat.worlds()).containsExactly(
        new WitWorld("samchat-template-dot-os-v0", List.of("samchat"), List.of()));
    WitInterface chat = samchat.findInterface("samchat").orElseThrow();
    assertThat(chat.uses()).containsExactly(new WitInterface.Use("standard", "address", "address"));
    WitDecl.Record message = (WitDecl.Record) chat.type("chat-message").orElseThrow();
    assertThat(message.fields()).extracting(field -> field.name() + ": " + field.type()).containsExactly(
        "id: string", "conversation-id: string", "sender: string", "text: string", "timestamp: s64",
        "status: message-status", "reply-to: option<reply-to>", "file: option<file-info>",
        "recipients: list<tuple<string, message-status>>");
    assertThat(((WitDecl.Enum) chat.type("rejection").orElseThrow()).cases())
        .containsExactly("unknown-conversation", "not-a-member", "left-group", "invalid");
    WitDecl.Record signature = (WitDecl.Record) chat.type("receive-message-signature-remote").orElseThrow();
    assertThat(signature.docs()).isEqualTo("Request: {\"ReceiveMessage\": message}");
    assertThat(signature.fields()).extracting(field -> field.type().toString())
        .containsExactly("address", "chat-message", "result<bool, rejection>");
  }

  @Test
  void readsEveryTypeFormOurGeneratorWrites() {
    WitInterface parsed = single("""
        package my-node-dot-os:%list;

        interface %type {
            use standard.{address, process-id as pid};

            /// A variant.
            /// Two lines.
            variant event {
                posted(posted),
                %record(list<u8>),
                empty,
            }

            record posted { %from: string, when: u64 }

            type ids = list<pid>;

            record results {
                a: result,
                b: result<s32>,
                c: result<_, string>,
                d: result<option<f64>, tuple<char, bool>>,
            }
        }
        """);

    assertThat(parsed.name()).isEqualTo("type");
    assertThat(parsed.use("pid")).contains(new WitInterface.Use("standard", "process-id", "pid"));
    WitDecl.Variant event = (WitDecl.Variant) parsed.type("event").orElseThrow();
    assertThat(event.docs()).isEqualTo("A variant.\nTwo lines.");
    assertThat(event.cases()).containsExactly(
        new WitDecl.Case("posted", Optional.of(new WitType.Named("posted"))),
        new WitDecl.Case("record", Optional.of(new WitType.ListOf(new WitType.Primitive("u8")))),
        new WitDecl.Case("empty", Optional.empty()));
    assertThat(((WitDecl.Record) parsed.type("posted").orElseThrow()).fields())
        .extracting(WitDecl.Field::name).containsExactly("from", "when");
    assertThat(((WitDecl.Alias) parsed.type("ids").orElseThrow()).type().toString()).isEqualTo("list<pid>");
    assertThat(((WitDecl.Record) parsed.type("results").orElseThrow()).fields())
        .extracting(field -> field.type().toString())
        .containsExactly("result", "result<s32>", "result<_, string>", "result<option<f64>, tuple<char, bool>>");
  }

  @Test
  void skipsCommentsIncludingNestedBlocksAndReadsVersions() {
    WitPackage parsed = WitPackage.of(Map.of("a.wit", """
        // a line comment
        package a:b@1.2.0-rc.1;
        /* a block /* nested */ still a comment */
        use wasi:io/streams@0.2.0;
        world w {
            import wasi:http/types@0.2.0;
            export c;
        }
        interface c {}
        """));

    assertThat(parsed.name()).isEqualTo("a:b");
    assertThat(parsed.worlds().get(0).imports()).containsExactly("wasi:http/types@0.2.0");
    assertThat(parsed.worlds().get(0).exports()).containsExactly("c");
  }

  @Test
  void refusesWhatHyperappApisDoNotUseWithFileLineAndColumn() {
    assertThatThrownBy(() -> WitParser.parse("interface a {\n    f: func();\n}", "a.wit"))
        .isInstanceOf(WitSyntaxException.class)
        .hasMessage("a.wit:2:5: function 'f' is not supported: Hyperapp APIs declare calls as"
            + " <fn>-signature-<kind> records");
    assertThatThrownBy(() -> WitParser.parse("interface a { flags f { x } }", "a.wit"))
        .hasMessageStartingWith("a.wit:1:15: 'flags' is not supported");
    assertThatThrownBy(() -> WitParser.parse("interface a { record r { x: own<t> } }", "a.wit"))
        .hasMessage("a.wit:1:29: 'own' is not supported in a Hyperapp API");
    assertThatThrownBy(() -> WitParser.parse("world w { import f: func(); }", "w.wit"))
        .hasMessage("w.wit:1:18: an inline import is not supported: name an interface");
  }

  @Test
  void reportsSyntaxErrorsWhereTheyAre() {
    assertThatThrownBy(() -> WitParser.parse("interface a {\n  record r {\n    x: string\n    y: u8,\n  }\n}", "a.wit"))
        .hasMessage("a.wit:4:5: expected '}' but found 'y'");
    assertThatThrownBy(() -> WitParser.parse("interface a {", "a.wit"))
        .hasMessage("a.wit:1:14: expected a type declaration or 'use' but found the end of the file");
    assertThatThrownBy(() -> WitParser.parse("/* open", "a.wit")).hasMessage("a.wit:1:1: comment is never closed");
    assertThatThrownBy(() -> WitParser.parse("interface a { record r { x: result<_> } }", "a.wit"))
        .hasMessageContaining("'result<_>' needs an error type");
    assertThatThrownBy(() -> WitParser.parse("interface a { record r { x: string # } }", "a.wit"))
        .hasMessage("a.wit:1:36: unexpected character '#'");
    assertThatThrownBy(() -> WitParser.parse("record r {}", "a.wit"))
        .hasMessage("a.wit:1:1: expected 'package', 'interface', 'world' or 'use' but found 'record'");
  }

  @Test
  void aFolderDeclaresOnePackageAndEachNameOnce() {
    assertThatThrownBy(() -> WitPackage.of(Map.of("a.wit", "interface a {}")))
        .hasMessageStartingWith("No file declares the package");
    assertThatThrownBy(() -> WitPackage.of(Map.of("a.wit", "package a:b;", "b.wit", "package a:c;")))
        .hasMessage("b.wit: declares package a:c, but another file of the folder declares a:b");
    assertThatThrownBy(() -> WitPackage.of(Map.of("a.wit", "package a:b; interface i {}", "b.wit", "interface i {}")))
        .hasMessage("b.wit: interface i is declared twice");
  }

  private static WitInterface single(String source) {
    WitFile file = WitParser.parse(source, "test.wit");
    assertThat(file.interfaces()).hasSize(1);
    return file.interfaces().get(0);
  }
}
