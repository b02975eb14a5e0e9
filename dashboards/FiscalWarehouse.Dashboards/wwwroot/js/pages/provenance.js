// 数字来源: a report line in context — the report, the facts read from that line (table, row, header path) and the
// stored source text around it with the line highlighted.
"use strict";

(() => {
  const { el } = FW;
  const { filters, content } = FW.slots();

  async function render() {
    const p = FW.params();
    const q = { report: p.get("report"), line: p.get("line") || "1" };
    filters.replaceChildren(el("a", { href: "unit.html", "data-back": "", onclick: e => { if (history.length > 1) { e.preventDefault(); history.back(); } }, text: "← 返回" }));
    if (!q.report) {
      content.replaceChildren(el("div", { class: "error", text: "缺少 report 参数：请从单位页或数据质量页的数字进入。" }));
      return;
    }
    const report = FW.card("报告", "/api/provenance/report", { report: q.report });
    const facts = FW.card("第 " + q.line + " 行的数字", "/api/provenance/facts", q);
    const lines = FW.card("源文件（第 " + q.line + " 行前后）", "/api/provenance/lines", q);
    const linesTitle = lines.node.querySelector("h2");
    // The source line first: it is what the reader came for, and it then sits in view under the header.
    content.replaceChildren(lines.node, facts.node, report.node);

    // The three answers are asked for at once; only an empty source box waits for the report's line count.
    let stored = 0;
    const info = FW.api("/api/provenance/report", { report: q.report }).then(d => {
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
      info,
      FW.api("/api/provenance/facts", q).then(d => FW.table(facts.body, d, { hidden: ["fact_id", "catalog_id"], empty: "这一行没有读出数字（可能是标题、表头或正文）。" }))
        .catch(e => FW.showError(facts.body, e)),
      FW.api("/api/provenance/lines", q).then(async d => {
        if (d.rows.length === 0) {
          await info;
          lines.body.replaceChildren(el("p", { class: "note", text: stored === 0 ? "这个报告版本没有保存源文件文本（加载时未保存），只能显示上面的来源信息。" : "这个行号超出了报告的范围。" }));
          return;
        }
        const target = d.rows.find(r => r.is_target);
        if (target && target.page !== null && target.page !== undefined) {
          linesTitle.textContent = "源文件（PDF 第 " + target.page + " 页，第 " + q.line + " 行前后）";
          facts.node.querySelector("h2").textContent = "PDF 第 " + target.page + " 页第 " + q.line + " 行的数字";
        }
        // A line that changes page says so; HTML sources show their text, not their markup.
        let page = null;
        const pre = el("pre", { class: "source" }, d.rows.flatMap(r => {
          const marker = r.page !== null && r.page !== undefined && r.page !== page ? el("span", { class: "page", "data-page": r.page, text: "— 第 " + r.page + " 页 —" }) : null;
          page = r.page;
          return [marker, el("span", { class: "line" + (r.is_target ? " target" : ""), id: "L" + r.line_no, "data-line": r.line_no, "data-page": r.page },
            el("span", { class: "no", text: String(r.line_no) }), plainText(r.text))];
        }));
        lines.body.replaceChildren(pre);
        // Scroll the source box, not the window, so the header and the back link stay in view.
        const line = pre.querySelector(".target");
        if (line) pre.scrollTop = Math.max(0, line.offsetTop - pre.offsetTop - pre.clientHeight / 2);
      }).catch(e => FW.showError(lines.body, e)),
    ]);
  }

  // The text of a line of HTML source: tags dropped, entities decoded, by an inert parser (DOMParser runs no script
  // and loads nothing); the result is only ever set as text.
  const parser = new DOMParser();
  function plainText(text) {
    if (!/<[a-zA-Z\/!]/.test(text) && !/&[#a-zA-Z0-9]+;/.test(text)) return text;
    const doc = parser.parseFromString("<!doctype html><body>" + text.replace(/<\/(td|th)>/gi, "\t</$1>"), "text/html");
    return (doc.body.textContent || "").replace(/\t+$/, "").replace(/\s+$/, "");
  }

  FW.onFilters(render);
})();
