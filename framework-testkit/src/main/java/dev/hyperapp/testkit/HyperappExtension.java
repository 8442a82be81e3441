package dev.hyperapp.testkit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/** What {@link HyperappTest} registers: a fresh {@link TestNodes} for each test, as it describes. */
final class HyperappExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(HyperappExtension.class);

  @Override
  public void beforeEach(ExtensionContext context) {
    HyperappTest settings = AnnotationSupport
        .findAnnotation(context.getRequiredTestClass(), HyperappTest.class)
        .orElseThrow(() -> new IllegalStateException("@HyperappTest is missing on "
            + context.getRequiredTestClass().getName()));
    TestNodes nodes = TestNodes.named(settings.nodes()).apps(settings.apps());
    context.getStore(NAMESPACE).put(TestNodes.class, nodes);
    nodes.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    TestNodes nodes = context.getStore(NAMESPACE).remove(TestNodes.class, TestNodes.class);
    if (nodes != null) {
      nodes.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return TestNodes.isNodeParameter(parameter);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    TestNodes nodes = context.getStore(NAMESPACE).get(TestNodes.class, TestNodes.class);
    if (nodes == null) {
      throw new ParameterResolutionException("Test nodes are given to test methods only, not to "
          + parameter.getDeclaringExecutable());
    }
    return nodes.resolveParameter(parameter, context);
  }
}
