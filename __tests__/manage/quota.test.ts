// The per-app limits: 200 GB (decimal) and 100 packs, a warning from 80 %.
import {
  APP_BYTES_LIMIT,
  appQuota,
  describeBytes,
  quotaWarnings
} from '../../src/engine/manage/quota.js'

test('200 GB is 200 × 10^9 bytes', () => {
  expect(APP_BYTES_LIMIT).toBe(200_000_000_000)
})

test('totals every pack; no warning below 80 %', () => {
  const q = appQuota([{ usedBytes: 100e9 }, { usedBytes: 59.9e9 }, { archived: true }])
  expect(q.bytes).toMatchObject({ used: 159.9e9, warn: false })
  expect(q.packs).toMatchObject({ used: 3, limit: 100, warn: false })
  expect(q.archivedPacks).toBe(1)
  expect(quotaWarnings(q)).toEqual([])
  expect(describeBytes(q.bytes)).toBe('159.9 GB of 200 GB (79.9 %)')
})

test('warns at 80 % of the bytes and of the packs', () => {
  const bytes = appQuota([{ usedBytes: 160e9 }])
  expect(bytes.bytes.warn).toBe(true)
  expect(quotaWarnings(bytes)).toEqual([
    expect.stringMatching(/^The app's asset packs use 160\.0 GB of 200 GB \(80\.0 %\)/)
  ])
  const packs = appQuota(Array.from({ length: 80 }, () => ({ usedBytes: 1 })))
  expect(quotaWarnings(packs)).toEqual([
    "The app has 80 of 100 packs (80.0 %) of Apple's per-app limit."
  ])
  const full = appQuota([{ usedBytes: 200e9 }])
  expect(quotaWarnings(full)[0]).toMatch(/the limit is reached/)
})
