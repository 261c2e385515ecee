/**
 * The folder provider: the build root folder itself. It always claims the image, and is used
 * only when no other provider does (an image whose build system is not known).
 */
import type { Provider } from './types.js'

/** The folder provider. */
export const folderProvider: Provider = {
  name: 'folder',
  // It reads no build file.
  wants: () => false,
  inputsOf: (_image, root) => ({
    inputs: [
      {
        kind: 'dir',
        path: root.folder,
        from: { provider: 'folder', why: `build root ${root.folder}/` }
      }
    ],
    warnings: [],
    claimed: true
  })
}
