package dev.hyperapp.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "sendMessage, send-message",
      "SendMessage, send-message",
      "SEND_MESSAGE, send-message",
      "send_message, send-message",
      "KitchenSink, kitchen-sink",
      "whoAmI, who-am-i",
      "HTTPServer2, http-server2",
      "HTML5Parser, html5-parser",
      "getURL, get-url",
      "URLParser, url-parser",
      "parseJSONValue, parse-json-value",
      "userID, user-id",
      "IOError, io-error",
      "ABC, abc",
      "x86, x86",
      "item2, item2",
      "line1, line1",
      "v2Beta, v2-beta",
      "s3Bucket, s3-bucket",
      "DARK_GREEN, dark-green",
      "_private, private",
      "trailing_, trailing",
      "a__b, a-b",
      "with$dollar, with-dollar",
  })
  void kebab(String javaName, String kebab) {
    assertThat(Names.kebab(javaName)).isEqualTo(kebab);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "sendMessage, SendMessage",
      "send_message, SendMessage",
      "SEND_MESSAGE, SendMessage",
      "whoAmI, WhoAmI",
      "HTTPServer2, HttpServer2",
      "getURL, GetUrl",
      "item2, Item2",
      "x86, X86",
      "list, List",
  })
  void pascal(String javaName, String pascal) {
    assertThat(Names.pascal(javaName)).isEqualTo(pascal);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "list, %list",
      "type, %type",
      "flags, %flags",
      "record, %record",
      "result, %result",
      "error-context, %error-context",
      "send-message, send-message",
      "lists, lists",
      "type-name, type-name",
  })
  void witIdentifierEscapesKeywordsOnly(String kebab, String identifier) {
    assertThat(Names.witIdentifier(kebab)).isEqualTo(identifier);
  }

  @ParameterizedTest(name = "\"{0}\" valid: {1}")
  @CsvSource({
      "kitchen-sink, true",
      "x86, true",
      "kitchen-sink-template-dot-os-v0, true",
      "2fa, false",
      "app-2go, false",
      "a--b, false",
      "-a, false",
      "a-, false",
      "Abc, false",
      "café, false",
      "'', false",
  })
  void isValidWitIdentifier(String name, boolean valid) {
    assertThat(Names.isValidWitIdentifier(name)).isEqualTo(valid);
  }

  /** The Java names a client generated from WIT gives; they are the JSON names, so they must round-trip. */
  @ParameterizedTest(name = "{0} → {1}, {2}")
  @CsvSource({
      "conversation-id, conversationId, CONVERSATION_ID",
      "send-message, sendMessage, SEND_MESSAGE",
      "item2, item2, ITEM2",
      "dark-green, darkGreen, DARK_GREEN",
      "x, x, X",
  })
  void camelAndConstantInvertKebab(String wit, String camel, String constant) {
    assertThat(Names.camel(wit)).isEqualTo(camel);
    assertThat(Names.constant(wit)).isEqualTo(constant);
    assertThat(Names.kebab(camel)).isEqualTo(wit);
    assertThat(Names.kebab(constant)).isEqualTo(wit);
  }
}
