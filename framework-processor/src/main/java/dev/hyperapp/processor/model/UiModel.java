package dev.hyperapp.processor.model;

/** How the app's static UI is served. */
public record UiModel(
    boolean enabled, String path, boolean authenticated, boolean localOnly, boolean secureSubdomain) {}
