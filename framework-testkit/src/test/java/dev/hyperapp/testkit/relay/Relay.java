package dev.hyperapp.testkit.relay;

import dev.hyperapp.annotations.Context;
import dev.hyperapp.annotations.Endpoint;
import dev.hyperapp.annotations.Http;
import dev.hyperapp.annotations.Hyperprocess;
import dev.hyperapp.annotations.Init;
import dev.hyperapp.annotations.Local;
import dev.hyperapp.annotations.Remote;
import dev.hyperapp.annotations.Save;
import dev.hyperapp.annotations.SaveMode;
import dev.hyperapp.annotations.Ws;
import dev.hyperapp.annotations.WsEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The kit's own test app: answers other nodes, fans a question out to many of them, keeps a count
 * that survives restarts, and tells open WebSockets about every greeting.
 */
@Hyperprocess(name = "Relay", publisher = "testkit.os",
    endpoints = {@Endpoint(path = "/api"), @Endpoint(path = "/ws", kind = Endpoint.Kind.WEBSOCKET)},
    save = @Save(SaveMode.EVERY_MESSAGE))
public class Relay {

  /** Greetings this node has answered, kept across restarts. */
  public int greeted;

  @Init
  void init(Context context) {
    context.homepage().add("Relay", "R", "/");
  }

  /** Answers with this node's name and who the runtime says is calling. */
  @Remote
  String greet(Context context, String text) {
    greeted++;
    context.broadcast("greeted by " + context.source().node() + ": " + text);
    return context.our().node() + " heard '" + text + "' from " + context.source().node();
  }

  @Local
  int greetedSoFar() {
    return greeted;
  }

  /** Greets {@code node} through the generated client, from this process. */
  @Http
  CompletionStage<String> greetPeer(String node, String text) {
    return RelayClient.at(node).greet(text);
  }

  /** Asks every node in {@code nodes} at once and collects every answer, in the order asked. */
  @Local
  CompletionStage<List<String>> fanOut(List<String> nodes, String text) {
    List<CompletableFuture<String>> asked = new ArrayList<>();
    for (String node : nodes) {
      asked.add(RelayClient.at(node).greet(text).toCompletableFuture());
    }
    CompletableFuture<List<String>> all = new CompletableFuture<>();
    CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> {
      if (failure != null) {
        all.completeExceptionally(failure);
        return;
      }
      List<String> answers = new ArrayList<>();
      asked.forEach(answer -> answers.add(answer.join()));
      all.complete(answers);
    });
    return all;
  }

  @Ws
  void socket(Context context, WsEvent event) {
    if (event.kind() == WsEvent.Kind.OPEN) {
      context.push(event.channel(), "welcome to " + context.our().node());
    }
  }
}
