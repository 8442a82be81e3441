
// How calls travel. Everything below is the same in every app's api.js.

let baseUrl = BASE_PATH;

/**
 * Sends later calls to another origin or base path, for a UI served from elsewhere or a test:
 * `configure({ baseUrl: "http://127.0.0.1:8080" + BASE_PATH })`.
 */
export function configure({ baseUrl: url }) {
  baseUrl = String(url).replace(/\/+$/, "");
}

/** A call the server refused or could not handle: any response outside 2xx. */
export class HttpError extends Error {
  constructor(status, code, message, path, body) {
    super(message);
    this.name = "HttpError";
    this.status = status;
    this.code = code;
    this.path = path;
    this.body = body;
  }
}

/** The handler returned `Result.err(error)`; `error` holds that value. */
export class ResultError extends Error {
  constructor(error) {
    super(errorMessage(error));
    this.name = "ResultError";
    this.error = error;
  }
}

async function request(method, path, body) {
  const init = { method, credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const response = await fetch(baseUrl + path, init);
  const text = await response.text();
  if (!response.ok) {
    throw httpError(response, text);
  }
  return text === "" ? undefined : JSON.parse(text);
}

function httpError(response, text) {
  let body = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON, for example a proxy's HTML page: keep the text.
  }
  const error = body?.error;
  if (typeof error?.code === "string" && typeof error.message === "string") {
    return new HttpError(response.status, error.code, error.message, error.path ?? null, body);
  }
  const message = `${response.status} ${response.statusText}`.trim();
  return new HttpError(response.status, null, message, null, body);
}

function unwrap(result) {
  if (result !== null && typeof result === "object" && "Err" in result) {
    throw new ResultError(result.Err);
  }
  return result?.Ok;
}

/** A message for an Err value: itself if it is a string, its `message` field if it has one. */
function errorMessage(error) {
  if (typeof error === "string") {
    return error;
  }
  return typeof error?.message === "string" ? error.message : JSON.stringify(error);
}
