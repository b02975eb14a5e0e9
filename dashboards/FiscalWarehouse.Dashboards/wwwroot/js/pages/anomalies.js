// 异常: every row of mart_anomalies, filterable by kind, region, year and severity, paginated, exportable as CSV.
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();
  const FLAGS = ["execution_rate_pefa", "three_public_over_budget", "three_public_yoy_jump", "published_rate_mismatch", "project_rate_mismatch", "report_error_findings"];

  async function flagSelect() {
    return FWFilters.select("flag", "异常类型", [["", "全部类型"], ...FLAGS.map(f => [f, FW.valueName("flag", f)])], FW.params().get("flag"), v => FW.setParams({ flag: v }));
  }

  async function levelSelect() {
    return FWFilters.select("level", "程度", [["", "全部"], ["high", "高"], ["medium", "中"], ["low", "低"]], FW.params().get("level"), v => FW.setParams({ level: v }));
  }

  async function render() {
    FWFilters.build(filters, ["year", "region", "kind"], [flagSelect, levelSelect]);
    const q = FWFilters.current(["year", "region", "kind", "flag", "level"]);
    const list = FW.card("全部异常", "/api/anomalies", q);
    content.replaceChildren(list.node);
    const title = d => { list.node.querySelector("h2").textContent = "全部异常（" + (d.truncated ? "前 " : "") + FW.number(d.rows.length, 0) + " 条" + (d.truncated ? "，另有更多" : "") + "）"; };
    await FW.detail(list.body, "/api/anomalies", q, {
        columns: ["severity", "flag", "unit_name", "region_name", "year", "kind", "subject", "observed_pct", "direction", "budget_source", "reason_zh", "source_line"],
        format: { year: FW.yearLabel, region_name: (v, r) => FW.regionLabel(r), severity: v => el("span", { class: "lvl-" + v, text: FW.valueName("severity", v) }) },
        links: { unit_name: r => r.unit_id !== null && r.unit_id !== undefined ? "unit.html?unit=" + r.unit_id : null,
                 source_line: r => r.report_version_id && r.source_line ? FW.provenanceHref(r.report_version_id, r.source_line) : null },
        pageSize: 50, empty: "没有符合条件的异常。", onMore: title }).then(title).catch(e => FW.showError(list.body, e));
  }

  FW.onFilters(render);
})();
