// Builds the page's elements from the API's values. Text always goes in as text, never as HTML.

import { BASE_PATH } from "./api.js";

/** Image types the node serves for the browser to show (everything else downloads). */
const PREVIEWABLE = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif", "image/bmp"]);

const STATUS_MARKS = {
  SENDING: { mark: "🕓", label: "Sending" },
  SENT: { mark: "✓", label: "Sent" },
  DELIVERED: { mark: "✓✓", label: "Delivered" },
  READ: { mark: "✓✓", label: "Read" },
  FAILED: { mark: "!", label: "Not delivered" },
};

/** `h("p", { class: "x" }, "text", child)`: an element with attributes and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) {
      continue;
    }
    if (name.startsWith("on")) {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

/** The URL of a file's bytes on our node. */
export function fileUrl(fileId) {
  return `${BASE_PATH}/files?id=${encodeURIComponent(fileId)}`;
}

export function formatSize(bytes) {
  const units = ["bytes", "KB", "MB", "GB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit" });
const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: "short", day: "numeric", month: "short" });
const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function isToday(timestamp) {
  return new Date(timestamp).toDateString() === new Date().toDateString();
}

/** A short time for the conversation list: the hour today, else the day. */
export function shortTime(timestamp) {
  return isToday(timestamp) ? timeFormat.format(timestamp) : dayFormat.format(timestamp);
}

/** One line of preview for a message. */
export function previewOf(message, ourNode) {
  if (!message) {
    return "No messages yet";
  }
  const body = message.text || (message.file ? `📎 ${message.file.name}` : "");
  return message.sender === ourNode ? `You: ${body}` : body;
}

/** A row of the conversation list. */
export function conversationItem(summary, { selected, ourNode, onSelect }) {
  const last = summary.lastMessage;
  return h("li", {
      class: "conversation-item",
      "data-testid": "conversation-item",
      "data-conversation-id": summary.id,
      "aria-current": selected ? "true" : "false",
      tabindex: 0,
      role: "button",
      onclick: () => onSelect(summary.id),
      onkeydown: (event) => {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          onSelect(summary.id);
        }
      },
    },
    h("span", { class: "title", "data-testid": "conversation-item-title" },
      summary.kind === "GROUP" ? `👥 ${summary.title}` : summary.title),
    h("span", { class: "time" }, summary.lastActivity ? shortTime(summary.lastActivity) : ""),
    h("span", { class: "preview", "data-testid": "conversation-preview" }, previewOf(last, ourNode)),
    summary.unread > 0
      ? h("span", { class: "badge", "data-testid": "unread-badge", "aria-label": `${summary.unread} unread` },
          summary.unread)
      : h("span"));
}

function statusMark(message) {
  const { mark, label } = STATUS_MARKS[message.status] ?? STATUS_MARKS.SENDING;
  const details = Object.entries(message.recipients ?? {})
    .map(([node, status]) => `${node}: ${STATUS_MARKS[status]?.label ?? status}`)
    .join("\n");
  return h("span", {
    class: "status",
    "data-testid": "message-status",
    "data-status": message.status,
    "aria-label": label,
    title: details ? `${label}\n${details}` : label,
  }, mark);
}

function fileLink(file, url) {
  return h("a", { href: url, download: file.name, "data-testid": "file-link" },
    "📄 ", h("span", {}, file.name), h("span", { class: "size" }, formatSize(file.size)));
}

function attachment(file) {
  const url = fileUrl(file.fileId);
  if (!PREVIEWABLE.has(file.mimeType)) {
    return h("div", { class: "attachment" }, fileLink(file, url));
  }
  // If the image cannot be had (its owner is offline, say), offer the file as a link instead.
  const box = h("div", { class: "attachment" });
  box.append(h("a", { href: url, target: "_blank", rel: "noopener", "data-testid": "file-link" },
    h("img", {
      src: url, alt: file.name, loading: "lazy", "data-testid": "image-preview",
      onerror: () => box.replaceChildren(fileLink(file, url)),
    })));
  return box;
}

/** One message of the open conversation. */
export function messageItem(message, { ourNode, isGroup, onReply, onRetry }) {
  const mine = message.sender === ourNode;
  return h("li", {
      class: mine ? "message mine" : "message",
      "data-testid": "message",
      "data-message-id": message.id,
      "data-status": message.status,
      "data-sender": message.sender,
    },
    isGroup && !mine ? h("div", { class: "sender" }, message.sender) : null,
    message.replyTo
      ? h("div", { class: "quote", "data-testid": "message-quote", "data-reply-to": message.replyTo.messageId },
          h("strong", {}, message.replyTo.sender === ourNode ? "You" : message.replyTo.sender),
          h("span", {}, message.replyTo.preview))
      : null,
    message.file ? attachment(message.file) : null,
    message.text ? h("div", { class: "text", "data-testid": "message-text" }, message.text) : null,
    h("div", { class: "meta" },
      h("button", {
        type: "button", class: "reply-action", "data-testid": "reply-button",
        "aria-label": "Reply", title: "Reply", onclick: () => onReply(message),
      }, "↩"),
      mine && message.status === "FAILED"
        ? h("button", {
            type: "button", class: "retry-action", "data-testid": "retry-button",
            title: "Send again", onclick: () => onRetry(message),
          }, "Retry")
        : null,
      h("time", { datetime: new Date(message.timestamp).toISOString(), title: fullFormat.format(message.timestamp) },
        timeFormat.format(message.timestamp)),
      mine ? statusMark(message) : null));
}

/** A separator before the first message of each day. */
export function daySeparator(timestamp) {
  return h("li", { class: "day", "aria-hidden": "true" },
    isToday(timestamp) ? "Today" : dayFormat.format(timestamp));
}
