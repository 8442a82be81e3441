package dev.hyperapp.api.dispatch;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.manifest.AppManifest;

/**
 * The generated dispatch table of one {@code @Hyperprocess} class ({@code <App>Dispatcher}). The
 * runtime finds it through {@link java.util.ServiceLoader} and calls it on the process's own
 * executor, one message at a time. Handlers are invoked directly, without reflection.
 *
 * <p>No method throws for bad input or a failing handler: errors come back as {@link
 * DispatchResult.Failed}.
 *
 * @param <S> the process class, which is also its state
 */
public interface ProcessDispatcher<S> {

  /** The process's manifest: ids, bindings, save mode and handler table. */
  AppManifest manifest();

  /** The process class, for loading and saving its state as JSON. */
  Class<S> stateType();

  /** A fresh instance, through the class's no-argument constructor. */
  S create();

  /** Runs the {@code @Init} handler, if any. Exceptions propagate: a failed init stops the app. */
  void init(S process, Context context) throws Exception;

  /**
   * Handles a request body {@code {"PascalName": null | arg | [args…]}} from {@code origin}: decodes
   * the arguments, checks that the origin may reach the handler, invokes it and encodes its result.
   */
  DispatchResult dispatch(S process, Origin origin, Context context, byte[] body);

  /**
   * Invokes the handler {@code method} (its PascalCase name) with {@code arguments} alone: {@code null}
   * or empty for none, the value for one, an array for more. Used for {@code @Http} handlers with a
   * path of their own.
   */
  DispatchResult invoke(S process, Origin origin, Context context, String method, byte[] arguments);

  /** Passes a WebSocket event to the {@code @Ws} handler; does nothing if there is none. */
  void onWebSocket(S process, Context context, WsEvent event) throws Exception;
}
