// What a cancelled run says, from how far it got.
import { describeCancel, newRecord } from '../../src/engine/publish/record.js'

test('before any version: says so, and that there is nothing to resume', () => {
  const record = newRecord('Tutorial', false)
  expect(describeCancel(record)).toMatch(/^Cancelled before any version was chosen or created\. /)
  expect(describeCancel(record)).not.toMatch(/is reused/)
  expect(describeCancel({ ...record, packCreated: true })).toMatch(/asset pack it created stays/)
})

test('with a version, before the commit: names the version the rerun reuses', () => {
  const record = { ...newRecord('Tutorial', false), versionId: 'v-1', version: '3' }
  expect(describeCancel(record)).toBe(
    'Cancelled. Run again to resume: version 3 (v-1), left AWAITING_UPLOAD, is reused; nothing is duplicated.'
  )
  record.phases.push({ name: 'Upload the archive', ms: 10 })
  expect(describeCancel(record)).toMatch(
    /^Cancelled\. The archive upload was stopped before its commit\./
  )
})

test('after the commit: the rerun resumes watching', () => {
  const record = {
    ...newRecord('Tutorial', false),
    versionId: 'v-1',
    version: '3',
    upload: { bytes: 1, seconds: 1 }
  }
  expect(describeCancel(record)).toMatch(
    /^Cancelled while Apple processes version 3; the archive is committed/
  )
})
