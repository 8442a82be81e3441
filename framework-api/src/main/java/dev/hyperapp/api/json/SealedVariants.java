package dev.hyperapp.api.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.jsontype.TypeResolverBuilder;
import com.fasterxml.jackson.databind.jsontype.impl.StdTypeResolverBuilder;
import dev.hyperapp.annotations.Result;
import java.util.Arrays;
import java.util.List;

/**
 * Makes every {@code sealed interface} whose permitted subclasses are records a WIT variant on the
 * wire, externally tagged by the case's simple name: {@code {"Posted": {"post": {…}}}}. The cases come
 * from {@link Class#getPermittedSubclasses()}, so apps need no Jackson annotations; Jackson asks once
 * per type and caches what it builds. {@link Result} is excluded: it has its own shape.
 */
final class SealedVariants extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  @Override
  public TypeResolverBuilder<?> findTypeResolver(
      MapperConfig<?> config, AnnotatedClass type, JavaType baseType) {
    if (!isVariant(type.getRawType())) {
      return null;
    }
    return new StdTypeResolverBuilder()
        .init(JsonTypeInfo.Id.NAME, null)
        .inclusion(JsonTypeInfo.As.WRAPPER_OBJECT);
  }

  @Override
  public List<NamedType> findSubtypes(Annotated annotated) {
    if (!(annotated instanceof AnnotatedClass type) || !isVariant(type.getRawType())) {
      return null;
    }
    return Arrays.stream(type.getRawType().getPermittedSubclasses())
        .map(variantCase -> new NamedType(variantCase, variantCase.getSimpleName()))
        .toList();
  }

  static boolean isVariant(Class<?> type) {
    return type.isInterface()
        && type.isSealed()
        && type != Result.class
        && Arrays.stream(type.getPermittedSubclasses()).allMatch(Class::isRecord);
  }
}
