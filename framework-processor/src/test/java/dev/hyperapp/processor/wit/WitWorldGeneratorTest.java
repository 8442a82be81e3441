package dev.hyperapp.processor.wit;

import static dev.hyperapp.processor.wit.Models.STRING;
import static dev.hyperapp.processor.wit.Models.handler;
import static dev.hyperapp.processor.wit.Models.process;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.processor.model.HandlerModel.Kind;
import dev.hyperapp.processor.model.ProcessModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WitWorldGeneratorTest {

  @TempDir
  Path work;

  @Test
  void writesOneWorldPerWitWorldImportingItsProcessesAndOneStandardFile() {
    List<ProcessModel> models = List.of(
        remoteProcess("outbox", "mail-v0"),
        remoteProcess("admin", "mail-admin-v0"),
        remoteProcess("inbox", "mail-v0"));

    Map<String, String> files = WitWorldGenerator.render(models);

    assertThat(files).containsOnlyKeys(
        "META-INF/hyperapp/wit/mail-admin-v0.wit",
        "META-INF/hyperapp/wit/mail-v0.wit",
        "META-INF/hyperapp/wit/standard.wit");
    assertThat(files.get("META-INF/hyperapp/wit/mail-v0.wit")).isEqualTo("""
        world mail-v0 {
            import inbox;
            import outbox;
        }
        """);
    assertThat(files.get("META-INF/hyperapp/wit/mail-admin-v0.wit")).isEqualTo("""
        world mail-admin-v0 {
            import admin;
        }
        """);
    assertThat(files.get("META-INF/hyperapp/wit/standard.wit")).isEqualTo("""
        package template-dot-os:app;

        /// The types every Hyperapp API shares: a process's id and its address on a node.
        interface standard {
            /// A process id, `process:package:publisher`.
            record process-id {
                process-name: string,
                package-name: string,
                publisher-node: string,
            }

            /// A process on a node, `node@process:package:publisher`.
            record address {
                node: string,
                process: process-id,
            }
        }
        """);
    assertAcceptedByJco(models);
  }

  @Test
  void namesThePackageAfterThePublisherAndPackageOfTheFirstProcess() {
    List<ProcessModel> models = List.of(
        process("zeta", "other", "other.os", "w", List.of(), List.of()),
        process("alpha", "list", "my-node.os", "w", List.of(), List.of()));

    assertThat(WitWorldGenerator.render(models).get(WitPackage.STANDARD_FILE))
        .startsWith("package my-node-dot-os:%list;\n");
  }

  @Test
  void escapesKeywordsInWorldAndInterfaceNames() {
    List<ProcessModel> models = List.of(remoteProcess("list", "world"));

    assertThat(WitWorldGenerator.render(models).get("META-INF/hyperapp/wit/world.wit")).isEqualTo("""
        world %world {
            import %list;
        }
        """);
    assertAcceptedByJco(models);
  }

  @Test
  void writesNothingWithoutProcesses() {
    assertThat(WitWorldGenerator.render(List.of())).isEmpty();
  }

  private static ProcessModel remoteProcess(String name, String world) {
    return process(name, world, List.of(handler("get", Set.of(Kind.REMOTE), STRING)), List.of());
  }

  private void assertAcceptedByJco(List<ProcessModel> models) {
    Jco.assertAccepts(WitFixtures.folder(models), work);
  }
}
