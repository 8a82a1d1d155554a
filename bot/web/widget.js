/*
 * Leg-twitch chat widget: one <script> tag puts a chat panel on any page and
 * talks to the Rasa server over its REST channel.  Plain JavaScript, no build.
 *
 *   <script src="https://example.org/widget.js" data-server="http://localhost:5005"
 *           data-title="Leg twitch helper" data-primary-color="#0b5394" defer></script>
 *
 * Options (see the README, "Website chat widget"): data-* attributes on the tag, or the same
 * names in camelCase on window.TwitchChatConfig; the tag's attributes win.
 *
 * Why REST and not socket.io: Rasa 3.6's socket.io channel breaks with
 * python-socketio >= 5.10 (the version installed), and one request per turn
 * is all this question-and-answer bot needs.
 *
 * Safety rule for this file: text from the user or the bot only ever reaches
 * the page through textContent / createElement, never innerHTML.
 */
(function () {
  "use strict";

  const script = document.currentScript || document.querySelector("script[src*='widget.js']");
  if (!script || window.__twitchChatLoaded) return; // a second copy of the tag must not add a second panel
  window.__twitchChatLoaded = true;

  const DEFAULTS = {
    server: "http://localhost:5005",
    title: "Leg twitch helper",
    primaryColor: "#0b5394",
    open: "false", // "true": start with the panel open instead of the launcher button
    greeting: "/greet", // sent unseen when a conversation starts so the bot introduces itself; "" = none
    // The bot's emergency replies start with these words (bot/knowledge.py).  Matching the full
    // "... now" matters: the self-care advice contains "Call your local emergency number at once if ...".
    emergencyPrefix: "Call your local emergency number now",
    sessionMinutes: "60", // matches session_expiration_time in domain.yml: after that the bot has moved on
    timeoutSeconds: "30",
    storageKey: "twitch-chat",
  };
  const MAX_STORED = 150; // enough for several assessments; bounds what sits in localStorage

  const config = Object.assign({}, DEFAULTS, window.TwitchChatConfig || {});
  for (const name of Object.keys(DEFAULTS)) {
    if (script.dataset[name] !== undefined) config[name] = script.dataset[name];
  }
  const server = String(config.server).replace(/\/+$/, "");
  const storageKey = config.storageKey + ":" + server; // two bots on one site keep separate chats
  const sessionMs = Number(config.sessionMinutes) * 60000;
  const color = CSS.supports("color", config.primaryColor) ? config.primaryColor : DEFAULTS.primaryColor;

  // ---- Storage: sender id and transcript survive a reload ------------------------------------
  // localStorage can be missing or throw (private modes, blocked cookies): the chat still works,
  // it is only forgotten on reload.
  const store = {
    read() {
      try {
        return JSON.parse(localStorage.getItem(storageKey) || "null");
      } catch (error) {
        return null;
      }
    },
    write(value) {
      try {
        localStorage.setItem(storageKey, JSON.stringify(value));
      } catch (error) {
        /* keep going in memory */
      }
    },
  };

  function newSenderId() {
    if (window.crypto && crypto.randomUUID) return "web-" + crypto.randomUUID();
    return "web-" + Date.now().toString(36) + Math.random().toString(36).slice(2);
  }

  function freshState(open) {
    return { version: 1, sender: newSenderId(), updated: Date.now(), open: open, messages: [] };
  }

  let state = store.read();
  if (!state || state.version !== 1 || !Array.isArray(state.messages)) {
    state = freshState(String(config.open) === "true");
  } else if (Date.now() - state.updated > sessionMs) {
    // The bot has closed that session, and health details should not linger on a shared computer.
    state = freshState(state.open);
  }
  if (String(config.open) === "true") state.open = true; // window config may give a real boolean

  function save() {
    state.updated = Date.now();
    state.messages = state.messages.slice(-MAX_STORED);
    store.write(state);
  }

  // ---- DOM helpers ---------------------------------------------------------------------------
  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (name === "text") node.textContent = value;
      else node.setAttribute(name, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  // A shadow root keeps the host page's CSS out of the widget and the widget's CSS out of the page.
  const host = el("div", { class: "twitch-chat-host" });
  host.style.setProperty("--tc-primary", color);
  const root = host.attachShadow({ mode: "open" });
  root.append(el("style", { text: CSS_TEXT() }));

  const launcher = el("button", {
    class: "launcher", type: "button", "aria-expanded": "false", "aria-controls": "tc-panel",
  }, [el("span", { "aria-hidden": "true", text: "💬 " }), config.title]);

  const titleId = "tc-title";
  const restartButton = el("button", { class: "head-button", type: "button", text: "Start over" });
  const closeButton = el("button", { class: "head-button close", type: "button", "aria-label": "Close chat" },
    [el("span", { "aria-hidden": "true", text: "×" })]);
  const log = el("div", { class: "log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
    "aria-busy": "false", "aria-labelledby": titleId });
  const typing = el("div", { class: "typing", hidden: "", "aria-hidden": "true" },
    [el("span"), el("span"), el("span")]);
  // The scroll box holds the log and the typing dots; tabindex lets keyboard users scroll it.
  const scroller = el("div", { class: "scroller", tabindex: "0", role: "region", "aria-label": "Conversation" },
    [log, typing]);
  const input = el("input", { id: "tc-input", type: "text", autocomplete: "off", maxlength: "1000",
    placeholder: "Type your message…" });
  const sendButton = el("button", { type: "submit", class: "send", text: "Send" });
  const form = el("form", { class: "composer" }, [
    el("label", { for: "tc-input", class: "sr-only", text: "Your message" }), input, sendButton,
  ]);
  const panel = el("section", { id: "tc-panel", class: "panel", "aria-labelledby": titleId }, [
    el("header", {}, [el("h2", { id: titleId, text: config.title }), restartButton, closeButton]),
    scroller,
    form,
    el("p", { class: "footnote", text: "General health information, not a diagnosis. In an emergency call your local emergency number." }),
  ]);
  root.append(launcher, panel);

  // ---- Rendering -----------------------------------------------------------------------------
  function isEmergency(text) {
    return typeof text === "string" && config.emergencyPrefix !== "" && text.trim().startsWith(config.emergencyPrefix);
  }

  function messageNode(message) {
    const who = message.from === "user" ? "You" : "Assistant";
    const bubble = el("div", { class: "msg " + (message.from === "user" ? "user" : "bot") }, [
      el("span", { class: "sr-only", text: who + ": " }),
    ]);
    if (message.emergency) {
      // role="alert" makes screen readers interrupt with it; colour and icon do the same for the eye.
      bubble.classList.add("emergency");
      bubble.setAttribute("role", "alert");
      bubble.append(el("span", { class: "icon", "aria-hidden": "true", text: "⚠" }),
        el("strong", { class: "label", text: "Emergency: " }));
    }
    bubble.append(el("span", { class: "text", text: message.text }));
    if (message.buttons && message.buttons.length) {
      const group = el("div", { class: "replies", role: "group", "aria-label": "Suggested answers" });
      for (const choice of message.buttons) {
        const button = el("button", { type: "button", class: "reply", text: choice.title });
        button.addEventListener("click", () => send(choice.payload, choice.title));
        group.append(button);
      }
      bubble.append(group);
    }
    return bubble;
  }

  function notice(text, retry) {
    const node = el("div", { class: "msg notice" }, [el("span", { class: "text", text: text })]);
    if (retry) {
      const button = el("button", { type: "button", class: "reply", text: "Try again" });
      button.addEventListener("click", retry);
      node.append(el("div", { class: "replies" }, [button]));
    }
    return node;
  }

  function renderAll() {
    log.replaceChildren(...state.messages.map(messageNode));
    scroller.scrollTop = scroller.scrollHeight;
  }

  function append(messages) {
    const nodes = messages.map(messageNode);
    log.append(...nodes);
    scrollTo(nodes[0]);
  }

  // Long answers (the triage result) are read from their start, short ones keep the bottom in view.
  function scrollTo(first) {
    if (!first) return;
    const fromTop = first.offsetTop - 8;
    scroller.scrollTop = Math.min(fromTop, scroller.scrollHeight);
    if (scroller.scrollHeight - fromTop <= scroller.clientHeight) scroller.scrollTop = scroller.scrollHeight;
  }

  // Only the newest question's buttons make sense; answering removes them everywhere.
  function dropButtons() {
    for (const message of state.messages) delete message.buttons;
    for (const group of log.querySelectorAll(".replies")) group.remove();
    for (const old of log.querySelectorAll(".notice")) old.remove();
  }

  // ---- Talking to Rasa -----------------------------------------------------------------------
  let busy = false;

  function setBusy(value) {
    busy = value;
    typing.hidden = !value;
    log.setAttribute("aria-busy", String(value));
    sendButton.disabled = value;
    if (value) scroller.scrollTop = scroller.scrollHeight;
  }

  async function post(message) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), Number(config.timeoutSeconds) * 1000);
    try {
      const response = await fetch(server + "/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: state.sender, message: message }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error("HTTP " + response.status);
      const data = await response.json();
      if (!Array.isArray(data)) throw new Error("unexpected reply");
      return data;
    } finally {
      clearTimeout(timer);
    }
  }

  // Keeps what the widget can show: text and quick replies.  Images and custom payloads are skipped.
  function toMessages(replies) {
    const messages = [];
    for (const reply of replies) {
      if (!reply || typeof reply.text !== "string" || reply.text === "") continue;
      const message = { from: "bot", text: reply.text };
      if (isEmergency(reply.text)) message.emergency = true;
      const buttons = (Array.isArray(reply.buttons) ? reply.buttons : [])
        .filter((b) => b && typeof b.title === "string" && typeof b.payload === "string")
        .map((b) => ({ title: b.title, payload: b.payload }));
      if (buttons.length) message.buttons = buttons;
      messages.push(message);
    }
    return messages;
  }

  /* Sends `payload` to the bot; `shown` is what appears as the user's words (a button's title,
   * not its "/inform{...}" payload).  shown === null sends without a bubble (the opening greeting). */
  async function send(payload, shown) {
    if (busy) return;
    input.focus(); // a clicked reply button is about to disappear: keep focus somewhere useful
    dropButtons();
    if (shown !== null) {
      const message = { from: "user", text: shown };
      state.messages.push(message);
      append([message]);
    }
    save();
    setBusy(true);
    try {
      const data = await post(payload);
      const replies = toMessages(data);
      if (data.some((reply) => reply && reply.custom && reply.custom.conversation_erased === true)) {
        // "delete my data": the server has erased the conversation, so this browser forgets its
        // copy and its sender id too; only the confirmation stays on screen.
        state = freshState(true);
        state.messages.push(...replies);
        save();
        setBusy(false);
        renderAll();
        return;
      }
      state.messages.push(...replies);
      save();
      setBusy(false);
      append(replies);
    } catch (error) {
      setBusy(false);
      const retry = () => {
        if (busy) return;
        failure.remove();
        resend(payload);
      };
      const failure = notice(
        "Sorry, I couldn't reach the assistant just now. Please check your connection and try again.", retry);
      log.append(failure);
      scrollTo(failure);
    }
  }

  // A retry must not show the user's words a second time.
  function resend(payload) {
    send(payload, null);
  }

  function startConversation() {
    if (state.messages.length === 0 && config.greeting) send(config.greeting, null);
  }

  // ---- Wiring --------------------------------------------------------------------------------
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy) return;
    input.value = "";
    send(text, text);
  });

  function setOpen(open, focus) {
    if (state.open !== open) {
      state.open = open;
      save(); // only real changes: saving also stamps the time that sessionMinutes counts from
    }
    panel.hidden = !open;
    launcher.hidden = open;
    launcher.setAttribute("aria-expanded", String(open));
    if (open) {
      startConversation();
      if (focus) input.focus();
    } else if (focus) {
      launcher.focus();
    }
  }

  launcher.addEventListener("click", () => setOpen(true, true));
  closeButton.addEventListener("click", () => setOpen(false, true));
  panel.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setOpen(false, true);
  });
  restartButton.addEventListener("click", () => {
    if (busy) return;
    // A new sender id is a new conversation for Rasa; the old one is simply left behind.
    state = freshState(true);
    renderAll();
    save();
    input.value = "";
    input.focus();
    startConversation();
  });

  function mount() {
    document.body.append(host);
    renderAll();
    setOpen(state.open, false);
  }

  if (document.body) mount();
  else document.addEventListener("DOMContentLoaded", mount);

  // Styles live here so the embed stays one file.  --tc-primary comes from data-primary-color.
  function CSS_TEXT() {
    return `
:host { all: initial; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
button, input { font: inherit; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
.launcher, .panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 16px; line-height: 1.45; }
.launcher { border: 0; border-radius: 999px; padding: 12px 20px; background: var(--tc-primary); color: #fff;
  cursor: pointer; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.panel { display: flex; flex-direction: column; width: 380px; height: min(640px, calc(100vh - 32px));
  background: #fff; color: #1b1b1b; border-radius: 12px; overflow: hidden; box-shadow: 0 8px 30px rgba(0,0,0,.3); }
header { display: flex; align-items: center; gap: 8px; padding: 10px 12px; background: var(--tc-primary); color: #fff; }
h2 { flex: 1; margin: 0; font-size: 17px; font-weight: 600; }
.head-button { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.7); border-radius: 6px;
  padding: 4px 10px; cursor: pointer; font-size: 14px; }
.close { font-size: 20px; line-height: 1; padding: 2px 10px; }
.scroller { position: relative; flex: 1; overflow-y: auto; padding: 12px; background: #f4f6f8; }
.log { display: flex; flex-direction: column; gap: 8px; }
.msg { max-width: 85%; padding: 8px 12px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.bot { align-self: flex-start; background: #fff; border: 1px solid #d5dbe1; border-bottom-left-radius: 4px; }
.msg.user { align-self: flex-end; background: var(--tc-primary); color: #fff; border-bottom-right-radius: 4px; }
.msg.emergency { max-width: 100%; width: 100%; background: #b3261e; color: #fff; border: 3px solid #6d0f0a;
  font-weight: 600; font-size: 17px; }
.msg.emergency .icon { display: inline-block; margin-right: 6px; font-size: 22px; vertical-align: -2px; }
.msg.notice { align-self: stretch; max-width: 100%; background: #fff4e5; border: 1px solid #e0a040; color: #4a2a00; }
.replies { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; white-space: normal; }
.reply { background: #fff; color: var(--tc-primary); border: 2px solid var(--tc-primary); border-radius: 999px;
  padding: 5px 12px; cursor: pointer; font-size: 15px; }
.reply:hover { background: #eef3f9; }
.typing { display: inline-flex; gap: 4px; margin-top: 8px; padding: 10px 12px; background: #fff;
  border: 1px solid #d5dbe1; border-radius: 12px; }
.typing span { width: 8px; height: 8px; border-radius: 50%; background: #7a8591; animation: tc-blink 1.2s infinite; }
.typing span:nth-child(2) { animation-delay: .2s; }
.typing span:nth-child(3) { animation-delay: .4s; }
@keyframes tc-blink { 0%, 80%, 100% { opacity: .25; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .typing span { animation: none; opacity: .6; } }
.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #d5dbe1; background: #fff; }
.composer input { flex: 1; min-width: 0; padding: 9px 10px; border: 1px solid #8a949e; border-radius: 8px;
  font-size: 16px; color: #1b1b1b; }
.send { border: 0; border-radius: 8px; padding: 9px 16px; background: var(--tc-primary); color: #fff; cursor: pointer; }
.send:disabled { opacity: .6; cursor: progress; }
.footnote { margin: 0; padding: 4px 10px 8px; font-size: 12px; color: #55606b; background: #fff; }
@media (max-width: 480px) {
  .panel { inset: 0; right: 0; bottom: 0; width: 100%; height: 100%; border-radius: 0; }
  .msg { max-width: 92%; }
}`;
  }
})();
