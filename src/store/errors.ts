/** Another live process holds this DATA_DIR; two would free each other's leases. */
export class DataDirLockedError extends Error {
  constructor (dataDir: string) {
    super(`DATA_DIR ${dataDir} is in use by another gateway process. The embedded store serves one process only; ` +
      'to run several replicas, give them a shared PostgreSQL (DATABASE_URL) instead.')
    this.name = 'DataDirLockedError'
  }
}
