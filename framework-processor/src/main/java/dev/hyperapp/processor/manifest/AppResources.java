package dev.hyperapp.processor.manifest;

import dev.hyperapp.processor.model.ProcessModel;

/**
 * Where an app's generated resources sit in its jar: {@code META-INF/hyperapp/apps/<publisher>/
 * <package>/<process>/}. Not {@code <process>:<package>:<publisher>}, because a colon is not allowed
 * in a Windows file name; the runtime serves the app at {@code /<process>:<package>:<publisher>/}.
 */
public final class AppResources {

  /** The folder every app's folder sits under. */
  public static final String ROOT = "META-INF/hyperapp/apps/";

  public static final String MANIFEST = "manifest.json";
  public static final String BROWSER_CLIENT = "api.js";
  public static final String BROWSER_CLIENT_TYPES = "api.d.ts";

  private AppResources() {}

  /** The path of {@code fileName} in the folder of {@code model}'s app. */
  public static String path(ProcessModel model, String fileName) {
    return ROOT + model.publisher() + "/" + model.packageName() + "/" + model.process() + "/" + fileName;
  }
}
