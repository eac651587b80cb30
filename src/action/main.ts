import * as core from '@actions/core'

export async function run(): Promise<void> {
  core.info('publish-asset-pack: not implemented yet')
}
