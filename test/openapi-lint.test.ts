import t from 'tap'
import { OPENAPI_FILES } from '../src/openapi.js'
import { WIRE_NAMES } from '../src/wire/types.js'
import { runNode } from './helpers/process.js'

/** Redocly's linter (pinned devDependency, rules in redocly.yaml), as a process; no telemetry, no update check. */
const lint = async (file: string): ReturnType<typeof runNode> =>
  await runNode(['node_modules/@redocly/cli/bin/cli.js', 'lint', '--format=json', file], { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' })

for (const wire of WIRE_NAMES) {
  t.test(`${OPENAPI_FILES[wire]}: Redocly's recommended rules, no errors and no warnings`, async (t) => {
    const res = await lint(OPENAPI_FILES[wire])
    const report = JSON.parse(res.out) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string; location: Array<{ pointer: string }> }> }
    t.same(report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`), [], 'no problems')
    t.same(report.totals, { ...report.totals, errors: 0, warnings: 0 })
    t.equal(res.code, 0, 'the linter exits 0')
  })
}
