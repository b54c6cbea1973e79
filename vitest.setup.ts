// Every package's tests start here: property tests (fast-check) run from one fixed seed, so a
// run of `npm test` is the same on every machine and a red run means a change, not luck.
// `COLOPHON_SEED=<n>` (or `random`) explores other inputs; a failure prints its seed to replay.
import fc from 'fast-check'

const chosen = process.env.COLOPHON_SEED
if (chosen !== 'random') {
  const seed = Number(chosen ?? 20_261_206)
  fc.configureGlobal({ seed: Number.isInteger(seed) ? seed : 20_261_206 })
}
