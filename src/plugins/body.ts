import fp from 'fastify-plugin'
import sjson from 'secure-json-parse'
import { invalidRequest } from '../errors.js'

/** Deeper than any Lean body (payment_details → destination_details is four levels). */
export const MAX_JSON_DEPTH = 32
/** Longer than any list a Lean body holds; schemas bound each list further. */
export const MAX_ARRAY_ITEMS = 1000

const utf8 = new TextDecoder('utf-8', { fatal: true })

const OPEN_OBJECT = 0x7b
const OPEN_ARRAY = 0x5b
const CLOSE_OBJECT = 0x7d
const CLOSE_ARRAY = 0x5d
const COMMA = 0x2c
const QUOTE = 0x22
const BACKSLASH = 0x5c

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

/**
 * Nesting depth and list lengths, measured on the text before it is parsed: a body that passes is
 * one no recursive walk (fingerprint, serialisation, validation) can overflow on. Linear, no
 * allocation beyond one counter per open list. Malformed text is left for the parser to refuse.
 */
export function shapeProblem (text: string): string | undefined {
  // Per open container: -1 for an object, else the items counted so far in a list.
  const open: number[] = []
  let awaitingFirstItem = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (awaitingFirstItem && !isSpace(c)) {
      awaitingFirstItem = false
      if (c !== CLOSE_ARRAY) open[open.length - 1] = 1
    }
    if (c === QUOTE) {
      // Skip the string: nothing inside it is structure.
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i)
        if (s === BACKSLASH) i++
        else if (s === QUOTE) break
      }
    } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
      if (open.length >= MAX_JSON_DEPTH) return `JSON nested deeper than ${MAX_JSON_DEPTH} levels`
      open.push(c === OPEN_OBJECT ? -1 : 0)
      awaitingFirstItem = c === OPEN_ARRAY
    } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      open.pop()
    } else if (c === COMMA && open.length > 0 && open[open.length - 1]! >= 0) {
      const items = open[open.length - 1]! + 1
      if (items > MAX_ARRAY_ITEMS) return `JSON list longer than ${MAX_ARRAY_ITEMS} items`
      open[open.length - 1] = items
    }
  }
  return undefined
}

/**
 * Request bodies are bounded and checked before anything else touches them: valid UTF-8 (never
 * silently replaced), bounded depth and list length, no prototype keys. Refusals are 400s raised
 * before routing reaches a handler, so nothing is stored, audited or sent.
 */
export default fp(
  async function bodyPlugin (app) {
    app.removeContentTypeParser('application/json')
    app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, raw, done) => {
      const bytes = raw as Buffer
      if (bytes.length === 0) return done(invalidRequest('Body is empty; send a JSON object or no Content-Type'), undefined)
      let text: string
      try {
        text = utf8.decode(bytes)
      } catch {
        return done(invalidRequest('Body is not valid UTF-8'), undefined)
      }
      const problem = shapeProblem(text)
      if (problem !== undefined) return done(invalidRequest(problem), undefined)
      try {
        done(null, sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }))
      } catch (err) {
        const forbidden = err instanceof SyntaxError && /forbidden/.test(err.message)
        done(invalidRequest(forbidden ? 'Body contains a forbidden __proto__ or constructor key' : 'Body is not valid JSON'), undefined)
      }
    })
  },
  { name: 'body', fastify: '5.x' }
)
