package dev.hyperapp.samchat.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * Samchat's page in one browser, as its user works it: through the {@code data-testid}s the page
 * documents, waiting for what the page shows rather than for time to pass. The page redraws its
 * lists when updates arrive, so every read finds its elements afresh.
 */
final class SamchatPage {

  private final Browser browser;
  private final ChromeDriver driver;
  private final FluentWait<WebDriver> wait;

  SamchatPage(Browser browser) {
    this.browser = browser;
    this.driver = browser.driver();
    this.wait = waitingFor("the page");
  }

  /** A wait for the page to reach a state, described for the failure message. */
  private FluentWait<WebDriver> waitingFor(String state) {
    return browser.waiting().ignoring(StaleElementReferenceException.class)
        .withMessage(browser.name() + ": " + state);
  }

  static By testId(String id) {
    return By.cssSelector("[data-testid=\"" + id + "\"]");
  }

  static By message(String messageId) {
    return By.cssSelector(messageSelector(messageId));
  }

  /** A CSS selector for the message {@code messageId}, or for {@code testIds} inside it. */
  private static String messageSelector(String messageId, String... testIds) {
    StringBuilder selector =
        new StringBuilder("[data-testid=\"message\"][data-message-id=\"" + messageId + "\"]");
    for (String testId : testIds) {
      selector.append(" [data-testid=\"").append(testId).append("\"]");
    }
    return selector.toString();
  }

