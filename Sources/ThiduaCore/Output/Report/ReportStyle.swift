/// The report's one style sheet, inline in its `<head>`: light on screen, and on paper A4 with
/// margins, each unit's block kept on one page, table headers repeated on every page, no
/// navigation and no background colours.
///
/// On screen a unit's block is laid out only when it scrolls near the window
/// (`content-visibility`): a browser opens the page of 10,000 communes in seconds rather than
/// in tens of seconds.
///
/// It holds neither `<` nor `&`, so it is the same text in HTML and in XML.
enum ReportStyle {
  static let css: StaticString = """
    :root{color-scheme:light}
    *{box-sizing:border-box}
    body{margin:0 auto;max-width:66rem;padding:1rem 1.25rem 3rem;color:#1a1a1a;background:#fff;\
    font:14px/1.45 system-ui,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}
    header{border-bottom:2px solid #1f4e79;margin-bottom:1rem}
    .audience{margin:0;color:#555;font-size:.9rem}
    h1{font-size:1.45rem;margin:.2rem 0 .5rem;color:#1f4e79}
    h2{font-size:1.2rem;margin:1.8rem 0 .6rem;color:#1f4e79;border-bottom:1px solid #c8d3e0}
    h3{font-size:1rem;margin:1rem 0 .4rem}
    nav{margin:.4rem 0 .8rem}
    nav a{margin-right:1.2rem}
    a{color:#1f4e79}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0}
    dl.facts dt{font-weight:600}
    dl.facts dd{margin:0}
    ol.criteria li{margin:.3rem 0}
    table{border-collapse:collapse;margin:.4rem 0 1rem}
    th,td{border:1px solid #c8ccd2;padding:.2rem .45rem;text-align:left;vertical-align:top}
    thead th{background:#eef2f7}
    td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
    td.z{color:#9aa0a6}
    tfoot th,tfoot td{font-weight:600}
    tr.review td{background:#fff7e0}
    .badge{display:inline-block;padding:0 .45rem;border:1px solid;border-radius:.7rem;\
    font-size:.85em;font-weight:600;white-space:nowrap}
    .s-eligible{color:#1b5e20}
    .s-not-eligible{color:#b71c1c}
    .s-review{color:#8a6100}
    .s-insufficient-data,.s-invalid-data{color:#6a1b9a}
    .s-no-criterion,.s-merged{color:#555}
    .unit{border:1px solid #d5dae1;border-radius:4px;padding:.5rem .75rem;margin:.6rem 0}
    .unit h3{margin:0 0 .2rem}
    .meta{margin:.1rem 0 .4rem;font-size:.9em}
    .meta b{font-weight:600}
    .fig{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-start}
    table.yrs{margin:0;font-size:.85em}
    table.yrs th,table.yrs td{padding:.05rem .4rem;border:0;border-bottom:1px solid #e1e5ea}
    table.yrs thead th{background:none;border-bottom:1px solid #8a94a0;text-align:right}
    table.yrs thead th:first-child{text-align:left}
    table.yrs tbody th{font-weight:normal;color:#333}
    table.yrs td{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    table.yrs td.m{color:#1b5e20}
    table.yrs td.x{color:#b71c1c;font-weight:600}
    table.yrs td.r{color:#8a6100;font-weight:600}
    .reason{margin:.4rem 0 0}
    .warn{margin:.3rem 0 0;color:#8a6100}
    svg.c{flex:none;overflow:visible;margin-top:.2rem}
    .c .a{stroke:#888;stroke-width:1}
    .c .m{fill:#2e7d32}
    .c .n{fill:#fff;stroke:#c62828;stroke-width:1.5}
    .c .r{fill:#f9a825}
    .c .o{fill:#b0b7c0}
    .c .t{stroke:#000;stroke-width:2}
    .c .b{stroke:#1565c0;stroke-width:1.5;stroke-dasharray:3 2}
    .c text{font-size:11px;fill:#555}
    .c .e{text-anchor:end}
    ul.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9em}
    ul.legend svg{vertical-align:middle;margin-right:.3rem}
    @media screen{.unit{content-visibility:auto;contain-intrinsic-size:auto 16rem}}
    @page{size:A4;margin:14mm 12mm 16mm}
    @media print{
    body{max-width:none;padding:0;font-size:9pt;color:#000}
    nav{display:none}
    a{color:inherit;text-decoration:none}
    h1,h2,h3{color:#000;break-after:avoid;page-break-after:avoid}
    thead{display:table-header-group}
    tfoot{display:table-row-group}
    table.status,table.yrs{break-inside:avoid;page-break-inside:avoid}
    tr{break-inside:avoid;page-break-inside:avoid}
    thead th,tr.review td{background:none}
    thead th{border-bottom:1px solid #000}
    .unit{break-inside:avoid;page-break-inside:avoid;border-color:#999;margin:.4rem 0}
    svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
    }

    """
}
