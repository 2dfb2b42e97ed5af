// Keeps SLA countdowns current and refreshes the live parts of the page
// (marked data-live) when the inbox reports an event over Server-Sent
// Events. Focus and unsent text stay where they are.
(function () {
  "use strict";
  function fmt(ms) {
    var m = Math.round(Math.abs(ms) / 60000), h = Math.floor(m / 60);
    return (h ? h + "h " : "") + (m % 60) + "m";
  }
  function tick() {
    document.querySelectorAll("time[data-due]").forEach(function (t) {
      var ms = Date.parse(t.dataset.due) - Date.now();
      t.textContent = ms >= 0 ? fmt(ms) + " left" : "overdue " + fmt(ms);
      t.classList.toggle("overdue", ms < 0);
    });
  }
  tick();
  setInterval(tick, 15000);
  var live = document.querySelectorAll("[data-live]");
  if (!live.length || !window.EventSource) return;
  var pending = false;
  function refresh() {
    if (pending) return;
    pending = true;
    setTimeout(function () {
      fetch(location.href, { credentials: "same-origin" })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          live.forEach(function (el) {
            var n = doc.getElementById(el.id);
            if (n) el.innerHTML = n.innerHTML;
          });
          tick();
        })
        .finally(function () { pending = false; });
    }, 250);
  }
  var status = document.getElementById("status");
  var es = new EventSource("/events");
  es.addEventListener("inbox", function (e) {
    var d = JSON.parse(e.data), open = document.body.dataset.conversation;
    if (!open || open === d.conversation_id) refresh();
    if (status) status.textContent = "Live: " + d.type.replace(".", " ") + " at " + new Date().toLocaleTimeString();
  });
  es.onerror = function () { if (status) status.textContent = "Live updates paused; reconnecting..."; };
})();

// Suggested replies and keyboard shortcuts: "/" focuses the reply box,
// "j"/"k" move between conversations in the list, "Enter" opens one.
(function () {
  "use strict";
  var reply = document.getElementById("reply");
  document.querySelectorAll("[data-use-draft]").forEach(function (b) {
    b.addEventListener("click", function () {
      reply.value = document.getElementById("draft-text").textContent;
      reply.focus();
    });
  });
  document.addEventListener("keydown", function (e) {
    var t = e.target.tagName;
    if (e.ctrlKey || e.metaKey || e.altKey || t === "INPUT" || t === "TEXTAREA" || t === "SELECT") return;
    if (e.key === "/" && reply) { e.preventDefault(); reply.focus(); return; }
    if (e.key !== "j" && e.key !== "k") return;
    var links = Array.prototype.slice.call(document.querySelectorAll("#list tbody a"));
    if (!links.length) return;
    var i = links.indexOf(document.activeElement);
    i = e.key === "j" ? Math.min(i + 1, links.length - 1) : Math.max(i - 1, 0);
    links[i].focus();
  });
})();
