// 三公经费: budget vs actual, the trend by part, counties side by side (click a county to filter to it), chosen
// counties over the years, and every unit's figures.
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();
  const PARTS = [["overseas", "因公出国（境）"], ["reception", "公务接待"], ["vehicle_purchase", "公务用车购置"], ["vehicle_operation", "公务用车运行维护"]];
  const PALETTE = ["#1f5fa8", "#b42318", "#067647", "#b54708", "#6941c6", "#0e7090", "#c11574", "#4e5ba6"];

  // The mart's amount columns are found by name (…_budget_yuan / …_actual_yuan per part), so the page follows the
  // mart's columns instead of hard-coding one version of them.
  function partColumns(columns, side) {
    return PARTS.map(([key, name]) => [columns.find(c => c.includes(key) && c.includes(side) && c.endsWith("_yuan")), name]).filter(([c]) => c);
  }

  function totalColumn(columns, side) {
    return columns.find(c => c.endsWith("_yuan") && c.includes(side) && !PARTS.some(([key]) => c.includes(key)) && !c.includes("prior") && !c.includes("economic"));
  }

  async function render() {
    FWFilters.build(filters, ["year", "region", "kind"], [unitFilterNote]);
    const q = FWFilters.current(["year", "region", "kind", "unit"]);
    const tq = FWFilters.current(["region", "kind", "unit"]);
    const rq = FWFilters.current(["year", "region", "kind"]);
    const yq = FWFilters.current(["region", "kind"]);
    const trend = FW.card("逐年趋势（决算，分项堆叠；线为预算合计）", "/api/three-public/trend", tq);
    const regions = FW.card("各地区三公经费（点击地区筛选）", "/api/three-public/by-region", rq);
    const counties = FW.card("各县逐年对比（选择县）", "/api/three-public/by-region-year", yq);
    const units = FW.card("单位三公经费（预算与决算）", "/api/three-public", q);
    content.replaceChildren(el("div", { class: "grid" }, trend.node, regions.node), counties.node, units.node);

    await Promise.all([
      FW.api("/api/three-public/trend", tq).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        trend.body.replaceChildren(chartBox, tableBox);
        const rows = d.rows.filter(r => r.year !== null);
        const actual = partColumns(d.columns, "actual");
        const budget = totalColumn(d.columns, "budget");
        const series = actual.map(([column, name]) => ({ name, type: "bar", stack: "actual", data: rows.map(r => FW.toWan(r[column])) }))
          .filter(s => s.data.some(v => v !== null && v !== 0));
        if (budget) series.push({ name: "预算合计", type: "line", data: rows.map(r => FW.toWan(r[budget])) });
        FW.chart(chartBox, { unit: " 万元", tooltip: { trigger: "axis", renderMode: "richText" }, legend: { type: "scroll" }, grid: { left: 64, right: 16, bottom: 32 },
          xAxis: { type: "category", data: rows.map(r => FW.yearLabel(r.year)) }, yAxis: { type: "value", name: "万元" }, series });
        FW.table(tableBox, d, { format: { year: FW.yearLabel } });
      }).catch(e => FW.showError(trend.body, e)),
      FW.api("/api/three-public/by-region", rq).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        regions.body.replaceChildren(chartBox, tableBox);
        const budget = totalColumn(d.columns, "budget");
        const actual = totalColumn(d.columns, "actual");
        const instance = FW.chart(chartBox, { height: FW.rowsHeight(d.rows.length * 1.6), unit: " 万元", tooltip: { trigger: "axis", renderMode: "richText" }, legend: {},
          grid: { left: 8, right: 24, bottom: 24, containLabel: true },
          yAxis: { type: "category", inverse: true, data: d.rows.map(FW.regionLabel), axisLabel: { interval: 0, width: 150, overflow: "truncate" } },
          xAxis: { type: "value", name: "万元" },
          series: [budget && { name: "预算", type: "bar", data: d.rows.map(r => FW.toWan(r[budget])) },
                   actual && { name: "决算", type: "bar", data: d.rows.map(r => FW.toWan(r[actual])) }].filter(Boolean) });
        if (instance) instance.on("click", e => { const r = d.rows[e.dataIndex]; if (r && r.region_code) FW.setParams({ region: r.region_code }); });
        FW.table(tableBox, d, { hidden: ["region_code"], format: { region_name: (v, r) => FW.regionLabel(r) },
          links: { region_name: r => r.region_code ? "three-public.html?" + new URLSearchParams(Object.assign({}, rq, { region: r.region_code })) : null } });
      }).catch(e => FW.showError(regions.body, e)),
      FW.api("/api/three-public/by-region-year", yq).then(d => countyComparison(counties.body, d)).catch(e => FW.showError(counties.body, e)),
      FW.detail(units.body, "/api/three-public", q, { links: { unit_name: r => "unit.html?unit=" + r.unit_id }, hidden: ["unit_id", "region_code"],
        format: { year: FW.yearLabel } }).catch(e => FW.showError(units.body, e)),
    ]);
  }

  // Several counties over the years, one line each (决算), chosen with check boxes; the choice is kept in the URL
  // (?counties=140581,140525) so a link reproduces it. Default: the four with the largest 决算.
  function countyComparison(container, d) {
    const all = [...new Map(d.rows.map(r => [r.region_code, FW.regionLabel(r)])).entries()];
    const years = [...new Set(d.rows.map(r => r.year))].sort((a, b) => a - b);
    // "-" records that the user cleared every box (an absent parameter means: not chosen yet, show the default).
    const param = FW.params().get("counties");
    const asked = (param || "").split(",").filter(c => all.some(([code]) => code === c));
    const totals = all.map(([code]) => [code, d.rows.filter(r => r.region_code === code).reduce((s, r) => s + (r.actual_yuan || 0), 0)]).sort((a, b) => b[1] - a[1]);
    const chosen = param ? asked : totals.slice(0, 4).map(([code]) => code);
    const boxes = el("fieldset", { class: "choices" }, el("legend", { text: "县（区、市）" }),
      all.map(([code, name]) => el("label", null, el("input", { type: "checkbox", name: "county", value: code, checked: chosen.includes(code) ? "checked" : null,
        onchange: () => FW.setParams({ counties: [...boxes.querySelectorAll("input:checked")].map(i => i.value).join(",") || "-" }) }), name.replace(/^.*?(省|自治区|市)(?=.)/, ""))));
    const chartBox = el("div");
    const tableBox = el("div");
    container.replaceChildren(boxes, chartBox, tableBox);
    const series = chosen.map((code, i) => ({
      name: (all.find(([c]) => c === code) || [code, code])[1], type: "line", symbolSize: 7, color: PALETTE[i % PALETTE.length],
      data: years.map(y => { const r = d.rows.find(x => x.region_code === code && x.year === y); return r ? FW.toWan(r.actual_yuan) : null; }),
    }));
    FW.chart(chartBox, { unit: " 万元", tooltip: { trigger: "axis", renderMode: "richText" }, legend: { type: "scroll" }, grid: { left: 64, right: 16, bottom: 32 },
      xAxis: { type: "category", data: years.map(String) }, yAxis: { type: "value", name: "决算 万元" }, series });
    FW.table(tableBox, { columns: d.columns, rows: d.rows.filter(r => chosen.includes(r.region_code)), truncated: d.truncated },
      { hidden: ["region_code"], wan: ["budget_yuan", "actual_yuan"] });
  }

  async function unitFilterNote() {
    const unit = FW.params().get("unit");
    return unit ? el("span", null, "仅单位 " + unit + " ", el("a", { href: "#", onclick: e => { e.preventDefault(); FW.setParams({ unit: "" }); }, text: "（取消）" })) : el("span");
  }

  FW.onFilters(render);
})();
