// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
export const bookSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://colophon.dev/schemas/book.schema.json",
  "title": "BookManifest",
  "description": "A book written in several chapter files, built as one edition (`colophon build name.book.yaml`): the files in the order given, each read with its own settings (its sidecar or front matter), their chapters one after another.",
  "type": "object",
  "required": [
    "title",
    "chapters"
  ],
  "additionalProperties": false,
  "properties": {
    "title": {
      "description": "Title of the book.",
      "type": "string",
      "minLength": 1
    },
    "author": {
      "type": "string",
      "minLength": 1
    },
    "work": {
      "description": "The work the book is an edition of, when the title says otherwise.",
      "type": "string",
      "minLength": 1
    },
    "language": {
      "description": "BCP 47 language tag of the book; when absent, its first chapter file's language.",
      "type": "string",
      "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
    },
    "chapters": {
      "description": "The chapter files, in reading order, as paths relative to the manifest, inside the project. Each gives the chapters its headings open (one, when it has no chapter heading).",
      "type": "array",
      "minItems": 1,
      "uniqueItems": true,
      "items": {
        "type": "string",
        "minLength": 1
      }
    }
  }
} as const
