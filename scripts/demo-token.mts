import { demoIdentityProvider } from '../src/demo-idp.js'

/** `npm run demo-token -- <user>`: an app user's token for the demo (DATA_DIR as the demo's). */
const user = process.argv[2] ?? 'demo-user'
if (!/^[A-Za-z0-9._:@-]{1,128}$/.test(user)) {
  process.stderr.write('usage: npm run demo-token -- <user> (1–128 letters, digits, ".", "_", ":", "@", "-")\n')
  process.exit(1)
}
const idp = await demoIdentityProvider(process.env.DATA_DIR ?? './data')
process.stdout.write(`${await idp.token(user)}\n`)
