package dev.hyperapp.runtime.http;

import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.manifest.HandlerKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/**
 * An installed app for tests: a hand-built manifest and real files, packed into a real jar (or left as
 * a folder, as an exploded app would be) and read through a class loader of its own, as the node does.
 */
final class TestApp implements HttpHost.App {

  private final AppManifest manifest;
  private final URLClassLoader loader;

  private TestApp(AppManifest manifest, URLClassLoader loader) {
    this.manifest = manifest;
    this.loader = loader;
  }

  @Override
  public AppManifest manifest() {
    return manifest;
  }

  @Override
  public Optional<URL> resource(String path) {
    return Optional.ofNullable(loader.findResource(path));
  }

  ProcessId process() {
    return manifest.processId();
  }

  static Builder builder(String processId) {
    return new Builder(ProcessId.parse(processId));
  }

  static final class Builder {
    private final ProcessId process;
    private AppManifest.UiBinding ui = new AppManifest.UiBinding(true, "/", true, false, false);
    private final List<AppManifest.EndpointBinding> endpoints = new ArrayList<>();
    private final List<AppManifest.HandlerEntry> handlers = new ArrayList<>();
    private final Map<String, String> files = new TreeMap<>();
    private final List<String> folders = new ArrayList<>();

    private Builder(ProcessId process) {
      this.process = process;
    }

    Builder ui(String path, boolean authenticated) {
      ui = new AppManifest.UiBinding(true, path, authenticated, false, false);
      return this;
    }

    Builder endpoint(String path, Endpoint.Kind kind, boolean authenticated, boolean localOnly) {
      endpoints.add(new AppManifest.EndpointBinding(path, kind, authenticated, localOnly, false));
      return this;
    }

    /** An {@code @Http} handler reached through the endpoint's envelope. */
    Builder handler(String name, int arity) {
      handlers.add(new AppManifest.HandlerEntry(name, Set.of(HandlerKind.HTTP), "POST", "", arity));
      return this;
    }

    /** An {@code @Http(method, path)} handler with a path of its own. */
    Builder ownPath(String name, String method, String path, int arity) {
      handlers.add(new AppManifest.HandlerEntry(name, Set.of(HandlerKind.HTTP), method, path, arity));
      return this;
    }

    Builder file(String path, String content) {
      files.put(path, content);
      return this;
    }

    /** An explicit directory entry, as jar tools write them. */
    Builder folder(String path) {
      folders.add(path.endsWith("/") ? path : path + "/");
      return this;
    }

    private AppManifest manifest() {
      return new AppManifest(
          process, process.process(), "🧪", "", ui, endpoints, SaveMode.NEVER, 0, "test-world", handlers);
    }

    /** Packs the files into {@code <dir>/<process>.jar}. */
    TestApp jar(Path dir) {
      createDirectories(dir);
      Path jar = dir.resolve(process.process() + ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
        for (String folder : folders) {
          out.putNextEntry(new JarEntry(folder));
          out.closeEntry();
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
          out.putNextEntry(new JarEntry(file.getKey()));
          out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
          out.closeEntry();
        }
        return new TestApp(manifest(), new URLClassLoader(new URL[] {jar.toUri().toURL()}, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Writes the files under {@code <dir>/<process>/}, an exploded app. */
    TestApp exploded(Path dir) {
      Path root = dir.resolve(process.process());
      createDirectories(root);
      try {
        for (String folder : folders) {
          Files.createDirectories(root.resolve(folder));
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
          Path target = root.resolve(file.getKey());
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            out.write(file.getValue().getBytes(StandardCharsets.UTF_8));
          }
        }
        return new TestApp(manifest(), new URLClassLoader(new URL[] {root.toUri().toURL()}, null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
