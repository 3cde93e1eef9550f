import { invalidRequest } from '../errors.js'

/**
 * Page cursors: a row position, opaque to callers (base64url), and refused unless it decodes to one
 * this gateway could have issued. `name` is the query parameter, for the error's detail.
 */
export const encodeCursor = (position: string): string => Buffer.from(position).toString('base64url')

export function decodeCursor (cursor: string, name: string): string {
  const position = Buffer.from(cursor, 'base64url').toString('utf8')
  if (!/^[0-9]{1,18}$/.test(position)) throw invalidRequest(`${name} is not a cursor this gateway issued`)
  return position
}
