import type { CryptoKey } from 'jose'

/** An App Store Connect API key, checked and imported (see checks/key.ts). */
export interface Credentials {
  /** The key's ID, the JWT's `kid`. */
  keyId: string
  /** A team key's issuer ID (UUID), the JWT's `iss`; absent for an individual key (`sub: "user"`). */
  issuerId?: string
  /** The EC P-256 private key, imported by jose for ES256. */
  privateKey: CryptoKey
}
