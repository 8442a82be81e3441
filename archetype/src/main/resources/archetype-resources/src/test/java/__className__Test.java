package ${package};

import static dev.hyperapp.testkit.TestNodes.result;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hyperapp.testkit.HyperappTest;
import dev.hyperapp.testkit.TestNode;
import org.junit.jupiter.api.Test;

/**
 * ${className} on two real nodes: each has its own home, HTTP server and encrypted peer links, as
 * when it runs for real. alice uses her page's API, which calls bob's node.
 */
@HyperappTest(nodes = {"alice.os", "bob.os"}, apps = ${className}.class)
class ${className}Test {

  private static final String API = "/" + ${className}Client.PROCESS_ID + "/api";

  @Test
  void aliceSignsBobsGuestbookFromHerPage(TestNode alice, TestNode bob) {
    JsonNode signed = alice.http().call(API, "SignGuestbookOf", "bob.os", "hello from alice");

    assertEquals(1, signed.get("Ok").asInt());
    JsonNode entries = bob.http().call(API, "Entries");
    assertEquals("alice.os", entries.get(0).get("from").asText());
    assertEquals("hello from alice", entries.get(0).get("text").asText());
    assertEquals(1, result(bob.client(${className}Client.class).count()));
  }

  @Test
  void anEmptyEntryIsRefusedAndNothingIsKept(TestNode alice, TestNode bob) {
    JsonNode refused = alice.http().call(API, "SignGuestbookOf", "bob.os", "  ");

    assertEquals("write something", refused.get("Err").asText());
    assertEquals(0, result(bob.client(${className}Client.class).count()));
  }
}
