package dev.hyperapp.maven;

import java.nio.file.Files;
import java.nio.file.Path;

/** samchat's committed WIT: real output of our generator, the fixture the plugin's tests start from. */
public final class SamchatApi {

  private SamchatApi() {}

  /** {@code sample-samchat/api/}, found from the module's folder. */
  public static Path folder() {
    Path folder = Path.of("..", "sample-samchat", "api").toAbsolutePath().normalize();
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("samchat's WIT is not at " + folder);
    }
    return folder;
  }
}
