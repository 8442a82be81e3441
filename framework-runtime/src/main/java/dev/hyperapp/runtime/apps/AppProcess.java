package dev.hyperapp.runtime.apps;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.runtime.kernel.Delivery;
import dev.hyperapp.runtime.kernel.ProcessBehaviour;
import dev.hyperapp.runtime.kernel.ProcessRef;
import dev.hyperapp.runtime.state.StateCodec;
import dev.hyperapp.runtime.state.StateKeeper;
import dev.hyperapp.runtime.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An app's process: its generated dispatcher, its state and the node's services, run by the kernel
 * on its mailbox. A WebSocket event or a {@code Context.after} action counts as a handled message for
 * saving.
 *
 * @param <S> the process class
 */
public final class AppProcess<S> implements ProcessBehaviour {

  private static final Logger log = LoggerFactory.getLogger(AppProcess.class);

  private final ProcessDispatcher<S> dispatcher;
  private final AppManifest manifest;
  private final PackageServices services;
  private final StateStore store;
  private final StateCodec codec;
  private final NodeHomepage homepage;
  private final Supplier<WebSocketSink> webSockets;
  private final Set<ScheduledFuture<?>> timers = new HashSet<>();
  private ProcessRef self;
  private StateKeeper keeper;
  private S state;
  private boolean stopped;

  public AppProcess(ProcessDispatcher<S> dispatcher, PackageServices services, StateStore store,
      StateCodec codec, NodeHomepage homepage, Supplier<WebSocketSink> webSockets) {
    this.dispatcher = dispatcher;
    this.manifest = dispatcher.manifest();
    this.services = services;
    this.store = store;
    this.codec = codec;
    this.homepage = homepage;
    this.webSockets = webSockets;
  }

  public ProcessId id() {
    return manifest.processId();
  }

  @Override
  public ClassLoader classLoader() {
    return dispatcher.getClass().getClassLoader();
  }

  @Override
  public void start(ProcessRef self) throws Exception {
    this.self = self;
    keeper = StateKeeper.load(id(), manifest.saveMode(), manifest.saveEvery(), store, codec,
        dispatcher.create());
    state = dispatcher.stateType().cast(keeper.state());
    if (manifest.saveMode() == SaveMode.EVERY_N_SECONDS) {
      timers.add(self.scheduleEvery(Duration.ofSeconds(manifest.saveEvery()), this::tick));
    }
    dispatcher.init(state, new ProcessContext(this, null));
  }

  @Override
  public DispatchResult handle(Delivery delivery) {
    Context context = new ProcessContext(this, delivery);
    byte[] body = delivery.message().body();
    return delivery.method().isPresent()
        ? dispatcher.invoke(state, delivery.origin(), context, delivery.method().get(), body)
        : dispatcher.dispatch(state, delivery.origin(), context, body);
  }

  @Override
  public void workDone() {
    keeper.messageHandled();
  }

  @Override
  public void stop() {
    stopped = true;
    timers.forEach(timer -> timer.cancel(false));
    timers.clear();
    homepage.removeAll(id());
    if (keeper != null) {
      keeper.flush();
    }
  }

  /** Passes a WebSocket event to the {@code @Ws} handler, on the mailbox. */
  public void onWebSocket(WsEvent event) {
    self.mailbox().execute(() -> runAsWork("the WebSocket handler", () ->
        dispatcher.onWebSocket(state, new ProcessContext(this, null), event)));
  }

  Context.Cancellable after(Duration delay, Runnable action) {
    ScheduledFuture<?>[] timer = new ScheduledFuture<?>[1];
    timer[0] = self.schedule(delay, () -> {
      timers.remove(timer[0]);
      runAsWork("a Context.after action", action::run);
    });
    timers.add(timer[0]);
    return () -> {
      boolean cancelled = timer[0].cancel(false);
      self.mailbox().execute(() -> timers.remove(timer[0]));
      return cancelled;
    };
  }

  private void tick() {
    if (!stopped) {
      keeper.tick();
    }
  }

  private void runAsWork(String what, Work work) {
    if (stopped) {
      return;
    }
    try {
      work.run();
    } catch (Exception e) {
      log.warn("{} of {} failed", what, id(), e);
    }
    keeper.messageHandled();
  }

  ProcessRef self() {
    return self;
  }

  public AppManifest manifest() {
    return manifest;
  }

  PackageServices services() {
    return services;
  }

  NodeHomepage homepage() {
    return homepage;
  }

  void push(int channel, Object message) {
    webSockets.get().push(id(), channel, json(message));
  }

  void broadcast(Object message) {
    webSockets.get().broadcast(id(), json(message));
  }

  private String json(Object message) {
    return new String(codec.write(message), StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }
}
