// The rule registry: every rule id Colophon reports, with its default severity and what to do.
// Rules found by the checker have an implementation in `checks.ts`; the others come from the
// parser and are passed through, with the severity the settings give them.
import type { RuleSettings, Severity } from '@colophon/schema'

/** What the registry says about one rule. */
export interface Rule {
  /** Severity when neither the settings nor the command line say otherwise. */
  readonly severity: Severity
  /** The invariant, in one sentence. */
  readonly description: string
  /** What to do about a message. */
  readonly fix: string
  /** Where the rule is documented, relative to the repository root. */
  readonly docs: string
  /** `check`: found by `check` over the tree; `parser`: reported by the parser, passed through. */
  readonly origin: 'check' | 'parser'
}

/** A rule id; the settings schema lists the same ids. */
export type RuleId = keyof RuleSettings

const checkDocs = 'packages/check/README.md#rules'
const parserDocs = 'packages/parser/README.md#diagnostics'

/** Every rule, by id. */
export const rules = {
  'note-defined': {
    severity: 'error',
    description: 'Every note reference has a note body.',
    fix: 'Add the missing note to the notes (a closing `Notes` section, or the file named by `notes.file`), or remove the marker.',
    docs: checkDocs,
    origin: 'check'
  },
  'notes-absent': {
    severity: 'error',
    description:
      'A manuscript with note references has note bodies; reported once when it has none at all (info when the settings declare `notes.bodies: absent`).',
    fix: 'Add the notes, or declare `notes.bodies: absent` in the settings when the source is known to lack them.',
    docs: checkDocs,
    origin: 'check'
  },
  'note-used': {
    severity: 'warning',
    description: 'Every note body is referenced from the text.',
    fix: 'Add the marker where the note belongs, or remove the note.',
    docs: checkDocs,
    origin: 'check'
  },
  'note-unique': {
    severity: 'error',
    description: 'A note number has one body in its chapter.',
    fix: 'Keep one of the bodies and remove or renumber the other.',
    docs: checkDocs,
    origin: 'check'
  },
  'note-sequence': {
    severity: 'error',
    description:
      'Note references in each chapter number 1, 2, 3… in reading order (or continue from the previous chapter): no gap, repeat or reversal.',
    fix: 'Add the missing marker, remove the repeated one or put them in order; or renumber the notes. A glued numeral that cites an earlier note again is allowed with `notes.repeats: allow`.',
    docs: checkDocs,
    origin: 'check'
  },
  'marker-ambiguous': {
    severity: 'info',
    description:
      'A note marker read by a guess (`1933.7` as the year and note 7), or numerals that could be a note read as text.',
    fix: 'Check the reading; write the marker in brackets (`[7]`) to make it unambiguous.',
    docs: checkDocs,
    origin: 'check'
  },
  'marker-punctuation': {
    severity: 'warning',
    description: 'A note marker follows punctuation, not a bare word (`cubits13 long`).',
    fix: 'Check that the numeral is a note, and move it after the punctuation that ends the clause.',
    docs: checkDocs,
    origin: 'check'
  },
  'claim-cited': {
    severity: 'warning',
    description:
      'In a chapter that has notes, every quotation and figure is covered by a note that follows it in its paragraph.',
    fix: 'Add a note that gives the source, or check whether the claim needs one.',
    docs: checkDocs,
    origin: 'check'
  },
  'settings-invalid': {
    severity: 'error',
    description: 'The settings sidecar is valid YAML and follows its schema.',
    fix: 'Fix the setting at the place given.',
    docs: parserDocs,
    origin: 'parser'
  },
  'settings-exclusion-unused': {
    severity: 'warning',
    description: 'Every `exclude` entry of the settings matches a block.',
    fix: 'Correct the entry or remove it.',
    docs: parserDocs,
    origin: 'parser'
  },
  'encoding-invalid': {
    severity: 'error',
    description: 'The bytes are valid in the encoding of the manuscript.',
    fix: 'Set `encoding` in the settings, or convert the file to UTF-8.',
    docs: parserDocs,
    origin: 'parser'
  },
  'encoding-bom': {
    severity: 'info',
    description: 'A UTF-8 byte-order mark was removed.',
    fix: 'Nothing, or save the file without the mark.',
    docs: parserDocs,
    origin: 'parser'
  },
  'size-limit': {
    severity: 'error',
    description: 'A manuscript is at most 64 MiB.',
    fix: 'Split the file by part or chapter.',
    docs: parserDocs,
    origin: 'parser'
  },
  'text-control-character': {
    severity: 'error',
    description: 'The text holds no NUL or other control characters.',
    fix: 'Remove them; the file may be damaged or binary.',
    docs: parserDocs,
    origin: 'parser'
  },
  'text-invisible': {
    severity: 'warning',
    description:
      'The text holds no invisible characters: bidi controls, zero-width spaces, line or paragraph separators, noncharacters.',
    fix: 'Remove them unless they are meant; they are kept in the text.',
    docs: parserDocs,
    origin: 'parser'
  },
  'text-mojibake': {
    severity: 'warning',
    description:
      'The text is not doubly encoded (UTF-8 read as Windows-1252 and saved again: `â€™`, `Ã©`).',
    fix: 'Convert the text back, take it again from its source, or correct `encoding`.',
    docs: parserDocs,
    origin: 'parser'
  },
  'text-empty': {
    severity: 'warning',
    description: 'A manuscript holds text.',
    fix: 'Add the text or remove the file.',
    docs: parserDocs,
    origin: 'parser'
  },
  'note-unclosed': {
    severity: 'warning',
    description: 'A `[Footnote n:` block is closed with `]`.',
    fix: 'Add the closing bracket where the note ends.',
    docs: parserDocs,
    origin: 'parser'
  },
  'settings-ignored': {
    severity: 'warning',
    description:
      'Every setting given is read: a Markdown manuscript takes its settings from its front matter or a sidecar, not both, and its front matter holds no keys of other tools.',
    fix: 'Move the settings into the front matter and delete the sidecar, or the other way round; a key another tool reads may stay (it is ignored).',
    docs: parserDocs,
    origin: 'parser'
  },
  'settings-unsupported': {
    severity: 'warning',
    description: 'Every setting given applies to the manuscript’s format.',
    fix: 'Remove the setting; Markdown manuscripts are UTF-8 and carry their notes as footnotes.',
    docs: parserDocs,
    origin: 'parser'
  },
  'markdown-unreadable': {
    severity: 'error',
    description: 'The Markdown can be parsed.',
    fix: 'Simplify the construct named in the message (for example very deep nesting).',
    docs: parserDocs,
    origin: 'parser'
  },
  'markdown-template': {
    severity: 'warning',
    description:
      'A Markdown manuscript holds no template tags of a site generator (`{% include figure.html %}`): the edition does not show them.',
    fix: 'Write what the tag stands for in Markdown (a figure as an image, a contents list as nothing), or remove it.',
    docs: parserDocs,
    origin: 'parser'
  },
  'markdown-html': {
    severity: 'warning',
    description:
      'A Markdown manuscript holds no raw HTML: the edition does not show it (comments are dropped without a word).',
    fix: 'Write what the HTML holds in Markdown, or remove it.',
    docs: parserDocs,
    origin: 'parser'
  },
  'image-missing': {
    severity: 'error',
    description:
      'Every image of a Markdown manuscript is found: a file at the path written, relative to the manuscript.',
    fix: 'Add the image file beside the manuscript, or correct its path.',
    docs: parserDocs,
    origin: 'parser'
  },
  'image-remote': {
    severity: 'warning',
    description:
      'A Markdown manuscript names its images by their files, not by URL: an edition fetches nothing, and shows the alt text of a remote image instead.',
    fix: 'Save the image beside the manuscript and write its path.',
    docs: parserDocs,
    origin: 'parser'
  },
  'image-unsupported': {
    severity: 'error',
    description: 'Every image of a Markdown manuscript is a PNG, JPEG, GIF, WebP or SVG image.',
    fix: 'Convert the image to one of these kinds.',
    docs: parserDocs,
    origin: 'parser'
  },
  'file-unreadable': {
    severity: 'error',
    description: 'The manuscript, its settings and its notes file can be read.',
    fix: 'Check the path and the permissions.',
    docs: parserDocs,
    origin: 'parser'
  }
} as const satisfies Record<RuleId, Rule>

/** Whether `id` names a rule of the registry. */
export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(rules, id)
}
