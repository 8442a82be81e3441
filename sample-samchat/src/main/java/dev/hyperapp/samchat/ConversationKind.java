package dev.hyperapp.samchat;

/** A conversation between two nodes, or a named group of two or more. */
public enum ConversationKind {
  DIRECT,
  GROUP
}
