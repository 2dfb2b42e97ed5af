// frontdesk web chat widget. Load with:
// <script src=".../webchat/widget.js" data-base=".../webchat" async></script>
(function () {
  "use strict";
  var script = document.currentScript;
  var base = (script && script.getAttribute("data-base")) || "/webchat";
  var title = (script && script.getAttribute("data-title")) || "Message us";
  var storeKey = "frontdesk.webchat." + base;
  var session = null;
  var source = null;

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text) e.textContent = text; // text only, never parsed as markup
    return e;
  }

  var root = el("div", { "class": "fd-chat", style: "position:fixed;bottom:16px;right:16px;z-index:2147483000;font:14px sans-serif" });
  var toggle = el("button", { type: "button", "aria-expanded": "false" }, title);
  var panel = el("div", { hidden: "", role: "dialog", "aria-label": title,
    style: "width:300px;height:400px;background:#fff;border:1px solid #ccc;border-radius:8px;display:flex;flex-direction:column" });
  var log = el("div", { "aria-live": "polite", style: "flex:1;overflow-y:auto;padding:8px" });
  var form = el("form", { style: "display:flex;border-top:1px solid #eee" });
  var input = el("textarea", { rows: "2", maxlength: "4000", "aria-label": "Message", style: "flex:1;border:0;padding:8px;resize:none" });
  var send = el("button", { type: "submit" }, "Send");
  form.appendChild(input); form.appendChild(send);
  panel.appendChild(log); panel.appendChild(form);
  root.appendChild(panel); root.appendChild(toggle);

  var seen = {};
  function show(ev) {
    if (seen[ev.id]) return;
    seen[ev.id] = true;
    var m = ev.message;
    var row = el("div", { "class": "fd-" + m.from, style: "margin:4px 0;text-align:" + (m.from === "patient" ? "right" : "left") });
    row.appendChild(el("span", { style: "display:inline-block;padding:6px 8px;border-radius:6px;white-space:pre-wrap;background:" + (m.from === "patient" ? "#dbeafe" : "#f3f4f6") }, m.text));
    (m.buttons || []).forEach(function (b) {
      var btn = el("button", { type: "button", style: "margin:2px" }, b.Title || b.title);
      btn.addEventListener("click", function () { post({ text: btn.textContent, payload: b.ID || b.id }); });
      row.appendChild(el("br")); row.appendChild(btn);
    });
    log.appendChild(row);
    log.scrollTop = log.scrollHeight;
  }

  function request(method, path, body) {
    var headers = { "Content-Type": "application/json" };
    if (session) headers.Authorization = "Bearer " + session.token;
    return fetch(base + path, { method: method, headers: headers, body: body ? JSON.stringify(body) : undefined })
      .then(function (r) { return r.json().then(function (j) { if (!r.ok) throw j; return j; }); });
  }

  function start() {
    try { session = JSON.parse(sessionStorage.getItem(storeKey)); } catch (e) { session = null; }
    return request("POST", "/session").catch(function () { session = null; return request("POST", "/session"); })
      .then(function (s) {
        session = s;
        sessionStorage.setItem(storeKey, JSON.stringify(s));
        listen();
      });
  }

  function listen() {
    if (source) source.close();
    source = new EventSource(base + "/events?token=" + encodeURIComponent(session.token));
    source.addEventListener("message", function (e) { show(JSON.parse(e.data)); });
    source.addEventListener("reset", function () { log.textContent = ""; seen = {}; });
    source.addEventListener("expired", function () { source.close(); session = null; start(); });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return String(Date.now()) + "-" + Math.random().toString(36).slice(2);
  }

  function post(msg) {
    msg.client_id = uuid();
    var attempt = function (n) {
      return request("POST", "/messages", msg).catch(function (err) {
        if (n > 0 && !(err && err.error === "too_large")) return attempt(n - 1);
        throw err;
      });
    };
    return attempt(2);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    send.disabled = true;
    post({ text: text }).then(function () { input.value = ""; })
      .catch(function () { alert("Message not sent. Please try again."); })
      .finally(function () { send.disabled = false; });
  });

  toggle.addEventListener("click", function () {
    var open = panel.hasAttribute("hidden");
    if (open) panel.removeAttribute("hidden"); else panel.setAttribute("hidden", "");
    toggle.setAttribute("aria-expanded", String(open));
    if (open && !session) start();
  });

  document.body.appendChild(root);
})();
