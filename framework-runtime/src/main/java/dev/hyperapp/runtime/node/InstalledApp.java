package dev.hyperapp.runtime.node;

import dev.hyperapp.runtime.apps.AppBundle;
import java.util.Optional;

/**
 * An app as installed on the node.
 *
 * @param bundle its processes' dispatchers and manifests, and its class loader
 * @param failure why it is not running (a state that does not load, a failing {@code @Init}); empty
 *     when all its processes run
 */
public record InstalledApp(AppBundle bundle, Optional<String> failure) {

  public boolean running() {
    return failure.isEmpty();
  }
}
