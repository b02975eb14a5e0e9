// 总览: totals by year and phase, reporting coverage, execution-rate bands (超支 / 未执行 apart, click to see the
// units), anomaly counts per kind (click to see them all), the main anomalies, last load.
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();

  async function render() {
    FWFilters.build(filters, ["year", "region", "kind"]);
    const q = FWFilters.current(["year", "region", "kind"]);
    const last = FW.card("最近加载", "/api/overview/last-load", {});
    const totals = FW.card("按年度与阶段汇总", "/api/overview/totals", q);
    const coverage = FW.card("报送覆盖", "/api/overview/coverage", FWFilters.current(["region", "kind"]));
    const bands = FW.card("执行率分布（PEFA 档，整体口径，对年初预算；点击查看单位）", "/api/overview/rate-bands", q);
    const counts = FW.card("各类异常（点击查看全部）", "/api/overview/anomaly-counts", q);
    const anomalies = FW.card("主要异常（每类最多 5 个单位）", "/api/overview/anomalies", FWFilters.current(["year", "region"]));
    content.replaceChildren(last.node, el("div", { class: "grid" }, bands.node, counts.node), anomalies.node,
      el("div", { class: "grid" }, coverage.node, totals.node));

    await Promise.all([
      FW.api("/api/overview/last-load").then(d => {
        const r = d.rows[0] || {};
        last.body.replaceChildren(el("div", { class: "kpis" },
          kpi("最近加载", r.last_loaded_at ? r.last_loaded_at.replace("T", " ") : "尚无"),
          kpi("当前报告", FW.number(r.current_reports, 0)), kpi("单位", FW.number(r.units, 0)), kpi("历史版本", FW.number(r.superseded_reports, 0)),
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
        FW.chart(chartBox, { unit: " 份", tooltip: { trigger: "axis", renderMode: "richText", valueFormatter: v => FW.number(v, 0) + " 份" }, legend: {}, grid: { left: 56, right: 16, bottom: 32 },
          xAxis: { type: "category", data: years.map(FW.yearLabel) }, yAxis: { type: "value", name: "报告数" }, series });
        FW.table(tableBox, d, { wan: ["initial_budget_yuan", "final_yuan"], format: { year: FW.yearLabel } });
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
        FW.chart(chartBox, { unit: "%", tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 48, right: 16, bottom: 32 },
          xAxis: { type: "category", data: years.map(FW.yearLabel) }, yAxis: { type: "value", name: "覆盖率 %", max: 100 }, series });
        FW.table(tableBox, d, { format: { year: FW.yearLabel } });
      }).catch(e => FW.showError(coverage.body, e)),
      FW.api("/api/overview/rate-bands", q).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        bands.body.replaceChildren(chartBox, el("p", { class: "note", text: q.year ? "" : "全部年度：每个单位按其最近年度计一次。" }), tableBox);
        const names = d.rows.map(r => r.band === "无" ? "无执行率" : r.band + " 档");
        const instance = FW.chart(chartBox, { tooltip: { trigger: "axis", renderMode: "richText", valueFormatter: v => FW.number(v, 0) + " 个单位" },
          legend: {}, grid: { left: 48, right: 16, bottom: 32 },
          xAxis: { type: "category", data: names }, yAxis: { type: "value", name: "单位数", minInterval: 1 },
          series: [{ name: "超支（决算高于年初预算）", type: "bar", stack: "n", itemStyle: { color: "#b42318" }, data: d.rows.map(r => r.over_vs_initial) },
                   { name: "未执行（决算低于年初预算）", type: "bar", stack: "n", itemStyle: { color: "#1f5fa8" }, data: d.rows.map(r => r.under_vs_initial) },
                   { name: "无执行率 / 恰好 100%", type: "bar", stack: "n", itemStyle: { color: "#98a2b3" }, data: d.rows.map(r => r.units_vs_initial - r.over_vs_initial - r.under_vs_initial) }] });
        if (instance) instance.on("click", e => { location.href = bandHref(q, d.rows[e.dataIndex].band, e.seriesIndex === 0 ? "over" : e.seriesIndex === 1 ? "under" : null); });
        FW.table(tableBox, d, { format: { band: v => FW.bandBadge(v === "无" ? null : v) || "无执行率" },
          links: { over_vs_initial: r => bandHref(q, r.band, "over"), under_vs_initial: r => bandHref(q, r.band, "under"), units_vs_initial: r => bandHref(q, r.band, null) } });
      }).catch(e => FW.showError(bands.body, e)),
      FW.api("/api/overview/anomaly-counts", q).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        counts.body.replaceChildren(chartBox, tableBox);
        const names = d.rows.map(r => FW.valueName("flag", r.flag));
        const instance = FW.chart(chartBox, { height: FW.rowsHeight(d.rows.length), tooltip: { trigger: "axis", renderMode: "richText", valueFormatter: v => FW.number(v, 0) + " 条" },
          grid: { left: 8, right: 40, bottom: 8, top: 8, containLabel: true }, xAxis: { type: "value", minInterval: 1 },
          yAxis: { type: "category", inverse: true, data: names, axisLabel: { interval: 0 } },
          series: [{ name: "异常数", type: "bar", data: d.rows.map(r => r.anomalies), label: { show: true, position: "right", formatter: p => FW.number(p.value, 0) } }] });
        if (instance) instance.on("click", e => { location.href = anomalyHref(q, d.rows[e.dataIndex].flag); });
        FW.table(tableBox, d, { links: { flag: r => anomalyHref(q, r.flag), anomalies: r => anomalyHref(q, r.flag) } });
      }).catch(e => FW.showError(counts.body, e)),
      FW.api("/api/overview/anomalies", FWFilters.current(["year", "region"])).then(d => {
        FW.table(anomalies.body, d, {
          columns: ["severity", "flag", "unit_name", "region_name", "year", "kind", "subjects", "observed_pct", "reason_zh", "source_line"],
          format: { year: FW.yearLabel, region_name: (v, r) => FW.regionLabel(r) },
          links: { unit_name: r => r.unit_id !== null && r.unit_id !== undefined ? "unit.html?unit=" + r.unit_id : null,
                   source_line: r => r.report_version_id && r.source_line ? FW.provenanceHref(r.report_version_id, r.source_line) : null },
          empty: "没有异常。" });
      }).catch(e => FW.showError(anomalies.body, e)),
    ]);
  }

  function bandHref(q, band, direction) {
    const next = new URLSearchParams(Object.assign({}, q, { band: band === "无" ? "none" : band }));
    if (direction) next.set("direction", direction);
    return "execution.html?" + next.toString();
  }

  function anomalyHref(q, flag) {
    return "anomalies.html?" + new URLSearchParams(Object.assign({}, q, { flag })).toString();
  }

  function kpi(labelText, value) {
    return el("div", { class: "kpi" }, el("div", { class: "label", text: labelText }), el("div", { class: "value", text: value === undefined || value === null ? "" : String(value) }));
  }

  FW.onFilters(render);
})();
