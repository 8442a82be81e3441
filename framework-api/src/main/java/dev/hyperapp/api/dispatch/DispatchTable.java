package dev.hyperapp.api.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.hyperapp.api.json.Wire;
import dev.hyperapp.api.manifest.AppManifest;
import dev.hyperapp.api.manifest.AppManifest.HandlerEntry;
import dev.hyperapp.api.manifest.HandlerKind;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a generated dispatcher does before and after its {@code switch}: parses the request, finds the
 * handler in the manifest, checks that the message's origin may reach it and that the number of
 * arguments is right, calls the generated {@link Handler}, and turns every failure into a structured
 * error. Built once per dispatcher from its manifest; safe to share between threads.
 */
public final class DispatchTable {

  private final Map<String, HandlerEntry> handlers;

  public DispatchTable(AppManifest manifest) {
    this.handlers = manifest.handlers().stream()
        .collect(Collectors.toUnmodifiableMap(HandlerEntry::name, Function.identity()));
  }

  /** The generated {@code switch}: calls the handler named by {@link Call#method()}. */
  @FunctionalInterface
  public interface Handler {
    DispatchResult handle(Call call) throws Exception;
  }

  /** Handles a request body {@code {"PascalName": null | argument | [arguments…]}}. */
  public DispatchResult dispatch(Origin origin, byte[] body, Handler handler) {
    JsonNode root;
    try {
      root = parse(body);
    } catch (DispatchException e) {
      return new DispatchResult.Failed(e.error());
    }
    if (root == null || !root.isObject() || root.size() != 1) {
      return Call.failed(ErrorCode.BAD_REQUEST, "A request body is an object with one key, the "
          + "handler's name: {\"Name\": null | argument | [arguments…]}");
    }
    Map.Entry<String, JsonNode> request = root.properties().iterator().next();
    return call(origin, request.getKey(), request.getValue(), "$." + request.getKey(), handler);
  }

  /**
   * Handles the arguments alone, for an {@code @Http} handler with a path of its own: an empty body
   * or {@code null} for none, the value for one, an array for more.
   */
  public DispatchResult invoke(Origin origin, String method, byte[] arguments, Handler handler) {
    JsonNode value;
    try {
      value = arguments == null || arguments.length == 0 ? MissingNode.getInstance() : parse(arguments);
    } catch (DispatchException e) {
      return new DispatchResult.Failed(e.error());
    }
    return call(origin, method, value, "$", handler);
  }

  private DispatchResult call(
      Origin origin, String method, JsonNode value, String path, Handler handler) {
    HandlerEntry entry = handlers.get(method);
    if (entry == null) {
      return Call.failed(ErrorCode.UNKNOWN_METHOD, "No handler " + method + " can be called from "
          + describe(origin) + "; these can: " + reachableFrom(origin));
    }
    if (!reaches(origin, entry)) {
      return Call.failed(ErrorCode.NOT_ALLOWED, method + " cannot be called from " + describe(origin)
          + ": it would need " + neededAnnotation(origin));
    }
    try {
      return handler.handle(Call.of(method, entry.arity(), value, path));
    } catch (DispatchException e) {
      return new DispatchResult.Failed(e.error());
    } catch (Exception e) {
      return Call.handlerFailed(method, e);
    }
  }

  private static JsonNode parse(byte[] json) {
    JsonNode root;
    try {
      root = json == null ? null : Wire.mapper().readTree(json);
    } catch (StreamConstraintsException e) {
      throw new DispatchException(ErrorCode.TOO_LARGE, "The body is over the parser's limits: "
          + JsonProblems.overLimit(e), null);
    } catch (JsonProcessingException e) {
      throw new DispatchException(ErrorCode.BAD_JSON, JsonProblems.notJson(e), null);
    } catch (IOException e) {
      throw new DispatchException(ErrorCode.BAD_JSON, "The body could not be read: " + e.getMessage(), null);
    }
    if (root == null || root.isMissingNode()) {
      throw new DispatchException(ErrorCode.BAD_JSON, "The body is empty; send JSON", null);
    }
    return root;
  }

  /** Other nodes reach {@code @Remote}; processes on this node {@code @Local} and {@code @Remote}; HTTP {@code @Http}. */
  static boolean reaches(Origin origin, HandlerEntry entry) {
    return switch (origin) {
      case HTTP -> entry.kinds().contains(HandlerKind.HTTP);
      case LOCAL -> entry.kinds().contains(HandlerKind.LOCAL) || entry.kinds().contains(HandlerKind.REMOTE);
      case REMOTE -> entry.kinds().contains(HandlerKind.REMOTE);
    };
  }

  private String reachableFrom(Origin origin) {
    String names = handlers.values().stream()
        .filter(entry -> reaches(origin, entry))
        .map(HandlerEntry::name)
        .sorted()
        .collect(Collectors.joining(", "));
    return names.isEmpty() ? "none" : names;
  }

  private static String describe(Origin origin) {
    return switch (origin) {
      case HTTP -> "HTTP";
      case LOCAL -> "a process on this node";
      case REMOTE -> "another node";
    };
  }

  private static String neededAnnotation(Origin origin) {
    return switch (origin) {
      case HTTP -> "@Http";
      case LOCAL -> "@Local or @Remote";
      case REMOTE -> "@Remote";
    };
  }
}
