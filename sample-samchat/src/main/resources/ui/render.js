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

/** Line icons (24×24, drawn with the text colour), so no icon depends on the system having an emoji font. */
const ICON_PATHS = {
  attach: ["M21.44 11.05l-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"],
  file: ["M13 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z", "M13 2v7h7"],
  group: ["M17 21v-2a4 4 0 0 0-4-4H5a4 4 0 0 0-4 4v2", "M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8z",
    "M23 21v-2a4 4 0 0 0-3-3.87", "M16 3.13a4 4 0 0 1 0 7.75"],
};

/** An icon from {@link ICON_PATHS}, hidden from screen readers (its neighbour says what it means). */
export function icon(name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", `icon-svg icon-${name}`);
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  for (const d of ICON_PATHS[name]) {
    const path = document.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", d);
    svg.append(path);
  }
  return svg;
}

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

/** One line of preview for a message: who wrote it (if it needs saying), and its text or file. */
export function previewOf(message, { ourNode, isGroup }) {
  if (!message) {
    return ["No messages yet"];
  }
  const body = message.text ? [message.text] : message.file ? [icon("attach"), message.file.name] : [];
  if (message.sender === ourNode) {
    return ["You: ", ...body];
  }
  return isGroup ? [`${message.sender}: `, ...body] : body;
}

/** A row of the conversation list. */
export function conversationItem(summary, { selected, ourNode, onSelect }) {
  const last = summary.lastMessage;
  return h("li", {
      class: "conversation-item",
      "data-testid": "conversation-item",
      "data-conversation-id": summary.id,
      "data-kind": summary.kind,
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
    h("span", { class: "title" },
      summary.kind === "GROUP" ? icon("group") : null,
      h("span", { "data-testid": "conversation-item-title" }, summary.title)),
    h("span", { class: "time" }, summary.lastActivity ? shortTime(summary.lastActivity) : ""),
    h("span", { class: "preview", "data-testid": "conversation-preview" }, previewOf(last, { ourNode, isGroup: summary.kind === "GROUP" })),
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
    icon("file"), h("span", {}, file.name), h("span", { class: "size" }, formatSize(file.size)));
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
