// Samchat's page: the conversation list, the open conversation and its composer. Calls go through the
// generated ./api.js; changes arrive over the WebSocket (or by polling while it is down).

import * as api from "./api.js";
import { connectLive } from "./live.js";
import { conversationItem, daySeparator, formatSize, icon, messageItem } from "./render.js";

const NODE_NAME = /^[a-z0-9]+([.-][a-z0-9]+)*$/;
const ourNode = window.our?.node ?? "";

const state = {
  /** Conversation summaries, the most recently active first. */
  conversations: [],
  /** conversation id → Map of message id → message, for the conversations opened so far. */
  messages: new Map(),
  /** The open conversation's id. */
  selected: null,
  /** A node we are about to write to for the first time: its conversation starts with the first message. */
  draftPeer: null,
  /** The message the next one replies to. */
  replyTo: null,
  /** The file the next message carries. */
  attachment: null,
  /** The largest file the node accepts. */
  maxFileBytes: Infinity,
};

const $ = (testId) => document.querySelector(`[data-testid="${testId}"]`);
const app = $("app");
const messageList = $("message-list");
const input = $("message-input");

// ---- helpers

let toastTimer = null;
function showError(error) {
  const toast = $("error");
  toast.textContent = error?.message ?? String(error);
  toast.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { toast.hidden = true; }, 6000);
}

/** Runs an action, showing its error instead of throwing. */
async function attempt(action) {
  try {
    return await action();
  } catch (error) {
    showError(error);
    return undefined;
  }
}

function debounce(action, ms) {
  let timer = null;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, ms);
  };
}

function summary(id) {
  return state.conversations.find((conversation) => conversation.id === id) ?? null;
}

