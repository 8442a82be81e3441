package dev.hyperapp.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * Loads what a Compile Testing compilation wrote to its in-memory class output: the compiled fixture,
 * the generated classes and resources (so {@link java.util.ServiceLoader} sees generated services
 * files). Everything else (framework-api, the annotations, Jackson) comes from the test class path.
 */
public final class GeneratedClasses extends ClassLoader {

  private static final String CLASS_OUTPUT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> files = new HashMap<>();

  public GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.toUri().getPath();
      if (name.startsWith(CLASS_OUTPUT)) {
        files.put(name.substring(CLASS_OUTPUT.length()), bytes(file));
      }
    }
  }

  /** Loads a class of the compilation by its binary name ({@code test.kitchen.KitchenSink$Profile}). */
  public Class<?> load(String binaryName) {
    try {
      return loadClass(binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not compiled: " + binaryName + "; class output: " + files.keySet(), e);
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = files.get(name.replace('.', '/') + ".class");
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  @Override
  protected URL findResource(String name) {
    byte[] bytes = files.get(name);
    if (bytes == null) {
      return null;
    }
    try {
      return new URL("memory", "", -1, "/" + name, new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
          return new URLConnection(url) {
            @Override
            public void connect() {}

            @Override
            public InputStream getInputStream() {
              return new ByteArrayInputStream(bytes);
            }
          };
        }
      });
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null ? Collections.emptyEnumeration() : Collections.enumeration(java.util.List.of(url));
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
