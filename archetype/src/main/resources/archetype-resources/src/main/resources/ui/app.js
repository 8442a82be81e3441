// The page calls the backend through the generated api.js: one async function per @Http handler.
import * as api from "./api.js";

const list = document.querySelector("#entries");
const error = document.querySelector("#error");

async function refresh() {
  const entries = await api.entries();
  list.replaceChildren(...entries.map((entry) => {
    const item = document.createElement("li");
    item.textContent = `${entry.from}: ${entry.text}`;
    return item;
  }));
}

document.querySelector("#sign").addEventListener("submit", async (event) => {
  event.preventDefault();
  error.textContent = "";
  const node = document.querySelector("#node").value.trim();
  const text = document.querySelector("#text").value;
  try {
    // Result<T, E> is unwrapped: Ok returns the value, Err throws with the error.
    const count = await api.signGuestbookOf(node, text);
    error.textContent = `Signed: ${node} has ${count} entries.`;
  } catch (e) {
    error.textContent = e instanceof api.ResultError ? e.error : e.message;
  }
});

refresh();
setInterval(refresh, 3000);
