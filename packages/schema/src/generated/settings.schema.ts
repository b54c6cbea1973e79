// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
export const settingsSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://colophon.dev/schemas/settings.schema.json",
  "title": "Settings",
  "description": "Settings for one manuscript: a sidecar `name.yaml` beside `name.txt`.",
  "type": "object",
  "additionalProperties": false,
  "properties": {
    "title": {
      "description": "Title of the edition.",
      "type": "string",
      "minLength": 1
    },
    "author": {
      "type": "string",
      "minLength": 1
    },
    "work": {
      "description": "The larger work this text is part of, e.g. the book a chapter comes from.",
      "type": "string",
      "minLength": 1
    },
    "language": {
      "description": "BCP 47 language tag; `en` when absent.",
      "type": "string",
      "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
    },
    "encoding": {
      "description": "Encoding of the manuscript when it is not UTF-8 (UTF-16 is recognised by its byte-order mark).",
      "enum": [
        "utf-8",
        "utf-16le",
        "utf-16be",
        "latin1",
        "windows-1252"
      ]
    },
    "exclude": {
      "description": "Blocks to keep out of the text: web-page labels, boilerplate trailers.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/exclusion"
      }
    },
    "notes": {
      "$ref": "#/$defs/notesSettings"
    },
    "rules": {
      "$ref": "#/$defs/ruleSettings"
    }
  },
  "$defs": {
    "exclusion": {
      "title": "Exclusion",
      "oneOf": [
        {
          "title": "ExcludeText",
          "description": "A block whose text, trimmed, is exactly this.",
          "type": "object",
          "required": [
            "text"
          ],
          "additionalProperties": false,
          "properties": {
            "text": {
              "type": "string",
              "minLength": 1
            }
          }
        },
        {
          "title": "ExcludePattern",
          "description": "Blocks matching this regular expression, unanchored (add `^`/`$` to anchor), in RE2 syntax: JavaScript's without look-around and back-references, so that it runs in linear time.",
          "type": "object",
          "required": [
            "pattern"
          ],
          "additionalProperties": false,
          "properties": {
            "pattern": {
              "type": "string",
              "minLength": 1,
              "maxLength": 500
            },
            "flags": {
              "type": "string",
              "pattern": "^[imsu]*$"
            }
          }
        },
        {
          "title": "ExcludeBlock",
          "description": "A block by its place: 1 is the first, -1 the last.",
          "type": "object",
          "required": [
            "block"
          ],
          "additionalProperties": false,
          "properties": {
            "block": {
              "type": "integer",
              "not": {
                "const": 0
              }
            }
          }
        }
      ]
    },
    "notesSettings": {
      "title": "NotesSettings",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "bodies": {
          "description": "`present` (default): every referenced note must have its body, and an absent one is an error. `absent`: the source is known to lack its note bodies.",
          "enum": [
            "present",
            "absent"
          ]
        },
        "file": {
          "description": "A separate file holding the note bodies, relative to the manuscript.",
          "type": "string",
          "minLength": 1
        },
        "repeats": {
          "description": "A glued numeral that repeats a note number already cited in the chapter (`…worship.”1` twice): `report` (default) it as a numbering fault, or `allow` it as the same note cited again. A numeral set off by spaces counts as glued. Bracketed, caret, angle, symbol and Markdown markers may always cite a note again.",
          "enum": [
            "allow",
            "report"
          ]
        },
        "markers": {
          "description": "The ways the text writes its note markers, when detection should not guess: only these are read as notes, and every other numeral, bracket or symbol stays text. Absent: every style is tried, and numerals set off by spaces or in parentheses are read only where the note bodies' numbers support them.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/markerStyleSetting"
          },
          "minItems": 1,
          "uniqueItems": true
        },
        "labels": {
          "description": "Markdown: how footnotes are printed. `number` (default): by their number in the order of first reference, whatever their labels (`[^relational]`, `[^7]`), as pandoc does; `keep`: by their labels as written, a numeric label keeping its number.",
          "enum": [
            "number",
            "keep"
          ]
        },
        "headings": {
          "description": "Headings of the text's notes sections that the parser does not know by itself (it knows Notes, Footnotes, Endnotes and their like in the manuscript's language), as written; case does not matter, and a heading may go on with `to …` (`NOTES TO BOOK II`).",
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "minItems": 1,
          "uniqueItems": true
        },
        "numbering": {
          "description": "Where the note numbers start afresh: `chapter` (with every chapter, letter or poem a heading opens) or `book` (one sequence through the whole text). Absent: found from the text (a chapter whose first note is 1 starts afresh).",
          "enum": [
            "chapter",
            "book"
          ]
        }
      }
    },
    "markerStyleSetting": {
      "title": "MarkerStyleSetting",
      "description": "A way of writing note markers: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `†`, `‡`, `§`, an editor's letter `[a]`).",
      "enum": [
        "glued",
        "spaced",
        "bracket",
        "angle",
        "paren",
        "caret",
        "superscript",
        "symbol"
      ]
    },
    "ruleLevel": {
      "title": "RuleLevel",
      "description": "How much a rule's messages matter: `off` drops them, `info` is for review, `warn` is a warning, `error` fails the check.",
      "enum": [
        "off",
        "info",
        "warn",
        "error"
      ]
    },
    "ruleSettings": {
      "title": "RuleSettings",
      "description": "Severity of the checks, by rule id (see the rules of @colophon/check); a rule not named keeps its default.",
      "type": "object",
      "additionalProperties": false,
      "properties": {
        "note-defined": {
          "$ref": "#/$defs/ruleLevel"
        },
        "notes-absent": {
          "$ref": "#/$defs/ruleLevel"
        },
        "note-used": {
          "$ref": "#/$defs/ruleLevel"
        },
        "note-unique": {
          "$ref": "#/$defs/ruleLevel"
        },
        "note-sequence": {
          "$ref": "#/$defs/ruleLevel"
        },
        "marker-ambiguous": {
          "$ref": "#/$defs/ruleLevel"
        },
        "marker-punctuation": {
          "$ref": "#/$defs/ruleLevel"
        },
        "claim-cited": {
          "$ref": "#/$defs/ruleLevel"
        },
        "settings-invalid": {
          "$ref": "#/$defs/ruleLevel"
        },
        "settings-exclusion-unused": {
          "$ref": "#/$defs/ruleLevel"
        },
        "encoding-invalid": {
          "$ref": "#/$defs/ruleLevel"
        },
        "encoding-bom": {
          "$ref": "#/$defs/ruleLevel"
        },
        "size-limit": {
          "$ref": "#/$defs/ruleLevel"
        },
        "text-control-character": {
          "$ref": "#/$defs/ruleLevel"
        },
        "text-invisible": {
          "$ref": "#/$defs/ruleLevel"
        },
        "text-mojibake": {
          "$ref": "#/$defs/ruleLevel"
        },
        "text-empty": {
          "$ref": "#/$defs/ruleLevel"
        },
        "note-unclosed": {
          "$ref": "#/$defs/ruleLevel"
        },
        "settings-ignored": {
          "$ref": "#/$defs/ruleLevel"
        },
        "settings-unsupported": {
          "$ref": "#/$defs/ruleLevel"
        },
        "markdown-unreadable": {
          "$ref": "#/$defs/ruleLevel"
        },
        "markdown-html": {
          "$ref": "#/$defs/ruleLevel"
        },
        "markdown-template": {
          "$ref": "#/$defs/ruleLevel"
        },
        "image-missing": {
          "$ref": "#/$defs/ruleLevel"
        },
        "image-remote": {
          "$ref": "#/$defs/ruleLevel"
        },
        "image-unsupported": {
          "$ref": "#/$defs/ruleLevel"
        },
        "file-unreadable": {
          "$ref": "#/$defs/ruleLevel"
        }
      }
    }
  }
} as const
