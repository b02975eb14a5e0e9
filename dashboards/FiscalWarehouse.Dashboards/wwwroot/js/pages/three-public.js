// 三公经费: budget vs actual, year-over-year trends per region and unit, parts stacked.
"use strict";

(() => {
  const { el } = FW;
  const filters = document.getElementById("filters");
  const content = document.getElementById("content");
  const PARTS = [["overseas", "因公出国（境）"], ["reception", "公务接待"], ["vehicle_purchase", "公务用车购置"], ["vehicle_operation", "公务用车运行维护"]];

  // The mart's amount columns are found by name (…_budget_yuan / …_actual_yuan per part), so the page follows the
  // mart's columns instead of hard-coding one version of them.
  function partColumns(columns, side) {
    return PARTS.map(([key, name]) => [columns.find(c => c.includes(key) && c.includes(side) && c.endsWith("_yuan")), name]).filter(([c]) => c);
  }

  function totalColumn(columns, side) {
    return columns.find(c => c.endsWith("_yuan") && c.includes(side) && !PARTS.some(([key]) => c.includes(key)) && !c.includes("prior") && !c.includes("economic"));
  }

  async function render() {
    await FWFilters.build(filters, ["year", "region", "kind"], [unitFilterNote]);
    const q = FWFilters.current(["year", "region", "kind", "unit"]);
    const tq = FWFilters.current(["region", "kind", "unit"]);
    const trend = FW.card("逐年趋势（决算，分项堆叠；线为预算合计）", "/api/three-public/trend", tq);
    const regions = FW.card("各地区三公经费", "/api/three-public/by-region", FWFilters.current(["year", "region", "kind"]));
    const units = FW.card("单位三公经费（预算与决算）", "/api/three-public", q);
    content.replaceChildren(el("div", { class: "grid" }, trend.node, regions.node), units.node);

    await Promise.all([
      FW.api("/api/three-public/trend", tq).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        trend.body.replaceChildren(chartBox, tableBox);
        const actual = partColumns(d.columns, "actual");
        const budget = totalColumn(d.columns, "budget");
        const series = actual.map(([column, name]) => ({ name, type: "bar", stack: "actual", data: d.rows.map(r => toWan(r[column])) }));
        if (budget) series.push({ name: "预算合计", type: "line", data: d.rows.map(r => toWan(r[budget])) });
        FW.chart(chartBox, { tooltip: { trigger: "axis", renderMode: "richText" }, legend: { type: "scroll" }, grid: { left: 56, right: 16, bottom: 32 },
          xAxis: { type: "category", data: d.rows.map(r => String(r.year)) }, yAxis: { type: "value", name: "万元" }, series });
        FW.table(tableBox, d);
      }).catch(e => FW.showError(trend.body, e)),
      FW.api("/api/three-public/by-region", FWFilters.current(["year", "region", "kind"])).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        regions.body.replaceChildren(chartBox, tableBox);
        const budget = totalColumn(d.columns, "budget");
        const actual = totalColumn(d.columns, "actual");
        FW.chart(chartBox, { tooltip: { trigger: "axis", renderMode: "richText" }, legend: {}, grid: { left: 56, right: 16, bottom: 64 },
          xAxis: { type: "category", data: d.rows.map(r => r.region_name || r.region_code), axisLabel: { rotate: 30, interval: 0 } },
          yAxis: { type: "value", name: "万元" },
          series: [budget && { name: "预算", type: "bar", data: d.rows.map(r => toWan(r[budget])) },
                   actual && { name: "决算", type: "bar", data: d.rows.map(r => toWan(r[actual])) }].filter(Boolean) });
        FW.table(tableBox, d, { hidden: ["region_code"] });
      }).catch(e => FW.showError(regions.body, e)),
      FW.api("/api/three-public", q).then(d => {
        FW.table(units.body, d, { links: { unit_name: r => "unit.html?unit=" + r.unit_id }, hidden: ["unit_id", "region_code"] });
      }).catch(e => FW.showError(units.body, e)),
    ]);
  }

  async function unitFilterNote() {
    const unit = FW.params().get("unit");
    return unit ? el("span", null, "仅单位 " + unit + " ", el("a", { href: "#", onclick: e => { e.preventDefault(); FW.setParams({ unit: "" }); }, text: "（取消）" })) : el("span");
  }

  function toWan(yuan) { return yuan === null || yuan === undefined ? null : Math.round(Number(yuan) / 100) / 100; }

  FW.onFilters(render);
})();
