// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
export const readerSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://colophon.dev/schemas/reader.schema.json",
  "title": "ReaderManifest",
  "description": "A course reader: chapters and excerpts of several manuscripts compiled into one edition (`colophon build reader.yaml`).",
  "type": "object",
  "required": [
    "title",
    "entries"
  ],
  "additionalProperties": false,
  "properties": {
    "title": {
      "description": "Title of the reader.",
      "type": "string",
      "minLength": 1
    },
    "subtitle": {
      "type": "string",
      "minLength": 1
    },
    "course": {
      "description": "The course the reader is for, e.g. `HIST 210: Europe 1914–1945`.",
      "type": "string",
      "minLength": 1
    },
    "instructor": {
      "type": "string",
      "minLength": 1
    },
    "term": {
      "description": "When the course runs, e.g. `Spring 2026`.",
      "type": "string",
      "minLength": 1
    },
    "notice": {
      "description": "Rights or fair-use statement, printed on the back of the title page.",
      "type": "string",
      "minLength": 1
    },
    "language": {
      "description": "BCP 47 language tag of the reader: its words (contents, notes, sources…) and hyphenation; when absent, its first source's language.",
      "type": "string",
      "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
    },
    "page": {
      "$ref": "#/$defs/page"
    },
    "notes": {
      "$ref": "#/$defs/notes"
    },
    "entries": {
      "description": "The chapters and excerpts, in reading order.",
      "type": "array",
      "minItems": 1,
      "items": {
        "$ref": "#/$defs/entry"
      }
    }
  },
  "$defs": {
    "entry": {
      "title": "ReaderEntry",
      "description": "One chapter of the reader: a manuscript, whole or in part.",
      "type": "object",
      "required": [
        "source"
      ],
      "additionalProperties": false,
      "properties": {
        "source": {
          "description": "The manuscript, as a path relative to the manifest, inside the project.",
          "type": "string",
          "minLength": 1
        },
        "title": {
          "description": "Title of the chapter; the manuscript's own title when absent.",
          "type": "string",
          "minLength": 1
        },
        "select": {
          "$ref": "#/$defs/selection"
        },
        "introduction": {
          "description": "The editor's introduction to the chapter, in Markdown.",
          "type": "string",
          "minLength": 1
        }
      }
    },
    "selection": {
      "title": "ReaderSelection",
      "description": "The parts of the manuscript to include; the whole manuscript when absent. Ids are the manuscript's own, so an excerpt keeps its original paragraph numbers.",
      "type": "object",
      "additionalProperties": false,
      "minProperties": 1,
      "properties": {
        "sections": {
          "description": "Sections by number, counting from 1.",
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "type": "integer",
            "minimum": 1
          }
        },
        "paragraphs": {
          "description": "Paragraphs by id: one (`p7`) or an inclusive range (`p5-p20`).",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/paragraphRange"
          }
        },
        "claims": {
          "description": "Claims (sentences) by id: one (`p12.3`) or an inclusive range (`p12.3-p14.2`).",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/claimRange"
          }
        }
      }
    },
    "paragraphRange": {
      "title": "ParagraphRange",
      "description": "A paragraph id (`p7`) or an inclusive range of them (`p5-p20`).",
      "type": "string",
      "pattern": "^p[1-9][0-9]{0,5}(-p[1-9][0-9]{0,5})?$"
    },
    "claimRange": {
      "title": "ClaimRange",
      "description": "A claim id (`p12.3`) or an inclusive range of them (`p12.3-p14.2`).",
      "type": "string",
      "pattern": "^p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3}(-p[1-9][0-9]{0,5}\\.[1-9][0-9]{0,3})?$"
    },
    "notes": {
      "title": "ReaderNotes",
      "description": "Where the notes go and how they are numbered.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "placement": {
          "$ref": "#/$defs/notePlacement"
        },
        "numbering": {
          "$ref": "#/$defs/noteNumbering"
        }
      }
    },
    "notePlacement": {
      "title": "NotePlacement",
      "description": "`foot`: at the foot of the page; `chapter` (default): at the end of each chapter; `reader`: at the end of the reader.",
      "enum": [
        "foot",
        "chapter",
        "reader"
      ]
    },
    "noteNumbering": {
      "title": "NoteNumbering",
      "description": "`source` (default): the numbers of the manuscript; `chapter`: from 1 in each chapter; `continuous`: from 1 through the reader, with a table from the new numbers to the original ones.",
      "enum": [
        "source",
        "chapter",
        "continuous"
      ]
    },
    "page": {
      "title": "ReaderPage",
      "description": "The printed page.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "size": {
          "description": "Trim size: `A4`, `A5`, `Letter`, or width by height with a unit (`in`, `mm`, `cm`, `pt`), such as `6x9in` or `148x210mm`.",
          "type": "string",
          "pattern": "^(A4|A5|Letter|[0-9]{1,4}(\\.[0-9]{1,3})?x[0-9]{1,4}(\\.[0-9]{1,3})?(in|mm|cm|pt))$"
        }
      }
    }
  }
} as const
