package dev.hyperapp.runtime.directory;

/** What the directory did with a record it was offered. */
public enum Admission {
  /** The name was unknown: the record is now pinned (trust on first use). */
  LEARNT(true),
  /** A newer record of the pinned key: its addresses replace the old ones. */
  UPDATED(true),
  /** The pinned key, and nothing newer: kept as it was. */
  UNCHANGED(true),
  /** Another key for a known name: refused, and kept aside until {@code acceptKeyChange}. */
  KEY_CHANGED(false),
  /** The signature does not match the content: refused. */
  BAD_SIGNATURE(false);

  private final boolean accepted;

  Admission(boolean accepted) {
    this.accepted = accepted;
  }

  /** Whether the record's key may be trusted for its name. */
  public boolean accepted() {
    return accepted;
  }
}
