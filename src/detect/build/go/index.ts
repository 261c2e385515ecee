/** The Go provider (modules from `go.mod`, workspaces from `go.work`). */
export { goInputs, goProvider, wantsGo } from './provider.js'
export { readGoMod } from './gomod.js'
