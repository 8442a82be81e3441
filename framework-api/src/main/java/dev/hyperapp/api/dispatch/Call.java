package dev.hyperapp.api.dispatch;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hyperapp.api.json.WireType;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * One request on its way to a handler, as a generated dispatcher sees it: the handler's name, its
 * arguments (checked for number, decoded one by one by a {@link Codec}) and the ways to reply.
 *
 * <p>An argument that cannot be decoded stops the call with a structured error naming its JSON path.
 */
public final class Call {

  private static final System.Logger LOG = System.getLogger(Call.class.getName());

  private final String method;
  private final int arity;
  private final JsonNode[] values;
  private final String[] paths;

  private Call(String method, int arity, JsonNode[] values, String[] paths) {
    this.method = method;
    this.arity = arity;
    this.values = values;
    this.paths = paths;
  }

  /**
   * The call of {@code method} with {@code arity} arguments taken from {@code value} (at JSON path
   * {@code path}): for none, {@code null}, {@code []} or nothing; for one, the value itself (or a
   * one-element array); for more, an array of exactly that many.
   */
  static Call of(String method, int arity, JsonNode value, String path) {
    boolean absent = value == null || value.isMissingNode();
    if (arity == 0) {
      if (!absent && !value.isNull() && !(value.isArray() && value.isEmpty())) {
        throw wrongArity(method, 0, count(value), path);
      }
      return new Call(method, 0, new JsonNode[0], new String[0]);
    }
    if (absent) {
      throw wrongArity(method, arity, 0, path);
    }
    if (arity == 1) {
      return new Call(method, 1, new JsonNode[] {value}, new String[] {path});
    }
    if (!value.isArray() || value.size() != arity) {
      throw wrongArity(method, arity, count(value), path);
    }
    JsonNode[] values = new JsonNode[arity];
    String[] paths = new String[arity];
    for (int i = 0; i < arity; i++) {
      values[i] = value.get(i);
      paths[i] = path + "[" + i + "]";
    }
    return new Call(method, arity, values, paths);
  }

  /** The handler's wire name, {@code SendMessage}. */
  public String method() {
    return method;
  }

  /** Decodes the argument at {@code index} ({@link Codec#argument}, {@link Codec#nullableArgument}). */
  <T> T decode(int index, String name, WireType<T> type, boolean nullable) {
    JsonNode value = values[index];
    String path = paths[index];
    if (arity == 1 && value.isArray() && !type.isArray()) {
      if (value.size() != 1) {
        throw wrongArity(method, 1, value.size(), path);
      }
      value = value.get(0);
      path = path + "[0]";
    }
    boolean optional = type.javaType().isReferenceType();
    if (value.isNull()) {
      if (!nullable && !optional) {
        throw new DispatchException(ErrorCode.NULL_NOT_ALLOWED, "Argument '" + name + "' of "
            + method + " must not be null (" + type + " at " + path + ")", path);
      }
      if (!optional) {
        return null;
      }
    }
    try {
      return type.read(value);
    } catch (JsonMappingException e) {
      String at = path + JsonPaths.suffix(e.getPath());
      throw wrongType(name, type, at, JsonProblems.mismatch(value, e, type.toString()));
    } catch (IOException e) {
      // The parser's own range checks (a long of 2^64) come without a path: the argument itself.
      throw wrongType(name, type, path, JsonProblems.mismatch(value, e, type.toString()));
    }
  }

  private DispatchException wrongType(String name, WireType<?> type, String path, String problem) {
    return new DispatchException(ErrorCode.WRONG_TYPE, "Argument '" + name + "' of " + method
        + " must be " + type + " at " + path + ": " + problem, path);
  }

  /** The handler returned {@code value} ({@link Codec#reply}). */
  <T> DispatchResult reply(WireType<T> type, T value) {
    try {
      return new DispatchResult.Done(type.write(value));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Could not encode the result of " + method, e);
      return failed(ErrorCode.INTERNAL, "The result of " + method + " could not be encoded as JSON");
    }
  }

  /** The handler returned nothing. */
  public DispatchResult done() {
    return new DispatchResult.Done(null);
  }

  /** The handler returned a stage of a value ({@link Codec#replyLater}). */
  <T> DispatchResult replyLater(WireType<T> type, CompletionStage<? extends T> stage) {
    return later(stage, value -> reply(type, value));
  }

  /** The handler returned a {@code CompletionStage<Void>}. */
  public DispatchResult doneLater(CompletionStage<?> stage) {
    return later(stage, value -> done());
  }

  private <T> DispatchResult later(
      CompletionStage<? extends T> stage, Function<T, DispatchResult> onValue) {
    if (stage == null) {
      return handlerFailed(method,
          new NullPointerException(method + " returned null instead of a CompletionStage"));
    }
    return new DispatchResult.Pending(stage.handle(
        (value, failure) -> failure == null ? onValue.apply(value) : handlerFailed(method, failure)));
  }

  /** The handler threw: its message reaches the caller, its stack trace only the log. */
  static DispatchResult handlerFailed(String method, Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
    LOG.log(System.Logger.Level.WARNING, "Handler " + method + " failed", cause);
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failed(ErrorCode.HANDLER_FAILED, method + " failed: " + message);
  }

  static DispatchResult failed(ErrorCode code, String message) {
    return new DispatchResult.Failed(DispatchError.of(code, message));
  }

  private static int count(JsonNode value) {
    if (value == null || value.isMissingNode() || value.isNull()) {
      return 0;
    }
    return value.isArray() ? value.size() : 1;
  }

  private static DispatchException wrongArity(String method, int expected, int got, String path) {
    String form = switch (expected) {
      case 0 -> "null";
      case 1 -> "the argument itself";
      default -> "an array of " + expected;
    };
    return new DispatchException(ErrorCode.WRONG_ARITY, method + " takes " + expected
        + (expected == 1 ? " argument" : " arguments") + ", got " + got + ": send " + form, path);
  }
}
