/** What a commit id and a branch name may be: one check each, for every module. */

/** A full object id (SHA-1 or SHA-256). */
export const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/** git check-ref-format rules for a branch, plus nothing that could read as an option. */
export function isBranchName(name: string): boolean {
  return (
    /^[A-Za-z0-9._/-]+$/.test(name) &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.split('/').some((part) => part.endsWith('.lock')) &&
    name !== 'HEAD' &&
    !name.includes('..') &&
    !name.includes('//') &&
    !name.split('/').some((part) => part.startsWith('.')) &&
    name !== '@' &&
    name.length <= 255
  )
}

/** Where fetched refs go: outside refs/tags/ and refs/remotes/; checkout-state.ts deletes them. */
export const PRIVATE_REFS = 'refs/vro-image-version/'
/** The private ref a fetched tag is stored under. */
export const privateTagRef = (tag: string): string => `${PRIVATE_REFS}tags/${tag}`
/** The private ref a fetched branch head is stored under. */
export const privateBranchRef = (branch: string): string => `${PRIVATE_REFS}heads/${branch}`
