package dev.hyperapp.runtime.http;

import dev.hyperapp.api.dispatch.ErrorCode;
import io.undertow.io.Receiver;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.Headers;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a request body of at most a given size, without holding a thread, and answers 413 for a larger
 * one: at once if its {@code Content-Length} says so (Undertow's receiver would first allocate a
 * buffer of the declared size), else as soon as the bytes so far pass the limit.
 */
final class RequestBodies {

  /**
   * How much of an over-long body is read and dropped after the 413, so that a client still sending
   * reads the answer instead of a reset connection. Beyond it the connection closes.
   */
  private static final long DISCARD_AFTER_LIMIT = 1 << 20;

  /**
   * A body whose declared length is over the limit by at most this much is read and dropped after the
   * 413, so that a client that sends the whole body before it reads (a browser's upload, most HTTP
   * clients) gets the answer rather than a reset connection. A longer one closes the connection.
   */
  private static final long DRAIN_DECLARED = 64L << 20;

  private static final Logger log = LoggerFactory.getLogger(RequestBodies.class);

  private RequestBodies() {}

  /** Calls {@code then} with the whole body if it is at most {@code limit} bytes; otherwise answers. */
  static void read(HttpServerExchange exchange, int limit, Receiver.FullBytesCallback then) {
    String declared = exchange.getRequestHeaders().getFirst(Headers.CONTENT_LENGTH);
    if (declared != null && isOver(declared, limit)) {
      long length = declaredLength(declared);
      if (length <= limit + DRAIN_DECLARED) {
        exchange.setMaxEntitySize(length);
        answerTooLarge(exchange, limit);
      } else {
        tooLarge(exchange, limit);
      }
      return;
    }
    exchange.setMaxEntitySize(limit + DISCARD_AFTER_LIMIT);
    Receiver receiver = exchange.getRequestReceiver();
    receiver.setMaxBufferSize(limit);
    receiver.receiveFullBytes(then, (failed, error) -> readFailed(failed, error, limit));
  }

  /** Undertow has already refused a Content-Length that is not a number; this guards the parse. */
  private static boolean isOver(String declared, int limit) {
    return declaredLength(declared) > limit;
  }

  private static long declaredLength(String declared) {
    try {
      return Long.parseLong(declared.trim());
    } catch (NumberFormatException notANumber) {
      return Long.MAX_VALUE;
    }
  }

  private static void readFailed(HttpServerExchange exchange, IOException error, int limit) {
    if (error instanceof Receiver.RequestToLargeException || error instanceof RequestTooBigException) {
      tooLarge(exchange, limit);
    } else {
      log.debug("Reading the body of {} failed", exchange.getRequestPath(), error);
      exchange.endExchange();
    }
  }

  private static void tooLarge(HttpServerExchange exchange, int limit) {
    // The rest of the body is not worth reading: close the connection after the answer.
    exchange.setPersistent(false);
    answerTooLarge(exchange, limit);
  }

  private static void answerTooLarge(HttpServerExchange exchange, int limit) {
    Replies.error(exchange, ErrorCode.TOO_LARGE, "The request body is larger than " + limit + " bytes");
  }
}
