package dev.hyperapp.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code hyperapp new} checks before it hands over to Maven. The command's real run, Maven and
 * the installed archetype included, is the {@code hyperapp-new} execution in {@code archetype/pom.xml};
 * that the project builds and passes its two-node test is the archetype's integration test.
 */
class NewCommandTest {

  @TempDir Path work;

  @Test
  void anInvalidAppNameIsAUsageErrorThatSaysWhatIsAllowed() {
    Run run = Run.of("new", "My_App", "--directory", work.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid app name 'My_App'", "a-z, 0-9 and '-'");
  }

  @Test
  void anInvalidPublisherIsAUsageError() {
    Run run = Run.of("new", "my-app", "--publisher", "Me!", "--directory", work.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid publisher 'Me!'");
  }

  @Test
  void anExistingFolderIsNeverOverwritten() throws Exception {
    Path existing = Files.createDirectories(work.resolve("my-app"));
    Files.writeString(existing.resolve("keep.txt"), "mine");

    Run run = Run.of("new", "my-app", "--directory", work.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("already exists");
    assertThat(existing.resolve("keep.txt")).hasContent("mine");
  }

  @Test
  void aMavenFailureIsReportedWithExitCodeOne() {
    Run run = Run.of("new", "my-app", "--directory", work.toString(), "--maven", "false");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("Maven failed with exit code 1");
  }

  @Test
  void mavenIsAskedForTheArchetypeOfThisVersionWithTheGivenNames() {
    NewCommand command = new NewCommand();
    command.name = "my-app";
    command.publisher = "me.os";
    command.groupId = "org.acme";
    command.maven = "mvn";

    assertThat(command.mavenCommand()).contains(
        "-B",
        "-DarchetypeGroupId=dev.hyperapp",
        "-DarchetypeArtifactId=hyperapp-archetype",
        "-DarchetypeVersion=" + NewCommand.version(),
        "-DartifactId=my-app",
        "-DgroupId=org.acme",
        "-Dpackage=org.acme.myapp",
        "-Dpublisher=me.os");
    assertThat(NewCommand.version()).matches("\\d+\\.\\d+\\.\\d+.*");
  }
}
