// A real HTTP server on a loopback ephemeral port for the browser-client tests: it records each
// request (method, path, headers, body) and answers with the reply the test set beforehand.
import { createServer } from "node:http";

export async function startRecordingServer() {
  const recorded = [];
  let reply = { status: 200, body: "null" };
  const server = createServer(async (request, response) => {
    const chunks = [];
    for await (const chunk of request) {
      chunks.push(chunk);
    }
    recorded.push({
      method: request.method,
      path: request.url,
      headers: request.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    });
    response.writeHead(reply.status, { "Content-Type": reply.contentType ?? "application/json" });
    response.end(reply.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** The next responses: `body` is sent as it is, so pass JSON text. */
    reply(status, body, contentType) {
      reply = { status, body, contentType };
    },
    /** The last request received. */
    last() {
      return recorded[recorded.length - 1];
    },
    close() {
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The generated module named on the command line: node <test> <path to api.js>. */
export async function importClient() {
  const { pathToFileURL } = await import("node:url");
  if (!process.argv[2]) {
    throw new Error("usage: node <test script> <path to the generated api.js>");
  }
  return import(pathToFileURL(process.argv[2]).href);
}
