#!/usr/bin/env node
// Entry of the `colophon-shelf` command: the compiled package does the work.
import { shelfMain } from '../dist/index.js'

process.exitCode = await shelfMain(process.argv.slice(2))
