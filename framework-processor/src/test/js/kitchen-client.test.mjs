// Calls the api.js generated from the KitchenSink fixture against a real HTTP server and checks what
// goes over the wire and what the caller gets back. Run: node kitchen-client.test.mjs <api.js>
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { importClient, startRecordingServer } from "./recording-server.mjs";

const api = await importClient();
const BASE = "/kitchen-sink:kitchen-sink:template.os";
let server;

before(async () => {
  server = await startRecordingServer();
  api.configure({ baseUrl: server.origin + api.BASE_PATH + "/" });
});

after(() => server.close());

test("the base path is the process id", () => {
  assert.equal(api.BASE_PATH, BASE);
});

test("a handler without a path posts the envelope with an array of its arguments", async () => {
  server.reply(200, JSON.stringify("done"));
  const result = await api.scalars(true, -1, 2, 3, 2 ** 53 - 1, 1.5, 2.5, "c", 255, 65535, 4294967295, 7, null);
  assert.equal(result, "done");
  const request = server.last();
  assert.equal(request.method, "POST");
  assert.equal(request.path, BASE + "/api");
  assert.equal(request.headers["content-type"], "application/json");
  assert.equal(request.headers.accept, "application/json");
  assert.deepEqual(JSON.parse(request.body), {
    Scalars: [true, -1, 2, 3, 2 ** 53 - 1, 1.5, 2.5, "c", 255, 65535, 4294967295, 7, null],
  });
});

test("one argument is the envelope's value itself, and null comes back as null", async () => {
  server.reply(200, "null");
  assert.equal(await api.profile("ann"), null);
  assert.equal(server.last().body, '{"Profile":"ann"}');
});

test("a void handler resolves to undefined, with or without a body", async () => {
  const profile = { name: "ann", age: 30, bio: null, tags: [{ label: "x", color: "DARK_GREEN" }], contacts: {} };
  server.reply(200, "");
  assert.equal(await api.saveProfile(profile), undefined);
  assert.deepEqual(JSON.parse(server.last().body), { SaveProfile: profile });
  server.reply(200, "null");
  assert.equal(await api.saveProfile(profile), undefined);
});

test("a handler with its own path uses its method and sends the bare arguments", async () => {
  server.reply(200, JSON.stringify(["x"]));
  assert.deepEqual(await api.tagNames([{ label: "x", color: "RED" }], [1, 2]), ["x"]);
  const request = server.last();
  assert.equal(request.method, "PUT");
  assert.equal(request.path, BASE + "/tags");
  assert.deepEqual(JSON.parse(request.body), [[{ label: "x", color: "RED" }], [1, 2]]);
});

test("a GET handler sends no body", async () => {
  server.reply(200, "3");
  assert.equal(await api.count(), 3);
  const request = server.last();
  assert.equal(request.method, "GET");
  assert.equal(request.path, BASE + "/count");
  assert.equal(request.body, "");
  assert.equal(request.headers["content-type"], undefined);
});

test("a Result resolves to its Ok value", async () => {
  const pages = [{ ann: { name: "ann", age: 30, bio: "hi", tags: [], contacts: { bob: ["bob.os@chat:chat:template.os"] } } }];
  server.reply(200, JSON.stringify({ Ok: pages }));
  assert.deepEqual(await api.search("ann", 10), pages);
  assert.deepEqual(JSON.parse(server.last().body), { Search: ["ann", 10] });
});

test("a Result's Err is thrown as a ResultError carrying the error value", async () => {
  server.reply(200, JSON.stringify({ Err: { status: 400, message: "empty query" } }));
  const error = await api.search("", 10).then(() => assert.fail("expected a ResultError"), (e) => e);
  assert.ok(error instanceof api.ResultError);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "ResultError");
  assert.equal(error.message, "empty query");
  assert.deepEqual(error.error, { status: 400, message: "empty query" });
});

test("a framework error response is thrown as an HttpError with its code, message and path", async () => {
  const body = { error: { code: "wrong-type", message: "limit must be a number", path: "$.Search[1]" } };
  server.reply(400, JSON.stringify(body));
  const error = await api.search("ann", "ten").then(() => assert.fail("expected an HttpError"), (e) => e);
  assert.ok(error instanceof api.HttpError);
  assert.equal(error.name, "HttpError");
  assert.equal(error.status, 400);
  assert.equal(error.code, "wrong-type");
  assert.equal(error.message, "limit must be a number");
  assert.equal(error.path, "$.Search[1]");
  assert.deepEqual(error.body, body);
});

test("any other failed response is an HttpError without a code, keeping the body text", async () => {
  server.reply(502, "<html>bad gateway</html>", "text/html");
  const error = await api.count().then(() => assert.fail("expected an HttpError"), (e) => e);
  assert.ok(error instanceof api.HttpError);
  assert.equal(error.status, 502);
  assert.equal(error.code, null);
  assert.equal(error.path, null);
  assert.equal(error.message, "502 Bad Gateway");
  assert.equal(error.body, "<html>bad gateway</html>");
});

test("byte[] is a Uint8Array for the caller and base64 on the wire", async () => {
  server.reply(200, JSON.stringify("AAEC+v8="));
  const echoed = await api.echoBytes(new Uint8Array([0, 1, 2, 250, 255]), null);
  assert.ok(echoed instanceof Uint8Array);
  assert.deepEqual([...echoed], [0, 1, 2, 250, 255]);
  assert.deepEqual(JSON.parse(server.last().body), { EchoBytes: ["AAEC+v8=", null] });
});

test("large byte arrays survive the round trip", async () => {
  const data = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
  const base64 = Buffer.from(data).toString("base64");
  server.reply(200, JSON.stringify(base64));
  const echoed = await api.echoBytes(data, "big");
  assert.deepEqual(JSON.parse(server.last().body).EchoBytes[0], base64);
  assert.ok(Buffer.from(echoed).equals(Buffer.from(data)));
});

test("requests send same-origin credentials", async () => {
  const realFetch = globalThis.fetch;
  let seen;
  globalThis.fetch = (url, init) => {
    seen = { url, init };
    return realFetch(url, init);
  };
  try {
    server.reply(200, "1");
    await api.count();
  } finally {
    globalThis.fetch = realFetch;
  }
  assert.equal(seen.url, server.origin + BASE + "/count");
  assert.equal(seen.init.credentials, "same-origin");
});
