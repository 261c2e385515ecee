import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import tseslint from 'typescript-eslint'

// The layer rule of docs/development.md: faces (action, cli) -> plan -> detect, files -> github,
// git -> util. An import that goes up a layer, or across to the other face, fails `eslint`.
// The folder names of src/ are unique, so a relative specifier that climbs out (`../`, any number
// of times) and enters one of them names that top-level folder.
const LAYERS = {
  action: ['cli'],
  cli: ['action', 'github'],
  plan: ['action', 'cli', 'github'],
  detect: ['action', 'cli', 'plan', 'github'],
  files: ['action', 'cli', 'plan', 'detect', 'github', 'git'],
  github: ['action', 'cli', 'plan', 'detect', 'files', 'git'],
  git: ['action', 'cli', 'plan', 'detect', 'files', 'github'],
  util: ['action', 'cli', 'plan', 'detect', 'files', 'github', 'git']
}
const layerPatterns = (folder) => [
  {
    regex: `^(\\.\\./)+(${LAYERS[folder].join('|')})/`,
    message: `src/${folder}/ may not import from ${LAYERS[folder].map((f) => `src/${f}/`).join(', ')} (the layers of docs/development.md).`
  }
]
// Only git/ and compare-command run processes.
const processRule = ['node:child_process', 'child_process'].map((name) => ({
  name,
  message: 'Only src/git/ and src/detect/compare-command.ts run processes.'
}))
const layerRules = Object.keys(LAYERS).map((folder) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: layerPatterns(folder),
        paths: folder === 'git' ? [] : processRule
      }
    ]
  }
}))

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', '.tmp/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly'
      }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
      ]
    }
  },
  ...layerRules,
  // compare-command runs the user's command: the detect/ layer rule, without the process rule.
  {
    files: ['src/detect/compare-command.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns('detect') }] }
  },
  // The build providers are pure (a tree listing and build-file texts in): no git, no file
  // system, no process; detect/load-tree.ts reads the tree they get. The detect/ layer rule, and
  // git/ and the file system besides.
  {
    files: ['src/detect/build/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns('detect'),
            {
              regex: '^(\\.\\./)+git/',
              message:
                'src/detect/build/ is pure: it may not import src/git/ (git reads go in src/detect/, e.g. load-tree.ts).'
            }
          ],
          paths: [
            ...processRule,
            ...['node:fs', 'fs', 'node:fs/promises', 'fs/promises'].map((name) => ({
              name,
              message: 'src/detect/build/ is pure: no file system (its inputs are a SourceTree).'
            }))
          ]
        }
      ]
    }
  }
)
