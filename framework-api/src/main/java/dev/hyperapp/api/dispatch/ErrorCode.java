package dev.hyperapp.api.dispatch;

/**
 * Every error the framework itself reports to a caller, with the HTTP status it maps to. The wire
 * name is the kebab-case code that appears in {@code {"error":{"code":…}}}.
 */
public enum ErrorCode {
  BAD_JSON("bad-json", 400),
  BAD_REQUEST("bad-request", 400),
  UNKNOWN_METHOD("unknown-method", 404),
  NOT_ALLOWED("not-allowed", 403),
  /** An HTTP binding that needs the owner's login cookie was called without a valid one. */
  UNAUTHENTICATED("unauthenticated", 401),
  /** No route at this HTTP path. */
  NOT_FOUND("not-found", 404),
  /** The HTTP path exists but not for this method; the response lists the allowed ones. */
  METHOD_NOT_ALLOWED("method-not-allowed", 405),
  WRONG_ARITY("wrong-arity", 400),
  WRONG_TYPE("wrong-type", 400),
  NULL_NOT_ALLOWED("null-not-allowed", 400),
  HANDLER_FAILED("handler-failed", 500),
  TIMEOUT("timeout", 504),
  OFFLINE("offline", 503),
  TOO_LARGE("too-large", 413),
  NO_SUCH_PROCESS("no-such-process", 404),
  INTERNAL("internal", 500);

  private final String wireName;
  private final int httpStatus;

  ErrorCode(String wireName, int httpStatus) {
    this.wireName = wireName;
    this.httpStatus = httpStatus;
  }

  public String wireName() {
    return wireName;
  }

  public int httpStatus() {
    return httpStatus;
  }

  /** The code with this wire name, or {@link #INTERNAL} for an unknown one. */
  public static ErrorCode fromWireName(String wireName) {
    for (ErrorCode code : values()) {
      if (code.wireName.equals(wireName)) {
        return code;
      }
    }
    return INTERNAL;
  }
}
