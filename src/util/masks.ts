/** The forms a token takes in logs, git and HTTP headers; every one is masked (no dependencies). */
export function tokenForms(token: string): string[] {
  return [
    token,
    Buffer.from(token).toString('base64'),
    Buffer.from(`x-access-token:${token}`).toString('base64')
  ]
}
