// Shared helpers of the dashboards. Document text (unit names, labels, messages) is untrusted: it only ever reaches
// the page through textContent / createTextNode, never through innerHTML.
"use strict";

const FW = (() => {
  // Column names and code values in Chinese, from labels.json: the same file names the CSV headers (server side).
  let LABELS = {};
  let VALUES = {};
  const labelsReady = (window.FW_LABELS || fetch("labels.json").then(r => r.json())).then(d => { LABELS = d.columns || {}; VALUES = d.values || {}; }).catch(() => {});
  const MONEY = /_yuan$/;
  const PERCENT = /^(rate_|published_rate$|execution_rate$|recomputed_rate$|printed_rate$|observed_pct$)|_pct$|_to_budget_rate$|_change_rate$/;

  function label(column) { return LABELS[column] || column; }
  function valueName(column, value) { return VALUES[column] && VALUES[column][value] !== undefined ? VALUES[column][value] : value; }
  function yearLabel(year) { return year === null || year === undefined ? "年度不详" : String(year); }
  function regionLabel(row) { return row.region_name || row.region_code || "地区不详"; }

  // Builds an element; children are nodes or strings (strings become text nodes, never markup).
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "text") node.textContent = value;
      else if (key === "class") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function params() { return new URLSearchParams(location.search); }

  // The containers js/shell.js builds on every page: the filter bar and the page's content.
  function slots() { return { filters: document.getElementById("filters"), content: document.getElementById("content") }; }

  // Filters live in the URL: a link reproduces the view.
  function setParams(changes) {
    const next = params();
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === undefined || value === "") next.delete(key); else next.set(key, value);
    }
    const query = next.toString();
    history.pushState(null, "", location.pathname + (query ? "?" + query : ""));
    window.dispatchEvent(new Event("fw:filters"));
  }

  // Work a page started but does not await itself (its filter bar, charts waiting for ECharts): the page is not
  // "ready" until it has settled.
  const pending = [];
  function track(promise) { pending.push(promise); return promise; }

  // body[data-state] says when a page has drawn everything for the current URL (tests and print wait for "ready").
  function onFilters(render) {
    let generation = 0;
    const run = async () => {
      const mine = ++generation;
      document.body.dataset.state = "loading";
      try { await labelsReady; await render(); while (pending.length) await Promise.all(pending.splice(0)); } finally { if (mine === generation) document.body.dataset.state = "ready"; }
    };
    window.addEventListener("fw:filters", run);
    window.addEventListener("popstate", run);
    run();
  }

  function apiUrl(route, query) {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query || {})) {
      if (value !== null && value !== undefined && value !== "") search.set(key, value);
    }
    const text = search.toString();
    return route + (text ? "?" + text : "");
  }

  async function api(route, query) {
    const answer = fetch(apiUrl(route, query), { headers: { Accept: "application/json" } });
    startCharts();
    const response = await answer;
    const body = await response.json().catch(() => ({ error: "无法读取服务器应答（HTTP " + response.status + "）" }));
    if (!response.ok) {
      const error = new Error(body.error || ("服务器错误（HTTP " + response.status + "）"));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function csvUrl(route, query) { return apiUrl(route, Object.assign({}, query, { format: "csv" })); }

  // A number as Intl.NumberFormat("zh-CN") with `digits` fraction digits writes it: grouped by three with ",", rounded
  // half away from zero on the shortest decimal that reads back as the number (ICU rounds that decimal; String(n) is
  // it), "-" on negatives and on -0. Written by hand because a renderer's first Intl formatter costs 13–50 ms of ICU
  // set-up, paid by every cold page on its main thread (a format itself is ~1 µs either way); what String writes with
  // an exponent, and any other digits, goes to Intl (NumberFormatTests compares the two on 800,000 value and digit pairs).
  function number(value, digits) {
    if (value === null || value === undefined || value === "") return "";
    const n = Number(value);
    if (!Number.isFinite(n)) return String(value);
    const text = String(Math.abs(n));
    if (text.includes("e") || !Number.isInteger(digits) || digits < 0 || digits > 20) return intlNumber(n, digits);
    const dot = text.indexOf(".");
    let whole = dot < 0 ? text : text.slice(0, dot);
    let fraction = dot < 0 ? "" : text.slice(dot + 1);
    if (fraction.length > digits) {
      const roundsUp = fraction.charCodeAt(digits) >= 53; // "5" or more at the first dropped digit
      fraction = fraction.slice(0, digits);
      if (roundsUp) {
        const carried = plusOne(whole + fraction);
        whole = carried.slice(0, carried.length - digits);
        fraction = carried.slice(carried.length - digits);
      }
    } else {
      fraction = fraction.padEnd(digits, "0");
    }
    return (n < 0 || Object.is(n, -0) ? "-" : "") + grouped(whole) + (digits > 0 ? "." + fraction : "");
  }

  // A string of decimal digits plus one in its last place ("0999" → "1000", "99" → "100").
  function plusOne(digitText) {
    const chars = digitText.split("");
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === "9") chars[i--] = "0";
    if (i < 0) chars.unshift("1"); else chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
    return chars.join("");
  }

  function grouped(whole) {
    let out = "";
    for (let end = whole.length; end > 0; end -= 3) out = whole.slice(Math.max(0, end - 3), end) + (out ? "," + out : "");
    return out;
  }

  const intlFormats = new Map();
  function intlNumber(n, digits) {
    let format = intlFormats.get(digits);
    if (!format) intlFormats.set(digits, format = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits }));
    return format.format(n);
  }

  function money(yuan) { return number(yuan, 2); }
  // In a table the header says 万元 (see table's `wan` option); charts and text add the unit themselves.
  function wan(yuan) { return yuan === null || yuan === undefined ? "" : number(Number(yuan) / 10000, 2); }
  function toWan(yuan) { return yuan === null || yuan === undefined ? null : Math.round(Number(yuan) / 100) / 100; }
  function pct(value) { return value === null || value === undefined ? "" : number(value, 2) + "%"; }

  function formatCell(column, value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.join("、");
    if (typeof value === "boolean") return value ? "是" : "否";
    if (VALUES[column] && typeof value === "string" && VALUES[column][value]) return VALUES[column][value];
    if (typeof value === "number" && MONEY.test(column)) return money(value);
    if (typeof value === "number" && PERCENT.test(column)) return number(value, 2);
    if (typeof value === "number" && column !== "year" && !/(_id|_line|^line|_no)$/.test(column)) return Number.isInteger(value) ? number(value, 0) : number(value, 2);
    return String(value);
  }

  // A card with a title, download links (CSV of the table, JSON of the data), the query behind it and a body.
  function card(title, route, query, options) {
    const links = el("span", { class: "links" });
    const inspector = el("div", { class: "inspector", hidden: "hidden" });
    if (route) {
      links.append(el("a", { href: csvUrl(route, query), download: "", "data-kind": "csv", text: "下载 CSV" }));
      links.append(el("a", { href: apiUrl(route, query), "data-kind": "json", target: "_blank", rel: "noopener", text: "数据 JSON" }));
      links.append(el("button", { type: "button", class: "link", "data-kind": "query", "aria-expanded": "false",
        onclick: e => toggleQuery(e.currentTarget, inspector, route, query), text: "查询" }));
    }
    const body = el("div", { class: "card-body" });
    const node = el("section", { class: "card" + (options && options.wide ? " wide" : "") },
      el("div", { class: "card-head" }, el("h2", { text: title }), links), inspector, body);
    return { node, body };
  }

  // The query inspector (read-only): the SQL file behind a card, its parameters, and the same query with the
  // parameters written in, to rerun with `fw sql`.
  async function toggleQuery(button, box, route, query) {
    const open = box.hidden;
    box.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (!open || box.childElementCount > 0) return;
    try {
      const response = await fetch(apiUrl("/api/query-text", { route }));
      const d = await response.json();
      if (!response.ok) throw new Error(d.error || "无法读取查询");
      const values = Object.assign({}, query || {});
      const bound = Object.entries(values).filter(([k]) => k !== "format");
      const sql = d.sql.replace(/\$([a-z]+)\b/g, (_, name) => literal(name, values[name]));
      box.replaceChildren(
        el("p", null, "SQL 文件：", el("code", { text: d.sql_file })),
        el("p", null, "参数：", bound.length ? bound.map(([k, v]) => k + " = " + v).join("，") : "（无，未筛选）"),
        el("p", { class: "note", text: "在仓库目录下用 fw sql 重跑（参数已代入）：" }),
        el("pre", { class: "sql", text: "./fw sql --format csv \"" + sql.replace(/"/g, "\\\"") + "\"" }));
    } catch (e) {
      box.replaceChildren(el("div", { class: "error", role: "alert", text: e.message || String(e) }));
    }
  }

  // A request value as a SQL literal, as the server binds it (region: the code prefix covering the region).
  function literal(name, value) {
    if (value === undefined || value === null || value === "") return "null";
    if (name === "region") { let p = String(value); while (p.length > 2 && p.endsWith("00")) p = p.slice(0, -2); value = p; }
    if (/^(year|unit|report|line)$/.test(name) && /^\d+$/.test(String(value))) return String(value);
    return "'" + String(value).replace(/'/g, "''") + "'";
  }

  // 503 = this warehouse lacks the data (no warehouse yet, marts or ledger missing): a notice, not a failure.
  function showError(container, error) {
    const unavailable = error && error.status === 503;
    container.replaceChildren(el("div", { class: unavailable ? "notice" : "error", role: unavailable ? "status" : "alert", text: error.message || String(error) }));
  }

  // A sortable, paginated table of an API answer. `links` maps a column to row => href; `hidden` lists columns not
  // shown; `wan` lists amount columns shown in 万元 (the header says so); `pageSize` rows per page (default 50).
  function table(container, data, options) {
    const opts = options || {};
    const hidden = new Set(opts.hidden || []);
    const inWan = new Set(opts.wan || []);
    const columns = (opts.columns || data.columns).filter(c => data.columns.includes(c) && !hidden.has(c));
    const pageSize = opts.pageSize || 50;
    let rows = data.rows.slice();
    let page = 0;
    let sortColumn = null;
    let ascending = true;
    const tbody = el("tbody");
    const headerText = column => inWan.has(column) ? label(column).replace("（元）", "（万元）") : label(column);
    const headers = columns.map(column => el("th", { scope: "col", title: column, onclick: () => sortBy(column) }, headerText(column)));
    const pager = el("div", { class: "pager" });
    function cellFor(row, column) {
      const value = row[column];
      const text = opts.format && opts.format[column] ? opts.format[column](value, row) : inWan.has(column) ? wan(value) : formatCell(column, value);
      const numeric = typeof value === "number";
      const td = el("td", { class: numeric ? "num" : typeof text === "string" && text.length > 24 ? "long" : null });
      const href = opts.links && opts.links[column] ? opts.links[column](row) : null;
      if (text instanceof Node) td.append(text);
      else if (href && text !== "") td.append(el("a", { href, text }));
      else td.textContent = text;
      return td;
    }
    function draw() {
      const pages = Math.max(1, Math.ceil(rows.length / pageSize));
      page = Math.min(page, pages - 1);
      tbody.replaceChildren(...rows.slice(page * pageSize, (page + 1) * pageSize).map(row => el("tr", null, columns.map(c => cellFor(row, c)))));
      if (pages <= 1) { pager.replaceChildren(); return; }
      pager.replaceChildren(
        el("button", { type: "button", "data-page": "prev", disabled: page === 0 ? "disabled" : null, onclick: () => { page--; draw(); }, text: "上一页" }),
        el("span", { class: "note", text: "第 " + number(page + 1, 0) + " / " + number(pages, 0) + " 页，共 " + number(rows.length, 0) + " 行" }),
        el("button", { type: "button", "data-page": "next", disabled: page >= pages - 1 ? "disabled" : null, onclick: () => { page++; draw(); }, text: "下一页" }));
    }
    function sortBy(column) {
      ascending = sortColumn === column ? !ascending : true;
      sortColumn = column;
      rows.sort((a, b) => compare(a[column], b[column]) * (ascending ? 1 : -1));
      headers.forEach((th, i) => th.setAttribute("aria-sort", columns[i] === column ? (ascending ? "ascending" : "descending") : "none"));
      page = 0;
      draw();
    }
    draw();
    const parts = [el("div", { class: "table-wrap" }, el("table", null, el("thead", null, el("tr", null, headers)), tbody)), pager];
    if (data.rows.length === 0) parts.push(el("p", { class: "note", text: opts.empty || "没有数据。" }));
    if (data.truncated && opts.more) {
      parts.push(el("p", { class: "note", "data-more": "" }, "只显示前 " + number(data.rows.length, 0) + " 行。",
        el("button", { type: "button", class: "link", onclick: e => { e.currentTarget.disabled = true; opts.more(); }, text: "显示更多" }),
        "，或缩小筛选范围、下载 CSV 查看全部。"));
    } else if (data.truncated) {
      parts.push(el("p", { class: "note", text: "结果已截断（只显示前 " + number(data.rows.length, 0) + " 行），请缩小筛选范围或下载 CSV。" }));
    }
    container.replaceChildren(...parts);
  }

  // A detail table: its first rows at once (on 10,000 reports the whole answer is megabytes, and a page shows 25–50
  // rows at a time), the rest when the reader asks ("显示更多", up to the server's cap). Resolves with the first answer.
  const FIRST_ROWS = 500;
  function detail(container, route, query, options) {
    const show = (data, more) => { table(container, data, Object.assign({}, options, { more })); return data; };
    const all = () => api(route, query).then(data => { show(data, null); if (options && options.onMore) options.onMore(data); })
      .catch(e => showError(container, e));
    return api(route, Object.assign({ rows: FIRST_ROWS }, query)).then(data => show(data, data.truncated ? all : null));
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), "zh-CN");
  }

  // ECharts from the app itself (lib/echarts.min.js), loaded on the side by shell.js; pages still work, without
  // charts, if it is missing. A chart asked for before the library is there is drawn when it arrives: the caller gets
  // a stand-in whose .on() handlers are passed on, and the page is not "ready" until every such chart is drawn.
  const charts = [];
  const chartsLoaded = window.FW_CHARTS || Promise.resolve(typeof echarts !== "undefined");
  const FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
  // After the requests of the task that asked for data (see shell.js), so they leave before the library runs.
  function startCharts() { if (window.FW_START_CHARTS) setTimeout(window.FW_START_CHARTS, 0); }
  function chart(container, option) {
    if (typeof echarts !== "undefined") return drawChart(container, option);
    startCharts();
    const handlers = [];
    const standIn = { on: (name, handler) => { handlers.push([name, handler]); return standIn; } };
    container.replaceChildren(el("div", { class: "chart", style: option.height ? "height:" + option.height + "px" : null }));
    track(chartsLoaded.then(loaded => {
      if (!loaded || typeof echarts === "undefined") {
        container.replaceChildren(el("p", { class: "note", text: "图表库未加载（node_modules/echarts 缺失）；数据见表格与 JSON。" }));
        return;
      }
      const instance = drawChart(container, option);
      for (const [name, handler] of handlers) instance.on(name, handler);
    }));
    return standIn;
  }
  function drawChart(container, option) {
    const div = el("div", { class: "chart", style: option.height ? "height:" + option.height + "px" : null });
    container.replaceChildren(div);
    const instance = echarts.init(div, null, { renderer: "svg" });
    // An explicit font (not "inherit"): ECharts measures legend and label widths with it.
    const merged = Object.assign({ animation: false, textStyle: { fontFamily: FONT } }, option);
    delete merged.height;
    delete merged.unit;
    // Tooltips: thousands separators, 2 decimals, and the unit the chart states (万元, %, 个).
    if (merged.tooltip && !merged.tooltip.formatter && !merged.tooltip.valueFormatter) {
      const unit = option.unit || "";
      merged.tooltip = Object.assign({ valueFormatter: v => v === null || v === undefined || v === "-" ? "无" : number(v, 2) + unit }, merged.tooltip);
    }
    for (const axis of [].concat(merged.xAxis || [], merged.yAxis || [])) {
      if (axis.type === "value") axis.axisLabel = Object.assign({ formatter: v => number(v, 0) }, axis.axisLabel);
    }
    // A legend wraps onto as many lines as it needs (a scrolling legend hides names behind its pager on a phone);
    // the grid starts below it, leaving room for the value axis name.
    let legendHeight = 0;
    if (merged.legend) {
      const names = (Array.isArray(merged.series) ? merged.series : []).map(s => s.name || "");
      const width = container.clientWidth || 360;
      const perLine = Math.max(1, width - 16);
      let lines = 1;
      let used = 0;
      for (const name of names) {
        const w = 12 * name.length + 40;
        if (used + w > perLine && used > 0) { lines++; used = 0; }
        used += w;
      }
      legendHeight = lines * 24;
      merged.legend = Object.assign({ top: 0, left: "center" }, merged.legend, { type: "plain" });
    }
    if (merged.grid) merged.grid = Object.assign({}, merged.grid, { top: (merged.grid.top || 32) + legendHeight });
    instance.setOption(merged);
    charts.push(instance);
    return instance;
  }
  window.addEventListener("resize", () => charts.forEach(c => { if (!c.isDisposed()) c.resize(); }));
  window.addEventListener("beforeprint", () => charts.forEach(c => { if (!c.isDisposed()) c.resize(); }));

  function bandBadge(band) {
    return band ? el("span", { class: "band band-" + band, text: band }) : "";
  }

  // A finding's Chinese sentence (message_zh), its English original (message) as the tooltip; with the severity badge.
  const findingFormat = {
    message_zh: (v, row) => el("span", { title: row.message || null, text: v || "" }),
    reason_zh: (v, row) => el("span", { title: row.reason || row.error || null, text: v || "" }),
    severity: v => el("span", { class: "sev-" + v, text: valueName("severity", v) }),
  };
  const findingHidden = ["report_version_id", "message", "reason", "error"];

  function provenanceHref(report, line) {
    return "provenance.html?report=" + encodeURIComponent(report) + "&line=" + encodeURIComponent(line);
  }

  // Breadcrumbs: links back up a path of [text, href] pairs; the last one is where the page is.
  function breadcrumbs(items) {
    const nav = el("nav", { class: "breadcrumbs", "aria-label": "位置" });
    items.forEach(([text, href], i) => {
      if (i > 0) nav.append(el("span", { class: "sep", "aria-hidden": "true", text: "›" }));
      nav.append(href && i < items.length - 1 ? el("a", { href, text }) : el("span", { "aria-current": i === items.length - 1 ? "page" : null, text }));
    });
    return nav;
  }

  // Height for a horizontal category chart, so every name gets its own row (no rotated, overlapping labels).
  function rowsHeight(count, min) { return Math.max(min || 200, 48 + count * 28); }

  return { slots, track, detail, findingFormat, findingHidden, breadcrumbs, rowsHeight, toWan, valueName, yearLabel, regionLabel, labelsReady, el, label, params, setParams, onFilters, api, apiUrl, csvUrl, card, table, chart, showError, money, wan, pct, number, formatCell, bandBadge, provenanceHref };
})();
