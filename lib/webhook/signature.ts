/** Signature-verifier shape shared by the Node and the WebCrypto implementation (no Node imports). */

/** Checks a base64 `X-Sipgate-Signature` over the raw body bytes. */
export type SignatureVerifier = (body: Uint8Array, signatureBase64: string) => boolean | Promise<boolean>;

export const SIGNATURE_HEADER = 'x-sipgate-signature';
