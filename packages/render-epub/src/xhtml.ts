// An XHTML content document from hast: the `<html>` with both namespaces, `lang` and
// `xml:lang`, a head that names the stylesheet, and the body given; serialised as XML, so that
// every document is well-formed whatever the manuscript held (it is all text, escaped).
import type { Element, ElementContent, Properties, Root } from 'hast'
import { toXast } from 'hast-util-to-xast'
import { h } from 'hastscript'
import type { Element as XastElement, Root as XastRoot } from 'xast'
import { toXml } from 'xast-util-to-xml'

/** The namespace of `epub:type`. */
export const opsNamespace = 'http://www.idpf.org/2007/ops'

export interface XhtmlDocument {
  /** `<title>`. */
  title: string
  /** BCP 47 tag of the book. */
  language: string
  /** Attributes of `<body>` (`epub:type`). */
  body?: Properties
  children: ElementContent[]
}

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** The document as XHTML text: an XML declaration, the doctype and `<html>`. */
export function xhtml(document: XhtmlDocument): string {
  const html = h(
    'html',
    { lang: document.language, xmlLang: document.language, 'xmlns:epub': opsNamespace },
    [
      text('\n'),
      h('head', [
        text('\n'),
        h('meta', { charSet: 'utf-8' }),
        text('\n'),
        h('title', document.title),
        text('\n'),
        h('link', { rel: 'stylesheet', type: 'text/css', href: 'style.css' }),
        text('\n')
      ]),
      text('\n'),
      h('body', document.body ?? {}, [text('\n'), ...document.children, text('\n')]),
      text('\n')
    ]
  )
  const root: Root = { type: 'root', children: [{ type: 'doctype' }, text('\n'), html, text('\n')] }
  return declaration + serialise(toXast(root) as XastRoot)
}

/** An XML document of the element `root`: the declaration, the element, a line end. */
export function xmlDocument(root: XastElement): string {
  return declaration + serialise({ type: 'root', children: [root, text('\n')] })
}

/** XML text of a xast tree: empty elements closed as `<br/>`. */
export function serialise(tree: XastRoot): string {
  return toXml(tree, { closeEmptyElements: true })
}

export function text(value: string): { type: 'text'; value: string } {
  return { type: 'text', value }
}

/** Whether `node` is an element named `tagName` (and of class `className`, when given). */
export function isElement(
  node: ElementContent | Root | undefined,
  tagName?: string,
  className?: string
): node is Element {
  if (node?.type !== 'element') return false
  if (tagName !== undefined && node.tagName !== tagName) return false
  if (className === undefined) return true
  const classes = node.properties.className
  return Array.isArray(classes) && classes.includes(className)
}
