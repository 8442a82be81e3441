package dev.hyperapp.runtime.node;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A node's home folder:
 *
 * <pre>
 * node.properties                    the node's configuration (name = alice.os)
 * node.db                            SQLite: process states and key–value stores
 * apps/*.jar                         installed app jars, loaded at boot
 * packages/&lt;publisher&gt;/&lt;package&gt;/   app.db (the package's SQL database), drives/&lt;name&gt;/ (its VFS)
 * </pre>
 */
public final class NodeHome {

  private static final String CONFIG = "node.properties";

  private final Path root;
  private final String nodeName;

  private NodeHome(Path root, String nodeName) {
    this.root = root;
    this.nodeName = nodeName;
  }

  /**
   * Opens the home at {@code root}, creating it for a node called {@code nameIfNew} if it has no
   * configuration yet. An existing home keeps its own name.
   */
  public static NodeHome openOrCreate(Path root, String nameIfNew) {
    Path config = root.resolve(CONFIG);
    try {
      Files.createDirectories(root.resolve("apps"));
      Files.createDirectories(root.resolve("packages"));
      Properties properties = new Properties();
      if (Files.exists(config)) {
        try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
          properties.load(reader);
        }
      } else {
        properties.setProperty("name", nameIfNew);
        try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
          properties.store(writer, "Hyperapp node");
        }
      }
      String name = properties.getProperty("name");
      if (name == null || name.isBlank()) {
        throw new IllegalStateException(config + " has no 'name' (for example name = alice.os)");
      }
      return new NodeHome(root, name.trim());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not open the node home " + root, e);
    }
  }

  public Path root() {
    return root;
  }

  /** The node's name, for example {@code alice.os}. */
  public String nodeName() {
    return nodeName;
  }

  public Path database() {
    return root.resolve("node.db");
  }

  public Path apps() {
    return root.resolve("apps");
  }

  public Path packages() {
    return root.resolve("packages");
  }
}
