package dev.hyperapp.runtime.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hyperapp.annotations.Blob;
import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.dispatch.DispatchError;
import dev.hyperapp.api.dispatch.DispatchResult;
import dev.hyperapp.api.dispatch.ErrorCode;
import dev.hyperapp.api.dispatch.Origin;
import dev.hyperapp.api.dispatch.ProcessDispatcher;
import dev.hyperapp.api.manifest.AppManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A dispatcher written the way the processor generates them, for node tests that need handlers
 * touching the context: {@code {"Add":n}}, {@code {"Get":null}}, {@code {"Boom":null}},
 * {@code {"Later":n}} (adds n from a {@code Context.after} timer and replies then), {@code
 * {"Remember":[k,v]}}, {@code {"Recall":k}}, {@code {"Download":null}}, {@code {"Home":null}},
 * {@code {"Query":name}}.
 */
final class CounterDispatcher implements ProcessDispatcher<Counter> {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AppManifest manifest;

  CounterDispatcher(String processId, SaveMode mode, int every) {
    this.manifest = new AppManifest(ProcessId.parse(processId), "Counter", "🔢", "", 
        new AppManifest.UiBinding(true, "/", true, false, false), List.of(), mode, every,
        "counter-v0", List.of());
  }

  @Override
  public AppManifest manifest() {
    return manifest;
  }

  @Override
  public Class<Counter> stateType() {
    return Counter.class;
  }

  @Override
  public Counter create() {
    return new Counter();
  }

  @Override
  public void init(Counter process, Context context) {
    process.events.add("init");
  }

  @Override
  public DispatchResult dispatch(Counter process, Origin origin, Context context, byte[] body) {
    JsonNode envelope = read(body);
    String method = envelope.fieldNames().next();
    return invoke(process, origin, context, method, write(envelope.get(method)));
  }

  @Override
  public DispatchResult invoke(Counter counter, Origin origin, Context context, String method,
      byte[] arguments) {
    JsonNode argument = read(arguments);
    switch (method) {
      case "Add":
        counter.count += argument.asInt();
        return done(counter.count);
      case "Get":
        return done(counter.count);
      case "Boom":
        throw new IllegalStateException("boom");
      case "Later": {
        CompletableFuture<DispatchResult> reply = new CompletableFuture<>();
        context.after(Duration.ofMillis(20), () -> {
          counter.count += argument.asInt();
          reply.complete(done(counter.count));
        });
        return new DispatchResult.Pending(reply);
      }
      case "Remember":
        context.kv().put(argument.get(0).asText(),
            argument.get(1).asText().getBytes(StandardCharsets.UTF_8));
        return done(null);
      case "Recall":
        return done(context.kv().get(argument.asText())
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8)).orElse(null));
      case "Download":
        context.respondWithBlob(new Blob("text/plain", "file".getBytes(StandardCharsets.UTF_8)));
        return done("sent");
      case "Home":
        context.homepage().add("Counter", "🔢", "/");
        return done(null);
      case "Query":
        return done(context.query(argument.asText()).orElse(null));
      default:
        return new DispatchResult.Failed(
            DispatchError.of(ErrorCode.UNKNOWN_METHOD, "No handler " + method));
    }
  }

  @Override
  public void onWebSocket(Counter process, Context context, WsEvent event) {
    process.events.add(event.kind() + ":" + event.text());
    context.push(event.channel(), Map.of("echo", event.text()));
  }

  private static DispatchResult done(Object value) {
    return new DispatchResult.Done(write(value));
  }

  private static JsonNode read(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] write(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
