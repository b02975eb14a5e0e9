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
    yearsPromise = yearsPromise || FW.api("/api/overview/coverage").then(d => [...new Set(d.rows.map(r => r.year).filter(y => y !== null))].sort((a, b) => b - a)).catch(() => []);
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

  // A year the URL asks for that is no year at all (?year=abc) is dropped, with a notice, so the selector and the
  // content always agree; a real year without data (?year=2030) stays selected and the cards say they are empty.
  function checkYear() {
    const year = FW.params().get("year");
    if (year === null || year === "" || /^\d{4}$/.test(year)) return null;
    const next = FW.params();
    next.delete("year");
    const query = next.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : ""));
    return el("div", { class: "notice", role: "status", "data-notice": "year", text: "年度参数“" + year + "”无效，已显示全部年度。" });
  }

  // The page does not wait for its filter bar before asking for its own data: the bar is built alongside, and the
  // page is "ready" once both are drawn (FW.track).
  function build(container, names, extra) { return FW.track(buildNow(container, names, extra)); }

  async function buildNow(container, names, extra) {
    const notice = names.includes("year") ? checkYear() : null;
    const p = FW.params();
    const parts = [];
    // The lists and the page's own selects are asked for at once (not one after the other): each may be a round trip.
    const yearList = names.includes("year") ? years() : null;
    const regionList = names.includes("region") ? regions() : null;
    const extraParts = (extra || []).map(item => item());
    if (names.includes("year")) {
      const ys = await yearList;
      const asked = p.get("year");
      const options = [["", "全部年度"], ...ys.map(y => [y, y + " 年"])];
      if (asked && !ys.some(y => String(y) === asked)) options.push([asked, asked + " 年（无数据）"]);
      parts.push(select("year", "年度", options, asked, v => FW.setParams({ year: v })));
    }
    if (names.includes("region")) {
      const all = await regionList;
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
    for (const part of extraParts) parts.push(await part);
    parts.push(el("a", { class: "note", href: location.pathname, text: "清除筛选" }));
    const crumbs = names.includes("region") ? await regionCrumbs() : null;
    container.replaceChildren(...[notice, crumbs].filter(Boolean), ...parts);
  }

  // 全部地区 › 省 › 市 › 县: each step filters the page to that region (and the URL with it).
  async function regionCrumbs() {
    const code = FW.params().get("region");
    if (!code) return null;
    const path = chain(await regions(), code);
    const link = c => { const next = FW.params(); if (c) next.set("region", c); else next.delete("region"); const q = next.toString(); return location.pathname + (q ? "?" + q : ""); };
    return FW.breadcrumbs([["全部地区", link("")], ...path.map(r => [r.name, link(r.region_code)])]);
  }

  // Current API filters from the URL, restricted to the names an endpoint accepts.
  function current(names) {
    const p = FW.params();
    const out = {};
    for (const name of names) if (p.get(name)) out[name] = p.get(name);
    return out;
  }

  return { build, current, select, regions, chain };
})();
