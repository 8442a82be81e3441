package dev.hyperapp.runtime.http;

import dev.hyperapp.api.manifest.AppManifest;
import java.net.InetAddress;

/**
 * Who may use a binding: {@code localOnly} refuses clients that are not on this machine (403) before
 * {@code authenticated} asks for the owner's login (401).
 */
record AccessRule(boolean authenticated, boolean localOnly) {

  /** The node's own pages and anything an app did not declare otherwise: the owner, from anywhere. */
  static final AccessRule OWNER = new AccessRule(true, false);

  static final AccessRule ANYONE = new AccessRule(false, false);

  static AccessRule of(AppManifest.UiBinding binding) {
    return new AccessRule(binding.authenticated(), binding.localOnly());
  }

  static AccessRule of(AppManifest.EndpointBinding binding) {
    return new AccessRule(binding.authenticated(), binding.localOnly());
  }

  /** What a client at {@code client}, logged in or not, gets. */
  Verdict judge(InetAddress client, boolean loggedIn) {
    if (localOnly && !client.isLoopbackAddress()) {
      return Verdict.NOT_LOCAL;
    }
    if (authenticated && !loggedIn) {
      return Verdict.NOT_LOGGED_IN;
    }
    return Verdict.ADMITTED;
  }

  enum Verdict {
    ADMITTED,
    NOT_LOCAL,
    NOT_LOGGED_IN
  }
}
