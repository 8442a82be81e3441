package dev.hyperapp.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Names are checked by a hand-written scan; it must accept exactly what the documented grammar does. */
class ProcessIdTest {

  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PUBLISHER = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  private static final List<String> CANDIDATES = List.of(
      "", "a", "z9", "0", "chat", "sam-chat", "a-b-c", "alice.os", "my-node.os", "a.b.c", "a.b-c.d",
      "-a", "a-", ".a", "a.", "a--b", "a..b", "a.-b", "a-.b", "A", "Chat", "a_b", "a b", "a:b", "a@b",
      "a/b", "ä", "a\u0000", "..", "-", ".", "1-2.3");

  @Test
  void namesAreCheckedByTheGrammar() {
    for (String candidate : CANDIDATES) {
      assertEquals(NAME.matcher(candidate).matches(), ProcessId.isValidName(candidate), candidate);
      assertEquals(PUBLISHER.matcher(candidate).matches(), ProcessId.isValidPublisher(candidate), candidate);
    }
  }

  @Test
  void nullIsNoName() {
    assertEquals(false, ProcessId.isValidName(null));
    assertEquals(false, ProcessId.isValidPublisher(null));
  }

  @Test
  void invalidPartsAreRefusedWithTheirName() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> ProcessId.parse("chat:sam--chat:alice.os"));
    assertEquals("Invalid package name 'sam--chat': use a-z, 0-9 and '-'", error.getMessage());
    assertEquals(
        "Invalid node name 'Alice': use a-z, 0-9, '-' and '.', for example alice.os",
        assertThrows(IllegalArgumentException.class, () -> Address.parse("Alice@chat:chat:alice.os"))
            .getMessage());
    assertEquals("chat:chat:alice.os", ProcessId.parse("chat:chat:alice.os").toString());
  }
}
