package dev.hyperapp.maven;

import dev.hyperapp.maven.client.UnsupportedWitException;
import dev.hyperapp.maven.client.WitClientSources;
import dev.hyperapp.maven.wit.WitPackage;
import dev.hyperapp.maven.wit.WitSyntaxException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates a typed Java client, and the Java types it needs, from another app's WIT folder: one
 * {@code <Process>Client} per process interface, with a method per {@code local} and {@code remote}
 * signature, speaking the same wire as the clients the processor generates. See docs/wit.md.
 */
@Mojo(name = "wit-client", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class WitClientMojo extends AbstractMojo {

  /** The other app's WIT folder, for example its committed {@code api/}. */
  @Parameter(property = "hyperapp.witClient.witDirectory", required = true)
  private File witDirectory;

  /** The Java package of the generated client and types. */
  @Parameter(property = "hyperapp.witClient.packageName", required = true)
  private String packageName;

  @Parameter(defaultValue = "${project.build.directory}/generated-sources/hyperapp-wit-client", required = true)
  private File outputDirectory;

  /** Add the sources to the test sources instead of the main ones. */
  @Parameter(defaultValue = "false")
  private boolean testSources;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoFailureException {
    if (!SourceVersion.isName(packageName)) {
      throw new MojoFailureException("packageName '" + packageName + "' is not a Java package name");
    }
    if (!witDirectory.isDirectory()) {
      throw new MojoFailureException("No WIT folder at " + witDirectory);
    }
    List<Path> written;
    try {
      deleteRecursively(outputDirectory.toPath()); // ours alone: no class of a type since removed may stay
      written = WitClientSources.write(WitPackage.read(witDirectory.toPath()), packageName, outputDirectory.toPath());
    } catch (WitSyntaxException | UnsupportedWitException e) {
      throw new MojoFailureException("Could not generate a client from " + witDirectory + ": " + e.getMessage(), e);
    }
    if (testSources) {
      project.addTestCompileSourceRoot(outputDirectory.getPath());
    } else {
      project.addCompileSourceRoot(outputDirectory.getPath());
    }
    getLog().info("Generated " + written.size() + " classes in " + packageName + " from " + witDirectory);
  }

  private static void deleteRecursively(Path folder) throws MojoFailureException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new MojoFailureException("Could not clear " + folder, e);
    }
  }
}
