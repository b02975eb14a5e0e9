// 预算执行率: regions side by side (click a region to filter to it), both ends of the ranking (N chosen by the user,
// click a bar to open the unit), where each rate's budget came from, and the detail table.
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();
  const names = ["year", "region", "kind", "scope", "band", "direction"];
  const SCOPES = { total: "整体", fiscal_appropriation: "财政拨款", general_budget: "一般公共预算", gov_fund_budget: "政府性基金预算", soe_capital_budget: "国有资本经营预算" };
  const SIZES = [5, 10, 15, 20, 30];

  async function scopeSelect() {
    const d = await FW.api("/api/execution-rate/scopes").catch(() => ({ rows: [] }));
    return FWFilters.select("scope", "口径", [["", "整体（合计）"], ...d.rows.filter(r => r.scope !== "total").map(r => [r.scope, SCOPES[r.scope] || r.scope])],
      FW.params().get("scope"), v => FW.setParams({ scope: v }));
  }

  async function bandSelect() {
    return FWFilters.select("band", "PEFA 档（对年初）", [["", "全部"], ["A", "A 档"], ["B", "B 档"], ["C", "C 档"], ["D", "D 档"], ["none", "无执行率"]],
      FW.params().get("band"), v => FW.setParams({ band: v }));
  }

  async function directionSelect() {
    return FWFilters.select("direction", "方向", [["", "超支与未执行"], ["over", "超支（决算高于年初预算）"], ["under", "未执行（决算低于年初预算）"]],
      FW.params().get("direction"), v => FW.setParams({ direction: v }));
  }

  async function sizeSelect() {
    return FWFilters.select("n", "排名显示", SIZES.map(n => [n, "两端各 " + n + " 个"]), size(), v => FW.setParams({ n: v }));
  }

  function size() {
    const n = Number(FW.params().get("n"));
    return SIZES.includes(n) ? n : 10;
  }

  async function render() {
    FWFilters.build(filters, ["year", "region", "kind"], [scopeSelect, bandSelect, directionSelect, sizeSelect]);
    const q = FWFilters.current(names);
    const regionQuery = FWFilters.current(["year", "region", "kind", "scope"]);
    const n = size();
    const byRegion = FW.card("各地区执行率分布（对年初预算；点击地区筛选）", "/api/execution-rate/by-region", regionQuery);
    const top = FW.card("执行率最高的 " + n + " 个（超支端；点击打开单位）", "/api/execution-rate/ranking", Object.assign({ end: "high", n }, q));
    const bottom = FW.card("执行率最低的 " + n + " 个（未执行端；点击打开单位）", "/api/execution-rate/ranking", Object.assign({ end: "low", n }, q));
    const units = FW.card("单位执行率（点击列名排序）", "/api/execution-rate", q);
    content.replaceChildren(byRegion.node, el("div", { class: "grid" }, top.node, bottom.node), units.node);

    await Promise.all([
      FW.api("/api/execution-rate/by-region", regionQuery).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        byRegion.body.replaceChildren(chartBox, tableBox);
        const rows = d.rows;
        const instance = FW.chart(chartBox, {
          height: FW.rowsHeight(rows.length),
          tooltip: { trigger: "item", renderMode: "richText", formatter: p => boxTip(rows[p.dataIndex]) },
          grid: { left: 8, right: 24, bottom: 24, top: 32, containLabel: true },
          yAxis: { type: "category", inverse: true, data: rows.map(FW.regionLabel), axisLabel: { interval: 0, width: 150, overflow: "truncate" } },
          xAxis: { type: "value", name: "执行率 %", nameLocation: "middle", nameGap: 24, scale: true },
          series: [{ name: "执行率", type: "boxplot", data: rows.map(r => [r.rate_min, r.rate_p25, r.rate_median, r.rate_p75, r.rate_max]) }],
        });
        if (instance) instance.on("click", e => { const r = rows[e.dataIndex]; if (r && r.region_code) FW.setParams({ region: r.region_code }); });
        FW.table(tableBox, d, { hidden: ["region_code"], wan: ["initial_budget_yuan", "final_yuan"],
          format: { region_name: (v, r) => FW.regionLabel(r) },
          links: { region_name: r => r.region_code ? "execution.html?" + new URLSearchParams(Object.assign({}, regionQuery, { region: r.region_code })) : null } });
      }).catch(e => FW.showError(byRegion.body, e)),
      // The two ends are ranked by the server over every matching row, not over the detail table's first rows.
      FW.api("/api/execution-rate/ranking", Object.assign({ end: "high", n }, q)).then(d => ranking(top.body, d.rows)).catch(e => FW.showError(top.body, e)),
      FW.api("/api/execution-rate/ranking", Object.assign({ end: "low", n }, q)).then(d => ranking(bottom.body, d.rows)).catch(e => FW.showError(bottom.body, e)),
      FW.detail(units.body, "/api/execution-rate", q, {
        columns: ["unit_name", "region_name", "year", "kind", "scope", "subject_level", "function_name", "initial_budget_yuan", "adjusted_budget_yuan", "final_yuan",
                  "rate_vs_initial", "pefa_band_vs_initial", "budget_source", "rate_vs_adjusted", "pefa_band_vs_adjusted", "published_rate", "rate_difference"],
        wan: ["initial_budget_yuan", "adjusted_budget_yuan", "final_yuan"],
        links: { unit_name: r => "unit.html?unit=" + r.unit_id },
        format: { pefa_band_vs_initial: FW.bandBadge, pefa_band_vs_adjusted: FW.bandBadge, year: FW.yearLabel, region_name: (v, r) => FW.regionLabel(r) },
      }).catch(e => FW.showError(units.body, e)),
    ]);
  }

  // One end of the ranking: each bar says its rate and where its budget came from (a 绩效自评表 budget is marked).
  function ranking(container, rows) {
    if (rows.length === 0) { container.replaceChildren(el("p", { class: "note", text: "没有可计算执行率的单位。" })); return; }
    const source = r => FW.valueName("budget_source", r.budget_source) || "来源不详";
    const instance = FW.chart(container, {
      height: FW.rowsHeight(rows.length),
      tooltip: { trigger: "item", renderMode: "richText", formatter: p => tip(rows[p.dataIndex], source) },
      grid: { left: 8, right: 8, bottom: 8, top: 28, containLabel: true },
      // Room on the right for the longest bar's label ("253.33%（绩效自评表）", about 130 px) at any width.
      xAxis: { type: "value", max: v => Math.ceil(v.max * (1 + 135 / Math.max(60, (container.clientWidth || 360) - 200))), axisLabel: { formatter: v => FW.number(v, 0) + "%" } },
      yAxis: { type: "category", inverse: true, data: rows.map(r => r.unit_name + " " + FW.yearLabel(r.year)), axisLabel: { interval: 0, width: 150, overflow: "truncate" } },
      series: [{ name: "执行率（对年初）", type: "bar",
        label: { show: true, position: "right", formatter: p => FW.number(p.value, 2) + "%（" + source(rows[p.dataIndex]) + "）", fontSize: 11 },
        data: rows.map(r => ({ value: r.rate_vs_initial, itemStyle: { color: bandColor(r.pefa_band_vs_initial), decal: r.budget_source === "final_report_self_evaluation" ? { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } : null } })) }],
    });
    if (instance) instance.on("click", e => { location.href = "unit.html?unit=" + rows[e.dataIndex].unit_id; });
  }

  function tip(r, source) {
    return r.unit_name + "（" + FW.yearLabel(r.year) + "）\n执行率 " + FW.pct(r.rate_vs_initial) + "（PEFA " + (r.pefa_band_vs_initial || "无") + " 档，"
      + (r.rate_vs_initial > 100 ? "超支" : "未执行") + "）\n年初预算 " + FW.wan(r.initial_budget_yuan) + " 万元（来源：" + source(r) + "）\n决算 " + FW.wan(r.final_yuan) + " 万元"
      + (r.published_rate !== null ? "\n公布执行率 " + FW.pct(r.published_rate) : "");
  }

  function boxTip(r) {
    if (!r) return "";
    if (!r.units_with_rate) return FW.regionLabel(r) + "\n没有可计算执行率的单位";
    return FW.regionLabel(r) + "（" + FW.number(r.units_with_rate, 0) + " 个单位有执行率）\n最高 " + FW.pct(r.rate_max) + "\n上四分位 " + FW.pct(r.rate_p75)
      + "\n中位数 " + FW.pct(r.rate_median) + "\n下四分位 " + FW.pct(r.rate_p25) + "\n最低 " + FW.pct(r.rate_min);
  }

  function bandColor(band) {
    return { A: "#067647", B: "#4e9a06", C: "#b54708", D: "#b42318" }[band] || "#98a2b3";
  }

  FW.onFilters(render);
})();
