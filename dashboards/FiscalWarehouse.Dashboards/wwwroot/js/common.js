// Shared helpers of the dashboards. Document text (unit names, labels, messages) is untrusted: it only ever reaches
// the page through textContent / createTextNode, never through innerHTML.
"use strict";

const FW = (() => {
  const LABELS = {
    unit_id: "单位编号", unit_name: "单位", unit_name_printed: "印刷名称", region_code: "区划代码", region_name: "地区",
    full_name: "地区", name: "名称", level: "级别", parent_code: "上级代码", units: "单位数", year: "年度", kind: "类型",
    phase: "阶段", scope: "口径", subject_level: "科目级次", function_code: "功能分类编码", function_name: "功能分类",
    initial_budget_yuan: "年初预算（元）", adjusted_budget_yuan: "调整预算（元）", final_yuan: "决算（元）",
    rate_vs_initial: "执行率（对年初）%", rate_vs_adjusted: "执行率（对调整）%", published_rate: "公布执行率 %",
    rate_difference: "差异（百分点）", rate_tolerance: "允许误差", pefa_band_vs_initial: "PEFA 档（年初）",
    pefa_band_vs_adjusted: "PEFA 档（调整）", budget_source: "预算来源", final_source: "决算来源",
    reports: "报告数", facts: "数字数", findings: "问题数", error_findings: "错误数", units_reporting: "报送单位",
    units_expected: "应报单位", coverage_pct: "覆盖率 %", band: "档次", units_vs_initial: "单位数（对年初）",
    units_vs_adjusted: "单位数（对调整）", rule_id: "规则", severity: "严重程度", message: "说明", table_id: "表",
    row_label: "行", expected: "应为", printed: "印刷值", difference: "差额", file_name: "文件", source_line: "行号",
    report_version_id: "报告版本", fact_id: "数字编号", table_title: "表名", column_path: "栏目", measure: "指标",
    measure_name: "指标", printed_text: "印刷文字", printed_unit: "印刷单位", amount_yuan: "金额（元）", figure: "项目",
    family: "类别", row_code: "编码", version: "版本", is_current: "当前版本", loaded_at: "加载时间",
    table_count: "表数", fact_count: "数字数", finding_count: "问题数", path: "文件", outcome: "结果", error: "原因",
    line: "行号", attempt: "尝试次数", moved_to: "移至", recorded_at: "记录时间", run_id: "批次", trigger: "触发",
    host: "主机", started_at: "开始", ended_at: "结束", files_claimed: "文件数", files_waiting: "等待",
    loaded: "新加载", unchanged: "未变", replaced: "替换", rejected: "拒绝", failed: "失败", years: "年度",
    parent_department: "主管部门", example_message: "示例", rate_min: "最低 %", rate_p25: "下四分位 %",
    rate_median: "中位数 %", rate_p75: "上四分位 %", rate_max: "最高 %", units_with_rate: "有执行率的单位",
    last_loaded_at: "最近加载", current_reports: "当前报告", superseded_reports: "历史版本",
    reports_in_last_hour: "最近一小时加载", parse_ms: "解析毫秒", load_ms: "加载毫秒", stored_lines: "已存源文行数",
    content_hash: "内容哈希", published_rate_text: "公布执行率原文", published_rate_line: "公布执行率行号",
    final_report_version_id: "决算报告版本", budget_report_version_id: "预算报告版本", table_unit: "表的金额单位",
    budget_yuan: "预算（元）", actual_yuan: "决算（元）", actual_to_budget_pct: "决算/预算 %", yoy_change_pct: "同比变化 %",
    overseas_travel_budget_yuan: "出国（境）预算（元）", overseas_travel_actual_yuan: "出国（境）决算（元）",
    official_reception_budget_yuan: "接待预算（元）", official_reception_actual_yuan: "接待决算（元）",
    vehicle_purchase_budget_yuan: "用车购置预算（元）", vehicle_purchase_actual_yuan: "用车购置决算（元）",
    vehicle_operation_budget_yuan: "用车运行预算（元）", vehicle_operation_actual_yuan: "用车运行决算（元）",
    basic_yuan: "基本支出（元）", project_yuan: "项目支出（元）", basic_share_pct: "基本支出占比 %", project_share_pct: "项目支出占比 %",
    personnel_yuan: "人员经费（元）", operating_yuan: "公用经费（元）", project: "项目", executed_yuan: "执行数（元）",
    execution_rate: "执行率 %", score: "得分", anomaly: "异常类型", reason: "原因", value: "数值", topic: "主题",
    flag: "异常类型", actual_to_budget_rate: "决算/预算 %", yoy_change_rate: "同比变化 %", table_state: "表状态",
    reception_budget_yuan: "接待预算（元）", reception_actual_yuan: "接待决算（元）", vehicle_budget_yuan: "用车合计预算（元）",
    vehicle_actual_yuan: "用车合计决算（元）", prior_year_actual_yuan: "上年决算（元）", prior_year_source: "上年来源",
    recomputed_rate: "重算执行率 %", printed_rate: "印刷执行率 %", balance_yuan: "结余（元）", execution_score: "执行得分",
    execution_weight: "执行分值", total_score: "总得分", total_weight: "总分值", source: "来源", dimension: "维度",
    category: "类别", category_name: "类别名称", base_yuan: "基数（元）", share_pct: "占比 %", report_count: "报告数", subject: "对象", observed_value: "实际值", expected_value: "应为", threshold: "阈值",
  };
  // Codes the warehouse stores in English, shown in Chinese (the CSV keeps the codes).
  const VALUES = {
    subject_level: { total: "合计" },
    scope: { total: "整体", fiscal_appropriation: "财政拨款", general_budget: "一般公共预算", gov_fund_budget: "政府性基金预算", soe_capital_budget: "国有资本经营预算" },
    subject: { total: "整体", fiscal_appropriation: "财政拨款", general_budget: "一般公共预算", gov_fund_budget: "政府性基金预算", soe_capital_budget: "国有资本经营预算",
               three_public_total: "三公合计", overseas_travel: "因公出国（境）", official_reception: "公务接待", vehicle_purchase: "公务用车购置", vehicle_operation: "公务用车运行维护" },
    measure: { initial_budget: "年初预算", adjusted_budget: "调整预算", final_account: "决算", execution_rate: "执行率", score: "得分", weight: "分值", prior_year: "上年数", change: "增减", change_rate: "增减率" },
    family: { income: "收入", expenditure: "支出", basic_economic: "基本支出经济分类", three_public: "三公经费", performance: "绩效", narrative: "正文", other: "其他表" },
    budget_source: { final_report_table: "决算报告表格", final_report_narrative: "决算报告正文", budget_report_table: "预算报告表格", budget_report_narrative: "预算报告正文" },
    final_source: { final_report_table: "决算报告表格", final_report_narrative: "决算报告正文" },
    flag: { execution_rate_pefa: "执行率偏离预算", three_public_over_budget: "三公超预算", three_public_yoy_jump: "三公同比大增",
            published_rate_mismatch: "公布执行率不符", project_rate_mismatch: "项目执行率不符", report_error_findings: "报告有错误" },
    severity: { high: "高", medium: "中", low: "低" },
    outcome: { loaded: "已加载", unchanged: "未变", replaced: "已替换", rejected: "拒绝（文件有误）", failed: "失败（重试用尽）" },
  };
  const MONEY = /_yuan$/;
  const PERCENT = /^(rate_|published_rate$|execution_rate$|recomputed_rate$|printed_rate$)|_pct$|_to_budget_rate$|_change_rate$/;

  function label(column) { return LABELS[column] || column; }

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

  // body[data-state] says when a page has drawn everything for the current URL (tests and print wait for "ready").
  function onFilters(render) {
    let generation = 0;
    const run = async () => {
      const mine = ++generation;
      document.body.dataset.state = "loading";
      try { await render(); } finally { if (mine === generation) document.body.dataset.state = "ready"; }
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
    const response = await fetch(apiUrl(route, query), { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({ error: "无法读取服务器应答" }));
    if (!response.ok) {
      const error = new Error(body.error || ("HTTP " + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function csvUrl(route, query) { return apiUrl(route, Object.assign({}, query, { format: "csv" })); }

  function number(value, digits) {
    if (value === null || value === undefined || value === "") return "";
    const n = Number(value);
    if (!Number.isFinite(n)) return String(value);
    return n.toLocaleString("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  function money(yuan) { return number(yuan, 2); }
  function wan(yuan) { return yuan === null || yuan === undefined ? "" : number(Number(yuan) / 10000, 2) + " 万元"; }
  function pct(value) { return value === null || value === undefined ? "" : number(value, 2) + "%"; }

  function formatCell(column, value) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.join("、");
    if (typeof value === "boolean") return value ? "是" : "否";
    if (VALUES[column] && typeof value === "string" && VALUES[column][value]) return VALUES[column][value];
    if (typeof value === "number" && MONEY.test(column)) return money(value);
    if (typeof value === "number" && PERCENT.test(column)) return number(value, 2);
    return String(value);
  }

  // A card with a title, download links (CSV of the table, JSON of the data) and a body.
  function card(title, route, query, options) {
    const links = el("span", { class: "links" });
    if (route) {
      links.append(el("a", { href: csvUrl(route, query), download: "", "data-kind": "csv", text: "下载 CSV" }));
      links.append(el("a", { href: apiUrl(route, query), "data-kind": "json", target: "_blank", rel: "noopener", text: "数据 JSON" }));
    }
    const body = el("div", { class: "card-body" });
    const node = el("section", { class: "card" + (options && options.wide ? " wide" : "") },
      el("div", { class: "card-head" }, el("h2", { text: title }), links), body);
    return { node, body };
  }

  // 503 = this warehouse lacks the data (no warehouse yet, marts or ledger missing): a notice, not a failure.
  function showError(container, error) {
    const unavailable = error && error.status === 503;
    container.replaceChildren(el("div", { class: unavailable ? "notice" : "error", role: unavailable ? "status" : "alert", text: error.message || String(error) }));
  }

  // A sortable table of an API answer. `links` maps a column to row => href; `hidden` lists columns not shown.
  function table(container, data, options) {
    const opts = options || {};
    const hidden = new Set(opts.hidden || []);
    const columns = (opts.columns || data.columns).filter(c => data.columns.includes(c) && !hidden.has(c));
    const limit = opts.limit || 500;
    let rows = data.rows.slice();
    let sortColumn = null;
    let ascending = true;
    const tbody = el("tbody");
    const headers = columns.map(column => el("th", { scope: "col", title: column, onclick: () => sortBy(column) }, label(column)));
    function cellFor(row, column) {
      const value = row[column];
      const text = opts.format && opts.format[column] ? opts.format[column](value, row) : formatCell(column, value);
      const numeric = typeof value === "number";
      const td = el("td", { class: numeric ? "num" : typeof text === "string" && text.length > 24 ? "long" : null });
      const href = opts.links && opts.links[column] ? opts.links[column](row) : null;
      if (text instanceof Node) td.append(text);
      else if (href && text !== "") td.append(el("a", { href, text }));
      else td.textContent = text;
      return td;
    }
    function draw() {
      tbody.replaceChildren(...rows.slice(0, limit).map(row => el("tr", null, columns.map(c => cellFor(row, c)))));
    }
    function sortBy(column) {
      ascending = sortColumn === column ? !ascending : true;
      sortColumn = column;
      rows.sort((a, b) => compare(a[column], b[column]) * (ascending ? 1 : -1));
      headers.forEach((th, i) => th.setAttribute("aria-sort", columns[i] === column ? (ascending ? "ascending" : "descending") : "none"));
      draw();
    }
    draw();
    const parts = [el("div", { class: "table-wrap" }, el("table", null, el("thead", null, el("tr", null, headers)), tbody))];
    if (data.rows.length === 0) parts.push(el("p", { class: "note", text: opts.empty || "没有数据。" }));
    if (data.rows.length > limit) parts.push(el("p", { class: "note", text: "显示前 " + limit + " 行，共 " + data.rows.length + " 行；完整数据请下载 CSV。" }));
    if (data.truncated) parts.push(el("p", { class: "note", text: "结果已截断，请缩小筛选范围。" }));
    container.replaceChildren(...parts);
  }

  function compare(a, b) {
    if (a === b) return 0;
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), "zh-CN");
  }

  // ECharts from the app itself (lib/echarts.min.js); pages still work, without charts, if it is missing.
  const charts = [];
  const FONT = getComputedStyle(document.body).fontFamily || "sans-serif";
  function chart(container, option) {
    if (typeof echarts === "undefined") {
      container.replaceChildren(el("p", { class: "note", text: "图表库未加载（node_modules/echarts 缺失）；数据见表格与 JSON。" }));
      return null;
    }
    const div = el("div", { class: "chart" });
    container.replaceChildren(div);
    const instance = echarts.init(div, null, { renderer: "svg" });
    // An explicit font (not "inherit"): ECharts measures legend and label widths with it.
    const merged = Object.assign({ animation: false, textStyle: { fontFamily: FONT } }, option);
    if (merged.legend) merged.legend = Object.assign({ top: 0, type: "scroll" }, merged.legend);
    if (merged.grid) merged.grid = Object.assign({ top: merged.legend ? 56 : 32 }, merged.grid);
    instance.setOption(merged);
    charts.push(instance);
    return instance;
  }
  window.addEventListener("resize", () => charts.forEach(c => { if (!c.isDisposed()) c.resize(); }));
  window.addEventListener("beforeprint", () => charts.forEach(c => { if (!c.isDisposed()) c.resize(); }));

  function bandBadge(band) {
    return band ? el("span", { class: "band band-" + band, text: band }) : "";
  }

  function provenanceHref(report, line) {
    return "provenance.html?report=" + encodeURIComponent(report) + "&line=" + encodeURIComponent(line);
  }

  return { el, label, params, setParams, onFilters, api, apiUrl, csvUrl, card, table, chart, showError, money, wan, pct, number, formatCell, bandBadge, provenanceHref };
})();
