/**
 * The node's HTTP server (Undertow). It knows the node only through {@link
 * dev.hyperapp.runtime.http.HttpHost}; the node pushes to browsers through {@link
 * dev.hyperapp.runtime.http.WebSocketPush}. Start it with {@link
 * dev.hyperapp.runtime.http.HttpServer#start}.
 *
 * <h2>Routes</h2>
 *
 * <ul>
 *   <li>{@code GET /}: the homepage, the apps that listed themselves (owner only).
 *   <li>{@code GET /our.js}: {@code window.our = {"node":…,"process":…};}, the process from the query
 *       parameter {@code process}, else from the first path segment of the {@code Referer}, else
 *       {@code null}.
 *   <li>{@code GET /login}, {@code POST /login} (form fields {@code password}, {@code next}), {@code
 *       POST /logout}.
 *   <li>{@code /<process>:<package>:<publisher>/…}: an app; see {@link
 *       dev.hyperapp.runtime.http.AppRoutes} for the order in which its routes match.
 * </ul>
 *
 * <h2>Calls</h2>
 *
 * <p>{@code POST <endpoint>} with {@code Content-Type: application/json} and the envelope {@code
 * {"PascalName": args}}; a handler with its own {@code @Http(method, path)} takes its method at its
 * path with the bare arguments. Any other content type is an upload: the raw body becomes the call's
 * {@code Blob} (MIME type from {@code Content-Type}), arguments go in the query parameter {@code args}
 * as JSON, and at an endpoint {@code method} names the handler: {@code POST
 * /samchat:samchat:template.os/api?method=UploadFile&args=%22cat.png%22} with the file as the body.
 * Replies are the return value as JSON, or the attached blob's bytes with its MIME type.
 *
 * <h2>Errors</h2>
 *
 * <p>Every error is {@code {"error":{"code":…,"message":…,"path":…}}} ({@code path} only when known)
 * with the status of its {@link dev.hyperapp.api.dispatch.ErrorCode}: 401 {@code unauthenticated}, 403
 * {@code not-allowed} (local-only), 404 {@code not-found} or {@code no-such-process}, 405 {@code
 * method-not-allowed} (with {@code Allow}), 413 {@code too-large}, 504 {@code timeout}, 500 {@code
 * internal} (logged, never with details), and whatever the process answered.
 */
package dev.hyperapp.runtime.http;