  /**
   * Opens the page at {@code page} as a stranger: the node answers with its login page, and the
   * password brings the browser back to samchat, connected for live updates.
   */
  SamchatPage logIn(URI page, String node, String password) {
    driver.get(page.toString());
    wait.until(ExpectedConditions.urlContains("/login"));
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Log in to " + node));
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.cssSelector("form.login button[type=submit]")).click();
    wait.until(ExpectedConditions.textToBe(testId("our-node"), node));
    wait.until(ExpectedConditions.attributeToBe(testId("connection-status"), "data-state", "live"));
    return this;
  }

  /** New chat → the node's name → an empty conversation with it, whose first message starts it. */
  void startChat(String node) {
    fillDialog("new-chat", () -> driver.findElement(testId("new-chat-node")).sendKeys(node));
    wait.until(ExpectedConditions.textToBe(testId("conversation-title"), node));
  }

  /** New group → its name and members → the group, open. */
  void createGroup(String name, String members) {
    fillDialog("new-group", () -> {
      driver.findElement(testId("new-group-name")).sendKeys(name);
      driver.findElement(testId("new-group-members")).sendKeys(members);
    });
    wait.until(ExpectedConditions.textToBe(testId("conversation-title"), name));
  }

  /** Add member → the node's name, in the open group. */
  void addMember(String node) {
    fillDialog("add-member", () -> driver.findElement(testId("add-member-node")).sendKeys(node));
  }

  /** Leave, confirmed in the page's dialog, in the open group: the page says so and offers no composer. */
  void leaveGroup(String group) {
    fillDialog("leave-group", () -> wait.until(ExpectedConditions.textToBe(testId("leave-group-name"), group)));
    wait.until(ExpectedConditions.visibilityOfElementLocated(testId("left-notice")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(testId("composer")));
  }

  /** Waits until the open group lists {@code participants} ("you" first while we are a member). */
  void waitForParticipants(String participants) {
    waitingFor("the participants should be " + participants)
        .until(ExpectedConditions.textToBe(testId("participants"), participants));
  }

  /** The kind the list gives the conversation titled {@code title}: DIRECT or GROUP. */
  String kindOf(String title) {
    return wait.until(page -> page.findElements(testId("conversation-item")).stream()
        .filter(item -> item.findElement(testId("conversation-item-title")).getText().equals(title))
        .map(item -> item.getAttribute("data-kind"))
        .findFirst()
        .orElse(null));
  }

  private void fillDialog(String name, Runnable fill) {
    driver.findElement(testId(name)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(testId(name + "-dialog")));
    fill.run();
    driver.findElement(testId(name + "-submit")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(testId(name + "-dialog")));
  }

  /**
   * Types {@code text} and sends it (with the attachment, if one is chosen); returns the id of the
   * new message, which the page shows once our node has it.
   */
  String send(String text) {
    Set<String> before = ourMessageIds();
    driver.findElement(testId("message-input")).sendKeys(text);
    driver.findElement(testId("send-button")).click();
    String sent = waitingFor("the message we sent should show").until(page -> {
      Set<String> now = ourMessageIds();
      now.removeAll(before);
      return now.size() == 1 ? now.iterator().next() : null;
    });
    wait.until(page -> page.findElement(testId("message-input")).getDomProperty("value").isEmpty());
    return sent;
  }

  private Set<String> ourMessageIds() {
    String us = driver.findElement(testId("our-node")).getText();
    return driver.findElements(By.cssSelector("[data-testid=\"message\"][data-sender=\"" + us + "\"]"))
        .stream()
        .map(message -> message.getAttribute("data-message-id"))
        .collect(Collectors.toCollection(HashSet::new));
  }

  /** Chooses {@code file} in the composer's file input, as the file picker would. */
  void attach(Path file) {
    driver.findElement(testId("attach-input")).sendKeys(file.toAbsolutePath().toString());
    wait.until(ExpectedConditions.textToBePresentInElementLocated(testId("attachment-name"),
        file.getFileName().toString()));
  }

  /** Waits for the conversation titled {@code title} in the list; returns its preview and unread count. */
  ListedConversation listed(String title) {
    return wait.until(page -> {
      for (WebElement item : page.findElements(testId("conversation-item"))) {
        if (item.findElement(testId("conversation-item-title")).getText().equals(title)) {
          List<WebElement> badge = item.findElements(testId("unread-badge"));
          return new ListedConversation(item.findElement(testId("conversation-preview")).getText(),
              badge.isEmpty() ? 0 : Integer.parseInt(badge.get(0).getText()));
        }
      }
      return null;
    });
  }

  /** What a row of the conversation list shows. */
  record ListedConversation(String preview, int unread) {}

  /** Waits until the conversation titled {@code title} is listed as {@code expected}. */
  void waitUntilListed(String title, ListedConversation expected) {
    waitingFor(title + " should be listed as " + expected).until(page -> listed(title).equals(expected));
  }

  /** Opens the conversation titled {@code title} from the list. */
  void open(String title) {
    wait.until(page -> {
      for (WebElement listed : page.findElements(testId("conversation-item-title"))) {
        if (listed.getText().equals(title)) {
          listed.click();
          return true;
        }
      }
      return false;
    });
    wait.until(ExpectedConditions.textToBe(testId("conversation-title"), title));
  }

  /** Waits for a message whose text is {@code text} in the open conversation; returns its id. */
  String messageWithText(String text) {
    return idOf(By.xpath("//li[@data-testid='message'][.//*[@data-testid='message-text' and .="
        + literal(text) + "]]"));
  }

  /** Waits for a message showing the image {@code name} in the open conversation; returns its id. */
  String messageWithImage(String name) {
    return idOf(By.xpath("//li[@data-testid='message'][.//img[@data-testid='image-preview' and @alt="
        + literal(name) + "]]"));
  }

  /** Waits until the image of message {@code messageId} has loaded; returns its natural size. */
  Dimension loadedImage(String messageId) {
    String script = "const img = document.querySelector(arguments[0]);"
        + " return img && img.complete && img.naturalWidth > 0 ? [img.naturalWidth, img.naturalHeight] : null;";
    String selector = messageSelector(messageId, "image-preview");
    @SuppressWarnings("unchecked")
    List<Number> size = (List<Number>) waitingFor("the image of " + messageId + " should load")
        .until(page -> driver.executeScript(script, selector));
    return new Dimension(size.get(0).intValue(), size.get(1).intValue());
  }

  String attributeOf(String messageId, String attribute) {
    return wait.until(page -> page.findElement(message(messageId)).getAttribute(attribute));
  }

  /** The id of the message that message {@code messageId} quotes, or "" if it quotes none. */
  String quotedBy(String messageId) {
    return wait.until(page -> {
      List<WebElement> quote = page.findElement(message(messageId)).findElements(testId("message-quote"));
      return quote.isEmpty() ? "" : quote.get(0).getAttribute("data-reply-to");
    });
  }

  /** Waits until our message {@code messageId} shows the delivery status {@code status}. */
  void waitForStatus(String messageId, String status) {
    By tick = By.cssSelector(messageSelector(messageId, "message-status"));
    waitingFor(messageId + " should be " + status)
        .until(ExpectedConditions.attributeToBe(tick, "data-status", status));
  }

  /** Points at message {@code messageId}, clicks its reply button and sends {@code text} as the reply. */
  String reply(String messageId, String text) {
    wait.until(page -> {
      WebElement target = page.findElement(message(messageId));
      new Actions(driver).moveToElement(target).click(target.findElement(testId("reply-button"))).perform();
      return true;
    });
    wait.until(ExpectedConditions.visibilityOfElementLocated(testId("reply-banner")));
    return send(text);
  }

  private String idOf(By locator) {
    return waitingFor("the page should show " + locator)
        .until(page -> page.findElement(locator).getAttribute("data-message-id"));
  }

  /** {@code text} as an XPath string literal. */
  private static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
