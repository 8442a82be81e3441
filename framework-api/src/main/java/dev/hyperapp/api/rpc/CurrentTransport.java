package dev.hyperapp.api.rpc;

/**
 * The transport of the process whose handler (or continuation, or timer) runs on this thread. The
 * runtime binds it around every task it runs for a process; typed clients send through it.
 */
public final class CurrentTransport {

  private static final ThreadLocal<RpcTransport> CURRENT = new ThreadLocal<>();

  private CurrentTransport() {}

  /** The bound transport; throws if none is bound, that is outside a process's handler. */
  public static RpcTransport get() {
    RpcTransport transport = CURRENT.get();
    if (transport == null) {
      throw new IllegalStateException(
          "No process is running on this thread: typed clients can be used only inside a handler, "
              + "its continuations or a Context.after timer");
    }
    return transport;
  }

  /** Binds {@code transport} to this thread until the returned scope is closed. */
  public static Scope bind(RpcTransport transport) {
    RpcTransport previous = CURRENT.get();
    CURRENT.set(transport);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** A binding; closing it restores what was bound before. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
