// 单位: one unit across years. Every printed number links to its provenance (report, table, row, source line).
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();
  const title = document.getElementById("title");
  const FAMILIES = [["", "全部"], ["expenditure", "支出"], ["income", "收入"], ["basic_economic", "基本支出经济分类"], ["three_public", "三公经费"], ["performance", "绩效"], ["narrative", "正文"], ["other", "其他表"]];

  async function render() {
    const unit = FW.params().get("unit");
    if (unit) await renderUnit(unit); else await renderSearch();
  }

  async function renderSearch() {
    title.textContent = "单位";
    const searchBox = el("input", { type: "search", name: "q", value: FW.params().get("q") || "", placeholder: "单位名称", "data-filter": "q" });
    const form = el("form", { onsubmit: e => { e.preventDefault(); FW.setParams({ q: searchBox.value.trim() }); } },
      el("label", null, "搜索单位", searchBox));
    FWFilters.build(filters, ["region", "kind"], [async () => form]);
    const q = FWFilters.current(["q", "region", "kind"]);
    const list = FW.card("单位列表", "/api/units", q);
    content.replaceChildren(list.node);
    await FW.api("/api/units", q).then(d => FW.table(list.body, d, {
      columns: ["unit_name", "region_name", "parent_department", "years", "reports"],
      format: { region_name: (v, r) => FW.regionLabel(r), years: v => v && v.length ? v.join("、") : "年度不详" },
      links: { unit_name: r => "unit.html?unit=" + r.unit_id }, empty: "没有符合条件的单位。",
    })).catch(e => FW.showError(list.body, e));
  }

  async function renderUnit(unit) {
    const u = { unit };
    // The region list for the breadcrumbs is asked for now, beside the unit's data, not after its reports arrive.
    const regions = FWFilters.regions();
    filters.replaceChildren(FW.breadcrumbs([["全部单位", "unit.html"], ["单位", null]]));
    const reports = FW.card("报告", "/api/unit/reports", u);
    const headline = FW.card("主要数字（点击数字查看来源）", "/api/unit/headline", u);
    const rate = FW.card("预算执行率", "/api/unit/execution-rate", u);
    const three = FW.card("三公经费", "/api/unit/three-public", u);
    const structure = FW.card("支出结构", "/api/unit/structure", u);
    const projects = FW.card("项目执行与绩效", "/api/unit/projects", u);
    const findings = FW.card("数据质量问题", "/api/unit/findings", u);
    const factQuery = Object.assign({}, u, FWFilters.current(["year", "family"]));
    const facts = FW.card("报表中的全部数字", "/api/unit/facts", factQuery);
    content.replaceChildren(headline.node, reports.node, rate.node, el("div", { class: "grid" }, three.node, structure.node), projects.node, findings.node, facts.node);
    const provenance = { printed_text: r => FW.provenanceHref(r.report_version_id, r.source_line), amount_yuan: r => FW.provenanceHref(r.report_version_id, r.source_line),
                         source_line: r => FW.provenanceHref(r.report_version_id, r.source_line) };

    await Promise.all([
      FW.api("/api/unit/reports", u).then(async d => {
        const first = d.rows.find(r => r.is_current) || d.rows[0];
        title.textContent = first ? "单位：" + first.unit_name_printed : "单位 " + unit;
        document.title = title.textContent + " · 财政预决算数据仓库";
        unitCrumbs(first, await regions);
        FW.table(reports.body, d, { hidden: ["report_version_id", "region_code"], links: { file_name: r => FW.provenanceHref(r.report_version_id, 1) }, empty: "没有这个单位的报告。" });
      }).catch(e => FW.showError(reports.body, e)),
      FW.api("/api/unit/headline", u).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        headline.body.replaceChildren(chartBox, tableBox);
        const years = [...new Set(d.rows.map(r => r.year))].sort();
        const pick = (phase, measure) => years.map(y => { const r = d.rows.find(x => x.year === y && x.phase === phase && x.figure === "支出合计" && x.measure === measure); return r ? Math.round(r.amount_yuan / 100) / 100 : null; });
        // A series with no bar (say, no budget report loaded) is left out, so the legend only lists what is drawn.
        const series = [{ name: "预算（预算报告）", type: "bar", data: pick("预算", "initial_budget") },
                        { name: "年初预算（决算报告）", type: "bar", data: pick("决算", "initial_budget") },
                        { name: "决算", type: "bar", data: pick("决算", "final_account") }].filter(s => s.data.some(v => v !== null));
        FW.chart(chartBox, { unit: " 万元", tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 64, right: 16, bottom: 32 },
          xAxis: { type: "category", data: years.map(FW.yearLabel) }, yAxis: { type: "value", name: "万元" }, series });
        FW.table(tableBox, d, { columns: ["year", "phase", "kind", "figure", "measure_name", "amount_yuan", "printed_text", "printed_unit", "table_title", "row_label", "column_path", "source_line"],
          links: provenance, empty: "这个单位的报告没有可识别的合计数。" });
      }).catch(e => FW.showError(headline.body, e)),
      FW.api("/api/unit/execution-rate", u).then(d => FW.table(rate.body, d, {
        columns: ["year", "kind", "scope", "subject_level", "function_name", "initial_budget_yuan", "adjusted_budget_yuan", "final_yuan", "rate_vs_initial", "pefa_band_vs_initial", "rate_vs_adjusted", "published_rate", "rate_difference", "budget_source", "published_rate_line"],
        format: { pefa_band_vs_initial: FW.bandBadge },
        links: { final_yuan: r => r.final_report_version_id ? FW.provenanceHref(r.final_report_version_id, r.published_rate_line || 1) : null,
                 published_rate: r => r.final_report_version_id && r.published_rate_line ? FW.provenanceHref(r.final_report_version_id, r.published_rate_line) : null,
                 published_rate_line: r => r.final_report_version_id && r.published_rate_line ? FW.provenanceHref(r.final_report_version_id, r.published_rate_line) : null },
      })).catch(e => FW.showError(rate.body, e)),
      FW.api("/api/unit/three-public", u).then(d => FW.table(three.body, d, { hidden: ["unit_id", "unit_name", "region_code"] })).catch(e => FW.showError(three.body, e)),
      FW.api("/api/unit/structure", u).then(d => structureChart(structure.body, d)).catch(e => FW.showError(structure.body, e)),
      FW.api("/api/unit/projects", u).then(d => FW.table(projects.body, d, { hidden: ["unit_id", "unit_name", "region_code"],
        links: { source_line: r => r.report_version_id ? FW.provenanceHref(r.report_version_id, r.source_line) : null } })).catch(e => FW.showError(projects.body, e)),
      FW.api("/api/unit/findings", u).then(d => FW.table(findings.body, d, { hidden: FW.findingHidden,
        format: Object.assign({ rule_id: v => FW.valueName("rule_id", v) }, FW.findingFormat), links: { source_line: r => FW.provenanceHref(r.report_version_id, r.source_line) }, empty: "没有问题。" })).catch(e => FW.showError(findings.body, e)),
      renderFacts(facts, factQuery, provenance),
    ]);
  }

  // 单位 › 省 › 市 › 县 › this unit: each region step opens the unit list of that region.
  function unitCrumbs(report, regions) {
    const path = report && report.region_code ? FWFilters.chain(regions, report.region_code) : [];
    filters.replaceChildren(FW.breadcrumbs([["全部单位", "unit.html"], ...path.map(r => [r.name, "unit.html?region=" + r.region_code]),
      [report ? report.unit_name_printed : "单位", null]]));
  }

  // 支出结构 as a chart (one stacked bar per year and dimension: 基本/项目, 人员/公用) above its table.
  function structureChart(container, d) {
    const chartBox = el("div");
    const tableBox = el("div");
    container.replaceChildren(chartBox, tableBox);
    const rows = d.rows.filter(r => r.dimension === "expense_type" || r.dimension === "cost_type");
    const phase = rows.some(r => r.phase === "决算") ? "决算" : "预算";
    const years = [...new Set(rows.filter(r => r.phase === phase).map(r => r.year))].sort((a, b) => (a || 0) - (b || 0));
    const categories = [["basic", "基本支出", "expense_type"], ["project", "项目支出", "expense_type"], ["personnel", "人员经费", "cost_type"], ["operating", "公用经费", "cost_type"]];
    const axis = years.flatMap(y => [[y, "expense_type"], [y, "cost_type"]]);
    const series = categories.map(([code, name, dimension]) => ({
      name, type: "bar", stack: dimension,
      data: axis.map(([y, dim]) => { if (dim !== dimension) return null; const r = rows.find(x => x.phase === phase && x.year === y && x.category === code && x.dimension === dim); return r ? FW.toWan(r.amount_yuan) : null; }),
    })).filter(s => s.data.some(v => v !== null));
    if (series.length === 0) { chartBox.replaceChildren(el("p", { class: "note", text: "没有支出结构数据。" })); }
    else {
      FW.chart(chartBox, { unit: " 万元", tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 64, right: 16, bottom: 40 },
        xAxis: { type: "category", data: axis.map(([y, dim]) => FW.yearLabel(y) + (dim === "expense_type" ? " 基本/项目" : " 人员/公用")), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: "value", name: phase + " 万元" }, series });
    }
    FW.table(tableBox, d, { hidden: ["unit_id", "unit_name", "region_code"], format: { year: FW.yearLabel }, pageSize: 20 });
  }

  async function renderFacts(facts, query, links) {
    const family = FWFilters.select("family", "类别", FAMILIES, FW.params().get("family"), v => FW.setParams({ family: v }));
    const yearInput = el("input", { type: "number", name: "year", min: "1990", max: "2100", value: FW.params().get("year") || "", "data-filter": "year",
      onchange: e => FW.setParams({ year: e.target.value }) });
    const bar = el("div", { class: "filters no-print" }, family, el("label", null, "年度", yearInput));
    const tableBox = el("div");
    facts.body.replaceChildren(bar, tableBox);
    await FW.detail(tableBox, "/api/unit/facts", query, { hidden: ["report_version_id", "fact_id"], links, pageSize: 50 })
      .catch(e => FW.showError(tableBox, e));
  }

  FW.onFilters(render);
})();
