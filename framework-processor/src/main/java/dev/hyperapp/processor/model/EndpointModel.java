package dev.hyperapp.processor.model;

/** An HTTP or WebSocket binding under the app's base path. */
public record EndpointModel(
    String path, boolean webSocket, boolean authenticated, boolean localOnly, boolean secureSubdomain) {}
