// The operator's page: plain HTML and a small script, no build step and no third-party code. All
// text from deliveries is set through `textContent`, never parsed as HTML.
export const UI_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Lucca inbox</title>
<style>
  body { font: 14px system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 200px 1fr; min-height: 100vh; color: #1d2433; }
  nav { background: #f3f5f9; padding: 16px; border-right: 1px solid #dde2ec; }
  nav h1 { font-size: 16px; margin: 0 0 12px; }
  nav button { display: flex; justify-content: space-between; width: 100%; border: 0; background: none; padding: 6px 8px; border-radius: 6px; cursor: pointer; font: inherit; }
  nav button.active { background: #dfe7fb; font-weight: 600; }
  main { padding: 16px 24px; overflow: auto; }
  .filters { display: flex; gap: 8px; align-items: center; margin-bottom: 12px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid #e6e9f0; vertical-align: top; }
  tr.row { cursor: pointer; } tr.row:hover { background: #f7f9fc; }
  .status { padding: 1px 8px; border-radius: 10px; font-size: 12px; background: #e6e9f0; }
  .status.done { background: #d9f2e3; } .status.dead, .status.failed { background: #fbdcdc; }
  .status.invalid, .status.unknown { background: #fdf0cf; } .status.superseded, .status.discarded { background: #ececec; }
  .error { color: #a02020; }
  #detail { margin-top: 16px; border: 1px solid #dde2ec; border-radius: 8px; padding: 12px 16px; display: none; }
  #detail pre { background: #f7f9fc; padding: 8px; overflow: auto; max-height: 240px; }
  #live { font-size: 12px; color: #5b6478; }
</style>
</head>
<body>
<nav><h1>Lucca inbox</h1><div id="statuses"></div><p id="live">connecting…</p></nav>
<main>
  <div class="filters">
    <label>Topic <input id="topic" placeholder="employee.updated"></label>
    <button id="refresh">Refresh</button>
  </div>
  <table><thead><tr><th>Received</th><th>Topic</th><th>Status</th><th>Attempts</th><th>Last error</th><th>Key</th></tr></thead>
  <tbody id="rows"></tbody></table>
  <section id="detail">
    <h2 id="detail-title"></h2>
    <p><button id="retry">Retry</button> <button id="discard">Discard</button></p>
    <table id="fields"></table>
    <h3>Issues</h3><pre id="issues"></pre>
    <h3>Signed body</h3><pre id="payload"></pre>
  </section>
</main>
<script>
const STATUSES = ["pending", "done", "failed", "dead", "invalid", "unknown", "superseded", "discarded"];
let selectedStatus = "";
let selectedKey = "";
const $ = (id) => document.getElementById(id);
const cell = (row, text, className) => { const td = row.insertCell(); td.textContent = text ?? ""; if (className) td.className = className; return td; };

function renderCounts(counts) {
  const box = $("statuses"); box.replaceChildren();
  for (const status of ["", ...STATUSES]) {
    const button = document.createElement("button");
    button.dataset.status = status;
    if (status === selectedStatus) button.className = "active";
    const name = document.createElement("span"); name.textContent = status || "all";
    const count = document.createElement("span");
    count.textContent = String(status ? counts[status] : Object.values(counts).reduce((a, b) => a + b, 0));
    button.append(name, count);
    button.onclick = () => { selectedStatus = status; renderCounts(counts); loadRows(); };
    box.append(button);
  }
}

async function loadRows() {
  const query = new URLSearchParams({ status: selectedStatus, topic: $("topic").value.trim() });
  const rows = await (await fetch("/api/deliveries?" + query)).json();
  const body = $("rows"); body.replaceChildren();
  for (const delivery of rows) {
    const row = body.insertRow(); row.className = "row"; row.dataset.key = delivery.key;
    cell(row, delivery.receivedAt.replace("T", " ").slice(0, 19));
    cell(row, delivery.topic);
    const status = cell(row, ""); const badge = document.createElement("span");
    badge.className = "status " + delivery.status; badge.textContent = delivery.status; status.append(badge);
    cell(row, String(delivery.attempts));
    cell(row, delivery.lastError, "error");
    cell(row, delivery.key);
    row.onclick = () => showDetail(delivery.key);
  }
}

async function showDetail(key) {
  selectedKey = key;
  const delivery = await (await fetch("/api/delivery?key=" + encodeURIComponent(key))).json();
  $("detail").style.display = "block";
  $("detail-title").textContent = (delivery.topic ?? "not an event") + " — " + delivery.status;
  const fields = $("fields"); fields.replaceChildren();
  let parsed = null;
  try { parsed = JSON.parse(delivery.rawBody ?? "null"); } catch {}
  const data = parsed && typeof parsed.data === "object" && parsed.data ? parsed.data : {};
  const head = fields.insertRow(); cell(head, "occurredAt"); cell(head, parsed?.occurredAt);
  for (const [name, value] of Object.entries(data)) {
    const row = fields.insertRow(); cell(row, "data." + name);
    cell(row, typeof value === "object" ? JSON.stringify(value) : String(value));
  }
  $("issues").textContent = delivery.issues.length ? JSON.stringify(delivery.issues, null, 2) : "none";
  $("payload").textContent = delivery.rawBody === null ? "(purged)" : JSON.stringify(parsed, null, 2) ?? delivery.rawBody;
}

async function act(action) {
  if (!selectedKey) return;
  await fetch("/api/" + action + "?key=" + encodeURIComponent(selectedKey), { method: "POST", headers: { "x-lucca-inbox": "1" } });
  await Promise.all([loadRows(), showDetail(selectedKey)]);
}
$("retry").onclick = () => act("retry");
$("discard").onclick = () => act("discard");
$("refresh").onclick = () => loadRows();
$("topic").onchange = () => loadRows();

const live = new EventSource("/api/live");
let last = "";
live.onmessage = (message) => {
  $("live").textContent = "live · " + new Date().toLocaleTimeString();
  renderCounts(JSON.parse(message.data));
  if (message.data !== last) { last = message.data; loadRows(); }
};
live.onerror = () => { $("live").textContent = "reconnecting…"; };
</script>
</body>
</html>
`;
