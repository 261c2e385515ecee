/**
 * From the event that started the run to what the run must do. Pure: the payload and the inputs
 * in, a job out; unknown or malformed payloads give errors that say what is wrong.
 */
import type { Intent, Job } from './intent.js'
import { EventError, branchOf, defaultBranchOf, field, type EventContext } from './event-payload.js'
import type { JobInputs } from './job-inputs.js'
import { OID } from '../util/refs.js'
import { escapeForMessage } from '../util/escape.js'
import { parseRelease, tryParseRelease } from '../util/version.js'

export const SUPPORTED_EVENTS = [
  'release',
  'push',
  'create',
  'workflow_dispatch',
  'pull_request'
] as const

const PIN_HEADLINE = 'Pin versions of'
const UNPIN_HEADLINE = 'Unpin versions of'

/** True for a commit message this action writes (so a push of only those is skipped). */
export function isOwnCommit(message: string, prefix: string): boolean {
  return (
    message.startsWith(`${prefix} ${PIN_HEADLINE} `) ||
    message.startsWith(`${prefix} ${UNPIN_HEADLINE} `)
  )
}

/** The job of a release: by a GitHub release, or by the push or creation of its tag. */
function pinRelease(
  tag: string,
  inputs: JobInputs,
  dryRun: boolean,
  how: { readonly what: string; readonly branch: string | undefined; readonly flagged?: boolean }
): Job {
  const version = parseRelease(tag, 'release tag')
  // The tag's form decides (v1.2.0-rc.1 is a prerelease), not GitHub's flag: teams whose
  // releases are created automatically, flagged prerelease, still pin their release tags.
  if (version.prerelease && !inputs.pinPrereleases) {
    return {
      kind: 'skip',
      reason: `${how.what} ${tag} is a prerelease; set pin-prereleases: true to pin to prereleases`
    }
  }
  const notes =
    how.flagged === true && !version.prerelease
      ? [
          `GitHub flags release ${tag} as a prerelease; it is pinned all the same, because its tag ` +
            `is not a semver prerelease (v1.2.0-rc.1 is): the tag's form decides`
        ]
      : []
  return {
    kind: 'run',
    intent: { kind: 'release', version: tag },
    branch: inputs.settings.branch ?? how.branch,
    dryRun,
    headline: `${inputs.commitMessagePrefix} ${PIN_HEADLINE} unpinned images (${tag})`,
    ...(notes.length > 0 ? { notes } : {})
  }
}

function releaseJob(ctx: EventContext, inputs: JobInputs, dryRun: boolean): Job {
  const action = field<string>(ctx.payload, 'action', 'string', 'release')
  if (action !== 'created' && action !== 'published') {
    return {
      kind: 'skip',
      reason: `release action "${action ?? '(none)'}" is not created or published; nothing to pin`
    }
  }
  const release = field<Record<string, unknown>>(ctx.payload, 'release', 'object', 'release')
  if (field<boolean>(release, 'draft', 'boolean', 'release') === true) {
    return {
      kind: 'skip',
      reason:
        'the release is a draft; its tag may not exist yet. Pinning happens when it is published'
    }
  }
  const tag = field<string>(release, 'tag_name', 'string', 'release')
  if (!tag)
    throw new EventError('The release payload has no release.tag_name; is this a release event?')
  const flagged = field<boolean>(release, 'prerelease', 'boolean', 'release') === true
  const commitish = field<string>(release, 'target_commitish', 'string', 'release')
  const commitishBranch =
    commitish && !OID.test(commitish)
      ? branchOf(commitish.startsWith('refs/') ? commitish : `refs/heads/${commitish}`)
      : undefined
  return pinRelease(tag, inputs, dryRun, {
    what: 'release',
    branch: commitishBranch ?? defaultBranchOf(ctx.payload, 'release'),
    flagged
  })
}

/**
 * A release tag pushed or created (`vX.Y.Z`, `release-X.Y.Z`): pinned as a release is, on the
 * `branch` input, else the repository's default branch. Any other tag is skipped.
 */
