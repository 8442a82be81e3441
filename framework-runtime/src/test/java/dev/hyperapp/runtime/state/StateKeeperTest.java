package dev.hyperapp.runtime.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateKeeperTest {

  private static final ProcessId CHAT = ProcessId.parse("chat:chat:template.os");

  @TempDir Path home;
  private NodeDatabase database;
  private StateStore store;
  private final StateCodec codec = new StateCodec();

  /** The state class as it is today. */
  public static class Chat {
    public int count;
    public List<String> messages = new ArrayList<>();
    @JsonAlias("title")
    public String topic = "none";
    public String addedLater = "default";
  }

  @BeforeEach
  void open() {
    database = NodeDatabase.open(home.resolve("node.db"));
    store = new StateStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void neverNeitherLoadsNorSaves() throws Exception {
    store.save(CHAT, json("{\"count\":5}"));
    StateKeeper keeper = keeper(SaveMode.NEVER, 0);

    change(keeper, 3);
    keeper.flush();

    assertThat(state(keeper).count).isEqualTo(3);
    assertThat(store.revision(CHAT)).isEqualTo(1);
  }

  @Test
  void everyMessageSavesAfterEachMessageChangedOrNot() throws Exception {
    StateKeeper keeper = keeper(SaveMode.EVERY_MESSAGE, 0);

    change(keeper, 1);
    keeper.messageHandled();
    keeper.messageHandled();

    assertThat(store.revision(CHAT)).isEqualTo(3);
    assertThat(reloaded().count).isEqualTo(1);
  }

  @Test
  void everyNMessagesSavesOnEveryNthAndTheRestOnFlush() throws Exception {
    StateKeeper keeper = keeper(SaveMode.EVERY_N_MESSAGES, 3);

    for (int i = 1; i <= 7; i++) {
      change(keeper, i);
    }
    assertThat(store.revision(CHAT)).isEqualTo(2);
    assertThat(reloaded().count).isEqualTo(6);

    keeper.flush();
    assertThat(store.revision(CHAT)).isEqualTo(3);
    assertThat(reloaded().count).isEqualTo(7);
  }

  @Test
  void onDiffSavesOnlyWhenTheSerialisedStateChanged() throws Exception {
    StateKeeper keeper = keeper(SaveMode.ON_DIFF, 0);

    change(keeper, 1);
    keeper.messageHandled();
    change(keeper, 1);
    change(keeper, 2);
    keeper.flush();

    assertThat(store.revision(CHAT)).isEqualTo(2);
    assertThat(reloaded().count).isEqualTo(2);
  }

  @Test
  void onDiffDoesNotResaveAStateJustLoaded() throws Exception {
    store.save(CHAT, codec.write(new Chat()));
    StateKeeper keeper = keeper(SaveMode.ON_DIFF, 0);

    keeper.messageHandled();

    assertThat(store.revision(CHAT)).isEqualTo(1);
  }

  @Test
  void everyNSecondsSavesOnATickOnlyAfterAChange() throws Exception {
    StateKeeper keeper = keeper(SaveMode.EVERY_N_SECONDS, 1);

    keeper.tick();
    change(keeper, 4);
    assertThat(store.revision(CHAT)).isZero();
    keeper.tick();
    keeper.tick();
    keeper.messageHandled(); // a message that changed nothing
    keeper.tick();

    assertThat(store.revision(CHAT)).isEqualTo(1);
    assertThat(reloaded().count).isEqualTo(4);
  }

  @Test
  void aStateSavedByAnOlderClassLoads() throws Exception {
    store.save(CHAT, json(
        "{\"count\":3,\"messages\":[\"hi\"],\"title\":\"news\",\"removedSince\":{\"x\":1}}"));

    Chat chat = state(keeper(SaveMode.EVERY_MESSAGE, 0));

    assertThat(chat.count).isEqualTo(3);
    assertThat(chat.messages).containsExactly("hi");
    assertThat(chat.topic).isEqualTo("news");
    assertThat(chat.addedLater).isEqualTo("default");
  }

  @Test
  void aStateThatDoesNotFitIsRefusedAndLeftUntouched() {
    byte[] stored = json("{\"count\":\"many\",\"messages\":[]}");
    store.save(CHAT, stored);

    assertThatThrownBy(() -> keeper(SaveMode.EVERY_MESSAGE, 0))
        .isInstanceOf(StateLoadException.class)
        .hasMessageContaining("chat:chat:template.os")
        .hasMessageContaining(Chat.class.getName())
        .hasMessageContaining("left as it is");
    assertThat(store.load(CHAT)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(stored));
    assertThat(store.revision(CHAT)).isEqualTo(1);
  }

  @Test
  void anIntervalModeNeedsAnInterval() {
    assertThatThrownBy(() -> keeper(SaveMode.EVERY_N_MESSAGES, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  @Test
  void savesSurviveReopeningTheDatabase() throws Exception {
    StateKeeper keeper = keeper(SaveMode.EVERY_MESSAGE, 0);
    change(keeper, 9);
    database.close();

    database = NodeDatabase.open(home.resolve("node.db"));
    store = new StateStore(database);

    assertThat(reloaded().count).isEqualTo(9);
  }

  private StateKeeper keeper(SaveMode mode, int every) throws StateLoadException {
    return StateKeeper.load(CHAT, mode, every, store, codec, new Chat());
  }

  private static Chat state(StateKeeper keeper) {
    return (Chat) keeper.state();
  }

  /** A handler sets the count, then its work is done. */
  private static void change(StateKeeper keeper, int count) {
    state(keeper).count = count;
    keeper.messageHandled();
  }

  private Chat reloaded() throws Exception {
    return codec.readInto(new Chat(), store.load(CHAT).orElseThrow());
  }

  private static byte[] json(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
