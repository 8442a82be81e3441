package dev.hyperapp.api.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.api.manifest.AppManifest.EndpointBinding;
import dev.hyperapp.api.manifest.AppManifest.HandlerEntry;
import dev.hyperapp.api.manifest.AppManifest.UiBinding;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A generated dispatcher reads its manifest from the {@code manifest.json} the processor wrote. */
class AppManifestTest {

  private static final String RESOURCE = "META-INF/hyperapp/apps/template.os/p/p/manifest.json";

  @Test
  void loadsTheManifestResourceSkippingTheKeysItHasNoComponentFor() {
    assertThat(AppManifest.load(AppManifestTest.class, RESOURCE)).isEqualTo(new AppManifest(
        new ProcessId("p", "p", "template.os"), "P", "🍳", "",
        new UiBinding(true, "/", true, false, false),
        List.of(new EndpointBinding("/ws", Endpoint.Kind.WEBSOCKET, true, true, false)),
        SaveMode.EVERY_N_MESSAGES, 5, "p-template-dot-os-v0",
        List.of(new HandlerEntry("Get", Set.of(HandlerKind.HTTP), "GET", "/get", 0),
            new HandlerEntry("Put", Set.of(HandlerKind.LOCAL, HandlerKind.HTTP), "POST", "", 2))));
  }

  @Test
  void aMissingManifestSaysWhereItWasLookedFor() {
    assertThatThrownBy(() -> AppManifest.load(AppManifestTest.class, "META-INF/hyperapp/apps/x/manifest.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("META-INF/hyperapp/apps/x/manifest.json")
        .hasMessageContaining(AppManifestTest.class.getName());
  }

  @Test
  void aResourceThatIsNotAManifestIsRefused() {
    assertThatThrownBy(() -> AppManifest.load(AppManifestTest.class,
            "dev/hyperapp/api/manifest/AppManifestTest.class"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not be read");
  }
}
