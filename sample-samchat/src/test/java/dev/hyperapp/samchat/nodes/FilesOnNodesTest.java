package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.FileInfo;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.samchat.SamchatClient;
import dev.hyperapp.testkit.HttpSession;
import dev.hyperapp.testkit.TestNodes;
import java.net.http.HttpResponse;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files between real nodes: binary upload, sharing, local and remote download, the cached copy. */
class FilesOnNodesTest {

  /** Over the peer network's default 10 MiB message limit, which the nodes here keep: it comes in parts. */
  private static final int LARGE = 12 * 1024 * 1024 + 7;

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os", "carol.os").apps(Samchat.class);

  private SamchatPage alice;
  private SamchatPage bob;

  @BeforeEach
  void pages() {
    alice = new SamchatPage(nodes.node("alice.os"));
    bob = new SamchatPage(nodes.node("bob.os"));
  }

  @Test
  void aLargeBinaryFileIsUploadedSharedAndFetchedOnceByThePeer() {
    byte[] content = new byte[LARGE];
    new Random(42).nextBytes(content);

    FileInfo uploaded = alice.upload("../backup.bin", "application/octet-stream", content);

    assertThat(uploaded.name()).isEqualTo("backup.bin");
    assertThat(uploaded.size()).isEqualTo(LARGE);
    assertThat(uploaded.owner()).isEqualTo("alice.os");
    assertThat(alice.download(uploaded.fileId()).body()).isEqualTo(content);

    ChatMessage shared = alice.sendFile("bob.os", uploaded.fileId(), "the backup");
    eventually().untilAsserted(() -> assertThat(bob.messages(shared.conversationId()))
        .singleElement().satisfies(received -> {
          assertThat(received.text()).isEqualTo("the backup");
          assertThat(received.file()).isEqualTo(uploaded);
        }));

    HttpResponse<byte[]> fetched = bob.download(uploaded.fileId());
    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.body()).isEqualTo(content);

    // bob keeps the copy: with alice gone, his node still serves it.
    nodes.node("alice.os").cutOff();
    assertThat(bob.download(uploaded.fileId()).body()).isEqualTo(content);
  }

  @Test
  void anImageIsServedAsAnImageForPreviews() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    FileInfo image = alice.upload("cat.png", "image/png", png);
    ChatMessage shared = alice.sendFile("bob.os", image.fileId(), null);
    eventually().until(() -> bob.conversation(shared.conversationId()).isPresent());

    HttpResponse<byte[]> preview = bob.download(image.fileId());

    assertThat(preview.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(preview.body()).isEqualTo(png);
    assertThat(alice.download(image.fileId()).headers().firstValue("Content-Type")).hasValue("image/png");
  }

  @Test
  void aFileIsGivenOnlyToTheNodesItWasSharedWith() {
    FileInfo secret = alice.upload("plan.txt", "text/plain", "the plan".getBytes());
    ChatMessage shared = alice.sendFile("bob.os", secret.fileId(), "for bob only");
    eventually().until(() -> bob.conversation(shared.conversationId()).isPresent());

    SamchatClient alicesFromCarol =
        nodes.node("carol.os").client(SamchatClient.class, nodes.node("alice.os"));
    assertThat(result(alicesFromCarol.getRemoteFile(secret.fileId())))
        .isEqualTo(Result.err("No such file was shared with carol.os"));

    SamchatPage carol = new SamchatPage(nodes.node("carol.os"));
    assertThat(HttpSession.readJson(new String(carol.download(secret.fileId()).body())).has("Err")).isTrue();
  }

  @Test
  void uploadsAndDownloadsThatCannotBeServedSaySo() {
    HttpResponse<String> empty = alice.http().upload(SamchatPage.filesPath("empty.bin", "application/octet-stream"),
        new byte[0], "application/octet-stream");
    assertThat(HttpSession.readJson(empty.body()).has("Err")).as(empty.body()).isTrue();
    assertThat(new String(alice.download("not-a-file-id").body())).contains("Err");

    FileInfo big = alice.upload("big.bin", "application/octet-stream", new byte[2 * 1024 * 1024]);
    ChatMessage shared = alice.sendFile("bob.os", big.fileId(), "too big for bob");
    eventually().until(() -> bob.conversation(shared.conversationId()).isPresent());
    bob.http().call(SamchatPage.BASE + "/api", "SetMaxFileSize", 1024 * 1024);

    assertThat(new String(bob.download(big.fileId()).body())).contains("the limit is 1048576");
  }
}
