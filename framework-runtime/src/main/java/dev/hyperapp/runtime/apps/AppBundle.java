package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.manifest.AppManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The processes of one app package and the class loader they came from: an app jar, loaded in a class
 * loader of its own whose parent is the framework's (so the annotations, the API and Jackson are
 * shared), or the class path. Dispatchers are found with {@link ServiceLoader}, as the processor
 * registers them in {@code META-INF/services/dev.hyperapp.api.dispatch.ProcessDispatcher}.
 */
public final class AppBundle implements AutoCloseable {

  private final String packageName;
  private final String publisher;
  private final Optional<Path> jar;
  private final ClassLoader classLoader;
  private final List<ProcessDispatcher<?>> dispatchers;

  private AppBundle(Optional<Path> jar, ClassLoader classLoader, List<ProcessDispatcher<?>> dispatchers) {
    if (dispatchers.isEmpty()) {
      throw new IllegalArgumentException(jar.map(path -> "App jar " + path).orElse("The class path")
          + " holds no @Hyperprocess dispatcher (META-INF/services/"
          + ProcessDispatcher.class.getName() + "): was it compiled with the Hyperapp processor?");
    }
    List<ProcessDispatcher<?>> sorted = new ArrayList<>(dispatchers);
    sorted.sort(Comparator.comparing(dispatcher -> dispatcher.manifest().processId().toString()));
    ProcessId first = sorted.get(0).manifest().processId();
    String packages = sorted.stream()
        .map(dispatcher -> packageIdOf(dispatcher.manifest().processId()))
        .distinct()
        .collect(Collectors.joining(", "));
    if (packages.contains(",")) {
      throw new IllegalArgumentException(jar.map(path -> "App jar " + path).orElse("An app")
          + " holds processes of several packages (" + packages + "): an app is one package");
    }
    this.packageName = first.packageName();
    this.publisher = first.publisher();
    this.jar = jar;
    this.classLoader = classLoader;
    this.dispatchers = List.copyOf(sorted);
  }

  /** Loads the app in {@code jar}, in a class loader of its own below {@code parent}. */
  public static AppBundle fromJar(Path jar, ClassLoader parent) {
    URLClassLoader loader;
    try {
      loader = new URLClassLoader("app:" + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("Not a loadable path: " + jar, e);
    }
    try {
      List<ProcessDispatcher<?>> found = new ArrayList<>();
      // The parent's dispatchers (apps on the class path) are visible too: keep the jar's own.
      ServiceLoader.load(ProcessDispatcher.class, loader).stream()
          .filter(provider -> provider.type().getClassLoader() == loader)
          .forEach(provider -> found.add(provider.get()));
      return new AppBundle(Optional.of(jar), loader, found);
    } catch (RuntimeException | Error e) {
      closeQuietly(loader, e);
      throw e;
    }
  }

  /** The app made of {@code dispatchers}, whose classes are on the class path. */
  public static AppBundle fromClassPath(List<? extends ProcessDispatcher<?>> dispatchers) {
    ClassLoader loader = dispatchers.isEmpty()
        ? AppBundle.class.getClassLoader()
        : dispatchers.get(0).getClass().getClassLoader();
    return new AppBundle(Optional.empty(), loader, List.copyOf(dispatchers));
  }

  /** Every dispatcher registered on the class path of {@code loader}, grouped into one bundle per package. */
  public static List<AppBundle> scanClassPath(ClassLoader loader) {
    List<ProcessDispatcher<?>> all = new ArrayList<>();
    ServiceLoader.load(ProcessDispatcher.class, loader).forEach(all::add);
    return all.stream()
        .collect(Collectors.groupingBy(
            dispatcher -> packageIdOf(dispatcher.manifest().processId()),
            java.util.TreeMap::new,
            Collectors.toList()))
        .values().stream()
        .map(AppBundle::fromClassPath)
        .collect(Collectors.toList());
  }

  /** {@code package:publisher}. */
  public String packageId() {
    return packageName + ":" + publisher;
  }

  public String packageName() {
    return packageName;
  }

  public String publisher() {
    return publisher;
  }

  /** The jar the app was loaded from; empty for an app on the class path. */
  public Optional<Path> jar() {
    return jar;
  }

  /**
   * The app's class loader: its {@code ui/} files and generated resources ({@code
   * META-INF/hyperapp/apps/<publisher>/<package>/<process>/api.js}) are read through it.
   */
  public ClassLoader classLoader() {
    return classLoader;
  }

  /**
   * A file of the app itself ({@code ui/index.html}, {@code META-INF/hyperapp/apps/…/api.js}): for a
   * jar, searched in the jar alone, never in the framework's class path; for a class-path app, on the
   * class path.
   */
  public Optional<URL> resource(String path) {
    if (jar.isPresent() && classLoader instanceof URLClassLoader urlLoader) {
      return Optional.ofNullable(urlLoader.findResource(path));
    }
    return Optional.ofNullable(classLoader.getResource(path));
  }

  /** The dispatchers, sorted by process id. */
  public List<ProcessDispatcher<?>> dispatchers() {
    return dispatchers;
  }

  /** The manifests, sorted by process id. */
  public List<AppManifest> manifests() {
    return dispatchers.stream().map(ProcessDispatcher::manifest).collect(Collectors.toList());
  }

  /** Closes the jar's class loader; an app on the class path has nothing to close. */
  @Override
  public void close() {
    if (jar.isPresent() && classLoader instanceof URLClassLoader urlLoader) {
      try {
        urlLoader.close();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not close the class loader of " + jar.get(), e);
      }
    }
  }

  static String packageIdOf(ProcessId process) {
    return process.packageName() + ":" + process.publisher();
  }

  private static void closeQuietly(URLClassLoader loader, Throwable failure) {
    try {
      loader.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
