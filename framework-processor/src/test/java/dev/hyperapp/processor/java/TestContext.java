package dev.hyperapp.processor.java;

import dev.hyperapp.annotations.Context;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Context} for calling generated dispatchers without a node: it records what handlers do
 * with the homepage and WebSockets, and refuses everything else.
 */
final class TestContext {

  final List<String> calls = new ArrayList<>();
  final Context context = proxy(Context.class);

  private <T> T proxy(Class<T> type) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, arguments) -> {
          if (method.getName().equals("homepage")) {
            return proxy(Context.Homepage.class);
          }
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "TestContext" : null;
          }
          calls.add(method.getName() + (arguments == null ? List.of() : List.of(arguments)));
          if (method.getReturnType() != void.class) {
            throw new UnsupportedOperationException(method.getName() + " is not part of this test");
          }
          return null;
        }));
  }
}
