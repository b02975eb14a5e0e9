// The filter bar: year, region (province → prefecture → county), kind, and page-specific selects. Every change is
// written to the URL (FW.setParams), which redraws the page.
"use strict";

const FWFilters = (() => {
  const { el } = FW;
  let regionsPromise = null;
  let yearsPromise = null;

  function regions() {
    regionsPromise = regionsPromise || FW.api("/api/regions").then(d => d.rows).catch(() => []);
    return regionsPromise;
  }

  function years() {
    yearsPromise = yearsPromise || FW.api("/api/overview/coverage").then(d => [...new Set(d.rows.map(r => r.year))].sort((a, b) => b - a)).catch(() => []);
    return yearsPromise;
  }

  function select(name, labelText, options, value, onChange) {
    const node = el("select", { name, "data-filter": name, onchange: e => onChange(e.target.value) },
      options.map(([v, text]) => el("option", { value: v, selected: String(v) === String(value || "") ? "selected" : null, text })));
    return el("label", null, labelText, node);
  }

  // Region codes of one region's chain: 140581 → 140000, 140500, 140581.
  function chain(all, code) {
    const byCode = new Map(all.map(r => [r.region_code, r]));
    const path = [];
    let current = byCode.get(code);
    while (current) { path.unshift(current); current = current.parent_code ? byCode.get(current.parent_code) : null; }
    return path;
  }

  async function build(container, names, extra) {
    const p = FW.params();
    const parts = [];
    if (names.includes("year")) {
      const ys = await years();
      parts.push(select("year", "年度", [["", "全部年度"], ...ys.map(y => [y, y + " 年"])], p.get("year"), v => FW.setParams({ year: v })));
    }
    if (names.includes("region")) {
      const all = await regions();
      const selected = chain(all, p.get("region"));
      const levels = [["province", "省"], ["prefecture", "市"], ["county", "县（区、市）"]];
      let parent = null;
      for (const [level, text] of levels) {
        const choices = all.filter(r => r.level === level && (parent === null ? true : r.parent_code === parent.region_code));
        if (parent === null && level !== "province" && choices.length === 0) continue;
        const current = selected.find(r => r.level === level) || null;
        const parentCode = parent ? parent.region_code : "";
        parts.push(select("region-" + level, text, [["", parent ? "全部" : "全部地区"], ...choices.map(r => [r.region_code, r.name])],
          current ? current.region_code : "", v => FW.setParams({ region: v || parentCode })));
        if (!current) break;
        parent = current;
      }
    }
    if (names.includes("kind")) {
      parts.push(select("kind", "类型", [["", "部门与单位"], ["部门", "部门"], ["单位", "单位"]], p.get("kind"), v => FW.setParams({ kind: v })));
    }
    for (const item of extra || []) parts.push(await item());
    parts.push(el("a", { class: "note", href: location.pathname, text: "清除筛选" }));
    container.replaceChildren(...parts);
  }

  // Current API filters from the URL, restricted to the names an endpoint accepts.
  function current(names) {
    const p = FW.params();
    const out = {};
    for (const name of names) if (p.get(name)) out[name] = p.get(name);
    return out;
  }

  return { build, current, select };
})();
