#!/usr/bin/env python3
"""Regenerates the PDF test fixtures (committed next to this script) with Debian's chromium and Noto CJK fonts.

sample-002-tables.pdf  the 13 report tables and the first narrative section of seed 002
                       (samples/shanxi-datong-materials-promotion-center-2023-unit-budget.txt, lines 57-400),
                       one HTML cell per tab-separated cell, so the PDF reader must give back the same cells.
variations.pdf         variations.html (written by this script): landscape pages, a table of contents, wrapped paragraphs,
                       a three-row merged header, amounts in 元 with thousands separators, codes split over
                       类/款/项 columns, a table continued over a page with its header repeated, an empty table.
scanned.pdf            a page that is only an image (no text layer).

Run from the repository root: python3 tests/FiscalWarehouse.Etl.Tests/Pdf/Fixtures/make-pdf-fixtures.py
"""
import html
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "../../../.."))
SAMPLE = os.path.join(ROOT, "samples/shanxi-datong-materials-promotion-center-2023-unit-budget.txt")
FIRST, LAST = 57, 400

STYLE = """
@page { size: A4 landscape; margin: 14mm; }
body { font-family: 'Noto Sans CJK SC', sans-serif; font-size: 10pt; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0; }
td, th { border: 0.75pt solid #000; padding: 2pt 4pt; font-weight: normal; }
td.n { text-align: right; }
p { margin: 3pt 0; text-indent: 2em; }
div.t { text-align: center; font-size: 12pt; margin: 8pt 0 4pt; }
"""


def is_number(text):
    t = text.replace(",", "")
    try:
        float(t)
        return True
    except ValueError:
        return False


def sample_html():
    with open(SAMPLE, encoding="utf-8-sig") as f:
        lines = f.read().splitlines()[FIRST - 1:LAST]
    out, table = [], []

    def flush():
        if table:
            width = max(len(r) for r in table)
            out.append("<table>")
            for row in table:
                cells = row + [""] * (width - len(row))
                out.append("<tr>" + "".join(
                    f'<td class="{"n" if is_number(c) else ""}">{html.escape(c)}</td>' for c in cells) + "</tr>")
            out.append("</table>")
            table.clear()

    for line in lines:
        if "\t" in line:
            table.append([c.strip() for c in line.split("\t")])
            continue
        if not line.strip():
            continue  # blank lines (page breaks of the conversion) do not end a table
        flush()
        text = html.escape(line.strip())
        out.append(f"<p>{text}</p>" if len(line) > 60 else f'<div class="t">{text}</div>')
    flush()
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{''.join(out)}</body></html>"


