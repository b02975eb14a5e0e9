// 数据质量与加载: findings by rule and severity, quarantined files with reasons, the run ledger.
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();

  async function severitySelect() {
    return FWFilters.select("severity", "严重程度", [["", "全部"], ["error", "错误"], ["warning", "警告"], ["info", "提示"]],
      FW.params().get("severity"), v => FW.setParams({ severity: v }));
  }

  async function render() {
    FWFilters.build(filters, ["year", "region"], [severitySelect]);
    const q = FWFilters.current(["year", "region", "severity"]);
    const fq = FWFilters.current(["year", "region", "severity", "rule"]);
    const byRule = FW.card("按规则与严重程度", "/api/quality/by-rule", q);
    const list = FW.card("问题明细" + (fq.rule ? "（规则：" + FW.valueName("rule_id", fq.rule) + "）" : ""), "/api/quality/findings", fq);
    const quarantine = FW.card("隔离的文件", "/api/quality/quarantine", {});
    const runs = FW.card("加载批次", "/api/quality/runs", {});
    const files = FW.card("最近加载的文件", "/api/quality/files", {});
    const held = FW.card("被保留的新版本（待接受）", "/api/quality/held", q);
    content.replaceChildren(el("div", { class: "grid" }, byRule.node, quarantine.node), held.node, list.node, runs.node, files.node);

    await Promise.all([
      FW.api("/api/quality/by-rule", q).then(d => {
        const chartBox = el("div");
        const tableBox = el("div");
        byRule.body.replaceChildren(chartBox, tableBox);
        const rules = [...new Set(d.rows.map(r => r.rule_id))];
        // One row per rule and every label shown (interval 0): the chart grows with the number of rules.
        const instance = FW.chart(chartBox, { height: FW.rowsHeight(rules.length), tooltip: { trigger: "axis", renderMode: "richText", valueFormatter: v => FW.number(v, 0) + " 条" },
          legend: {}, grid: { left: 8, right: 16, bottom: 24, containLabel: true },
          xAxis: { type: "value", minInterval: 1 }, yAxis: { type: "category", data: rules.map(r => FW.valueName("rule_id", r)), inverse: true, axisLabel: { interval: 0, width: 170, overflow: "truncate" } },
          series: ["error", "warning", "info"].map(s => ({ name: FW.valueName("severity", s), type: "bar", stack: "n", itemStyle: { color: { error: "#b42318", warning: "#dc6803", info: "#98a2b3" }[s] }, data: rules.map(rule => { const r = d.rows.find(x => x.rule_id === rule && x.severity === s); return r ? r.findings : 0; }) })) });
        if (instance) instance.on("click", e => FW.setParams({ rule: rules[e.dataIndex] }));
        FW.table(tableBox, d, { hidden: ["message", "row_label", "expected", "printed", "difference", "amount_unit"], format: Object.assign({ rule_id: v => FW.valueName("rule_id", v) }, FW.findingFormat), links: { rule_id: r => "quality.html?" + new URLSearchParams(Object.assign({}, q, { rule: r.rule_id })).toString() }, empty: "没有问题。" });
      }).catch(e => FW.showError(byRule.body, e)),
      FW.api("/api/quality/findings", fq).then(d => FW.table(list.body, d, {
        hidden: FW.findingHidden, format: Object.assign({ rule_id: v => FW.valueName("rule_id", v), year: FW.yearLabel }, FW.findingFormat), pageSize: 25,
        links: { source_line: r => FW.provenanceHref(r.report_version_id, r.source_line), unit_name: r => FW.provenanceHref(r.report_version_id, r.source_line) },
        empty: "没有问题。" })).catch(e => FW.showError(list.body, e)),
      FW.api("/api/quality/quarantine").then(d => FW.table(quarantine.body, d, { hidden: ["error"], format: FW.findingFormat, empty: "没有隔离的文件。", pageSize: 10 })).catch(e => FW.showError(quarantine.body, e)),
      // A held version stays out of every figure until someone checks it and accepts it (fw load --accept FILE).
      FW.api("/api/quality/held", q).then(d => {
        const note = el("p", { class: "note", text: "新版本比当前版本差（新的错误、表被截断、数字或表明显变少）时不替换当前版本，先保留在这里。核对文件无误后，在仓库目录运行“接受命令”一栏的命令（fw load --accept 文件），新版本即成为当前版本。" });
        const box = el("div");
        held.body.replaceChildren(note, box);
        FW.table(box, d, { hidden: ["reason", "report_version_id", "current_version_id"], format: { year: FW.yearLabel, reason_zh: FW.findingFormat.reason_zh,
          accept_command: v => el("code", { text: v }) }, links: { file_name: r => FW.provenanceHref(r.report_version_id, 1) }, empty: "没有被保留的版本。", pageSize: 10 });
      }).catch(e => FW.showError(held.body, e)),
      FW.api("/api/quality/runs").then(d => FW.table(runs.body, d, { empty: "还没有加载批次记录（fw load 与 fw worker 加载时写入）。", pageSize: 10 })).catch(e => FW.showError(runs.body, e)),
      FW.api("/api/quality/files").then(d => FW.table(files.body, d, { hidden: ["error"], format: FW.findingFormat, pageSize: 20, links: { report_version_id: r => r.report_version_id ? FW.provenanceHref(r.report_version_id, 1) : null } }))
        .catch(e => FW.showError(files.body, e)),
    ]);
  }

  FW.onFilters(render);
})();
