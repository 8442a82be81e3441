package dev.hyperapp.maven;

import dev.hyperapp.maven.api.ApiChange;
import dev.hyperapp.maven.api.ApiSync;
import dev.hyperapp.maven.wit.WitSyntaxException;
import java.io.File;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Keeps the app's committed WIT ({@code api/}) in line with the WIT the annotation processor wrote:
 * a developer's build updates it (refusing unacknowledged breaking changes), a check build
 * ({@code -Dhyperapp.wit.check}) fails on any difference. See docs/wit.md.
 */
@Mojo(name = "wit-api", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public class WitApiMojo extends AbstractMojo {

  /** Where the processor writes the WIT of the compilation. */
  @Parameter(defaultValue = "${project.build.outputDirectory}/META-INF/hyperapp/wit", required = true)
  private File generatedDirectory;

  /** The committed WIT folder. */
  @Parameter(property = "hyperapp.wit.api", defaultValue = "${project.basedir}/api", required = true)
  private File apiDirectory;

  /** Fail on any difference instead of updating {@code api/}: what CI runs. */
  @Parameter(property = "hyperapp.wit.check", defaultValue = "false")
  private boolean check;

  /** The functions, types, interfaces or worlds whose breaking changes are acknowledged, comma-separated. */
  @Parameter(property = "hyperapp.wit.acceptBreaking", defaultValue = "")
  private String acceptBreaking;

  @Parameter(property = "hyperapp.wit.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("WIT API check skipped");
      return;
    }
    if (!generatedDirectory.isDirectory()) {
      getLog().info("No WIT generated (" + generatedDirectory + "): no @Hyperprocess class, nothing to compare");
      return;
    }
    ApiSync.Outcome outcome;
    try {
      outcome = ApiSync.run(generatedDirectory.toPath(), apiDirectory.toPath(),
          check ? ApiSync.Mode.CHECK : ApiSync.Mode.UPDATE,
          acceptedNames());
    } catch (WitSyntaxException e) {
      throw new MojoFailureException("Could not read the WIT: " + e.getMessage(), e);
    }
    if (outcome.failed()) {
      throw new MojoFailureException(outcome.message());
    }
    if (outcome.changes().stream().anyMatch(ApiChange::isBreaking)) {
      getLog().warn(outcome.message());
    } else {
      getLog().info(outcome.message());
    }
  }

  private Set<String> acceptedNames() {
    return acceptBreaking == null ? Set.of() : Arrays.stream(acceptBreaking.split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .collect(Collectors.toSet());
  }
}
