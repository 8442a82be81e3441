package dev.hyperapp.api.manifest;

/** The handler annotations that make a method part of the API. */
public enum HandlerKind {
  HTTP,
  LOCAL,
  REMOTE
}
