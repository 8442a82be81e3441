package dev.hyperapp.processor.wit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The WIT check itself fails on WIT that does not parse, and says where. */
class JcoTest {

  @TempDir
  Path work;

  @Test
  void rejectsAnUnescapedKeywordAndShowsTheLine() {
    Map<String, String> files = Map.of("api.wit", """
        package test:api;

        interface api {
            record answer {
                result: string,
            }
        }

        world api-v0 {
            import api;
        }
        """);

    assertThatThrownBy(() -> Jco.assertAccepts(files, work))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("jco rejected the WIT package")
        .hasMessageContaining("found keyword `result`")
        .hasMessageContaining("api.wit:5:");
  }

  @Test
  void rejectsATypeThatIsNotDeclared() {
    Map<String, String> files = Map.of("api.wit", """
        package test:api;

        interface api {
            record answer {
                value: missing,
            }
        }

        world api-v0 {
            import api;
        }
        """);

    assertThatThrownBy(() -> Jco.assertAccepts(files, work))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("type `missing` does not exist");
  }
}
