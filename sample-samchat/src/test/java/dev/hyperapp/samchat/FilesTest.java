package dev.hyperapp.samchat;

import static dev.hyperapp.samchat.DirectMessagesTest.error;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.annotations.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilesTest {

  private static final String DIGEST = FileLibrary.sha256(new byte[] {1, 2, 3});
  private static final String FILE_ID = "4b8e1a5c-0000-4000-8000-000000000000";

  private final ChatNetwork network = new ChatNetwork("alice.os", "bob.os", "carol.os");
  private final Chat alice = network.chat("alice.os");
  private final Chat bob = network.chat("bob.os");
  private final Chat carol = network.chat("carol.os");

  @Test
  void theSizeLimitIsWellAboveTenMegabytesAndCanBeChanged() {
    assertThat(alice.settings().maxFileBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(alice.describeUpload("big.bin", "application/octet-stream", 60L * 1024 * 1024, DIGEST)
        .isOk()).isTrue();

    assertThat(alice.setMaxFileBytes(20L * 1024 * 1024).orElseThrow().maxFileBytes())
        .isEqualTo(20L * 1024 * 1024);
    assertThat(error(alice.describeUpload("big.bin", "application/octet-stream", 20L * 1024 * 1024 + 1,
        DIGEST)))
        .isEqualTo("The file is 20971521 bytes; the limit is 20971520 bytes");
    assertThat(error(alice.setMaxFileBytes(1))).startsWith("The file size limit must be between");
    assertThat(error(alice.setMaxFileBytes(FileLibrary.LARGEST_MAX_BYTES + 1)))
        .startsWith("The file size limit must be between");
    assertThat(error(alice.describeUpload("empty.txt", "text/plain", 0, DIGEST))).isEqualTo("The file is empty");
  }

  @Test
  void anUploadIsDescribedWithACleanNameAndType() {
    FileInfo file = alice.describeUpload("C:\\Users\\me\\cat\u0007.PNG", "Image/PNG; charset=x", 10,
        DIGEST).orElseThrow();

    assertThat(file.name()).isEqualTo("cat.PNG");
    assertThat(file.mimeType()).isEqualTo("image/png");
    assertThat(file.size()).isEqualTo(10);
    assertThat(file.owner()).isEqualTo("alice.os");
    assertThat(FileLibrary.isFileId(file.fileId())).isTrue();

    assertThat(FileLibrary.cleanName("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileLibrary.cleanName("..")).isEqualTo("file");
    assertThat(FileLibrary.cleanName(null)).isEqualTo("file");
    assertThat(FileLibrary.cleanName("x".repeat(300))).hasSize(200);
    assertThat(FileLibrary.cleanMime("not a type")).isEqualTo("application/octet-stream");
  }

  @Test
  void onlyHarmlessTypesAreServedForTheBrowserToShow() {
    assertThat(FileLibrary.servedType(info("image/png"))).isEqualTo("image/png");
    assertThat(FileLibrary.servedType(info("image/jpeg"))).isEqualTo("image/jpeg");
    assertThat(FileLibrary.servedType(info("text/html"))).isEqualTo("application/octet-stream");
    assertThat(FileLibrary.servedType(info("image/svg+xml"))).isEqualTo("application/octet-stream");
    assertThat(FileLibrary.servedType(info("application/javascript")))
        .isEqualTo("application/octet-stream");
  }

  @Test
  void aSharedFileTravelsAsMetadataAndOnlyItsConversationsMembersMayFetchIt() {
    FileInfo photo = alice.describeUpload("cat.png", "image/png", 1234, DIGEST).orElseThrow();
    assertThat(error(alice.send("bob.os", "look", null, photo.fileId(), network.now)))
        .as("not stored yet").isEqualTo("Upload the file before sending it");
    alice.hold(photo);

    ChatMessage sent = alice.send("bob.os", "", null, photo.fileId(), network.now).orElseThrow();
    network.deliverAll();

    assertThat(sent.file()).isEqualTo(photo);
    assertThat(bob.messages(sent.conversationId()).orElseThrow()).singleElement()
        .satisfies(received -> assertThat(received.file()).isEqualTo(photo));
    assertThat(bob.heldFile(photo.fileId())).as("bob has only the description").isEmpty();
    assertThat(bob.fetchableFile(photo.fileId()).orElseThrow()).isEqualTo(photo);
    assertThat(error(carol.fetchableFile(photo.fileId()))).isEqualTo("No message here carries that file");

    assertThat(alice.fileFor("bob.os", photo.fileId())).isEqualTo(Result.ok(photo));
    assertThat(error(alice.fileFor("carol.os", photo.fileId()))).isEqualTo("No such file was shared with carol.os");
    assertThat(error(alice.fileFor("bob.os", "00000000-0000-0000-0000-000000000000")))
        .isEqualTo("No such file was shared with bob.os");

    bob.hold(photo);
    assertThat(error(bob.fileFor("carol.os", photo.fileId()))).as("bob only keeps a copy")
        .isEqualTo("No such file was shared with carol.os");
  }

  @Test
  void aFileMessageNeedsNoTextAndAReplyToItQuotesTheFileName() {
    FileInfo photo = alice.describeUpload("cat.png", "image/png", 1234, DIGEST).orElseThrow();
    alice.hold(photo);
    ChatMessage sent = alice.send("bob.os", "", null, photo.fileId(), network.now).orElseThrow();
    network.deliverAll();

    ChatMessage reply = bob.send(sent.conversationId(), "cute", sent.id(), null, network.now)
        .orElseThrow();

    assertThat(reply.replyTo().preview()).isEqualTo("cat.png");
  }

  @Test
  void aFileLargerThanOurLimitIsNotFetched() {
    FileInfo big = alice.describeUpload("film.mp4", "video/mp4", 50L * 1024 * 1024, DIGEST).orElseThrow();
    alice.hold(big);
    alice.send("bob.os", "film", null, big.fileId(), network.now);
    network.deliverAll();

    bob.setMaxFileBytes(10L * 1024 * 1024);

    assertThat(error(bob.fetchableFile(big.fileId()))).contains("the limit is 10485760 bytes");
  }

  @Test
  void aReceivedFileMustBeSoundAndBelongToItsSender() {
    String conversation = Conversations.directId("alice.os", "bob.os");
    FileInfo carols = new FileInfo(FILE_ID, "x.png", "image/png", 5, "carol.os", DIGEST);
    FileInfo badId = new FileInfo("../../secrets", "x.png", "image/png", 5, "bob.os", DIGEST);
    FileInfo badDigest = new FileInfo(FILE_ID, "x.png", "image/png", 5, "bob.os", "not a digest");

    for (FileInfo file : List.of(carols, badId, badDigest)) {
      ChatMessage message = new ChatMessage("m", conversation, "bob.os", "", 1, MessageStatus.SENT,
          null, file, Map.of());
      assertThat(alice.receive("bob.os", message, network.now)).isEqualTo(Result.err(Rejection.INVALID));
    }
  }

  @Test
  void aFileFromANodeThatRecordsNoDigestIsAccepted() {
    FileInfo older = new FileInfo(FILE_ID, "x.png", "image/png", 5, "bob.os", null);
    ChatMessage message = new ChatMessage("m", Conversations.directId("alice.os", "bob.os"), "bob.os", "",
        1, MessageStatus.SENT, null, older, Map.of());

    assertThat(alice.receive("bob.os", message, network.now)).isEqualTo(Result.ok(true));
    assertThat(alice.fetchableFile(FILE_ID)).isEqualTo(Result.ok(older));
  }

  @Test
  void anUploadCarriesTheDigestOfItsBytes() {
    assertThat(FileLibrary.sha256("abc".getBytes()))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(alice.describeUpload("a.txt", "text/plain", 3, DIGEST).orElseThrow().sha256()).isEqualTo(DIGEST);
  }

  @Test
  void aPeerGetsAPartOfASharedFileOnlyWithinTheFileAndTheLargestPart() {
    long size = FileLibrary.LARGEST_PART + 1000L;
    FileInfo video = alice.describeUpload("film.mp4", "video/mp4", size, DIGEST).orElseThrow();
    alice.hold(video);
    alice.send("bob.os", "film", null, video.fileId(), network.now);
    network.deliverAll();

    assertThat(alice.filePartFor("bob.os", video.fileId(), 0, FileLibrary.LARGEST_PART))
        .isEqualTo(Result.ok(video));
    assertThat(alice.filePartFor("bob.os", video.fileId(), FileLibrary.LARGEST_PART, 1000))
        .as("the last part").isEqualTo(Result.ok(video));
    assertThat(alice.filePartFor("bob.os", video.fileId(), size - 1, 1)).isEqualTo(Result.ok(video));

    assertThat(error(alice.filePartFor("bob.os", video.fileId(), -1, 10)))
        .isEqualTo("The offset must be from 0 to " + (size - 1) + " for film.mp4 (" + size + " bytes), not -1");
    assertThat(error(alice.filePartFor("bob.os", video.fileId(), size, 1))).as("at the end")
        .startsWith("The offset must be from 0 to " + (size - 1));
    assertThat(error(alice.filePartFor("bob.os", video.fileId(), 0, 0)))
        .isEqualTo("The length must be from 1 to " + FileLibrary.LARGEST_PART
            + " bytes from offset 0 of film.mp4, not 0");
    assertThat(error(alice.filePartFor("bob.os", video.fileId(), 0, -5))).startsWith("The length must be");
    assertThat(error(alice.filePartFor("bob.os", video.fileId(), 0, FileLibrary.LARGEST_PART + 1)))
        .as("over the largest part").startsWith("The length must be from 1 to " + FileLibrary.LARGEST_PART);
    assertThat(error(alice.filePartFor("bob.os", video.fileId(), FileLibrary.LARGEST_PART, 1001)))
        .as("past the end").isEqualTo("The length must be from 1 to 1000 bytes from offset "
            + FileLibrary.LARGEST_PART + " of film.mp4, not 1001");

    assertThat(error(alice.filePartFor("carol.os", video.fileId(), 0, 10)))
        .as("not shared with carol").isEqualTo("No such file was shared with carol.os");
    assertThat(error(alice.filePartFor("bob.os", "00000000-0000-0000-0000-000000000000", 0, 10)))
        .as("unknown file").isEqualTo("No such file was shared with bob.os");
  }

  private static FileInfo info(String mime) {
    return new FileInfo(FILE_ID, "f", mime, 1, "alice.os", DIGEST);
  }
}
