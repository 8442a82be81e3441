package dev.hyperapp.testkit;

import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.testkit.relay.Relay;
import dev.hyperapp.testkit.relay.RelayClient;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ten nodes: one asks the nine others at once through the generated client and hears from each. */
class FanOutTest {

  @RegisterExtension
  static final TestNodes nodes = TestNodes.count(10).apps(Relay.class);

  @Test
  void oneNodeFansARequestOutToNineAndCollectsEveryReply() {
    TestNode first = nodes.node(0);
    List<String> others = nodes.all().stream().skip(1).map(TestNode::name).collect(Collectors.toList());

    List<String> replies = result(first.client(RelayClient.class).fanOut(others, "roll call"));

    assertThat(replies).hasSize(9).containsExactlyElementsOf(others.stream()
        .map(node -> node + " heard 'roll call' from node1.os")
        .collect(Collectors.toList()));
    for (TestNode other : nodes.all().subList(1, 10)) {
      assertThat(result(other.client(RelayClient.class).greetedSoFar())).isEqualTo(1);
    }
    assertThat(first.network().connectedPeers()).containsExactlyInAnyOrderElementsOf(others);
  }
}
