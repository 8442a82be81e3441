package dev.hyperapp.testkit;

import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.testkit.relay.Relay;
import dev.hyperapp.testkit.relay.RelayClient;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The annotation: fresh nodes for every test, given to the test method in the order named. */
@HyperappTest(nodes = {"carol.os", "dave.os", "erin.os"}, apps = Relay.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HyperappTestTest {

  private static Path firstHome;

  @Test
  @Order(1)
  void nodeParametersAreTheNodesInTheOrderNamed(TestNode carol, TestNode dave, TestNodes all) {
    assertThat(carol.name()).isEqualTo("carol.os");
    assertThat(dave.name()).isEqualTo("dave.os");
    assertThat(all.all()).extracting(TestNode::name).containsExactly("carol.os", "dave.os", "erin.os");
    assertThat(result(carol.client(RelayClient.class, "erin.os").greet("hi")))
        .isEqualTo("erin.os heard 'hi' from carol.os");
    firstHome = carol.home();
  }

  @Test
  @Order(2)
  void everyTestGetsFreshNodes(TestNode carol) {
    assertThat(firstHome).as("the previous test's homes are deleted").doesNotExist();
    assertThat(carol.home()).isNotEqualTo(firstHome);
    assertThat(result(carol.client(RelayClient.class).greetedSoFar())).isZero();
  }

  @AfterAll
  static void theLastHomesAreGoneToo() {
    assertThat(firstHome).doesNotExist();
  }
}
