package dev.hyperapp.runtime.node;

import dev.hyperapp.annotations.ProcessId;
import dev.hyperapp.annotations.WsEvent;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.runtime.apps.WebSocketSink;
import dev.hyperapp.runtime.http.HttpCall;
import dev.hyperapp.runtime.http.HttpHost;
import dev.hyperapp.runtime.http.HttpReply;
import dev.hyperapp.runtime.http.HttpServer;
import dev.hyperapp.runtime.http.HttpSettings;
import dev.hyperapp.runtime.http.WebSocketPush;
import dev.hyperapp.runtime.kernel.Reply;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** The node as its HTTP server sees it: {@link AppHost} and the home's login secrets, adapted. */
public final class NodeHttpHost implements HttpHost {

  private final Node node;

  private NodeHttpHost(Node node) {
    this.node = node;
  }

  /** Starts an HTTP server for {@code node} and sends the processes' WebSocket pushes through it. */
  public static HttpServer serve(Node node, HttpSettings settings) {
    HttpServer server = HttpServer.start(new NodeHttpHost(node), settings);
    node.attachWebSockets(sinkOf(server.webSockets()));
    return server;
  }

  @Override
  public String nodeName() {
    return node.nodeName();
  }

  @Override
  public Optional<App> app(ProcessId process) {
    return node.manifest(process).map(manifest -> new App() {
      @Override
      public AppManifest manifest() {
        return manifest;
      }

      @Override
      public Optional<URL> resource(String path) {
        return node.resource(process, path);
      }
    });
  }

  @Override
  public List<HomepageEntry> homepage() {
    return node.homepage().stream()
        .map(entry -> new HomepageEntry(entry.process(), entry.label(), entry.icon(), entry.path()))
        .collect(Collectors.toList());
  }

  @Override
  public boolean isOwnerPassword(String password) {
    return node.home().isOwnerPassword(password);
  }

  @Override
  public byte[] sessionKey() {
    return node.home().sessionKey();
  }

  @Override
  public CompletionStage<HttpReply> call(ProcessId process, HttpCall call, Duration timeout) {
    return node.call(process, new dev.hyperapp.runtime.node.HttpCall(
            call.request(), call.body(), call.blob().orElse(null), call.handler()), timeout)
        .thenApply(reply -> reply instanceof Reply.Success success
            ? HttpReply.done(success.json(), success.blob())
            : HttpReply.failed(((Reply.Failure) reply).error()));
  }

  @Override
  public void onWebSocket(ProcessId process, WsEvent event) {
    node.deliverWebSocket(process, event);
  }

  private static WebSocketSink sinkOf(WebSocketPush push) {
    return new WebSocketSink() {
      @Override
      public boolean push(ProcessId process, int channel, String text) {
        return push.push(process, channel, text);
      }

      @Override
      public int broadcast(ProcessId process, String text) {
        return push.broadcast(process, text);
      }
    };
  }
}
