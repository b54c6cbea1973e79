// The plain-text front end as a unified parser plugin.
import { createHash } from 'node:crypto'
import type { Root, Settings, SourceFile } from '@colophon/schema'
import type { Processor } from 'unified'
import type { VFile } from 'vfile'
import { buildTree } from './tree.js'

/** Options of the plain-text front end. */
export interface TextOptions {
  /** The manuscript's settings (its sidecar), already read and validated. */
  settings?: Settings
  /** How the manuscript is named in the tree; defaults to the file's path. */
  source?: SourceFile
  /** Offsets of control characters found while decoding. */
  controls?: readonly number[]
  /** A separate file of note bodies, decoded, with its source entry. */
  notes?: { file: VFile; source: SourceFile }
}

/** Makes a unified processor parse plain-text manuscripts into the edition AST. */
export function colophonText(this: Processor, options: TextOptions = {}): void {
  this.parser = (_document: string, file: VFile): Root =>
    buildTree(file, {
      settings: options.settings ?? {},
      source: options.source ?? {
        path: file.path || 'manuscript.txt',
        format: 'text',
        sha256: createHash('sha256').update(String(file.value)).digest('hex')
      },
      ...(options.controls ? { controls: options.controls } : {}),
      ...(options.notes ? { notes: options.notes } : {})
    })
}