function tagJob(
  ctx: EventContext,
  inputs: JobInputs,
  dryRun: boolean,
  tag: string,
  where: string
): Job {
  if (!tryParseRelease(tag)) {
    return {
      kind: 'skip',
      reason: `tag ${escapeForMessage(tag)} is not a release tag (vX.Y.Z or release-X.Y.Z); nothing to pin`
    }
  }
  return pinRelease(tag, inputs, dryRun, {
    what: 'tag',
    branch: defaultBranchOf(ctx.payload, where)
  })
}

function pushJob(ctx: EventContext, inputs: JobInputs, dryRun: boolean): Job {
  const ref = field<string>(ctx.payload, 'ref', 'string', 'push') ?? ctx.ref
  if (field<boolean>(ctx.payload, 'deleted', 'boolean', 'push') === true) {
    return { kind: 'skip', reason: `push deleted ${ref}; nothing to do` }
  }
  if (ref.startsWith('refs/tags/'))
    return tagJob(ctx, inputs, dryRun, ref.slice('refs/tags/'.length), 'push')
  const branch = branchOf(ref)
  if (!branch)
    throw new EventError(`The push payload's ref ${escapeForMessage(ref)} is not a branch ref`)
  const commits = (ctx.payload as { commits?: unknown }).commits
  if (commits !== undefined && !Array.isArray(commits))
    throw new EventError('The push payload has commits that is not a list')
  const messages = (commits ?? []).map((c) => field<string>(c, 'message', 'string', 'push') ?? '')
  if (messages.length > 0 && messages.every((m) => isOwnCommit(m, inputs.commitMessagePrefix))) {
    return {
      kind: 'skip',
      reason: `every commit of this push is this action's own ("${inputs.commitMessagePrefix} ...")`
    }
  }
  return {
    kind: 'run',
    intent: { kind: 'push' },
    branch: inputs.settings.branch ?? branch,
    dryRun,
    headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} updated images`
  }
}

/** `create` of a tag: a release tag pins; a branch or any other tag is skipped. */
function createJob(ctx: EventContext, inputs: JobInputs, dryRun: boolean): Job {
  const refType = field<string>(ctx.payload, 'ref_type', 'string', 'create')
  const name = field<string>(ctx.payload, 'ref', 'string', 'create')
  if (refType !== 'tag') {
    const what =
      refType === 'branch' ? 'a branch' : `a ref of type ${escapeForMessage(refType ?? '(none)')}`
    return { kind: 'skip', reason: `creation of ${what}; only the creation of a release tag pins` }
  }
  const tag = name ?? (ctx.ref.startsWith('refs/tags/') ? ctx.ref.slice('refs/tags/'.length) : '')
  if (!tag) throw new EventError('The create payload names no tag; is this a create event?')
  return tagJob(ctx, inputs, dryRun, tag.startsWith('refs/tags/') ? tag.slice(10) : tag, 'create')
}

function manualJob(ctx: EventContext, inputs: JobInputs, mode: 'pin' | 'unpin'): Job {
  const branch = inputs.settings.branch ?? branchOf(ctx.ref)
  const by = ctx.actor ? `, by ${ctx.actor}` : ''
  if (mode === 'pin') {
    const img = inputs.images
    const intent: Intent =
      img.kind === 'versions'
        ? { kind: 'pin', targets: img.pairs, manual: inputs.manual }
        : {
            kind: 'pin',
            ...(inputs.version !== undefined ? { version: inputs.version } : {}),
            ...(img.kind === 'list' ? { only: img.refs } : {}),
            manual: inputs.manual
          }
    return {
      kind: 'run',
      intent,
      branch,
      dryRun: inputs.dryRun,
      headline: `${inputs.commitMessagePrefix} ${PIN_HEADLINE} images (manual run${by})`
    }
  }
  const img = inputs.images
  if (img.kind === 'versions') {
    throw new EventError(
      'mode: unpin takes image names in the images input, not name=version pairs'
    )
  }
  if (img.kind === 'none') {
    throw new EventError('mode: unpin needs the images input: a list of images, or "all"')
  }
  return {
    kind: 'run',
    intent: { kind: 'unpin', prefixes: img.kind === 'all' ? 'all' : img.refs },
    branch,
    dryRun: inputs.dryRun,
    headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} images (manual run${by})`
  }
}