def variations_html():
    rows = []
    total_basic = total_project = 0
    for k in range(1, 41):
        basic, project = (k * 104_321 + 17) * 100 + k, (k * 51_007) * 100
        total_basic += basic
        total_project += project
        rows.append((f"2{k:02d}", "06", f"{k:02d}", f"测试支出项目{k:02d}", basic + project, basic, project))

    def money(cents):
        return f"{cents // 100:,}.{cents % 100:02d}"

    body = ["<div class='t'>测试县司法局2025年部门预算</div>",
            "<div class='t'>目 录</div>",
            "<div>一、部门主要职能</div>", "<div>二、部门预算表</div>",
            "<div style='padding-left:2em'>1. 2025年部门“三公”经费预算表</div>",
            "<div style='padding-left:2em'>2. 2025年部门一般公共预算支出功能分类预算表</div>",
            "<div style='padding-left:2em'>3. 2025年部门政府性基金预算支出功能分类预算表</div>",
            "<div style='page-break-after:always'></div>",
            "<div class='t'>部门主要职能</div>",
            "<p>" + "测试县司法局是主管本县司法行政工作的政府工作部门，负责推进本县法治政府建设，指导、监督各部门依法行政，"
            "承担行政复议、行政应诉、普法宣传、人民调解、社区矫正、法律援助和公共法律服务体系建设等工作，"
            "统筹法律服务资源，提供基本公共法律服务，并完成县委、县政府交办的其他任务。" * 2 + "</p>",
            "<p>（一）贯彻执行国家和省有关司法行政工作的法律、法规和方针政策。</p>",
            "<p>（二）承担全面依法治县委员会办公室日常工作。</p>",
            "<div style='page-break-after:always'></div>",
            "<div class='t'>2025年部门“三公”经费预算表</div>",
            "<div>编制单位：测试县司法局<span style='float:right'>单位：元</span></div>",
            "<table>",
            "<tr><td colspan=6>预算数</td><td rowspan=3>机关运行经费</td></tr>",
            "<tr><td rowspan=2>合计</td><td rowspan=2>因公出国（境）费</td><td colspan=3>公务用车购置及运行费</td>"
            "<td rowspan=2>公务接待费</td></tr>",
            "<tr><td>小计</td><td>购置费</td><td>运行费</td></tr>",
            "<tr>" + "".join(f"<td class='n'>{v}</td>" for v in
                             ["107,100.00", "0.00", "99,750.00", "0.00", "99,750.00", "7,350.00", "1,845,900.00"]) + "</tr>",
            "</table>",
            "<div style='page-break-after:always'></div>",
            "<div class='t'>2025年部门一般公共预算支出功能分类预算表</div>",
            "<div>编制单位：测试县司法局<span style='float:right'>单位：元</span></div>",
            "<table><thead>",
            "<tr><td colspan=4>项目</td><td colspan=3>一般公共预算支出</td></tr>",
            "<tr><td colspan=3>功能分类科目编码</td><td rowspan=2>功能分类科目名称</td><td rowspan=2>合计</td>"
            "<td rowspan=2>基本支出</td><td rowspan=2>项目支出</td></tr>",
            "<tr><td>类</td><td>款</td><td>项</td></tr>",
            "</thead><tbody>"]
    for code1, code2, code3, name, total, basic, project in rows:
        body.append(f"<tr><td>{code1}</td><td>{code2}</td><td>{code3}</td><td>{name}</td>"
                    f"<td class='n'>{money(total)}</td><td class='n'>{money(basic)}</td><td class='n'>{money(project)}</td></tr>")
    body += [f"<tr><td colspan=4>合计</td><td class='n'>{money(total_basic + total_project)}</td>"
             f"<td class='n'>{money(total_basic)}</td><td class='n'>{money(total_project)}</td></tr>",
             "</tbody></table>",
             "<div style='page-break-after:always'></div>",
             "<div class='t'>2025年部门政府性基金预算支出功能分类预算表</div>",
             "<div>编制单位：测试县司法局<span style='float:right'>单位：元</span></div>",
             "<table>",
             "<tr><td colspan=3>功能分类科目编码</td><td rowspan=2>功能分类科目名称</td><td rowspan=2>合计</td>"
             "<td rowspan=2>基本支出</td><td rowspan=2>项目支出</td></tr>",
             "<tr><td>类</td><td>款</td><td>项</td></tr>",
             "<tr><td colspan=3>无</td><td></td><td></td><td></td><td></td></tr>",
             "<tr><td colspan=4>合计</td><td></td><td></td><td></td></tr>",
             "</table>",
             "<div>注：本单位2025年无政府性基金预算财政拨款安排的预算，故本表为空表。</div>"]
    return f"<!doctype html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>{''.join(body)}</body></html>"


def print_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + html_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    sample = os.path.join(HERE, "sample-002-tables.html")
    with open(sample, "w", encoding="utf-8") as f:
        f.write(sample_html())
    print_pdf(sample, os.path.join(HERE, "sample-002-tables.pdf"))
    variations = os.path.join(HERE, "variations.html")
    with open(variations, "w", encoding="utf-8") as f:
        f.write(variations_html())
    print_pdf(variations, os.path.join(HERE, "variations.pdf"))
    # Publishers often forbid copying with an owner password (readable without one): the vector border reader
    # decrypts RC4 and AES-128; mutool (mupdf-tools) writes both, the AES one with ASCIIHex-wrapped streams.
    if shutil.which("mutool"):
        for method, extra, name in (("rc4-128", [], "variations-rc4.pdf"), ("aes-128", ["-a"], "variations-aes.pdf")):
            subprocess.run(["mutool", "clean", "-E", method, "-O", "fw-owner", "-P", "-3904", *extra,
                            os.path.join(HERE, "variations.pdf"), os.path.join(HERE, name)], check=True)
    # Object streams with a cross-reference stream (what Word and Acrobat write), and AES-256 (revision 6): qpdf.
    if shutil.which("qpdf"):
        source = os.path.join(HERE, "variations.pdf")
        subprocess.run(["qpdf", "--object-streams=generate", "--compress-streams=y", source,
                        os.path.join(HERE, "variations-objstm.pdf")], check=True)
        subprocess.run(["qpdf", "--encrypt", "", "fw-owner", "256", "--print=none", "--extract=n", "--",
                        "--object-streams=generate", source, os.path.join(HERE, "variations-aes256.pdf")], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile",
                        os.path.join(HERE, "variations.pdf"), os.path.join(tmp, "page")], check=True)
        scan = os.path.join(tmp, "scan.html")
        with open(scan, "w", encoding="utf-8") as f:
            f.write(f"<!doctype html><html><body style='margin:0'><img src='page.png' style='width:100%'></body></html>")
        print_pdf(scan, os.path.join(HERE, "scanned.pdf"))


if __name__ == "__main__":
    sys.exit(main())
