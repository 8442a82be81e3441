package dev.hyperapp.samchat.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.samchat.browser.SamchatPage.ListedConversation;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;

/**
 * Alice and Bob chat in two headless Chromiums, each logged in to a real node of their own. The
 * nodes reach each other over real loopback sockets, found through a shared directory; nothing is
 * reloaded: what one does reaches the other's page over its WebSocket.
 */
class SamchatBrowserTest {

  private static final String PASSWORD = "correct horse battery staple";

  @RegisterExtension final BrowserEvidence evidence = new BrowserEvidence();
  @TempDir Path work;

  private SamchatNode aliceNode;
  private SamchatNode bobNode;
  private Browser aliceBrowser;
  private Browser bobBrowser;

  @BeforeEach
  void startNodesAndBrowsers() {
    Path directory = work.resolve("directory");
    aliceNode = SamchatNode.start("alice.os", PASSWORD, work, directory);
    bobNode = SamchatNode.start("bob.os", PASSWORD, work, directory);
    aliceBrowser = evidence.watch(Browser.start("alice", work.resolve("alice-profile")));
    bobBrowser = evidence.watch(Browser.start("bob", work.resolve("bob-profile")));
  }

  /** Stops everything that started, even when something fails to stop. */
  @AfterEach
  void stop() {
    IllegalStateException failure = null;
    for (AutoCloseable running : new AutoCloseable[] {aliceBrowser, bobBrowser, aliceNode, bobNode}) {
      try {
        if (running != null) {
          running.close();
        }
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("Could not stop everything the test started");
        }
        failure.addSuppressed(e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  @Test
  void aliceSendsTextAndAnImageBobSeesThemLiveAndRepliesAliceSeesTheReplyAndReceipts()
      throws IOException {
    Path picture = picture(work.resolve("sunset.png"), 64, 48);
    SamchatPage alice = new SamchatPage(aliceBrowser).logIn(aliceNode.page(), "alice.os", PASSWORD);
    SamchatPage bob = new SamchatPage(bobBrowser).logIn(bobNode.page(), "bob.os", PASSWORD);

    alice.startChat("bob.os");
    String greeting = alice.send("Hi Bob! A picture is coming.");

    bob.waitUntilListed("alice.os", new ListedConversation("Hi Bob! A picture is coming.", 1));
    alice.waitForStatus(greeting, "DELIVERED");

    bob.open("alice.os");
    assertThat(bob.messageWithText("Hi Bob! A picture is coming.")).isEqualTo(greeting);
    alice.waitForStatus(greeting, "READ");
    bob.waitUntilListed("alice.os", new ListedConversation("Hi Bob! A picture is coming.", 0));

    alice.attach(picture);
    String image = alice.send("");
    assertThat(alice.messageWithImage("sunset.png")).isEqualTo(image);
    assertThat(alice.loadedImage(image)).as("alice's own copy").isEqualTo(new Dimension(64, 48));

    assertThat(bob.messageWithImage("sunset.png")).isEqualTo(image);
    assertThat(bob.loadedImage(image)).as("fetched from alice's node by bob's")
        .isEqualTo(new Dimension(64, 48));
    String reply = bob.reply(image, "What a sunset!");

    assertThat(alice.messageWithText("What a sunset!")).isEqualTo(reply);
    assertThat(alice.attributeOf(reply, "data-sender")).isEqualTo("bob.os");
    assertThat(alice.quotedBy(reply)).isEqualTo(image);
    alice.waitForStatus(image, "READ");
    alice.waitForStatus(greeting, "READ");
    bob.waitForStatus(reply, "READ");
    for (Browser browser : new Browser[] {aliceBrowser, bobBrowser}) {
      assertThat(browser.consoleLog()).as(browser.name() + "'s console: samchat's errors")
          .noneMatch(line -> line.contains(" SEVERE ") && line.contains(SamchatNode.PROCESS));
    }
  }

  @Test
  void aGroupMadeInTheBrowserReachesItsMembersAndEveryMemberSeesWhoIsIn() {
    try (SamchatNode carolNode = SamchatNode.start("carol.os", PASSWORD, work, work.resolve("directory"))) {
      SamchatPage alice = new SamchatPage(aliceBrowser).logIn(aliceNode.page(), "alice.os", PASSWORD);
      SamchatPage bob = new SamchatPage(bobBrowser).logIn(bobNode.page(), "bob.os", PASSWORD);

      alice.createGroup("Lunch", "bob.os");
      alice.waitForParticipants("you, bob.os");
      String question = alice.send("Where do we eat?");

      bob.waitUntilListed("Lunch", new ListedConversation("alice.os: Where do we eat?", 1));
      assertThat(bob.kindOf("Lunch")).isEqualTo("GROUP");
      bob.open("Lunch");
      bob.waitForParticipants("you, alice.os");
      assertThat(bob.messageWithText("Where do we eat?")).isEqualTo(question);

      alice.addMember(carolNode.name());
      alice.waitForParticipants("you, bob.os, carol.os");
      bob.waitForParticipants("you, alice.os, carol.os");

      String answer = bob.send("The usual place");
      assertThat(alice.messageWithText("The usual place")).isEqualTo(answer);
      bob.leaveGroup("Lunch");
      alice.waitForParticipants("you, carol.os");
    }
  }

  /** A small PNG with something to see in it. */
  private static Path picture(Path file, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D paint = image.createGraphics();
    paint.setColor(new Color(0x1d3557));
    paint.fillRect(0, 0, width, height);
    paint.setColor(new Color(0xf4a261));
    paint.fillOval(width / 3, height / 3, width / 3, width / 3);
    paint.dispose();
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
