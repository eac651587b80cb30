import { MemoryLogger } from '../../src/engine/log.js'
import { ProgressReporter, formatProgress } from '../../src/engine/upload/progress.js'

describe('formatProgress', () => {
  it('says sent, total, percent and rate', () => {
    expect(formatProgress(25_000_000, 100_000_000, 5_000)).toBe(
      'Sent 25.0 MB of 100.0 MB (25%), 5.0 MB/s'
    )
    expect(formatProgress(0, 0, 0)).toBe('Sent 0.0 MB of 0.0 MB (100%), 0.0 MB/s')
  })
})

describe('ProgressReporter', () => {
  it('prints at most every interval, plus once at the end', () => {
    const logger = new MemoryLogger()
    const clock = { t: 0 }
    const r = new ProgressReporter({
      logger,
      total: 10_000_000,
      now: () => clock.t,
      label: 'Tutorial.aar'
    })
    for (let i = 1; i <= 20; i++) {
      clock.t += 1000
      r.update(i * 400_000)
    }
    expect(logger.lines).toEqual([
      'Tutorial.aar: Sent 2.0 MB of 10.0 MB (20%), 0.4 MB/s',
      'Tutorial.aar: Sent 4.0 MB of 10.0 MB (40%), 0.4 MB/s',
      'Tutorial.aar: Sent 6.0 MB of 10.0 MB (60%), 0.4 MB/s',
      'Tutorial.aar: Sent 8.0 MB of 10.0 MB (80%), 0.4 MB/s'
    ])
    clock.t += 500
    r.update(10_000_000)
    r.finish()
    r.finish()
    r.update(10_000_000)
    expect(logger.lines).toHaveLength(5)
    expect(logger.lines[4]).toMatch(/^Tutorial\.aar: Sent 10\.0 MB of 10\.0 MB \(100%\)/)
  })

  it('shows a count that went down after a failed attempt', () => {
    const logger = new MemoryLogger()
    const clock = { t: 0 }
    const r = new ProgressReporter({ logger, total: 1_000_000, now: () => clock.t, intervalMs: 10 })
    clock.t = 10
    r.update(500_000)
    clock.t = 20
    r.update(100_000)
    expect(logger.lines.map(l => l.split(' (')[0])).toEqual([
      'Sent 0.5 MB of 1.0 MB',
      'Sent 0.1 MB of 1.0 MB'
    ])
  })
})
