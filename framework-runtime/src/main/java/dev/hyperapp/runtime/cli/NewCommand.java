package dev.hyperapp.runtime.cli;

import dev.hyperapp.annotations.ProcessId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Scaffolds an app project. It runs Maven's {@code archetype:generate} with Hyperapp's archetype, so
 * that the command and {@code mvn archetype:generate} create the same project from one template.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Creates a new app project (a @Hyperprocess, its UI, a two-node test, a README) "
        + "with Maven's archetype:generate.")
final class NewCommand implements Callable<Integer> {

  static final String ARCHETYPE_GROUP = "dev.hyperapp";
  static final String ARCHETYPE_ARTIFACT = "hyperapp-archetype";

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "NAME",
      description = "The project folder, artifactId, process and package name: a-z, 0-9 and '-'.")
  String name;

  @Option(
      names = "--publisher",
      defaultValue = "template.os",
      description = "The publisher node: a-z, 0-9, '-' and '.'. Default: ${DEFAULT-VALUE}.")
  String publisher;

  @Option(
      names = "--group-id",
      defaultValue = "com.example",
      description = "The Maven groupId. Default: ${DEFAULT-VALUE}.")
  String groupId;

  @Option(
      names = "--package",
      description = "The Java package. Default: the groupId, a dot and NAME without '-'.")
  String javaPackage;

  @Option(
      names = "--directory",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Where the project folder is created. Default: the current folder.")
  Path directory;

  @Option(
      names = "--maven",
      paramLabel = "MVN",
      defaultValue = "mvn",
      description = "The Maven command. Default: ${DEFAULT-VALUE}.")
  String maven;

  @Override
  public Integer call() throws IOException, InterruptedException {
    validate();
    Path project = directory.resolve(name);
    spec.commandLine().getOut().printf(
        "Creating %s with %s (Maven downloads the archetype on first use)…%n", project, ARCHETYPE_ARTIFACT);
    spec.commandLine().getOut().flush();
    Files.createDirectories(directory);
    Process mvn = new ProcessBuilder(mavenCommand()).directory(directory.toFile()).inheritIO().start();
    int exit = mvn.waitFor();
    if (exit != 0) {
      spec.commandLine().getErr().printf("Maven failed with exit code %d; its output is above.%n", exit);
      return 1;
    }
    spec.commandLine().getOut().printf(
        "Created %s. Next: cd %s && mvn verify (see its README.md to run it on two nodes).%n",
        project, project);
    return 0;
  }

  /** The Maven invocation, in batch mode so that it never waits for input. */
  List<String> mavenCommand() {
    return List.of(
        maven,
        "-B",
        "org.apache.maven.plugins:maven-archetype-plugin:3.4.1:generate",
        "-DarchetypeGroupId=" + ARCHETYPE_GROUP,
        "-DarchetypeArtifactId=" + ARCHETYPE_ARTIFACT,
        "-DarchetypeVersion=" + version(),
        "-DgroupId=" + groupId,
        "-DartifactId=" + name,
        "-Dversion=0.1.0-SNAPSHOT",
        "-Dpackage=" + (javaPackage != null ? javaPackage : groupId + "." + name.replace("-", "")),
        "-Dpublisher=" + publisher);
  }

  private void validate() {
    if (!ProcessId.isValidName(name) || !Character.isLetter(name.charAt(0))) {
      throw new ParameterException(spec.commandLine(), "Invalid app name '" + name
          + "': use a-z, 0-9 and '-', starting with a letter, for example my-app");
    }
    if (!ProcessId.isValidPublisher(publisher)) {
      throw new ParameterException(spec.commandLine(), "Invalid publisher '" + publisher
          + "': use a-z, 0-9, '-' and '.', for example me.os");
    }
    if (Files.exists(directory.resolve(name))) {
      throw new ParameterException(spec.commandLine(), directory.resolve(name)
          + " already exists: choose another name or --directory");
    }
  }

  /** This runtime's version, which is also the archetype's. */
  static String version() {
    Properties properties = new Properties();
    try (InputStream in = NewCommand.class.getResourceAsStream("hyperapp.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }
}
