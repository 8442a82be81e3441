package dev.hyperapp.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hyperapp.processor.model.Parameter.Argument;
import dev.hyperapp.processor.model.TypeRef.Collection;
import dev.hyperapp.processor.model.TypeRef.ListOf;
import dev.hyperapp.processor.model.TypeRef.MapOf;
import dev.hyperapp.processor.model.TypeRef.Named;
import dev.hyperapp.processor.model.TypeRef.OptionOf;
import dev.hyperapp.processor.model.TypeRef.ResultOf;
import dev.hyperapp.processor.model.TypeRef.Scalar;
import dev.hyperapp.processor.model.TypeRef.Unit;
import dev.hyperapp.processor.model.TypeRef.WitScalar;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Corners of the type table that the kitchen fixture does not reach. */
class TypeMapperTest {

  private static final Scalar STRING = new Scalar(WitScalar.STRING, false);
  private static ProcessModel model;

  @BeforeAll
  static void read() {
    model = ModelCapture.read(Sources.app(
        "@Local public void unsignedArray(@Unsigned int[] values) {}",
        "@Local public void unsignedElements(List<@Unsigned Long> values) {}",
        "@Local public void chars(char[] letters) {}",
        "@Local public void byColor(Map<Color, String> names) {}",
        "@Local public Result<Void, String> check() { return Result.ok(null); }",
        "@Local public CompletionStage<Void> later() { return null; }",
        "@Local public void load(String path) throws java.io.IOException {}",
        "@Local public Note note() { return null; }",
        "public enum Color { RED }",
        "public record Note(@Nullable String text, List<@Nullable String> tags) {}"));
  }

  @Test
  void readsUnsignedOnArraysAsOnTheirElements() {
    assertThat(argument("UnsignedArray"))
        .isEqualTo(new ListOf(new Scalar(WitScalar.U32, false), Collection.ARRAY));
    assertThat(argument("UnsignedElements"))
        .isEqualTo(new ListOf(new Scalar(WitScalar.U64, true), Collection.LIST));
    assertThat(argument("Chars"))
        .isEqualTo(new ListOf(new Scalar(WitScalar.CHAR, false), Collection.ARRAY));
  }

  @Test
  void acceptsEnumMapKeys() {
    Named color = new Named(new JavaType("test", List.of("App", "Color")), "color");
    assertThat(argument("ByColor")).isEqualTo(new MapOf(color, STRING));
  }

  @Test
  void readsVoidInResultsAndStagesAsUnit() {
    assertThat(handler("Check").returns()).isEqualTo(new ResultOf(new Unit(), STRING));
    assertThat(handler("Later").returns()).isEqualTo(new Unit());
    assertThat(handler("Later").async()).isTrue();
  }

  @Test
  void notesCheckedExceptions() {
    assertThat(handler("Load").throwsChecked()).isTrue();
    assertThat(handler("Check").throwsChecked()).isFalse();
  }

  @Test
  void readsNullableOnComponentsAndTypeArguments() {
    assertThat(model.types()).contains(new TypeDecl.RecordDecl(
        new JavaType("test", List.of("App", "Note")), "note", List.of(
            new TypeDecl.Field("text", "text", new OptionOf(STRING, false)),
            new TypeDecl.Field("tags", "tags",
                new ListOf(new OptionOf(STRING, false), Collection.LIST))), true));
  }

  private static TypeRef argument(String wireName) {
    List<Argument> arguments = handler(wireName).arguments();
    assertThat(arguments).hasSize(1);
    return arguments.get(0).type();
  }

  private static HandlerModel handler(String wireName) {
    return model.handlers().stream()
        .filter(handler -> handler.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no handler " + wireName));
  }
}
