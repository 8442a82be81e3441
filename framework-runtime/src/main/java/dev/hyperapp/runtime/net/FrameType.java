package dev.hyperapp.runtime.net;

/**
 * The kinds of frame on a link. A frame is {@code [u32 length][u8 type][payload]}, the length counting
 * the type byte and the payload, all integers big-endian.
 */
enum FrameType {
  /** Dialer → acceptor after TLS: {@code [u16 version][i64 incarnation][i32 maxMessageSize]}. */
  HELLO(1),
  /** Acceptor → dialer: the link is accepted; same payload as HELLO. */
  WELCOME(2),
  /** Acceptor → dialer: the link is refused (another link wins); payload: a UTF-8 reason. */
  REFUSED(3),
  /** Keeps a silent link alive; no payload. */
  PING(4),
  /** A whole message: {@code [i32 headerLength][header][body]}. */
  MESSAGE(5),
  /**
   * The start of a message with a blob: {@code [i32 headerLength][header][i32 bodyLength][body]
   * [u16 mimeLength][mime][i32 blobLength]}; the blob follows in BLOB_CHUNK frames.
   */
  BLOB_START(6),
  /** The next bytes of the blob being sent; one blob is in flight at a time per link. */
  BLOB_CHUNK(7),
  /** The sender closes the link on purpose (idle, or shutting down): do not reconnect. */
  GOODBYE(8);

  private static final FrameType[] BY_CODE = new FrameType[9];

  static {
    for (FrameType type : values()) {
      BY_CODE[type.code] = type;
    }
  }

  final int code;

  FrameType(int code) {
    this.code = code;
  }

  static FrameType of(int code) throws ProtocolViolation {
    FrameType type = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    if (type == null) {
      throw new ProtocolViolation("unknown frame type " + code);
    }
    return type;
  }
}
