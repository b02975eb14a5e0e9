// 总览: totals by year and phase, reporting coverage, execution-rate bands, top anomalies, last load.
"use strict";

(() => {
  const { el } = FW;
  const filters = document.getElementById("filters");
  const content = document.getElementById("content");

  async function render() {
    await FWFilters.build(filters, ["year", "region", "kind"]);
    const q = FWFilters.current(["year", "region", "kind"]);
    const last = FW.card("最近加载", "/api/overview/last-load", {});
    const totals = FW.card("按年度与阶段汇总", "/api/overview/totals", q);
    const coverage = FW.card("报送覆盖", "/api/overview/coverage", FWFilters.current(["region", "kind"]));
    const bands = FW.card("执行率分布（PEFA 档，整体口径）", "/api/overview/rate-bands", q);
    const anomalies = FW.card("主要异常", "/api/overview/anomalies", FWFilters.current(["year", "region"]));
    content.replaceChildren(last.node, el("div", { class: "grid" }, coverage.node, bands.node), totals.node, anomalies.node);

    await Promise.all([
      FW.api("/api/overview/last-load").then(d => {
        const r = d.rows[0] || {};
        last.body.replaceChildren(el("div", { class: "kpis" },
          kpi("最近加载", r.last_loaded_at ? r.last_loaded_at.replace("T", " ") : "尚无"),
          kpi("当前报告", r.current_reports), kpi("单位", r.units), kpi("历史版本", r.superseded_reports),
          kpi("快照时间", d.snapshot_taken_at ? d.snapshot_taken_at.replace("T", " ").replace("Z", " UTC") : "")));
      }).catch(e => FW.showError(last.body, e)),
      FW.api("/api/overview/totals", q).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        totals.body.replaceChildren(chartBox, tableBox);
        const years = [...new Set(d.rows.map(r => r.year))];
        const series = ["预算", "决算"].map(phase => ({
          name: phase + "报告", type: "bar", stack: "reports",
          data: years.map(y => d.rows.filter(r => r.year === y && r.phase === phase).reduce((s, r) => s + r.reports, 0)),
        }));
        FW.chart(chartBox, { tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 48, right: 16, bottom: 32 },
          xAxis: { type: "category", data: years.map(String) }, yAxis: { type: "value", name: "报告数" }, series });
        FW.table(tableBox, d, { format: { initial_budget_yuan: FW.wan, final_yuan: FW.wan } });
      }).catch(e => FW.showError(totals.body, e)),
      FW.api("/api/overview/coverage", FWFilters.current(["region", "kind"])).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        coverage.body.replaceChildren(chartBox, tableBox);
        const years = [...new Set(d.rows.map(r => r.year))];
        const series = ["预算", "决算"].map(phase => ({
          name: phase, type: "bar",
          data: years.map(y => { const r = d.rows.find(x => x.year === y && x.phase === phase); return r ? r.coverage_pct : null; }),
        }));
        FW.chart(chartBox, { tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 48, right: 16, bottom: 32 },
          xAxis: { type: "category", data: years.map(String) }, yAxis: { type: "value", name: "覆盖率 %", max: 100 }, series });
        FW.table(tableBox, d);
      }).catch(e => FW.showError(coverage.body, e)),
      FW.api("/api/overview/rate-bands", q).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        bands.body.replaceChildren(chartBox, tableBox);
        FW.chart(chartBox, { tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 48, right: 16, bottom: 32 },
          xAxis: { type: "category", data: d.rows.map(r => r.band) }, yAxis: { type: "value", name: "单位数" },
          series: [{ name: "对年初预算", type: "bar", data: d.rows.map(r => r.units_vs_initial) },
                   { name: "对调整预算", type: "bar", data: d.rows.map(r => r.units_vs_adjusted) }] });
        FW.table(tableBox, d, { format: { band: v => FW.bandBadge(v === "无" ? null : v) || "无执行率" } });
      }).catch(e => FW.showError(bands.body, e)),
      FW.api("/api/overview/anomalies", FWFilters.current(["year", "region"])).then(d => {
        FW.table(anomalies.body, d, {
          columns: ["severity", "flag", "unit_name", "year", "kind", "subject", "observed_value", "threshold", "reason", "source_line"],
          links: { unit_name: r => r.unit_id !== null && r.unit_id !== undefined ? "unit.html?unit=" + r.unit_id : null,
                   source_line: r => r.report_version_id && r.source_line ? FW.provenanceHref(r.report_version_id, r.source_line) : null },
          empty: "没有异常。" });
      }).catch(e => FW.showError(anomalies.body, e)),
    ]);
  }

  function kpi(labelText, value) {
    return el("div", { class: "kpi" }, el("div", { class: "label", text: labelText }), el("div", { class: "value", text: value === undefined || value === null ? "" : String(value) }));
  }

  FW.onFilters(render);
})();
