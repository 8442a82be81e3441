package dev.hyperapp.maven.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import dev.hyperapp.maven.wit.WitInterface;
import dev.hyperapp.maven.wit.WitPackage;
import dev.hyperapp.processor.java.ClientGenerator;
import dev.hyperapp.processor.model.JavaType;
import dev.hyperapp.processor.model.ProcessModel;
import dev.hyperapp.processor.model.TypeDecl;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes, for each process interface of another app's WIT package, its typed client
 * ({@code <Process>Client}, by the processor's {@link ClientGenerator}) and a Java declaration of
 * each of its types, all in one Java package.
 */
public final class WitClientSources {

  /** The {@code @Generated} value of the type declarations. */
  static final String GENERATOR = "dev.hyperapp.maven.WitClientMojo";

  private WitClientSources() {}

  /** Writes the sources under {@code outputDirectory}; returns the files written. */
  public static List<Path> write(WitPackage witPackage, String javaPackage, Path outputDirectory) {
    List<Path> written = new ArrayList<>();
    Set<String> declared = new HashSet<>();
    for (WitInterface process : WitModels.processes(witPackage)) {
      ProcessModel model = WitModels.read(witPackage, process, javaPackage);
      JavaFile client = ClientGenerator.client(model, CodeBlock.of("{@code $L}", model.processId()));
      Set<String> names = new HashSet<>();
      names.add(client.typeSpec().name());
      model.types().forEach(type -> names.add(type.javaType().simpleName()));
      for (String name : names) {
        if (!declared.add(name)) {
          throw new UnsupportedWitException("two interfaces of " + witPackage.name() + " both need the class "
              + javaPackage + "." + name + ": generate them into different packages");
        }
      }
      JavaDeclarations declarations = new JavaDeclarations(javaPackage, names, witPackage.name() + "/" + process.name());
      Map<JavaType, List<ClassName>> variantsOf = variantsOfRecords(model.types());
      for (TypeDecl type : model.types()) {
        written.add(writeSource(outputDirectory, javaPackage, type.javaType().simpleName(),
            declarations.source(type, variantsOf.getOrDefault(type.javaType(), List.of()))));
      }
      written.add(writeSource(outputDirectory, javaPackage, client.typeSpec().name(), client.toString()));
    }
    return written;
  }

  /** For each record, the variants (sealed interfaces) it is a case of. */
  private static Map<JavaType, List<ClassName>> variantsOfRecords(List<TypeDecl> types) {
    Map<JavaType, List<ClassName>> variantsOf = new HashMap<>();
    for (TypeDecl type : types) {
      if (type instanceof TypeDecl.VariantDecl variant) {
        ClassName variantName = ClassName.get(variant.javaType().packageName(), variant.javaType().simpleName());
        variant.cases().forEach(variantCase -> variantsOf
            .computeIfAbsent(variantCase.payload().javaType(), key -> new ArrayList<>()).add(variantName));
      }
    }
    return variantsOf;
  }

  private static Path writeSource(Path outputDirectory, String javaPackage, String simpleName, String source) {
    Path file = outputDirectory.resolve(javaPackage.replace('.', '/')).resolve(simpleName + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + file, e);
    }
    return file;
  }
}
