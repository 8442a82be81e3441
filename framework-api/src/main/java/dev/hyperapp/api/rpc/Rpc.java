package dev.hyperapp.api.rpc;

/**
 * The transport of the process whose handler is running on this thread, which typed clients use when
 * called without one ({@code SamchatClient.at("bob.os")}). The runtime binds it around every handler
 * invocation and every continuation it runs on the process's executor:
 *
 * <pre>{@code
 * try (Rpc.Binding binding = Rpc.bind(transport)) {
 *   result = dispatcher.dispatch(process, origin, context, body);
 * }
 * }</pre>
 */
public final class Rpc {

  private static final ThreadLocal<RpcTransport> CURRENT = new ThreadLocal<>();

  private Rpc() {}

  /** The transport bound to this thread; fails with a clear message outside a handler. */
  public static RpcTransport currentTransport() {
    RpcTransport transport = CURRENT.get();
    if (transport == null) {
      throw new IllegalStateException("No process is running on this thread, so a client cannot tell "
          + "which process sends its requests. Call clients from inside a handler, or pass a transport: "
          + "<App>Client.at(transport, address)");
    }
    return transport;
  }

  /** Binds {@code transport} to this thread until the binding is closed, which restores the previous one. */
  public static Binding bind(RpcTransport transport) {
    RpcTransport previous = CURRENT.get();
    CURRENT.set(transport);
    return new Binding(previous);
  }

  /** Undoes a {@link #bind(RpcTransport)}. */
  public static final class Binding implements AutoCloseable {

    private final RpcTransport previous;

    private Binding(RpcTransport previous) {
      this.previous = previous;
    }

    @Override
    public void close() {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }
}
