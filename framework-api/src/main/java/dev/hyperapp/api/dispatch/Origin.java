package dev.hyperapp.api.dispatch;

/** Where a message came from; decides which handlers it may reach. */
public enum Origin {
  /** The node's HTTP server, on behalf of the owner's browser: reaches {@code @Http} handlers. */
  HTTP,
  /** A process on the same node: reaches {@code @Local} and {@code @Remote} handlers. */
  LOCAL,
  /** A process on another node, authenticated by its link: reaches {@code @Remote} handlers only. */
  REMOTE
}
