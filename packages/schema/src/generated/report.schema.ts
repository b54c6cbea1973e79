// Generated from schemas/ by scripts/generate.mjs. Do not edit; run `npm run generate`.
export const reportSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://colophon.dev/schemas/report.schema.json",
  "title": "Report",
  "description": "The diagnostics report of `colophon check --format json`: the messages of every file checked, in order of place, and their counts.",
  "type": "object",
  "required": [
    "files",
    "counts"
  ],
  "additionalProperties": false,
  "properties": {
    "files": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/reportFile"
      }
    },
    "counts": {
      "$ref": "#/$defs/reportCounts"
    }
  },
  "$defs": {
    "severity": {
      "title": "Severity",
      "description": "`error` fails the check, `warning` counts against `--max-warnings`, `info` is for review.",
      "enum": [
        "error",
        "warning",
        "info"
      ]
    },
    "reportFile": {
      "title": "ReportFile",
      "description": "One file and its messages (a notes file gets its own entry).",
      "type": "object",
      "required": [
        "path",
        "messages"
      ],
      "additionalProperties": false,
      "properties": {
        "path": {
          "description": "The path as it was given or found.",
          "type": "string",
          "minLength": 1
        },
        "messages": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/reportMessage"
          }
        }
      }
    },
    "reportMessage": {
      "title": "ReportMessage",
      "description": "One diagnostic. Lines and columns are 1-based; columns count UTF-16 code units; `endColumn` is the column just after the range. A message about the whole file has no place.",
      "type": "object",
      "required": [
        "ruleId",
        "severity",
        "message"
      ],
      "additionalProperties": false,
      "properties": {
        "ruleId": {
          "type": "string",
          "minLength": 1
        },
        "severity": {
          "$ref": "#/$defs/severity"
        },
        "message": {
          "type": "string"
        },
        "line": {
          "type": "integer",
          "minimum": 1
        },
        "column": {
          "type": "integer",
          "minimum": 1
        },
        "endLine": {
          "type": "integer",
          "minimum": 1
        },
        "endColumn": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "reportCounts": {
      "title": "ReportCounts",
      "description": "How many messages of each severity the report holds.",
      "type": "object",
      "required": [
        "error",
        "warning",
        "info"
      ],
      "additionalProperties": false,
      "properties": {
        "error": {
          "type": "integer",
          "minimum": 0
        },
        "warning": {
          "type": "integer",
          "minimum": 0
        },
        "info": {
          "type": "integer",
          "minimum": 0
        }
      }
    }
  }
} as const
