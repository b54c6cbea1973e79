// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
export const editionSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://colophon.dev/schemas/edition.schema.json",
  "title": "Root",
  "description": "The edition AST: one manuscript (or a composed reader) as a unist tree that extends mdast.",
  "type": "object",
  "required": [
    "type",
    "meta",
    "children"
  ],
  "additionalProperties": false,
  "properties": {
    "type": {
      "const": "root"
    },
    "meta": {
      "$ref": "#/$defs/meta"
    },
    "children": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/chapter"
      }
    },
    "omitted": {
      "description": "Spans of the source kept out of the text on purpose, so every character stays accounted for.",
      "type": "array",
      "items": {
        "$ref": "#/$defs/omission"
      }
    },
    "position": {
      "$ref": "#/$defs/position"
    }
  },
  "$defs": {
    "point": {
      "title": "Point",
      "description": "A place in the source: 1-based line and column, 0-based offset in UTF-16 code units of the decoded text.",
      "type": "object",
      "required": [
        "line",
        "column",
        "offset"
      ],
      "additionalProperties": false,
      "properties": {
        "line": {
          "type": "integer",
          "minimum": 1
        },
        "column": {
          "type": "integer",
          "minimum": 1
        },
        "offset": {
          "type": "integer",
          "minimum": 0
        }
      }
    },
    "position": {
      "title": "Position",
      "type": "object",
      "required": [
        "start",
        "end"
      ],
      "additionalProperties": false,
      "properties": {
        "start": {
          "$ref": "#/$defs/point"
        },
        "end": {
          "$ref": "#/$defs/point"
        }
      }
    },
    "sha256": {
      "title": "Sha256",
      "type": "string",
      "pattern": "^[0-9a-f]{64}$"
    },
    "sourceFile": {
      "title": "SourceFile",
      "description": "A file the tree was read from.",
      "type": "object",
      "required": [
        "path",
        "format",
        "sha256"
      ],
      "additionalProperties": false,
      "properties": {
        "path": {
          "type": "string",
          "minLength": 1
        },
        "format": {
          "enum": [
            "text",
            "markdown"
          ]
        },
        "sha256": {
          "$ref": "#/$defs/sha256"
        }
      }
    },
    "meta": {
      "title": "Meta",
      "type": "object",
      "required": [
        "title",
        "language",
        "sources"
      ],
      "additionalProperties": false,
      "properties": {
        "title": {
          "type": "string"
        },
        "subtitle": {
          "type": "string"
        },
        "author": {
          "type": "string"
        },
        "editor": {
          "description": "Who compiled the edition (a reader's instructor): named under its title, never as its author.",
          "type": "string"
        },
        "work": {
          "description": "The larger work this text is part of.",
          "type": "string"
        },
        "notice": {
          "description": "Rights or fair-use statement, printed with the sources (a reader's).",
          "type": "string"
        },
        "language": {
          "description": "BCP 47 language tag.",
          "type": "string",
          "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
        },
        "sources": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/sourceFile"
          }
        }
      }
    },
    "omission": {
      "title": "Omission",
      "type": "object",
      "required": [
        "reason",
        "position"
      ],
      "additionalProperties": false,
      "properties": {
        "reason": {
          "description": "`excluded`: a block the settings exclude; `title`: the manuscript's own title line (it becomes `meta.title` unless the settings give one); `notes-heading`: the heading of a notes section whose entries became note bodies; `break`: an ornamental section break (`* * *`); `html`: raw HTML or an HTML comment in a Markdown manuscript, which the edition does not show; `template`: a paragraph of a site generator's template tags (`{% include toc.html %}`).",
          "enum": [
            "excluded",
            "title",
            "notes-heading",
            "break",
            "html",
            "template"
          ]
        },
        "rule": {
          "description": "The settings entry that excluded it, e.g. `exclude[1]`.",
          "type": "string"
        },
        "file": {
          "description": "In a book of several files: the file it stands in (its path as in `meta.sources`).",
          "type": "string",
          "minLength": 1
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "chapter": {
      "title": "Chapter",
      "description": "A chapter, part or letter: the scope in which note numbers run and paragraph numbers restart.",
      "type": "object",
      "required": [
        "type",
        "id",
        "source",
        "children",
        "notes"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "chapter"
        },
        "id": {
          "type": "string",
          "pattern": "^c[0-9]+$"
        },
        "title": {
          "type": "string"
        },
        "titlePosition": {
          "$ref": "#/$defs/position"
        },
        "titleContent": {
          "$ref": "#/$defs/titleContent"
        },
        "part": {
          "description": "The heading of the part or book this chapter opens, when one stands before it.",
          "type": "string"
        },
        "partPosition": {
          "$ref": "#/$defs/position"
        },
        "source": {
          "$ref": "#/$defs/sourceFile"
        },
        "origin": {
          "description": "In a reader: the work this excerpt was taken from, and which of its paragraphs it holds.",
          "type": "object",
          "required": [
            "title",
            "paragraphs"
          ],
          "additionalProperties": false,
          "properties": {
            "title": {
              "type": "string"
            },
            "author": {
              "type": "string"
            },
            "work": {
              "type": "string"
            },
            "paragraphs": {
              "description": "The source's paragraph numbers, as runs: `5–9, 12`.",
              "type": "string"
            }
          }
        },
        "introduction": {
          "$ref": "#/$defs/introduction"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/section"
          }
        },
        "notes": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/footnoteDefinition"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "introduction": {
      "title": "Introduction",
      "description": "In a reader: the editor's introduction to the chapter, from the manifest's Markdown. The editor's words, kept apart from the source's: no paragraph numbers, no claims, no notes, and no positions (the text is the manifest's, not the manuscript's).",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "introduction"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introBlock"
          }
        }
      }
    },
    "introBlock": {
      "title": "IntroBlock",
      "description": "A block of an introduction: a paragraph, a list or a quotation.",
      "oneOf": [
        {
          "$ref": "#/$defs/introParagraph"
        },
        {
          "$ref": "#/$defs/introList"
        },
        {
          "$ref": "#/$defs/introQuote"
        }
      ]
    },
    "introParagraph": {
      "title": "IntroParagraph",
      "description": "A paragraph of the editor's: unnumbered, and not split into claims.",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "introParagraph"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introInline"
          }
        }
      }
    },
    "introList": {
      "title": "IntroList",
      "description": "A list of the editor's, numbered when `ordered`: one level, each item a run of inline text.",
      "type": "object",
      "required": [
        "type",
        "ordered",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "introList"
        },
        "ordered": {
          "type": "boolean"
        },
        "children": {
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/introListItem"
          }
        }
      }
    },
    "introListItem": {
      "title": "IntroListItem",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "introListItem"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introInline"
          }
        }
      }
    },
    "introQuote": {
      "title": "IntroQuote",
      "description": "A passage the editor quotes, set off as a block.",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "introQuote"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introParagraph"
          }
        }
      }
    },
    "introInline": {
      "title": "IntroInline",
      "description": "The inline content of an introduction: as a claim's, but with no note references.",
      "oneOf": [
        {
          "$ref": "#/$defs/text"
        },
        {
          "$ref": "#/$defs/introEmphasis"
        },
        {
          "$ref": "#/$defs/introStrong"
        },
        {
          "$ref": "#/$defs/introLink"
        },
        {
          "$ref": "#/$defs/break"
        }
      ]
    },
    "introEmphasis": {
      "title": "IntroEmphasis",
      "description": "Emphasis in an introduction: an `emphasis` whose content has no note references.",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "emphasis"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introInline"
          }
        }
      }
    },
    "introStrong": {
      "title": "IntroStrong",
      "description": "Strong text in an introduction: a `strong` whose content has no note references.",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "strong"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introInline"
          }
        }
      }
    },
    "introLink": {
      "title": "IntroLink",
      "description": "A link in an introduction: a `link` whose content has no note references. The renderers decide whether its URL may be followed.",
      "type": "object",
      "required": [
        "type",
        "url",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "link"
        },
        "url": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/introInline"
          }
        }
      }
    },
    "section": {
      "title": "Section",
      "type": "object",
      "required": [
        "type",
        "id",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "section"
        },
        "id": {
          "type": "string",
          "pattern": "^(c[0-9]+-)?s[0-9]+$"
        },
        "title": {
          "type": "string"
        },
        "titlePosition": {
          "$ref": "#/$defs/position"
        },
        "titleContent": {
          "$ref": "#/$defs/titleContent"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "block": {
      "title": "Block",
      "description": "A block of a section: a paragraph of prose, a block of code, a table, a quotation, a list or a figure.",
      "oneOf": [
        {
          "$ref": "#/$defs/paragraph"
        },
        {
          "$ref": "#/$defs/code"
        },
        {
          "$ref": "#/$defs/table"
        },
        {
          "$ref": "#/$defs/quote"
        },
        {
          "$ref": "#/$defs/list"
        },
        {
          "$ref": "#/$defs/figure"
        }
      ]
    },
    "figure": {
      "title": "Figure",
      "description": "An image standing alone (a Markdown paragraph of one image, or an HTML `<figure>`), with its caption. It is no prose: it has no paragraph number and no claims, but its caption may cite notes.",
      "type": "object",
      "required": [
        "type",
        "id",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "figure"
        },
        "id": {
          "type": "string",
          "pattern": "^(c[0-9]+-)?figure[0-9]+$"
        },
        "children": {
          "description": "The figure's image.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/image"
          },
          "minItems": 1,
          "maxItems": 1
        },
        "caption": {
          "description": "The caption as written: the line under the image, an HTML `<figcaption>`, or else the image's title.",
          "type": "array",
          "minItems": 1,
          "items": {
            "$ref": "#/$defs/inline"
          }
        },
        "captionPosition": {
          "$ref": "#/$defs/position"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "list": {
      "title": "List",
      "description": "A list (Markdown's `-` or `1.`): items of paragraphs, numbered with the text's. An item may hold lists of its own, to any depth, and code and quotations.",
      "type": "object",
      "required": [
        "type",
        "id",
        "ordered",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "list"
        },
        "id": {
          "type": "string",
          "pattern": "^(c[0-9]+-)?([a-z0-9-]+\\.)?l[0-9]+$"
        },
        "ordered": {
          "description": "Numbered (`1.`) rather than bulleted (`-`).",
          "type": "boolean"
        },
        "start": {
          "description": "The number of an ordered list's first item, when not 1.",
          "type": "integer",
          "minimum": 0
        },
        "spread": {
          "description": "Loose: blank lines between its items.",
          "type": "boolean"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/listItem"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "listItem": {
      "title": "ListItem",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "listItem"
        },
        "checked": {
          "description": "A task item (`- [x]`): whether it is done.",
          "type": "boolean"
        },
        "children": {
          "description": "The item's blocks, in reading order: its paragraphs (numbered with the text's), and the lists, quotations, code, tables and figures inside it.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "quote": {
      "title": "Quote",
      "description": "A block quotation (Markdown's `>`): another's words, its paragraphs numbered with the text's and their claims quotations (those of the lists and quotations inside it too).",
      "type": "object",
      "required": [
        "type",
        "id",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "quote"
        },
        "id": {
          "type": "string",
          "pattern": "^(c[0-9]+-)?([a-z0-9-]+\\.)?q[0-9]+$"
        },
        "children": {
          "description": "The quotation's blocks, in reading order: paragraphs, and the lists, quotations, code, tables and figures inside it.",
          "type": "array",
          "items": {
            "$ref": "#/$defs/block"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "table": {
      "title": "Table",
      "description": "A table (GFM): rows of cells, the first row its header. It is no prose: it has no paragraph number and no claims, but its cells may cite notes.",
      "type": "object",
      "required": [
        "type",
        "id",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "table"
        },
        "id": {
          "type": "string",
          "pattern": "^(c[0-9]+-)?([a-z0-9-]+\\.)?table[0-9]+$"
        },
        "align": {
          "description": "Each column's alignment, as the delimiter row gives it.",
          "type": "array",
          "items": {
            "enum": [
              "left",
              "right",
              "center",
              "none"
            ]
          }
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/tableRow"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "tableRow": {
      "title": "TableRow",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "tableRow"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/tableCell"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "tableCell": {
      "title": "TableCell",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "tableCell"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/inline"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "code": {
      "title": "Code",
      "description": "A block of code or preformatted text (Markdown's fenced or indented code), shown as written, line by line, in a monospace face. It is no prose: it has no paragraph number and no claims.",
      "type": "object",
      "required": [
        "type",
        "id",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "code"
        },
        "id": {
          "type": "string",
          "pattern": "^(c[0-9]+-)?([a-z0-9-]+\\.)?code[0-9]+$"
        },
        "lang": {
          "description": "The language named after the opening fence (```js).",
          "type": "string"
        },
        "value": {
          "description": "The code, its lines as written.",
          "type": "string"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "paragraph": {
      "title": "Paragraph",
      "type": "object",
      "required": [
        "type",
        "id",
        "n",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "paragraph"
        },
        "id": {
          "description": "`p12`; `c2-p12` when the edition has several chapters; `c1-n7.p1` in a note body.",
          "type": "string",
          "pattern": "^[a-z0-9.-]+$"
        },
        "n": {
          "description": "Number of the paragraph within its chapter (or note).",
          "type": "integer",
          "minimum": 1
        },
        "verse": {
          "description": "Line breaks in this paragraph are meaningful (verse, addresses, tables).",
          "const": true
        },
        "elided": {
          "description": "In a reader: how many paragraphs of the source were left out just before this one, inside the excerpt (across a section's end too).",
          "type": "integer",
          "minimum": 1
        },
        "elidedAfter": {
          "description": "In a reader: how many sentences of this paragraph were left out at its end.",
          "type": "integer",
          "minimum": 1
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/claim"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "claimKind": {
      "title": "ClaimKind",
      "enum": [
        "quotation",
        "figure",
        "date",
        "attribution"
      ]
    },
    "claim": {
      "title": "Claim",
      "description": "A sentence: the unit a reader cites and a fact-checker checks.",
      "type": "object",
      "required": [
        "type",
        "id",
        "kinds",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "claim"
        },
        "id": {
          "description": "Paragraph id, a dot, the claim's number in it: `p12.3`.",
          "type": "string",
          "pattern": "^[a-z0-9.-]+\\.[0-9]+$"
        },
        "kinds": {
          "type": "array",
          "uniqueItems": true,
          "items": {
            "$ref": "#/$defs/claimKind"
          }
        },
        "citedBy": {
          "description": "Identifier of the note that supports this claim.",
          "type": "string"
        },
        "elided": {
          "description": "In a reader: how many sentences of its paragraph were left out just before this one.",
          "type": "integer",
          "minimum": 1
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/inline"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "titleContent": {
      "title": "TitleContent",
      "description": "A title as written when it cites a note: its words and its note references in their places. `title` holds the words alone, for contents, running heads and bookmarks.",
      "type": "array",
      "minItems": 1,
      "items": {
        "anyOf": [
          {
            "$ref": "#/$defs/text"
          },
          {
            "$ref": "#/$defs/footnoteReference"
          }
        ]
      }
    },
    "inline": {
      "title": "Inline",
      "oneOf": [
        {
          "$ref": "#/$defs/text"
        },
        {
          "$ref": "#/$defs/emphasis"
        },
        {
          "$ref": "#/$defs/strong"
        },
        {
          "$ref": "#/$defs/link"
        },
        {
          "$ref": "#/$defs/break"
        },
        {
          "$ref": "#/$defs/footnoteReference"
        },
        {
          "$ref": "#/$defs/image"
        },
        {
          "$ref": "#/$defs/inlineCode"
        },
        {
          "$ref": "#/$defs/anchor"
        }
      ]
    },
    "anchor": {
      "title": "Anchor",
      "description": "A place the manuscript names for its own links to lead to (Markdown's `<a id=\"x\"></a>`, `<span id=\"x\">`): a link whose address is `#x` leads here.",
      "type": "object",
      "required": [
        "type",
        "name"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "anchor"
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "inlineCode": {
      "title": "InlineCode",
      "description": "Code in a sentence (Markdown's `` `-Wall` ``): its characters as written, without the backticks, set in a monospace face and never cut into sentences or hyphenated.",
      "type": "object",
      "required": [
        "type",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "inlineCode"
        },
        "value": {
          "type": "string"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "text": {
      "title": "Text",
      "type": "object",
      "required": [
        "type",
        "value"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "text"
        },
        "value": {
          "type": "string"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "emphasis": {
      "title": "Emphasis",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "emphasis"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/inline"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "strong": {
      "title": "Strong",
      "type": "object",
      "required": [
        "type",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "strong"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/inline"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "link": {
      "title": "Link",
      "type": "object",
      "required": [
        "type",
        "url",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "link"
        },
        "url": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/inline"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "break": {
      "title": "Break",
      "description": "A line break kept from the source (verse), or the editor's in an introduction.",
      "type": "object",
      "required": [
        "type"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "break"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "image": {
      "title": "Image",
      "description": "An image: a figure's, or one standing in a sentence. Its file, beside the manuscript, is embedded; a remote image is not fetched and a missing one not shown: the edition then shows its alt text.",
      "type": "object",
      "required": [
        "type",
        "url",
        "alt"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "image"
        },
        "url": {
          "description": "Where the manuscript says the image is, as written: a path relative to the manuscript, or a URL.",
          "type": "string"
        },
        "alt": {
          "description": "The image's alternative text, for a reader who cannot see it.",
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "src": {
          "description": "The image itself as a `data:` URL (PNG, JPEG, GIF, WebP or SVG); absent when it was not read (remote, missing, of another kind).",
          "type": "string",
          "pattern": "^data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/]*={0,2}$"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "markerStyle": {
      "title": "MarkerStyle",
      "description": "How the marker was written: `glued` numerals after a word or punctuation (`worship.”1`), `spaced` numerals set off by spaces (`the Greeks 2 worthy`), `bracket` (`[12]`), `angle` (`<12>`), `paren` (`(12)`), `caret` (`^12`, `[^12]`), `superscript` (`¹²`), `symbol` (`*`, `**`, `†`, `‡`, `§`, `[*]`, and an editor's letter `[a]` where a body `[a] …` stands), `markdown` (a GFM footnote).",
      "enum": [
        "glued",
        "spaced",
        "bracket",
        "angle",
        "paren",
        "caret",
        "superscript",
        "symbol",
        "markdown"
      ]
    },
    "footnoteReference": {
      "title": "FootnoteReference",
      "type": "object",
      "required": [
        "type",
        "identifier",
        "label",
        "number",
        "marker"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "footnoteReference"
        },
        "identifier": {
          "description": "Unique in the edition; equals its definition's.",
          "type": "string"
        },
        "label": {
          "description": "The marker as written, without brackets or caret; superscript digits as plain digits (`¹²` is `12`). A Markdown footnote is printed by its number (`written` keeps its label).",
          "type": "string"
        },
        "original": {
          "description": "In a reader that renumbers its notes: the label in the source.",
          "type": "string"
        },
        "written": {
          "description": "A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).",
          "type": "string"
        },
        "number": {
          "type": "integer",
          "minimum": 0
        },
        "marker": {
          "$ref": "#/$defs/markerStyle"
        },
        "afterWord": {
          "description": "The marker is glued to a word rather than following punctuation (`cubits13 long`).",
          "const": true
        },
        "guess": {
          "description": "Why this reading was a guess, when it was one.",
          "type": "string"
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "footnoteDefinition": {
      "title": "FootnoteDefinition",
      "type": "object",
      "required": [
        "type",
        "identifier",
        "label",
        "number",
        "status",
        "children"
      ],
      "additionalProperties": false,
      "properties": {
        "type": {
          "const": "footnoteDefinition"
        },
        "identifier": {
          "type": "string"
        },
        "label": {
          "type": "string"
        },
        "original": {
          "description": "In a reader that renumbers its notes: the label in the source.",
          "type": "string"
        },
        "written": {
          "description": "A Markdown footnote printed by its number in the order of first reference: its label as the author wrote it (`[^relational]`, `[^7]`).",
          "type": "string"
        },
        "number": {
          "type": "integer",
          "minimum": 0
        },
        "status": {
          "description": "`missing`: referenced, but the source has no body for it.",
          "enum": [
            "present",
            "missing"
          ]
        },
        "file": {
          "description": "The notes file the body was read from, when not the manuscript itself.",
          "type": "string"
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/noteBlock"
          }
        },
        "position": {
          "$ref": "#/$defs/position"
        }
      }
    },
    "noteBlock": {
      "title": "NoteBlock",
      "description": "A block of a note's body: a paragraph (numbered within the note, `c1-n7.p2`), a block of code, a table, a list or a quotation (their ids under the note's, `c1-n7.code1`, `c1-n7.table1`, `c1-n7.l1`, `c1-n7.q1`); the paragraphs of its lists and quotations are numbered with the note's.",
      "oneOf": [
        {
          "$ref": "#/$defs/paragraph"
        },
        {
          "$ref": "#/$defs/code"
        },
        {
          "$ref": "#/$defs/table"
        },
        {
          "$ref": "#/$defs/list"
        },
        {
          "$ref": "#/$defs/quote"
        }
      ]
    }
  }
} as const
