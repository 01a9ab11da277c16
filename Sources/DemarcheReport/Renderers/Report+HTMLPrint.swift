extension Report {
    /// Styles of the run page's briefing parts: the bottom line, the chart of
    /// all outcomes, the per-parameter sources.
    static let briefingStyle = """
        .bottom-line .box{font-size:14.5px;line-height:1.5;background:#fff;border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:10px 16px}
        .bottom-line p{margin:0 0 6px}.bottom-line ul{margin:0;padding-left:20px}.bottom-line li{margin:3px 0}.d{white-space:nowrap}
        .overview .stripe{fill:#f3f5f9}.overview .grid{stroke:#e3e7ee;stroke-width:1}.overview .mid{stroke:#b8c0ce;stroke-width:1}
        .overview .label{font-size:12px;fill:var(--ink)}.overview .value{font-size:12px;fill:var(--ink);font-weight:600;font-variant-numeric:tabular-nums}
        svg.overview{max-width:980px;margin:0 auto}.overview .tick{font-size:11px}.overview .ci{stroke:var(--accent);stroke-width:3;stroke-linecap:round;opacity:.45}
        .overview .dot{fill:var(--accent)}.overview .ring{fill:#fff;stroke:var(--accent);stroke-width:1.5}.overview .later{stroke:var(--accent);stroke-width:1;stroke-dasharray:2 2;opacity:.7}
        .grid{grid-template-columns:repeat(auto-fill,minmax(340px,1fr))}.grid.tornado{grid-template-columns:repeat(auto-fill,minmax(520px,1fr))}
        table.params{font-size:11.5px;table-layout:fixed}table.params th,table.params td{padding:2px 8px;white-space:normal;word-break:break-word}
        table.params thead th:nth-child(1){width:28%}table.params thead th:nth-child(2){width:20%}table.params thead th:nth-child(4){width:11%}
        table.params tr.group th{background:#f7f8fb;color:var(--muted);font-weight:600;padding-top:5px}
        .sources table{font-size:12px}.sources td{padding:3px 8px}
        @media print{
        .bottom-line .box{font-size:10pt;padding:8px 12px}
        table.params{font-size:6.8pt;line-height:1.25}table.params th,table.params td{padding:1px 4px}
        table.params thead th:nth-child(1){width:27%}table.params thead th:nth-child(2){width:17%}table.params thead th:nth-child(4){width:9%}
        table.params tr.group th{padding-top:3px}.grid.tornado{grid-template-columns:1fr 1fr}
        }
        """

    /// Print styles for every Demarche page, so that Chromium's print to PDF
    /// gives clean A4 pages: margins, no chart or table row cut across pages,
    /// headings kept with what follows, table headers repeated, sections
    /// folded with `print-open` printed open, screen-only extras left out.
    static let printStyle = """
        @page{size:A4;margin:14mm 12mm 16mm}
        @media print{
        body{max-width:none;padding:0;background:#fff;font-size:9.5pt}
        h1{font-size:17pt}h2{font-size:12.5pt;margin:16px 0 6px;break-after:avoid}.note{break-after:avoid}
        figure,svg,tr,.card,.keep,dl{break-inside:avoid}table{font-size:8.5pt}th,td{padding:3px 6px}td:has(.d){white-space:normal}.wide table{font-size:7pt}.wide th{padding:3px 3px}.wide td{padding:3px 3px}
        thead{display:table-header-group}figure{border-color:#e3e7ee}
        .grid{grid-template-columns:repeat(2,1fr);gap:8px}
        details.print-open{break-before:page}details.print-open::details-content{content-visibility:visible;display:contents}details.print-open>summary{list-style:none;color:var(--ink);font-weight:600}
        details.screen,.screen{display:none}pre{white-space:pre-wrap;overflow-wrap:anywhere;overflow:visible}
        }
        """
}
