// The frame every page shares: header, navigation, the title and the containers the page script fills, then the
// scripts in order. Each .html only names its page (data-page), so the navigation is written once, here.
"use strict";

(() => {
  const PAGES = [
    { file: "index.html", title: "总览", script: "overview" },
    { file: "anomalies.html", title: "异常", script: "anomalies" },
    { file: "execution.html", title: "预算执行率", script: "execution" },
    { file: "three-public.html", title: "三公经费", script: "three-public" },
    { file: "unit.html", title: "单位", script: "unit" },
    { file: "quality.html", title: "数据质量与加载", script: "quality" },
    { file: "provenance.html", title: "数字来源", script: "provenance", hidden: true },
  ];
  const me = document.currentScript;
  const page = PAGES.find(p => p.script === me.dataset.page) || PAGES[0];
  const make = (tag, attrs, text) => {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    if (text) node.textContent = text;
    return node;
  };

  const nav = make("nav", { "aria-label": "页面" });
  for (const p of PAGES.filter(p => !p.hidden)) nav.append(make("a", p === page ? { href: p.file, "aria-current": "page" } : { href: p.file }, p.title));
  const header = make("header", { class: "site" });
  header.append(make("span", { class: "brand" }, "财政预决算数据仓库"), nav);
  const main = make("main");
  main.append(make("h1", { id: "title" }, page.title), make("div", { class: "filters", id: "filters" }), make("div", { id: "content" }));
  me.before(header, main);

  // The Chinese labels every page needs are asked for now, while the scripts download, not after them.
  window.FW_LABELS = fetch("labels.json").then(r => r.json());

  // ECharts loads on the side: it downloads at once (preload) but runs only once the page has asked for its data
  // (FW_START_CHARTS, called by FW.api and FW.chart), so the ~100 ms its script holds the main thread come while the
  // answers are on their way instead of before the requests; FW.chart draws once it is there (FW_CHARTS says when,
  // and whether it loaded at all).
  const library = "lib/echarts.min.js";
  document.head.append(make("link", { rel: "preload", as: "script", href: library }));
  window.FW_CHARTS = new Promise(resolve => {
    let started = false;
    window.FW_START_CHARTS = () => {
      if (started) return;
      started = true;
      const charts = make("script", { src: library });
      charts.async = true;
      charts.onload = () => resolve(true);
      charts.onerror = () => resolve(false);
      document.body.append(charts);
    };
  });

  // Inserted scripts run in insertion order when async is off, like the parser-inserted ones they replace.
  for (const src of ["js/common.js", "js/filters.js", "js/pages/" + page.script + ".js"]) {
    const script = make("script", { src });
    script.async = false;
    document.body.append(script);
  }
})();
