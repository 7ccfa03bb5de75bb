/**
 * The status widget a customer puts on their own site:
 *   <script src="https://status.example.com/s/acme/widget.js" async></script>
 * It renders, right after its own tag, a pill with the page's state that links to the page. Plain
 * ES2017 with no dependency; a shadow root keeps the host site's CSS out and ours in. Every URL is
 * derived from the script's own address, so it works on a custom domain (/widget.js) too, and the
 * state comes from the page's public, CORS-open status.json. Text is set as text, never as HTML.
 */
export const WIDGET_SCRIPT = `(function () {
  var script = document.currentScript;
  if (!script || !script.src || !script.parentNode) return;
  var base = new URL(".", script.src).href;
  var host = document.createElement("span");
  host.setAttribute("data-pingpage-widget", "");
  script.parentNode.insertBefore(host, script.nextSibling);
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  var colors = { none: "#047857", minor: "#b45309", major: "#c2410c", critical: "#b91c1c", maintenance: "#0369a1" };
  var css = "a{display:inline-flex;align-items:center;gap:.5em;padding:.25em .75em;border:1px solid #cbd5e1;border-radius:999px;background:#fff;color:#0f172a;font:500 14px/1.5 system-ui,-apple-system,sans-serif;text-decoration:none}" +
    "a:hover{background:#f1f5f9}a:focus-visible{outline:2px solid #0369a1;outline-offset:2px}" +
    "i{display:inline-block;width:.625em;height:.625em;border-radius:50%;background:var(--state,#64748b)}" +
    "@media (prefers-color-scheme:dark){a{background:#0f172a;color:#f1f5f9;border-color:#334155}a:hover{background:#1e293b}}";
  function render(name, indicator, text) {
    var style = document.createElement("style");
    style.textContent = css;
    var link = document.createElement("a");
    link.href = base;
    link.target = "_blank";
    link.rel = "noopener";
    if (name) link.title = name + ": " + text;
    var dot = document.createElement("i");
    dot.setAttribute("aria-hidden", "true");
    if (colors[indicator]) dot.style.setProperty("--state", colors[indicator]);
    link.appendChild(dot);
    link.appendChild(document.createTextNode(text));
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(style);
    root.appendChild(link);
  }
  render("", "", "Status");
  fetch(new URL("api/v2/status.json", base).href, { credentials: "omit" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (body) {
      if (body && body.status && typeof body.status.description === "string") {
        render(body.page && typeof body.page.name === "string" ? body.page.name : "", body.status.indicator, body.status.description);
      }
    })
    .catch(function () {});
})();
`;
