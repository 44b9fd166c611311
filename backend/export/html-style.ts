// The HTML report's one stylesheet, inline (the report loads nothing: its CSP forbids every
// resource but inline style). Marks mirror the pair view: deleted words struck on red, inserted
// words underlined on green, minor (typography, spelling) dimmed; symbols and words carry the
// meaning, colour only helps. The print rules keep rows whole and print every row.
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #1b1b1b; margin: 2rem auto; max-width: 78rem; padding: 0 1rem; }
h1, h2, h3, h4, th { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #333; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin-top: 2rem; }
h4 { font-size: .95rem; margin: 1.2rem 0 .3rem; }
.meta, .none, .rel, .kind, .who { color: #555; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .9rem; }
th, td { border: 1px solid #ccc; padding: .3rem .45rem; vertical-align: top; text-align: left; }
thead th { background: #f0f0f0; }
.para { font: 600 .75rem system-ui, sans-serif; color: #444; margin-right: .3rem; }
.kind { font: italic .75rem system-ui, sans-serif; }
table.pair td { width: 44%; }
table.pair td.rel { width: 12%; font: .8rem system-ui, sans-serif; }
table.pair p { margin: 0 0 .4rem; white-space: pre-wrap; }
tr.row-furniture td { color: #777; font-size: .8rem; }
tr.row-dropped td:first-child { background: #fdeeee; }
tr.row-added td:last-child { background: #eaf6ec; }
tr.row-moved td.rel { font-weight: 600; }
del { background: #fbdada; text-decoration: line-through; }
ins { background: #d4f0da; text-decoration: underline; }
del.minor, ins.minor { background: #eee; color: #666; }
.matrix td.cell { white-space: nowrap; font: .8rem system-ui, sans-serif; }
.matrix .sym { font-weight: 700; }
.matrix tbody th { font-weight: normal; }
.st-dropped .sym { color: #a40000; }
.sources tr.minor td { color: #666; }
.notes { white-space: pre-wrap; border-left: 4px solid #999; padding-left: .8rem; }
.evidence td { word-break: break-all; }
code { font-size: .85em; }
mark.shared { background: #fff1b8; border-bottom: 2px solid #b58900; color: inherit; }
tr.row-corresponds td.rel { background: #f4f1fb; }
dl.evidence-list { margin: .4rem 0 0; font-size: .78rem; }
dl.evidence-list dt { font-weight: 600; margin-top: .25rem; }
dl.evidence-list dd { margin: 0; color: #1b1b1b; }
p.shares { font: .9rem system-ui, sans-serif; border-left: 4px solid #6c5ba7; padding-left: .6rem; }
.side-sources tbody th { font-weight: 600; }
.side-sources .use { font: 600 .8rem system-ui, sans-serif; }
.side-sources tr.src-differs td:nth-child(2) { font-weight: 600; }
.side-sources tr.src-base-only td:nth-child(3), .side-sources tr.src-version-only td:nth-child(4) { background: #f6f6f6; }
.shared-edits tbody th { white-space: nowrap; font-weight: 600; }
.shared-edits p { margin: 0 0 .3rem; }
table.facts tr.fact-changed td:first-child { font-weight: 600; }
.story-sources td { font: .8rem system-ui, sans-serif; }
ul.chain-tree, ul.chain-tree ul { list-style: none; margin: .3rem 0; padding-left: 1.4rem; }
ul.chain-tree { padding-left: 0; font: .9rem system-ui, sans-serif; }
ul.chain-tree ul { border-left: 2px solid #999; }
ul.chain-tree li { margin: .25rem 0; }
ul.chain-tree ul > li::before { content: '└ '; color: #777; }
.chain-version { font-weight: 600; }
.conf { font-size: .8rem; border: 1px solid #999; border-radius: 3px; padding: 0 .3rem; }
span.conf-high { border-color: #2d6a3e; }
span.conf-ambiguous { border-style: dashed; font-style: italic; }
table.copy-chain tr.conf-ambiguous td { font-style: italic; }
table.copy-chain { margin-top: .8rem; }
li.ambiguous > .claim { font-style: italic; }
a { color: #0645ad; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  @page { margin: 14mm 12mm; }
  h2 { break-before: page; }
  h2.first { break-before: auto; }
  h2, h3, h4 { break-after: avoid; }
  tr, p { break-inside: avoid; }
  thead { display: table-header-group; }
  del, ins, mark, thead th, tr.row-dropped td, tr.row-added td, tr.row-corresponds td.rel { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  ul.chain-tree li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
