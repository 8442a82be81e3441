package dev.hyperapp.processor.js;

import dev.hyperapp.processor.GeneratedFiles;
import dev.hyperapp.processor.Generator;
import dev.hyperapp.processor.manifest.AppResources;
import dev.hyperapp.processor.model.ProcessModel;

/**
 * Writes the browser client of a process: {@code api.js}, an ES module with one function per
 * {@code @Http} handler (no build step, no dependencies), and {@code api.d.ts}, its TypeScript
 * declarations. The runtime serves {@code api.js} at {@code /<process>:<package>:<publisher>/api.js}.
 */
public final class BrowserClientGenerator implements Generator {

  @Override
  public void generate(ProcessModel model, GeneratedFiles out) {
    out.writeResource(AppResources.path(model, AppResources.BROWSER_CLIENT), module(model));
    out.writeResource(AppResources.path(model, AppResources.BROWSER_CLIENT_TYPES), declarations(model));
  }

  /** {@code api.js} of {@code model}. */
  public static String module(ProcessModel model) {
    return ApiModule.render(model, HttpApi.of(model));
  }

  /** {@code api.d.ts} of {@code model}. */
  public static String declarations(ProcessModel model) {
    return ApiDeclarations.render(model, HttpApi.of(model));
  }
}
