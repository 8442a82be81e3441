package dev.hyperapp.samchat.nodes;

import static dev.hyperapp.samchat.nodes.DirectMessagesOnNodesTest.eventually;
import static dev.hyperapp.testkit.TestNodes.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.FileInfo;
import dev.hyperapp.samchat.FileLibrary;
import dev.hyperapp.samchat.Samchat;
import dev.hyperapp.samchat.SamchatClient;
import dev.hyperapp.testkit.TestNodes;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Nodes whose peer messages (1 MiB here, 10 MiB by default) are smaller than the files samchat
 * accepts (64 MiB): a file travels in parts, which shrink until the link takes them, and arrives
 * whole or not at all.
 */
class FileOverTheNetworkLimitOnNodesTest {

  private static final int MESSAGE_LIMIT = 1024 * 1024;
  private static final int SIZE = 3 * MESSAGE_LIMIT + 7;

  @RegisterExtension
  final TestNodes nodes = TestNodes.named("alice.os", "bob.os", "carol.os").apps(Samchat.class)
      .network(config -> config.withMaxMessageSize(MESSAGE_LIMIT));

  private final byte[] content = new byte[SIZE];
  private SamchatPage bob;
  private FileInfo video;

  @BeforeEach
  void aliceSharesAVideoWithBob() {
    new Random(7).nextBytes(content);
    SamchatPage alice = new SamchatPage(nodes.node("alice.os"));
    bob = new SamchatPage(nodes.node("bob.os"));
    video = alice.upload("holiday.mp4", "video/mp4", content);
    ChatMessage shared = alice.sendFile("bob.os", video.fileId(), "the whole holiday");
    eventually().until(() -> bob.conversation(shared.conversationId()).isPresent());
  }

  @Test
  void aFileOverTheNetworksMessageLimitArrivesWholeAndIsKept() throws Exception {
    assertThat(video.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));

    HttpResponse<byte[]> fetched = bob.download(video.fileId());

    assertThat(fetched.statusCode()).isEqualTo(200);
    assertThat(fetched.headers().firstValue("Content-Type")).hasValue("video/mp4");
    assertThat(fetched.body()).isEqualTo(content);
    nodes.node("alice.os").cutOff();
    assertThat(bob.download(video.fileId()).body()).as("bob's own copy").isEqualTo(content);
  }

  @Test
  void aPartOutsideTheFileOrLongerThanAllowedIsRefusedWithTheReason() {
    SamchatClient alicesFromBob = nodes.node("bob.os").client(SamchatClient.class, nodes.node("alice.os"));
    SamchatClient alicesFromCarol =
        nodes.node("carol.os").client(SamchatClient.class, nodes.node("alice.os"));

    assertThat(result(alicesFromBob.getRemoteFilePart(video.fileId(), 1000, 24))).isEqualTo(Result.ok(video));
    assertThat(error(alicesFromBob.getRemoteFilePart(video.fileId(), -1, 10)))
        .isEqualTo("The offset must be from 0 to " + (SIZE - 1) + " for holiday.mp4 (" + SIZE
            + " bytes), not -1");
    assertThat(error(alicesFromBob.getRemoteFilePart(video.fileId(), SIZE, 1)))
        .startsWith("The offset must be from 0 to " + (SIZE - 1));
    assertThat(error(alicesFromBob.getRemoteFilePart(video.fileId(), 0, 0)))
        .isEqualTo("The length must be from 1 to " + SIZE + " bytes from offset 0 of holiday.mp4, not 0");
    assertThat(error(alicesFromBob.getRemoteFilePart(video.fileId(), 0, FileLibrary.LARGEST_PART + 1)))
        .startsWith("The length must be from 1 to " + SIZE + " bytes");
    assertThat(error(alicesFromBob.getRemoteFilePart(video.fileId(), SIZE - 5, 6)))
        .isEqualTo("The length must be from 1 to 5 bytes from offset " + (SIZE - 5)
            + " of holiday.mp4, not 6");
    assertThat(error(alicesFromBob.getRemoteFilePart("00000000-0000-0000-0000-000000000000", 0, 10)))
        .isEqualTo("No such file was shared with bob.os");
    assertThat(error(alicesFromCarol.getRemoteFilePart(video.fileId(), 0, 10)))
        .isEqualTo("No such file was shared with carol.os");
  }

  @Test
  void aCopyThatDoesNotMatchTheSharedDigestIsRefusedAndNotKept() throws IOException {
    byte[] changed = content.clone();
    changed[SIZE / 2] ^= 1;
    Files.write(alicesCopy(), changed);

    assertThat(new String(bob.download(video.fileId()).body()))
        .contains("\"Err\"", "alice.os sent a file that does not match the one shared");

    Files.write(alicesCopy(), content);
    assertThat(bob.download(video.fileId()).body()).as("fetched again, nothing was kept")
        .isEqualTo(content);
  }

  @Test
  void aFetchThatFailsHalfWaySaysWhyAndKeepsNothing() throws IOException {
    Files.write(alicesCopy(), Arrays.copyOf(content, 2 * MESSAGE_LIMIT));

    assertThat(new String(bob.download(video.fileId()).body())).contains("\"Err\"",
        "alice.os did not send the file: alice.os no longer has all of holiday.mp4");

    Files.write(alicesCopy(), content);
    assertThat(bob.download(video.fileId()).body()).as("fetched again, nothing was kept")
        .isEqualTo(content);
  }

  /** The video's bytes in alice's {@code files} drive. */
  private Path alicesCopy() {
    Path file = nodes.node("alice.os").home()
        .resolve("packages/template.os/samchat/drives/files/" + video.fileId());
    assertThat(file).exists();
    return file;
  }

  private static String error(CompletionStage<Result<FileInfo, String>> call) {
    Result<FileInfo, String> answer = result(call);
    assertThat(answer).isInstanceOf(Result.Err.class);
    return ((Result.Err<FileInfo, String>) answer).error();
  }
}
