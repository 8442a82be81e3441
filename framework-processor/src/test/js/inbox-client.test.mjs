// Calls the api.js generated from the Inbox fixture against a real HTTP server: byte[] nested in
// records, lists, options, variants, maps and both sides of a Result, and renamed reserved words.
// Run: node inbox-client.test.mjs <api.js>
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { importClient, startRecordingServer } from "./recording-server.mjs";

const api = await importClient();
const BASE = "/inbox:inbox:test.os";
let server;

before(async () => {
  server = await startRecordingServer();
  api.configure({ baseUrl: server.origin + BASE });
});

after(() => server.close());

const letter = () => ({
  subject: "hi",
  body: new Uint8Array([1, 2, 3]),
  parts: [{ Text: { text: "see attached" } }, { Attachment: { name: "a.bin", data: new Uint8Array([4, 5]) } }],
  signature: new Uint8Array([6]),
});

const wireLetter = {
  subject: "hi",
  body: "AQID",
  parts: [{ Text: { text: "see attached" } }, { Attachment: { name: "a.bin", data: "BAU=" } }],
  signature: "Bg==",
};

test("nested byte[] goes out as base64 and comes back as Uint8Array", async () => {
  server.reply(200, JSON.stringify({ Ok: wireLetter }));
  const sent = letter();
  const received = await api.send(sent);
  assert.deepEqual(JSON.parse(server.last().body), { Send: wireLetter });
  assert.equal(server.last().path, BASE + "/rpc");
  assert.deepEqual(received, letter());
  assert.ok(received.parts[1].Attachment.data instanceof Uint8Array);
  assert.deepEqual(sent, letter(), "the caller's value is not changed");
});

test("an empty option stays null", async () => {
  const unsigned = { ...wireLetter, signature: null };
  server.reply(200, JSON.stringify({ Ok: unsigned }));
  const received = await api.send({ ...letter(), signature: null });
  assert.equal(JSON.parse(server.last().body).Send.signature, null);
  assert.equal(received.signature, null);
});

test("bytes inside an Err reach the ResultError as Uint8Array", async () => {
  server.reply(200, JSON.stringify({ Err: { reason: "no subject", evidence: "AQID" } }));
  const error = await api.send({ ...letter(), subject: "" }).then(() => assert.fail("expected a ResultError"), (e) => e);
  assert.ok(error instanceof api.ResultError);
  assert.match(error.message, /no subject/);
  assert.equal(error.error.reason, "no subject");
  assert.deepEqual(error.error.evidence, new Uint8Array([1, 2, 3]));
});

test("map values that are byte[] are converted", async () => {
  server.reply(200, JSON.stringify({ hi: "AQID", empty: "" }));
  const bodies = await api.bodies();
  assert.deepEqual(bodies, { hi: new Uint8Array([1, 2, 3]), empty: new Uint8Array([]) });
  assert.equal(server.last().body, '{"Bodies":null}');
});

test("a handler named with a reserved word is exported with a trailing underscore", async () => {
  assert.equal(api.delete, undefined);
  assert.equal(api.count, undefined, "@Local handlers are not in the browser client");
  server.reply(200, JSON.stringify({ message: "no letter x" }));
  assert.deepEqual(await api.delete_("x", "tidy up"), { message: "no letter x" });
  const request = server.last();
  assert.equal(request.method, "DELETE");
  assert.equal(request.path, BASE + "/letters");
  assert.deepEqual(JSON.parse(request.body), ["x", "tidy up"]);
});

test("anything but a Uint8Array for byte[] is rejected before sending", async () => {
  await assert.rejects(api.send({ ...letter(), body: "AQID" }), TypeError);
});