function pullRequestJob(ctx: EventContext, inputs: JobInputs): Job {
  const pr = field<Record<string, unknown>>(ctx.payload, 'pull_request', 'object', 'pull_request')
  const number = (ctx.payload as { number?: unknown }).number ?? pr?.number
  const base = field<Record<string, unknown>>(pr, 'base', 'object', 'pull_request')
  const head = field<Record<string, unknown>>(pr, 'head', 'object', 'pull_request')
  const baseRef = field<string>(base, 'ref', 'string', 'pull_request')
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0 || !baseRef) {
    throw new EventError(
      'The pull_request payload has no pull request number or base branch; is this a pull_request event?'
    )
  }
  if (!OID.test(ctx.sha)) {
    throw new EventError(`GITHUB_SHA ${escapeForMessage(ctx.sha)} is not a commit sha`)
  }
  const action = field<string>(ctx.payload, 'action', 'string', 'pull_request')
  if (action === 'closed') return { kind: 'skip', reason: 'the pull request was closed' }
  const repoOf = (side: Record<string, unknown> | undefined): string | undefined =>
    field<string>(
      field(side, 'repo', 'object', 'pull_request'),
      'full_name',
      'string',
      'pull_request'
    )
  const headSha = field<string>(head, 'sha', 'string', 'pull_request')
  const branch = branchOf(`refs/heads/${baseRef}`)
  if (!branch) {
    throw new EventError(
      `The pull request's base ${escapeForMessage(baseRef)} is not a branch name`
    )
  }
  return {
    kind: 'run',
    intent: { kind: 'push' },
    branch,
    dryRun: true,
    headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} updated images`,
    preview: {
      number,
      mergeSha: ctx.sha,
      fork: repoOf(head) !== repoOf(base),
      ...(headSha && OID.test(headSha) ? { headSha } : {})
    }
  }
}

function unsupported(eventName: string): EventError {
  return new EventError(
    `Event ${escapeForMessage(eventName)} is not supported. Run this action on: ${SUPPORTED_EVENTS.join(', ')} ` +
      `(release: created/published; push to a branch; push or create of a release tag; workflow_dispatch with mode pin, unpin or plan; pull_request to preview)`
  )
}

/** Decides the job for this run. */
export function jobFor(ctx: EventContext, inputs: JobInputs): Job {
  const dryRun = inputs.dryRun || inputs.mode === 'plan'
  if (ctx.eventName === 'pull_request_target') {
    throw new EventError(
      'pull_request_target is refused: it runs with a write token next to code from the pull request, ' +
        'and this action reads the checkout. Run it on pull_request: it previews the merge with a read-only token.'
    )
  }
  if (!(SUPPORTED_EVENTS as readonly string[]).includes(ctx.eventName))
    throw unsupported(ctx.eventName)
  if (ctx.eventName === 'pull_request') {
    if (inputs.mode === 'pin' || inputs.mode === 'unpin') {
      throw new EventError(
        `mode: ${inputs.mode} is not for pull_request; a pull request only previews (mode: auto or plan)`
      )
    }
    return pullRequestJob(ctx, inputs)
  }
  if (inputs.mode === 'pin' || inputs.mode === 'unpin') return manualJob(ctx, inputs, inputs.mode)
  switch (ctx.eventName) {
    case 'release':
      return releaseJob(ctx, inputs, dryRun)
    case 'push':
      return pushJob(ctx, inputs, dryRun)
    case 'create':
      return createJob(ctx, inputs, dryRun)
    case 'workflow_dispatch':
      // A manual run without a mode shows what a push would do now; it never writes.
      return {
        kind: 'run',
        intent: { kind: 'push' },
        branch: inputs.settings.branch ?? branchOf(ctx.ref),
        dryRun: true,
        headline: `${inputs.commitMessagePrefix} ${UNPIN_HEADLINE} updated images`
      }
    default:
      throw unsupported(ctx.eventName)
  }
}
