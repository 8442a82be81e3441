package dev.hyperapp.api.dispatch;

import dev.hyperapp.api.json.WireType;
import java.util.concurrent.CompletionStage;

/**
 * One argument or result type of a generated dispatcher: decodes an argument of a {@link Call} and
 * encodes a handler's reply, as a constant per type ({@code Codec.of(WireType.of(String.class))}).
 * A generated case is one statement:
 *
 * <pre>{@code
 * case "Search":
 *   return RESULT_LIST_PROFILE_API_ERROR.reply(call,
 *       process.search(context, STRING.argument(call, 0, "query"), U32.argument(call, 1, "limit")));
 * }</pre>
 *
 * <p>Its methods are members of the typed constant, not generic methods of {@code Call}: javac then
 * checks each of the hundreds of calls in a large dispatcher without inferring a type argument,
 * which made up most of the dispatcher's compile time.
 *
 * @param <T> the Java type
 */
public final class Codec<T> {

  private final WireType<T> type;

  private Codec(WireType<T> type) {
    this.type = type;
  }

  public static <T> Codec<T> of(WireType<T> type) {
    return new Codec<>(type);
  }

  /**
   * Decodes the argument at {@code index}, named {@code name} in error messages. JSON {@code null}
   * is refused unless the type is an {@code Optional} (then it is {@code Optional.empty()}).
   */
  public T argument(Call call, int index, String name) {
    return call.decode(index, name, type, false);
  }

  /** Decodes a {@code @Nullable} argument: JSON {@code null} is Java's {@code null}. */
  public T nullableArgument(Call call, int index, String name) {
    return call.decode(index, name, type, true);
  }

  /** The handler returned {@code value}. */
  public DispatchResult reply(Call call, T value) {
    return call.reply(type, value);
  }

  /** The handler returned a stage of a value: the result is pending until it completes. */
  public DispatchResult replyLater(Call call, CompletionStage<? extends T> stage) {
    return call.replyLater(type, stage);
  }

  @Override
  public String toString() {
    return type.toString();
  }
}
