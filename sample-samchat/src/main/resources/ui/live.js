// Live updates: the process pushes changes over its WebSocket; while the socket is down, the page
// polls instead and keeps trying to reconnect, waiting longer after each failure.

import { BASE_PATH } from "./api.js";

const POLL_EVERY_MS = 4000;
const FIRST_RETRY_MS = 1000;
const LONGEST_RETRY_MS = 30000;

/**
 * Connects to `<base>/ws`. `onEvent` gets each pushed message, `onPoll` is called every few seconds
 * while the socket is down, `onState` gets "live", "polling" or "connecting".
 */
export function connectLive({ onEvent, onPoll, onState }) {
  let retryMs = FIRST_RETRY_MS;
  let pollTimer = null;

  function startPolling() {
    if (pollTimer === null) {
      onState("polling");
      pollTimer = setInterval(onPoll, POLL_EVERY_MS);
    }
  }

  function stopPolling() {
    clearInterval(pollTimer);
    pollTimer = null;
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    let socket;
    try {
      socket = new WebSocket(`${scheme}//${location.host}${BASE_PATH}/ws`);
    } catch {
      startPolling();
      return;
    }
    socket.addEventListener("open", () => {
      retryMs = FIRST_RETRY_MS;
      stopPolling();
      onState("live");
    });
    socket.addEventListener("message", (event) => {
      try {
        onEvent(JSON.parse(event.data));
      } catch (error) {
        console.warn("Samchat: ignoring a live update that is not JSON", error);
      }
    });
    socket.addEventListener("close", () => {
      startPolling();
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    });
  }

  onState("connecting");
  connect();
}
