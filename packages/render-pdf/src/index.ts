// Public API of @colophon/render-pdf.
export { BrowserNotFoundError, type FoundBrowser, findBrowser } from '@colophon/browser'
export type { AuditFinding, AuditReport, AuditRule } from './audit.js'
export type { ParagraphStyle } from './layout.js'
export type { PdfOptions } from './options.js'
export { type PageSize, parsePageSize } from './page-size.js'
export { type Budgets, RenderError } from './paginate.js'
export { type Concordance, type PdfResult, renderPdf } from './render-pdf.js'
