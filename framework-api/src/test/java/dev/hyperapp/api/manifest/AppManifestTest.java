package dev.hyperapp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.api.manifest.AppManifest.HandlerEntry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The array forms generated dispatchers use build the same manifest as the list forms. */
class AppManifestTest {

  private static final ProcessId ID = new ProcessId("p", "p", "template.os");

  @Test
  void handlerEntryWithKindsLastIsTheCanonicalEntry() {
    assertThat(new HandlerEntry("Put", "POST", "/put", 2, HandlerKind.HTTP, HandlerKind.LOCAL))
        .isEqualTo(new HandlerEntry("Put", Set.of(HandlerKind.LOCAL, HandlerKind.HTTP), "POST", "/put", 2));
  }

  @Test
  void manifestWithHandlersLastIsTheCanonicalManifest() {
    HandlerEntry get = new HandlerEntry("Get", "GET", "", 0, HandlerKind.HTTP);
    HandlerEntry ping = new HandlerEntry("Ping", "", "", 1, HandlerKind.REMOTE);
    assertThat(new AppManifest(ID, "P", "", "", null, List.of(), SaveMode.NEVER, 0, "w", get, ping))
        .isEqualTo(new AppManifest(ID, "P", "", "", null, List.of(), SaveMode.NEVER, 0, "w",
            List.of(get, ping)));
    assertThat(new AppManifest(ID, "P", "", "", null, List.of(), SaveMode.NEVER, 0, "w").handlers())
        .isEmpty();
  }

  @Test
  void aHandlerListedTwiceWithTheSameKindIsRefused() {
    assertThatThrownBy(() -> new HandlerEntry("Put", "POST", "", 1, HandlerKind.HTTP, HandlerKind.HTTP))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
