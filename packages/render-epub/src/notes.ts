// Notes a reading system can pop up: the HTML edition's note references and notes, which carry
// their DPUB-ARIA roles already (`doc-noteref`, `doc-endnotes`, `doc-backlink`), are given the
// EPUB's own types too: `epub:type="noteref"` on each reference, `endnotes` on a chapter's
// notes and `endnote` on each note.
import { isNoteId } from '@colophon/render-html'
import type { ElementContent } from 'hast'
import { walk } from './links.js'
import { isElement } from './xhtml.js'

/** Adds the EPUB's note types to the references and notes in `nodes`. */
export function markNotes(nodes: readonly ElementContent[]): void {
  walk(nodes, (element) => {
    const role = element.properties.role
    if (isElement(element, 'a') && role === 'doc-noteref') {
      element.properties['epub:type'] = 'noteref'
    } else if (isElement(element, 'section') && role === 'doc-endnotes') {
      element.properties['epub:type'] = 'endnotes'
      for (const list of element.children) {
        if (!isElement(list, 'ol')) continue
        for (const item of list.children) {
          const id = isElement(item, 'li') ? item.properties.id : undefined
          if (isElement(item) && typeof id === 'string' && isNoteId(id)) {
            item.properties['epub:type'] = 'endnote'
          }
        }
      }
    }
  })
}
