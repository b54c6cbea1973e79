// Running heads and folios. Chapters are paginated apart, so a page's number is known only
// when every chapter before it is done; the heads and folios are therefore set afterwards, as
// a document of their own (one sheet per page that carries any, printed by Chromium in the
// same typeface), and drawn over the pages by the finishing step.
import type { Element, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import type { Layout } from './layout.js'

export interface Furniture {
  /** Index of the page in the finished PDF. */
  page: number
  side: 'left' | 'right'
  /** The running head: the author on a left-hand page, the title on a right-hand one. */
  head: string
  folio: string
}

/** One sheet per entry of `sheets`, in that order, with its head and folio on the outer side. */
export function furnitureDocument(
  sheets: readonly Furniture[],
  layout: Layout,
  fonts: string
): string {
  const { size, margins: m } = layout
  const css = `${fonts}
@page { size: ${size.width}pt ${size.height}pt; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Source Serif 4'; font-size: ${layout.fontSize * 0.85}pt; color: #000; }
.sheet { position: relative; width: ${size.width}pt; height: ${size.height}pt; break-after: page; overflow: hidden; }
.sheet:last-child { break-after: auto; }
.line { position: absolute; top: ${Math.round(m.top * 0.45)}pt; display: flex; justify-content: space-between; align-items: baseline; white-space: nowrap; }
.left .line { left: ${m.outer}pt; right: ${m.inner}pt; }
.right .line { left: ${m.inner}pt; right: ${m.outer}pt; flex-direction: row-reverse; }
.head { font-style: italic; overflow: hidden; text-overflow: ellipsis; max-width: 85%; }
.folio { font-variant-numeric: lining-nums tabular-nums; }
`
  const body: Element[] = sheets.map((sheet) =>
    h('div', { className: ['sheet', sheet.side] }, [
      h('div', { className: ['line'] }, [
        h('span', { className: ['folio'] }, sheet.folio),
        h('span', { className: ['head'] }, sheet.head)
      ])
    ])
  )
  const document: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', {
            httpEquiv: 'Content-Security-Policy',
            content: "default-src 'none'; style-src 'unsafe-inline'; font-src data:"
          }),
          h('style', css)
        ]),
        h('body', body)
      ])
    ]
  }
  return toHtml(document, { upperDoctype: true })
}
