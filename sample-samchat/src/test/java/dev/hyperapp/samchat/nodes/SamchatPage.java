package dev.hyperapp.samchat.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.samchat.ChatMessage;
import dev.hyperapp.samchat.ConversationSummary;
import dev.hyperapp.samchat.FileInfo;
import dev.hyperapp.samchat.SamchatClient;
import dev.hyperapp.testkit.HttpSession;
import dev.hyperapp.testkit.TestNode;
import dev.hyperapp.testkit.WebSocketSession;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Samchat's page on one node, as its {@code api.js} calls it: every handler over the node's real
 * HTTP server, logged in. Calls that must succeed return the {@code Ok} value; {@link #error} returns
 * the {@code Err} sentence of one that must not.
 */
final class SamchatPage {

  static final String BASE = "/" + SamchatClient.PROCESS_ID;
  private static final String API = BASE + "/api";

  private final TestNode node;

  SamchatPage(TestNode node) {
    this.node = node;
  }

  String node() {
    return node.name();
  }

  List<ConversationSummary> conversations() {
    return decode(http().call(API, "GetConversations"), new TypeReference<>() {});
  }

  Optional<ConversationSummary> conversation(String id) {
    return conversations().stream().filter(summary -> summary.id().equals(id)).findFirst();
  }

  List<ChatMessage> messages(String conversationId) {
    return ok(http().call(API, "GetMessages", conversationId), new TypeReference<>() {});
  }

  ChatMessage send(String to, String text) {
    return reply(to, text, null);
  }

  ChatMessage reply(String to, String text, String replyTo) {
    return ok(http().call(API, "SendMessage", to, text, replyTo), new TypeReference<>() {});
  }

  ChatMessage sendFile(String to, String fileId, String caption) {
    return ok(http().call(API, "SendFileMessage", to, fileId, caption, null), new TypeReference<>() {});
  }

  ChatMessage retry(String conversationId, String messageId) {
    return ok(http().call(API, "RetryMessage", conversationId, messageId), new TypeReference<>() {});
  }

  ConversationSummary markRead(String conversationId) {
    return ok(http().call(API, "MarkRead", conversationId), new TypeReference<>() {});
  }

  ConversationSummary createGroup(String name, List<String> members) {
    return ok(http().call(API, "CreateGroup", name, members), new TypeReference<>() {});
  }

  ConversationSummary addMember(String groupId, String member) {
    return ok(http().call(API, "AddGroupMember", groupId, member), new TypeReference<>() {});
  }

  ConversationSummary leave(String groupId) {
    return ok(http().call(API, "LeaveGroup", groupId), new TypeReference<>() {});
  }

  /** The {@code Err} sentence of a handler call that must be refused. */
  String error(String method, Object... arguments) {
    JsonNode reply = http().call(API, method, arguments);
    assertThat(reply.has("Err")).as("%s should be refused, got %s", method, reply).isTrue();
    return reply.get("Err").asText();
  }

  FileInfo upload(String name, String mimeType, byte[] content) {
    HttpResponse<String> response = http().upload(filesPath(name, mimeType), content,
        "application/octet-stream");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return ok(HttpSession.readJson(response.body()), new TypeReference<>() {});
  }

  static String filesPath(String name, String mimeType) {
    String args = Wire.mapper().valueToTree(List.of(name, mimeType)).toString();
    return BASE + "/files?args=" + URLEncoder.encode(args, StandardCharsets.UTF_8);
  }

  HttpResponse<byte[]> download(String fileId) {
    return http().getBytes(BASE + "/files?id=" + URLEncoder.encode(fileId, StandardCharsets.UTF_8));
  }

  WebSocketSession live() {
    return http().webSocket(BASE + "/ws");
  }

  HttpSession http() {
    return node.http();
  }

  static <T> T ok(JsonNode reply, TypeReference<T> type) {
    assertThat(reply.has("Ok")).as("expected Ok, got %s", reply).isTrue();
    return decode(reply.get("Ok"), type);
  }

  static <T> T decode(JsonNode json, TypeReference<T> type) {
    return Wire.mapper().convertValue(json, type);
  }
}
