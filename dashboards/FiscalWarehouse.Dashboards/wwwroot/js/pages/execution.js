// 预算执行率: compare regions and units; PEFA band colors; recomputed vs published rate.
"use strict";

(() => {
  const { el } = FW;
  const filters = document.getElementById("filters");
  const content = document.getElementById("content");
  const names = ["year", "region", "kind", "scope"];
  const SCOPES = { total: "整体", fiscal_appropriation: "财政拨款", general_budget: "一般公共预算", gov_fund_budget: "政府性基金预算", soe_capital_budget: "国有资本经营预算" };

  async function scopeSelect() {
    const d = await FW.api("/api/execution-rate/scopes").catch(() => ({ rows: [] }));
    return FWFilters.select("scope", "口径", [["", "整体（合计）"], ...d.rows.filter(r => r.scope !== "total").map(r => [r.scope, SCOPES[r.scope] || r.scope])],
      FW.params().get("scope"), v => FW.setParams({ scope: v }));
  }

  async function render() {
    await FWFilters.build(filters, ["year", "region", "kind"], [scopeSelect]);
    const q = FWFilters.current(names);
    const byRegion = FW.card("各地区执行率分布（对年初预算）", "/api/execution-rate/by-region", q);
    const units = FW.card("单位执行率（点击列名排序）", "/api/execution-rate", q);
    const ranking = FW.card("单位执行率排名", "/api/execution-rate", q);
    content.replaceChildren(el("div", { class: "grid" }, byRegion.node, ranking.node), units.node);

    await Promise.all([
      FW.api("/api/execution-rate/by-region", q).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        byRegion.body.replaceChildren(chartBox, tableBox);
        FW.chart(chartBox, {
          tooltip: { trigger: "item", renderMode: "richText" }, grid: { left: 56, right: 16, bottom: 64 },
          xAxis: { type: "category", data: d.rows.map(r => r.region_name || r.region_code), axisLabel: { rotate: 30, interval: 0 } },
          yAxis: { type: "value", name: "执行率 %" },
          series: [{ name: "执行率", type: "boxplot", data: d.rows.map(r => [r.rate_min, r.rate_p25, r.rate_median, r.rate_p75, r.rate_max]) }],
        });
        FW.table(tableBox, d, { hidden: ["region_code"], format: { initial_budget_yuan: FW.wan, final_yuan: FW.wan } });
      }).catch(e => FW.showError(byRegion.body, e)),
      FW.api("/api/execution-rate", q).then(d => {
        const rated = d.rows.filter(r => r.rate_vs_initial !== null && r.subject_level === "total")
          .sort((a, b) => b.rate_vs_initial - a.rate_vs_initial).slice(0, 15);
        FW.chart(ranking.body, {
          title: { text: "执行率最高的 15 个单位·年度", textStyle: { fontSize: 12, fontWeight: "normal" }, left: "center", bottom: 0 },
          tooltip: { trigger: "axis", renderMode: "richText" }, grid: { left: 8, right: 24, bottom: 32, containLabel: true },
          xAxis: { type: "value", name: "%" },
          yAxis: { type: "category", inverse: true, data: rated.map(r => r.unit_name + " " + r.year), axisLabel: { width: 180, overflow: "truncate" } },
          series: [
            { name: "执行率（对年初）", type: "bar", data: rated.map(r => ({ value: r.rate_vs_initial, itemStyle: { color: bandColor(r.pefa_band_vs_initial) } })) },
            { name: "公布执行率", type: "scatter", data: rated.map(r => r.published_rate) },
          ],
        });
        FW.table(units.body, d, {
          columns: ["unit_name", "region_name", "year", "kind", "scope", "subject_level", "function_name", "initial_budget_yuan", "adjusted_budget_yuan", "final_yuan",
                    "rate_vs_initial", "pefa_band_vs_initial", "rate_vs_adjusted", "pefa_band_vs_adjusted", "published_rate", "rate_difference", "budget_source"],
          links: { unit_name: r => "unit.html?unit=" + r.unit_id },
          format: { pefa_band_vs_initial: FW.bandBadge, pefa_band_vs_adjusted: FW.bandBadge },
        });
      }).catch(e => { FW.showError(units.body, e); FW.showError(ranking.body, e); }),
    ]);
  }

  function bandColor(band) {
    return { A: "#067647", B: "#4e9a06", C: "#b54708", D: "#b42318" }[band] || "#98a2b3";
  }

  FW.onFilters(render);
})();
