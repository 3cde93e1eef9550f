#!/usr/bin/env node
import { runCli } from './cli/program.js'

/**
 * The operators' tool: `lean-gateway <command>` (npm's bin: `npx lean-gateway`), or `npm run cli --
 * <command>`. It reads the same environment as the gateway (GATEWAY_CONFIG, DATA_DIR, DATABASE_URL,
 * …) and validates exactly as start-up does; the commands are in cli/program.ts.
 */
process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => { process.stdout.write(text) },
  err: (text) => { process.stderr.write(text) },
  env: process.env
})
