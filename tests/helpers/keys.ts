import { generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface PemKeyPair {
  /** SPKI PEM, as AUTH_JWT_PUBLIC_KEY holds it. */
  publicKeyPem: string;
  privateKey: KeyObject;
}

export function rsaKeyPair(modulusLength = 2048): PemKeyPair {
  return pemPair(generateKeyPairSync('rsa', { modulusLength }));
}

export function ecKeyPair(namedCurve: 'P-256' | 'P-384' = 'P-256'): PemKeyPair {
  return pemPair(generateKeyPairSync('ec', { namedCurve }));
}

/** The one-line form an env file needs: line breaks written as \n. */
export function oneLine(pem: string): string {
  return pem.trim().replace(/\n/g, '\\n');
}

function pemPair({ publicKey, privateKey }: { publicKey: KeyObject; privateKey: KeyObject }): PemKeyPair {
  return { publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(), privateKey };
}
