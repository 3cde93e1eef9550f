import { readFileSync } from 'node:fs'
import t from 'tap'
import semver from 'semver'

/**
 * One honest Node requirement: every package the lockfile installs accepts the oldest Node that
 * package.json's `engines` (and .nvmrc, and the README) names, so `npm ci` there warns of nothing.
 */
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }> }
const oldest = semver.minVersion(pkg.engines.node)!.version

t.test(`every installed package runs on Node ${oldest}, the oldest engines allows`, async (t) => {
  const refusing = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !Array.isArray(entry.engines) && entry.engines?.node !== undefined && !semver.satisfies(oldest, entry.engines.node))
    .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')} wants node ${(entry.engines as { node: string }).node}`)
  t.same(refusing, [], 'no EBADENGINE on npm ci')
  t.equal(readFileSync('.nvmrc', 'utf8').trim(), String(semver.major(oldest)), '.nvmrc names the same major')
})
