package dev.hyperapp.runtime.net;

import java.io.IOException;

/** The peer broke the link protocol (an oversized or malformed frame): it is disconnected. */
final class ProtocolViolation extends IOException {

  ProtocolViolation(String message) {
    super(message);
  }
}
