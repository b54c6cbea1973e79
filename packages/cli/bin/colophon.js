#!/usr/bin/env node
// Entry of the `colophon` command: the compiled CLI does the work.
import { main } from '../dist/index.js'

process.exitCode = await main(process.argv.slice(2))
