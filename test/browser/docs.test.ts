import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import t from 'tap'
import { DEMO_API_KEY, DEMO_ENTITY_ID } from '../../src/demo.js'
import { startServer } from '../helpers/process.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/browser/', import.meta.url))

const skip = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM}: .ci/run installs Debian's chromium (apt-get install chromium); set CHROMIUM_PATH to use another`

t.test('a person can authorize and make every kind of demo call in Swagger UI', { skip }, async (t) => {
  const { chromium } = await import('playwright-core')
  const dataDir = mkdtempSync(join(tmpdir(), 'gw-browser-'))
  const profile = mkdtempSync(join(tmpdir(), 'gw-chromium-'))
  mkdirSync(ARTIFACTS, { recursive: true })
  const server = await startServer({ DATA_DIR: dataDir }, 30_000)
  // eslint-disable-next-line prefer-const -- the teardown below is registered before the browser exists
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined
  t.teardown(async () => {
    await context?.close()
    server.child.kill('SIGTERM')
    await server.exited
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  })
  // A fresh profile directory per run, so nothing carries over between runs.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run', '--disable-quic']
  })
  const page = await context.newPage()
  // The page runs under its Content-Security-Policy (issue 21): nothing Swagger UI needs may be refused.
  const refused: string[] = []
  page.on('console', (message) => { if (/Content Security Policy/i.test(message.text())) refused.push(message.text()) })
  const shot = async (name: string) => { await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: false }) }
  await page.goto(`${server.url}/docs`)
  await page.waitForSelector('.swagger-ui .information-container', { timeout: 20_000 })
  t.match(await page.textContent('.swagger-ui .info'), DEMO_API_KEY, 'the demo key is on the page')

  // Authorize by hand, as a person would: log out of the prefilled key, type it, authorize.
  await page.click('.btn.authorize')
  const modal = page.locator('.modal-ux')
  await modal.waitFor()
  const logout = modal.locator('button:has-text("Logout")').first()
  if (await logout.count() > 0) await logout.click()
  await modal.locator('input').first().fill(DEMO_API_KEY)
  await modal.locator('button.authorize').first().click()
  await shot('1-authorized')
  await modal.locator('button:has-text("Close")').first().click()

  const execute = async (opId: string, fill: (op: ReturnType<typeof page.locator>) => Promise<void>) => {
    const op = page.locator(`[id$="-${opId}"]`).first()
    if (!(await op.locator('.opblock-body').isVisible().catch(() => false))) await op.locator('.opblock-summary').first().click()
    const tryOut = op.locator('button.try-out__btn:has-text("Try it out")')
    if (await tryOut.count() > 0) await tryOut.click()
    await fill(op)
    await op.locator('button.execute').click()
    // The live response's row (the table's header row has the same column classes).
    const row = op.locator('.live-responses-table tbody tr.response').first()
    await row.waitFor({ timeout: 20_000 })
    await row.scrollIntoViewIfNeeded()
    return {
      op,
      status: (await row.locator('.response-col_status').textContent())?.trim(),
      body: (await row.locator('.response-col_description').textContent()) ?? ''
    }
  }

  // Each form as the page fills it: nothing typed (issue 23: 2xx on the first Execute).
  const asFilled = async (): Promise<void> => {}
  const accounts = await execute('getAccounts', async (op) => {
    t.equal(await op.locator('tr[data-param-name="entity_id"] input').inputValue(), DEMO_ENTITY_ID, 'the demo entity is filled in')
  })
  await shot('2-accounts')
  t.equal(accounts.status, '200', 'GET /data/v2/accounts answers 200')
  t.match(accounts.body, 'account_id')
  t.match(accounts.body, /AE\d{2}/, 'with IBANs')

  const destination = await execute('createPayoutDestination', asFilled)
  await shot('3-destination')
  t.equal(destination.status, '201', 'destination created from the example body')
  t.match(destination.body, /"id":\s*"[0-9a-f-]{36}"/, 'its id is in the response')

  let key = ''
  const payout = async () => await execute('createPayoutPayment', async (op) => {
    key = await op.locator('tr[data-param-name="Idempotency-Key"] input').inputValue()
  })
  const first = await payout()
  await shot('4-payout')
  t.match(key, /^demo-[0-9a-f-]{36}$/, 'a fresh Idempotency-Key is filled in')
  t.equal(first.status, '201', 'payout created on the first Execute, to the destination the example names')
  t.notMatch(first.body, 'idempotent-replayed')
  const again = await payout()
  await shot('5-payout-replayed')
  t.equal(again.status, '201', 'the repeated payout answers the same')
  t.match(again.body, /idempotent-replayed:\s*true/, 'and says it is a replay')
  t.same(refused, [], 'the Content-Security-Policy refused nothing Swagger UI needs')
})