function byTime(a, b) {
  return a.timestamp - b.timestamp || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function upsertSummary(updated) {
  const rest = state.conversations.filter((conversation) => conversation.id !== updated.id);
  state.conversations = [updated, ...rest]
    .sort((a, b) => b.lastActivity - a.lastActivity || a.id.localeCompare(b.id));
}

function upsertMessages(conversationId, messages) {
  const known = state.messages.get(conversationId);
  if (!known) {
    return false;
  }
  for (const message of messages) {
    known.set(message.id, message);
  }
  return true;
}

// ---- rendering

function renderList() {
  const list = $("conversation-list");
  list.replaceChildren(...state.conversations.map((conversation) => conversationItem(conversation, {
    selected: conversation.id === state.selected,
    ourNode,
    onSelect: select,
  })));
  $("no-conversations").hidden = state.conversations.length > 0;
}

function renderChat() {
  const open = summary(state.selected);
  const visible = open !== null || state.draftPeer !== null;
  $("no-selection").hidden = visible;
  document.querySelector(".chat").hidden = !visible;
  if (!visible) {
    return;
  }
  const isGroup = open?.kind === "GROUP";
  const member = open ? open.member : true;
  $("conversation-title").textContent = open ? open.title : state.draftPeer;
  $("participants").textContent = isGroup
    ? [...(open.member ? ["you"] : []), ...open.participants.filter((node) => node !== ourNode)].join(", ")
    : "";
  $("add-member").hidden = !isGroup || !member;
  $("leave-group").hidden = !isGroup || !member;
  $("left-notice").hidden = member;
  $("composer").hidden = !member;
  renderComposer();
}

/** Whether the reader is at the newest message: new ones and images that load keep them there. */
let atBottom = true;

function scrollToEnd() {
  messageList.scrollTop = messageList.scrollHeight;
  atBottom = true;
}

/**
 * Message elements by key (a message id, or "day:" and a date), with what each was drawn from: a
 * redraw keeps the elements whose message did not change, so they do not flash or lose focus.
 */
let drawn = new Map();

function renderMessages() {
  const open = summary(state.selected);
  const isGroup = open?.kind === "GROUP";
  const messages = [...(state.messages.get(state.selected)?.values() ?? [])].sort(byTime);
  const next = new Map();
  const reuse = (key, source, draw) => {
    const previous = drawn.get(key);
    const element = previous?.source === source ? previous.element : draw();
    if (previous && element !== previous.element) {
      element.classList.add("redrawn");
    }
    next.set(key, { source, element });
    return element;
  };
  const items = [];
  let lastDay = null;
  for (const message of messages) {
    const day = new Date(message.timestamp).toDateString();
    if (day !== lastDay) {
      items.push(reuse(`day:${day}`, day, () => daySeparator(message.timestamp)));
      lastDay = day;
    }
    const source = JSON.stringify([message, isGroup]);
    items.push(reuse(message.id, source, () => messageItem(message, {
      ourNode,
      isGroup,
      onReply: startReply,
      onRetry: retry,
    })));
  }
  drawn = next;
  placeChildren(messageList, items);
  if (atBottom || messages.at(-1)?.sender === ourNode) {
    scrollToEnd();
  }
}

/** Makes `items` the children of `parent`, moving only what must move. */
function placeChildren(parent, items) {
  const wanted = new Set(items);
  for (const child of [...parent.children]) {
    if (!wanted.has(child)) {
      child.remove();
    }
  }
  let current = parent.firstElementChild;
  for (const item of items) {
    if (item === current) {
      current = current.nextElementSibling;
    } else {
      parent.insertBefore(item, current);
    }
  }
}

function renderComposer() {
  $("reply-banner").hidden = state.replyTo === null;
  if (state.replyTo) {
    $("reply-sender").textContent = state.replyTo.sender === ourNode ? "yourself" : state.replyTo.sender;
    $("reply-preview").textContent = state.replyTo.text || state.replyTo.file?.name || "";
  }
  $("attachment-chip").hidden = state.attachment === null;
  if (state.attachment) {
    $("attachment-name").replaceChildren(icon("attach"),
      `${state.attachment.name} (${formatSize(state.attachment.size)})`);
  }
}

function setPane(pane) {
  app.dataset.pane = pane;
}

// ---- loading

async function refreshConversations() {
  state.conversations = await api.getConversations();
  renderList();
  renderChat();
  markReadSoon();
}

async function loadMessages(conversationId) {
  const messages = await api.getMessages(conversationId);
  state.messages.set(conversationId, new Map(messages.map((message) => [message.id, message])));
  if (conversationId === state.selected) {
    renderMessages();
  }
}

async function refreshAll() {
  await attempt(async () => {
    await refreshConversations();
    if (state.selected) {
      await loadMessages(state.selected);
    }
  });
}

/** Fetching the list also tells the server the page has shown what it holds (delivered receipts). */
const acknowledgeSoon = debounce(() => attempt(refreshConversations), 300);

const markReadSoon = debounce(async () => {
  const open = summary(state.selected);
  if (open && open.unread > 0 && document.visibilityState === "visible") {
    const updated = await attempt(() => api.markRead(open.id));
    if (updated) {
      upsertSummary(updated);
      renderList();
    }
  }
}, 250);

// ---- actions

async function select(conversationId) {
  state.selected = conversationId;
  state.draftPeer = null;
  state.replyTo = null;
  atBottom = true;
  setPane("conversation");
  renderList();
  renderChat();
  renderMessages();
  await attempt(() => loadMessages(conversationId));
  markReadSoon();
  input.focus();
}

function openDraft(peer) {
  const existing = state.conversations.find((conversation) =>
    conversation.kind === "DIRECT" && conversation.title === peer);
  if (existing) {
    select(existing.id);
    return;
  }
  state.selected = null;
  state.draftPeer = peer;
  state.replyTo = null;
  setPane("conversation");
  renderList();
  renderChat();
  messageList.replaceChildren();
  input.focus();
}

function startReply(message) {
  state.replyTo = message;
  renderComposer();
  input.focus();
}

async function retry(message) {
  const updated = await attempt(() => api.retryMessage(message.conversationId, message.id));
  if (updated) {
    upsertMessages(updated.conversationId, [updated]);
    renderMessages();
  }
}

/** Stores a file on our node; the request body is the file itself. */
async function upload(file) {
  const args = encodeURIComponent(JSON.stringify([file.name, file.type || "application/octet-stream"]));
  const response = await fetch(`${api.BASE_PATH}/files?args=${args}`, {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/octet-stream", Accept: "application/json" },
    body: file,
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body?.error?.message ?? `Upload failed: ${response.status} ${response.statusText}`);
  }
  if (body && "Err" in body) {
    throw new Error(body.Err);
  }
  return body.Ok;
}

async function send(event) {
  event.preventDefault();
  const to = state.selected ?? state.draftPeer;
  const text = input.value.trim();
  const sendButton = $("send-button");
  // Enter while an upload is still going must not send the message a second time.
  if (!to || (!text && !state.attachment) || sendButton.disabled) {
    return;
  }
  sendButton.disabled = true;
  try {
    const replyTo = state.replyTo?.id ?? null;
    let message;
    if (state.attachment) {
      const file = await upload(state.attachment);
      message = await api.sendFileMessage(to, file.fileId, text || null, replyTo);
    } else {
      message = await api.sendMessage(to, text, replyTo);
    }
    input.value = "";
    autoSize();
    state.replyTo = null;
    state.attachment = null;
    $("attach-input").value = "";
    if (!state.messages.has(message.conversationId)) {
      state.messages.set(message.conversationId, new Map());
    }
    upsertMessages(message.conversationId, [message]);
    if (state.draftPeer) {
      state.draftPeer = null;
      state.selected = message.conversationId;
      await refreshConversations();
    }
    renderComposer();
    renderMessages();
  } catch (error) {
    showError(error);
  } finally {
    sendButton.disabled = false;
    input.focus();
  }
}

function chooseAttachment(event) {
  const file = event.target.files?.[0] ?? null;
  if (file && file.size > state.maxFileBytes) {
    showError(new Error(`${file.name} is ${formatSize(file.size)}; the limit is ${formatSize(state.maxFileBytes)}`));
    event.target.value = "";
    return;
  }
  state.attachment = file;
  renderComposer();
}

/** Grows the message box with its text, up to its CSS max-height (the box's height includes its borders). */
function autoSize() {
  input.style.height = "auto";
  const borders = input.offsetHeight - input.clientHeight;
  input.style.height = `${input.scrollHeight + borders}px`;
}

// ---- dialogs

/** Wires a dialog: `submit` returns an error message to show, or nothing to close the dialog. */
function dialog(name, opener, submit) {
  const element = $(`${name}-dialog`);
  const form = element.querySelector("form");
  const error = $(`${name}-error`);
  opener?.addEventListener("click", () => {
    form.reset();
    error.textContent = "";
    element.showModal();
  });
  element.querySelector("[data-close]").addEventListener("click", () => element.close());
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.textContent = "";
    try {
      const problem = await submit(new FormData(form));
      if (problem) {
        error.textContent = problem;
      } else {
        element.close();
      }
    } catch (failure) {
      error.textContent = failure.message;
    }
  });
}

