package dev.hyperapp.runtime.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/** Calls a running node's admin API. */
final class AdminClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final URI node;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  AdminClient(URI node) {
    this.node = node;
  }

  /** The node's answer: its HTTP status and JSON body. */
  record Answer(int status, JsonNode body) {
    boolean ok() {
      return status / 100 == 2;
    }
  }

  /** The node did not answer at all. */
  static final class Unreachable extends Exception {
    Unreachable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  Answer get(String path) throws Unreachable {
    return send(path, "GET", BodyPublishers.noBody(), "application/json");
  }

  Answer post(String path, byte[] body, String contentType) throws Unreachable {
    return send(path, "POST", BodyPublishers.ofByteArray(body), contentType);
  }

  Answer delete(String path) throws Unreachable {
    return send(path, "DELETE", BodyPublishers.noBody(), "application/json");
  }

  private Answer send(String path, String method, BodyPublisher body, String contentType)
      throws Unreachable {
    HttpRequest request = HttpRequest.newBuilder(node.resolve(path))
        .method(method, body)
        .header("Content-Type", contentType)
        .timeout(Duration.ofMinutes(2))
        .build();
    try {
      var response = http.send(request, BodyHandlers.ofByteArray());
      return new Answer(response.statusCode(), JSON.readTree(response.body()));
    } catch (ConnectException e) {
      throw unreachable(e);
    } catch (HttpTimeoutException e) {
      throw new Unreachable("The node at " + node + " did not answer in time", e);
    } catch (IOException e) {
      if (e.getCause() instanceof ConnectException) {
        throw unreachable(e);
      }
      throw new Unreachable("Talking to the node at " + node + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("Interrupted while waiting for the node at " + node, e);
    }
  }

  private Unreachable unreachable(Exception e) {
    return new Unreachable("no node answers at " + node
        + "; start one with hyperapp boot <name> --home DIR (its admin API listens on its HTTP port + "
        + BootCommand.ADMIN_PORT_OFFSET + ")", e);
  }
}
