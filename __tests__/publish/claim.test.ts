// The claim marker in an ASSET reservation's fileName: written, read back, grouped and ordered
// the same way by every run.
import type { UploadFile } from '../../src/engine/asc/schemas.js'
import {
  archiveNameOf,
  claimFileName,
  claimOrder,
  claimsOf,
  leaseMs,
  nextTicket,
  parseClaim,
  shaTag
} from '../../src/engine/publish/claim.js'

const SHA = 'ABCDEF0123456789'.repeat(4)
const marker = { ticket: 3, deadline: 1_796_000_000_000, sha: shaTag(SHA), nonce: 'a1b2c3d4' }

function file(
  id: string,
  fileName: string,
  state: string = 'AWAITING_UPLOAD',
  assetType: 'ASSET' | 'MANIFEST' = 'ASSET'
): UploadFile {
  return {
    type: 'backgroundAssetUploadFiles',
    id,
    attributes: { assetType, fileName, fileSize: 10, assetDeliveryState: { state } }
  } as UploadFile
}

test('the marker goes before the extension and reads back the same', () => {
  const name = claimFileName('Tutorial.aar', marker)
  expect(name).toMatch(/^Tutorial\.claim-3-[0-9a-z]+-abcdef012345-a1b2c3d4\.aar$/)
  expect(parseClaim(name)).toEqual(marker)
  expect(parseClaim(claimFileName('pack', marker))).toEqual(marker)
  const odd = claimFileName('odd.name.with space', marker)
  expect(odd.startsWith('odd.name.with space.claim-')).toBe(true)
  expect(parseClaim(odd)).toEqual(marker)
})

test('names without a marker are no claims', () => {
  for (const name of ['Tutorial.aar', 'Manifest.json', 'x.claim-1-zz.aar', '', undefined]) {
    expect(parseClaim(name)).toBeUndefined()
  }
})

test('claims: uncommitted marked ASSETs, one per run, the earliest deadline counting', () => {
  const mine = claimFileName('a.aar', marker)
  const released = claimFileName('a.aar', { ...marker, deadline: 0 })
  const other = claimFileName('b.aar', { ...marker, ticket: 1, nonce: 'zzzzzzzz' })
  const files = [
    file('1', mine),
    file('2', released),
    file('3', other),
    file('4', claimFileName('c.aar', { ...marker, nonce: 'cccccccc' }), 'UPLOAD_COMPLETE'),
    file(
      '5',
      claimFileName('d.aar', { ...marker, nonce: 'dddddddd' }),
      'AWAITING_UPLOAD',
      'MANIFEST'
    ),
    file('6', 'Tutorial.aar')
  ]
  const claims = claimsOf(files)
  expect(claims.map(c => [c.nonce, c.deadline, c.fileIds])).toEqual([
    ['a1b2c3d4', 0, ['1', '2']],
    ['zzzzzzzz', marker.deadline, ['3']]
  ])
  // Tickets count every marker, committed or not.
  expect(nextTicket(files)).toBe(4)
  expect(nextTicket([])).toBe(1)
})

test('every reader orders claims alike: ticket, then run id', () => {
  const a = { ...marker, ticket: 1, nonce: 'bbbbbbbb' }
  const b = { ...marker, ticket: 1, nonce: 'aaaaaaaa' }
  const c = { ...marker, ticket: 2, nonce: '00000000' }
  expect([a, c, b].sort(claimOrder)).toEqual([b, a, c])
})

test('a claim lasts 30 looks plus the archive at 500 kB/s', () => {
  expect(leaseMs(5000, 0)).toBe(150_000)
  expect(leaseMs(5000, 1_000_000_000)).toBe(150_000 + 2_000_000)
})

test("a claim's file name reads back as the archive's own", () => {
  expect(archiveNameOf(claimFileName('Tutorial.aar', marker))).toBe('Tutorial.aar')
  expect(archiveNameOf(claimFileName('voice', marker))).toBe('voice')
  expect(archiveNameOf('Levels.aar')).toBe('Levels.aar')
})
