import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { request } from 'undici'
import { buildApp } from '../../src/app.js'
import { DEMO_API_KEY, DEMO_ENTITY_ID, demoFormExamples, startDemo } from '../../src/demo.js'

/**
 * Swagger UI in the demo (issue 23): every operation, sent as its form is filled in on the page
 * (each parameter's example, the request body's example), succeeds on the first Execute, on both
 * wires. Not the browser (test/browser does that for a payout and a read): every operation, by what
 * the page is given.
 */

// Not Swagger users' doors: Lean's signed webhooks, and a Link entity an app user must connect first.
const NOT_FORMS = new Set(['receiveLeanWebhook', 'disconnectLinkEntity'])

interface Parameter { name: string; in: string; required?: boolean; example?: unknown }
interface Operation { operationId: string; parameters?: Parameter[]; requestBody?: { content: Record<string, { example?: unknown; schema?: { $ref?: string } }> } }

for (const wire of ['seeds', 'lean'] as const) {
  t.test(`${wire} wire: every operation's form, executed once as filled in, answers 2xx`, async (t) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gw-forms-'))
    const demo = await startDemo(wire, dataDir)
    const app = await buildApp({ config: demo.config, logger: false, store: { dataDir }, docs: { demoApiKey: DEMO_API_KEY, demoEntityId: DEMO_ENTITY_ID, demoForms: demoFormExamples(wire) } })
    t.teardown(async () => { await app.close(); await demo.close(); rmSync(dataDir, { recursive: true, force: true }) })
    const base = await app.listen({ port: 0, host: '127.0.0.1' })
    demo.connect(base)

    const page = await (await request(`${base}/docs/json`)).body.json() as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { examples?: unknown[] }> } }
    const again = await (await request(`${base}/docs/json`)).body.json() as typeof page
    const keyOf = (doc: typeof page): unknown => doc.paths['/payouts/v1/payment']!.post!.parameters!.find((p) => p.name === 'Idempotency-Key')!.example
    t.match(keyOf(page), /^demo-[0-9a-f-]{36}$/, 'the payout form has an Idempotency-Key')
    t.not(keyOf(again), keyOf(page), 'a fresh one at every page load')
    const committed = await (await request(`${base}/openapi.json`)).body.json() as typeof page
    t.equal(keyOf(committed), undefined, '/openapi.json stays the committed document')

    let executed = 0
    for (const [path, operations] of Object.entries(page.paths)) {
      for (const [method, op] of Object.entries(operations)) {
        if (NOT_FORMS.has(op.operationId)) continue
        const headers: Record<string, string> = { 'x-api-key': DEMO_API_KEY }
        const query = new URLSearchParams()
        let url = path
        for (const p of op.parameters ?? []) {
          if (p.example === undefined) {
            t.notOk(p.required === true || p.in === 'path', `${op.operationId}: required ${p.in} parameter ${p.name} has a value in the form`)
            continue
          }
          if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(String(p.example)))
          else if (p.in === 'header') headers[p.name.toLowerCase()] = String(p.example)
          else if (p.in === 'query') query.set(p.name, String(p.example))
        }
        const json = op.requestBody?.content['application/json']
        const ref = json?.schema?.$ref?.split('/').pop()
        const body = json?.example ?? (ref === undefined ? undefined : page.components.schemas[ref]?.examples?.[0])
        if (body !== undefined) headers['content-type'] = 'application/json'
        const res = await request(`${base}${url}${query.size > 0 ? `?${query.toString()}` : ''}`, { method: method.toUpperCase() as 'GET', headers, ...(body !== undefined && { body: JSON.stringify(body) }) })
        const text = await res.body.text()
        t.ok(res.statusCode >= 200 && res.statusCode < 300, `${method.toUpperCase()} ${url}: ${res.statusCode}${res.statusCode >= 300 ? ` ${text.slice(0, 300)}` : ''}`)
        executed++
      }
    }
    t.ok(executed >= 22, `${executed} operations executed`)
  })
}
