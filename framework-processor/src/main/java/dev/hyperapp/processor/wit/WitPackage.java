package dev.hyperapp.processor.wit;

import dev.hyperapp.processor.model.Names;
import dev.hyperapp.processor.model.ProcessModel;

/**
 * The WIT package a compilation writes: one folder, {@code META-INF/hyperapp/wit/}, holding an
 * interface file per process, a file per world and {@code standard.wit}, which declares the package.
 */
final class WitPackage {

  static final String DIRECTORY = "META-INF/hyperapp/wit/";
  static final String STANDARD_FILE = DIRECTORY + "standard.wit";
  /** The interface with the standard types, which process interfaces {@code use}. */
  static final String STANDARD_INTERFACE = "standard";

  private WitPackage() {}

  /** {@code META-INF/hyperapp/wit/<process>.wit}. */
  static String interfaceFile(ProcessModel model) {
    return DIRECTORY + model.process() + ".wit";
  }

  /** {@code META-INF/hyperapp/wit/<world>.wit}. */
  static String worldFile(String world) {
    return DIRECTORY + world + ".wit";
  }

  /**
   * The package name: the publisher as namespace, with {@code .} written {@code -dot-} as in
   * Hyperware's world names, and the app's package name: {@code template-dot-os:kitchen-sink}. No
   * version, since an app declares none; the world name carries the API version ({@code -v0}).
   */
  static String name(ProcessModel model) {
    return Names.witIdentifier(model.publisher().replace(".", "-dot-"))
        + ":" + Names.witIdentifier(model.packageName());
  }
}
