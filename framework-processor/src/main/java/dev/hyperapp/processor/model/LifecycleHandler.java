package dev.hyperapp.processor.model;

/**
 * The {@code @Init} or {@code @Ws} method.
 *
 * @param methodName the Java method name
 * @param parameters its parameters: for {@code @Init} only a {@link Parameter.ContextParameter};
 *     for {@code @Ws} one {@code WsEvent} (an {@link Parameter.EventParameter}) and maybe a context
 * @param throwsChecked whether the method declares checked exceptions
 */
public record LifecycleHandler(
    String methodName, java.util.List<Parameter> parameters, boolean throwsChecked) {

  public LifecycleHandler {
    parameters = java.util.List.copyOf(parameters);
  }
}
