// Generated from Reports/templates/report.html.mustache by
// Tests/SobrietyReportsTests/HTML/DefaultHTMLTemplateTests.swift: do not edit.
// After changing the template, run `RECORD_TEMPLATE=1 swift test --filter DefaultHTMLTemplateTests`.

/// The built-in HTML report template, compiled into the binary so that a release binary needs no files.
enum DefaultHTMLTemplate {
    /// The exact text of `Reports/templates/report.html.mustache`.
    static let text = #"""
        <!DOCTYPE html>
        {{! The built-in HTML report of `audit --format html`. Every value is already formatted and escaped by
            the renderer; triple mustaches mark our own markup (charts, tables, paragraphs with emphasis).
            After editing, regenerate Sources/SobrietyReports/HTML/DefaultHTMLTemplate.swift with
            RECORD_TEMPLATE=1 swift test --filter DefaultHTMLTemplateTests }}
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}{{#client}} · {{client}}{{/client}}</title>
        <style>
        :root {
          --accent: {{accent}};
          --ink: #1f2933;
          --muted-ink: #616e7c;
          --rule: #e4e7eb;
          --panel: #f7f8fa;
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body {
          margin: 0;
          color: var(--ink);
          background: #fff;
          font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial,
            "Noto Sans", "Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "PingFang SC",
            "Hiragino Sans", "Microsoft YaHei", "Malgun Gothic", sans-serif;
          font-size: 10.5pt;
          line-height: 1.5;
        }
        :lang(ko) body {
          font-family: "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", -apple-system, "Segoe UI", Roboto,
            Arial, sans-serif;
          word-break: keep-all;
        }
        :lang(zh) body {
          font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", -apple-system, "Segoe UI", Roboto, Arial,
            sans-serif;
        }
        :lang(zh) th, :lang(zh) table.actions td:nth-child(2) { word-break: keep-all; }
        :lang(de) body, :lang(pl) body { hyphens: auto; }
        main { max-width: 190mm; margin: 0 auto; padding: 14mm 0 10mm; }
        header.masthead {
          display: flex;
          align-items: flex-end;
          justify-content: space-between;
          gap: 8mm;
          padding-bottom: 5mm;
          border-bottom: 2pt solid var(--accent);
        }
        .masthead .logo { max-height: 16mm; max-width: 50mm; display: block; margin-bottom: 3mm; }
        .masthead h1 { margin: 0; font-size: 22pt; line-height: 1.15; font-weight: 650; letter-spacing: -0.01em; }
        .masthead .parties { text-align: right; color: var(--muted-ink); font-size: 9.5pt; }
        .masthead .parties strong { color: var(--ink); font-weight: 600; }
        .summary { font-size: 11pt; margin: 6mm 0 4mm; }
        .figures {
          display: grid;
          grid-template-columns: repeat(4, 1fr);
          gap: 3mm;
          margin: 0 0 4mm;
          padding: 0;
          list-style: none;
          break-inside: avoid;
        }
        .figures li { background: var(--panel); border-top: 2pt solid var(--accent); padding: 3mm 3.5mm; }
        .figures .label { display: block; min-height: 2.6em; font-size: 8.5pt; color: var(--muted-ink); line-height: 1.3; }
        .figures .value { display: block; font-size: 17pt; font-weight: 650; font-variant-numeric: tabular-nums; }
        .figures .detail { display: block; font-size: 8.5pt; color: var(--muted-ink); font-variant-numeric: tabular-nums; }
        h2.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
        section { margin-top: 8mm; }
        section h2 {
          font-size: 13.5pt;
          font-weight: 650;
          margin: 0 0 3mm;
          padding-bottom: 1.5mm;
          border-bottom: 0.75pt solid var(--rule);
          break-after: avoid;
        }
        section p { margin: 0 0 3mm; max-width: 170mm; }
        p.note { font-size: 8.5pt; color: var(--muted-ink); margin-top: -1mm; }
        figure { margin: 0 0 3mm; break-inside: avoid; break-after: avoid; }
        svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
        table {
          width: 100%;
          border-collapse: collapse;
          margin: 0 0 4mm;
          font-size: 8.5pt;
          font-variant-numeric: tabular-nums;
        }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td {
          text-align: left;
          vertical-align: top;
          padding: 1.4mm 2mm;
          border-bottom: 0.5pt solid var(--rule);
          overflow-wrap: break-word;
        }
        th { font-weight: 600; color: var(--muted-ink); border-bottom: 1pt solid var(--ink); }
        th.num, td.num { text-align: right; white-space: nowrap; }
        tbody tr:nth-child(even) td { background: #fbfbfc; }
        table.actions td.num, table.lines td.num { white-space: normal; }
        .nowrap { white-space: nowrap; }
        table.lines td:first-child { min-width: 26mm; overflow-wrap: anywhere; }
        table.digests td:first-child, table.digests td:last-child, table.sources td:nth-child(5) { overflow-wrap: anywhere; }
        table.sources td:first-child, table.equivalents td:last-child { white-space: nowrap; }
        table.sources td:nth-child(5) { min-width: 42mm; }
        table.digests td { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 7.5pt; }
        table.sources td:nth-child(5) { font-size: 7.5pt; }
        footer { margin-top: 10mm; padding-top: 2mm; border-top: 0.75pt solid var(--rule); color: var(--muted-ink); font-size: 8pt; }
        @page {
          size: {{paperSize}};
          margin: 16mm 14mm 18mm;
          @bottom-left { content: {{{pageTitle}}}; font: 8pt Arial, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #616e7c; }
          @bottom-right { content: {{{pageNumber}}}; font: 8pt Arial, "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #616e7c; }
        }
        @media print {
          main { max-width: none; padding: 0; }
          section { margin-top: 6mm; }
          tbody tr:nth-child(even) td { background: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        @media screen and (max-width: 720px) {
          main { padding: 6mm 4mm; }
          .figures { grid-template-columns: repeat(2, 1fr); }
          header.masthead { display: block; }
          .masthead .parties { text-align: left; margin-top: 3mm; }
        }
        </style>
        </head>
        <body>
        <main>
        <header class="masthead">
        <div>
        {{#logo}}<img class="logo" src="{{logo}}" alt="{{labels.logo}}">{{/logo}}
        <h1>{{title}}</h1>
        </div>
        <div class="parties">
        {{#client}}<div>{{labels.preparedFor}} <strong>{{client}}</strong></div>{{/client}}
        {{#agency}}<div>{{labels.preparedBy}} <strong>{{agency}}</strong></div>{{/agency}}
        </div>
        </header>
        <p class="summary">{{{summary}}}</p>
        <h2 class="visually-hidden">{{labels.keyFigures}}</h2>
        <ul class="figures">
        {{#keyFigures}}
        <li><span class="label">{{label}}</span><span class="value">{{value}}</span><span class="detail">{{detail}}</span></li>
        {{/keyFigures}}
        </ul>
        {{#sections}}
        <section id="{{id}}">
        <h2>{{heading}}</h2>
        {{#paragraphs}}
        <p>{{{.}}}</p>
        {{/paragraphs}}
        {{#charts}}
        <figure>{{{.}}}</figure>
        {{/charts}}
        {{#notes}}
        <p class="note">{{.}}</p>
        {{/notes}}
        {{#tables}}
        {{{.}}}
        {{/tables}}
        </section>
        {{/sections}}
        <footer>{{footer}}</footer>
        </main>
        </body>
        </html>

        """#
}
