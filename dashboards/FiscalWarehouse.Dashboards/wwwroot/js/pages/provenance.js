// 数字来源: a report line in context — the report, the facts read from that line (table, row, header path) and the
// stored source text around it with the line highlighted.
"use strict";

(() => {
  const { el } = FW;
  const filters = document.getElementById("filters");
  const content = document.getElementById("content");

  async function render() {
    const p = FW.params();
    const q = { report: p.get("report"), line: p.get("line") || "1" };
    filters.replaceChildren(el("a", { href: "unit.html", onclick: e => { if (history.length > 1) { e.preventDefault(); history.back(); } }, text: "← 返回" }));
    if (!q.report) {
      content.replaceChildren(el("div", { class: "error", text: "缺少 report 参数：请从单位页或数据质量页的数字进入。" }));
      return;
    }
    const report = FW.card("报告", "/api/provenance/report", { report: q.report });
    const facts = FW.card("第 " + q.line + " 行的数字", "/api/provenance/facts", q);
    const lines = FW.card("源文件（第 " + q.line + " 行前后）", "/api/provenance/lines", q);
    content.replaceChildren(report.node, facts.node, lines.node);

    let stored = 0;
    await FW.api("/api/provenance/report", { report: q.report }).then(d => {
      const r = d.rows[0];
      if (!r) { FW.showError(report.body, new Error("没有这个报告版本。")); return; }
      stored = r.stored_lines;
      const rows = [["文件", r.file_name], ["单位", r.unit_name_printed], ["地区", r.region_name || r.region_code || ""], ["年度", r.year],
                    ["类型 / 阶段", r.kind + " / " + r.phase], ["版本", r.version + (r.is_current ? "（当前）" : "（已被替换）")], ["加载时间", r.loaded_at],
                    ["内容哈希", r.content_hash]];
      report.body.replaceChildren(el("dl", { class: "meta" }, rows.flatMap(([k, v]) => [el("dt", { text: k }), el("dd", { text: v === null || v === undefined ? "" : String(v) })])),
        el("p", null, el("a", { href: "unit.html?unit=" + r.unit_id, text: "查看该单位" })));
    }).catch(e => FW.showError(report.body, e));

    await Promise.all([
      FW.api("/api/provenance/facts", q).then(d => FW.table(facts.body, d, { hidden: ["fact_id", "catalog_id"], empty: "这一行没有读出数字（可能是标题、表头或正文）。" }))
        .catch(e => FW.showError(facts.body, e)),
      FW.api("/api/provenance/lines", q).then(d => {
        if (d.rows.length === 0) {
          lines.body.replaceChildren(el("p", { class: "note", text: stored === 0 ? "这个报告版本没有保存源文件文本（加载时未保存），只能显示上面的来源信息。" : "这个行号超出了报告的范围。" }));
          return;
        }
        const pre = el("pre", { class: "source" }, d.rows.map(r => el("span", { class: "line" + (r.is_target ? " target" : ""), id: "L" + r.line_no, "data-line": r.line_no },
          el("span", { class: "no", text: String(r.line_no) }), r.text)));
        lines.body.replaceChildren(pre);
        const target = pre.querySelector(".target");
        if (target) target.scrollIntoView({ block: "center" });
      }).catch(e => FW.showError(lines.body, e)),
    ]);
  }

  FW.onFilters(render);
})();
