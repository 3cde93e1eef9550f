// `npm run fixtures:check`, where Lean's shared reference (../shared/lean-wire) is beside the
// checkout: the copy the tests read, test/fixtures/lean-wire, must still be those files exactly.
// Not part of `npm test`, which reads nothing outside the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const SHARED = new URL('../../shared/lean-wire/', import.meta.url)
const FIXTURES = new URL('../test/fixtures/lean-wire/', import.meta.url)
if (!existsSync(SHARED)) {
  process.stderr.write(`no ${SHARED.pathname} beside this checkout: nothing to compare with\n`)
  process.exit(2)
}
const differ = []
const shared = readdirSync(new URL('webhooks/', SHARED)).sort()
const copied = readdirSync(new URL('webhooks/', FIXTURES)).sort()
if (shared.join('\n') !== copied.join('\n')) differ.push(`webhooks/: shared has ${shared.join(', ')}; fixtures have ${copied.join(', ')}`)
for (const file of ['uae-samples.json', ...shared.map((f) => `webhooks/${f}`)]) {
  const copy = new URL(file, FIXTURES)
  if (!existsSync(copy) || readFileSync(copy, 'utf8') !== readFileSync(new URL(file, SHARED), 'utf8')) differ.push(`${file} differs`)
}
if (differ.length > 0) {
  process.stderr.write(`test/fixtures/lean-wire is not shared/lean-wire:\n${differ.map((d) => `  ${d}\n`).join('')}`)
  process.exit(1)
}
process.stdout.write(`test/fixtures/lean-wire equals shared/lean-wire (${shared.length + 1} files)\n`)