/** A node name as typed, lower-cased. */
function nodeName(typed) {
  return String(typed).trim().toLowerCase();
}

/** What is wrong with a node name as typed, or null. */
function nodeProblem(typed) {
  const node = nodeName(typed);
  if (!NODE_NAME.test(node)) {
    return `'${String(typed).trim()}' is not a node name; node names look like bob.os`;
  }
  return node === ourNode ? "That is your own node" : null;
}

dialog("new-chat", $("new-chat"), (form) => {
  const problem = nodeProblem(form.get("node"));
  if (!problem) {
    openDraft(nodeName(form.get("node")));
  }
  return problem;
});

dialog("new-group", $("new-group"), async (form) => {
  // We are in every group we create, so listing ourselves changes nothing.
  const typed = String(form.get("members")).split(/[\s,]+/)
    .filter((node) => node.length > 0 && nodeName(node) !== ourNode);
  const problem = typed.map(nodeProblem).find((message) => message !== null);
  if (problem) {
    return problem;
  }
  const group = await api.createGroup(String(form.get("name")).trim(), typed.map(nodeName));
  upsertSummary(group);
  state.messages.set(group.id, new Map());
  await select(group.id);
  return null;
});

dialog("add-member", $("add-member"), async (form) => {
  const problem = nodeProblem(form.get("node"));
  if (problem) {
    return problem;
  }
  upsertSummary(await api.addGroupMember(state.selected, nodeName(form.get("node"))));
  renderList();
  renderChat();
  return null;
});

// Asked in the page rather than with confirm(), which blocks the page and its live updates.
$("leave-group").addEventListener("click", () => {
  $("leave-group-name").textContent = summary(state.selected)?.title ?? "";
});
dialog("leave-group", $("leave-group"), async () => {
  const open = summary(state.selected);
  if (open) {
    upsertSummary(await api.leaveGroup(open.id));
    renderList();
    renderChat();
  }
  return null;
});

// ---- events

$("composer").addEventListener("submit", send);
messageList.addEventListener("scroll", () => {
  atBottom = messageList.scrollHeight - messageList.scrollTop - messageList.clientHeight < 80;
});
// An image that loads grows its message; `load` does not bubble, so listen while it goes down.
messageList.addEventListener("load", () => {
  if (atBottom) {
    scrollToEnd();
  }
}, true);
input.addEventListener("input", autoSize);
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    send(event);
  }
});
$("attach-input").addEventListener("change", chooseAttachment);
$("remove-attachment").addEventListener("click", () => {
  state.attachment = null;
  $("attach-input").value = "";
  renderComposer();
});
$("cancel-reply").addEventListener("click", () => {
  state.replyTo = null;
  renderComposer();
});
$("back").addEventListener("click", () => setPane("list"));
document.addEventListener("visibilitychange", markReadSoon);

// ---- live updates

function applyLive(event) {
  if (event.type === "hello") {
    refreshAll();
    return;
  }
  if (event.type !== "update" || !event.conversation) {
    return;
  }
  const conversationId = event.conversation.id;
  upsertSummary(event.conversation);
  upsertMessages(conversationId, event.messages ?? []);
  renderList();
  if (conversationId === state.selected) {
    renderChat();
    renderMessages();
    markReadSoon();
  }
  if ((event.messages ?? []).some((message) => message.sender !== ourNode && message.status === "SENT")) {
    acknowledgeSoon();
  }
}

function showConnection(mode) {
  const status = $("connection-status");
  status.dataset.state = mode;
  status.textContent = { live: "Live", polling: "Reconnecting…", connecting: "Connecting…" }[mode];
}

// ---- start

$("our-node").textContent = ourNode;
setPane("list");
attempt(async () => {
  state.maxFileBytes = (await api.getSettings()).maxFileBytes;
});
refreshAll();
connectLive({ onEvent: applyLive, onPoll: refreshAll, onState: showConnection });
