// `npm test`'s coverage gate: the line coverage of the whole run, from tap's json-summary report,
// must be at least the given percentage. The assertions are the first gate; this keeps code from
// growing untested beside them.
import { readFileSync } from 'node:fs'

const minimum = Number(process.argv[2] ?? 90)
const summary = JSON.parse(readFileSync('.tap/report/coverage-summary.json', 'utf8'))
const lines = summary.total.lines.pct
if (!(lines >= minimum)) {
  process.stderr.write(`coverage gate: lines ${lines}% is below ${minimum}%\n`)
  process.exit(1)
}
process.stdout.write(`coverage gate: lines ${lines}% (at least ${minimum}%)\n`)
