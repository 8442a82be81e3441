
/**
 * Sends later calls to another origin or base path, for a UI served from elsewhere or a test:
 * `configure({ baseUrl: "http://127.0.0.1:8080" + BASE_PATH })`.
 */
export function configure(options: { baseUrl: string }): void;

/** A call the server refused or could not handle: any response outside 2xx. */
export class HttpError extends Error {
  constructor(status: number, code: string | null, message: string, path: string | null, body: unknown);
  /** The HTTP status, for example 400. */
  readonly status: number;
  /**
   * The framework's error code (`bad-json`, `wrong-arity`, `wrong-type`, `unknown-method`,
   * `handler-failed`, ...), or null when the body is not the framework's `{"error": ...}`.
   */
  readonly code: string | null;
  /** Where in the request body the offending value is, for example `$.Send[1]`, when known. */
  readonly path: string | null;
  /** The response body: parsed JSON, or the text when it is not JSON. */
  readonly body: unknown;
}

/** The handler returned `Result.err(error)`; `error` holds that value. */
export class ResultError<E = unknown> extends Error {
  constructor(error: E);
  readonly error: E;
}
