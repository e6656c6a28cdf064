/**
 * Secrets at rest, as the platform keeps them: password2 values are encrypted with an instance key
 * (AES-256-GCM here, KMF on the platform) and only `getDecryptedValue()` reveals them; password
 * (one-way) values such as sys_user.user_password are salted hashes that can only be verified.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const PREFIX = 'enc1:'
const HASH_PREFIX = 'hash1:'
const SCRYPT = { N: 1024, r: 8, p: 1 }

export class InstanceCrypto {
    private readonly key: Buffer

    /** Loads the instance key from the data folder, creating it on first start. */
    constructor(dataDir: string) {
        const file = join(dataDir, 'instance.key')
        if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
        this.key = Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
    }

    isEncrypted(value: string | null | undefined): boolean {
        return typeof value === 'string' && value.startsWith(PREFIX)
    }

    encrypt(clear: string): string {
        const iv = randomBytes(12)
        const cipher = createCipheriv('aes-256-gcm', this.key, iv)
        const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()])
        return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    }

    decrypt(stored: string | null | undefined): string {
        if (!stored) return ''
        if (!this.isEncrypted(stored)) return stored
        const raw = Buffer.from(stored.slice(PREFIX.length), 'base64')
        const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12))
        decipher.setAuthTag(raw.subarray(12, 28))
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    }

    isHashed(value: string | null | undefined): boolean {
        return typeof value === 'string' && value.startsWith(HASH_PREFIX)
    }

    /**
     * Salted scrypt at a low work factor (N=1024): one-way like the platform's password hash, but
     * cheap enough for a simulator that checks Basic credentials on every inbound call.
     */
    hashPassword(clear: string): string {
        const salt = randomBytes(16)
        return HASH_PREFIX + salt.toString('hex') + ':' + scryptSync(clear, salt, 32, SCRYPT).toString('hex')
    }

    verifyPassword(clear: string, stored: string | null | undefined): boolean {
        if (!stored || !this.isHashed(stored)) return false
        const [salt, hash] = stored.slice(HASH_PREFIX.length).split(':')
        const actual = scryptSync(clear, Buffer.from(salt, 'hex'), 32, SCRYPT)
        return timingSafeEqual(actual, Buffer.from(hash, 'hex'))
    }
}

/** A short, non-reversible fingerprint (first 12 hex of SHA-256), for telling values apart in logs. */
export function fingerprint(value: string): string {
    return createHash('sha256').update(value).digest('hex').slice(0, 12)
}
