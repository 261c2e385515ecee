#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9379:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const ANY = Symbol('SemVer ANY')
// hoisted class for cyclic dependency
class Comparator {
  static get ANY () {
    return ANY
  }

  constructor (comp, options) {
    options = parseOptions(options)

    if (comp instanceof Comparator) {
      if (comp.loose === !!options.loose) {
        return comp
      } else {
        comp = comp.value
      }
    }

    comp = comp.trim().split(/\s+/).join(' ')
    debug('comparator', comp, options)
    this.options = options
    this.loose = !!options.loose
    this.parse(comp)

    if (this.semver === ANY) {
      this.value = ''
    } else {
      this.value = this.operator + this.semver.version
    }

    debug('comp', this)
  }

  parse (comp) {
    const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR]
    const m = comp.match(r)

    if (!m) {
      throw new TypeError(`Invalid comparator: ${comp}`)
    }

    this.operator = m[1] !== undefined ? m[1] : ''
    if (this.operator === '=') {
      this.operator = ''
    }

    // if it literally is just '>' or '' then allow anything.
    if (!m[2]) {
      this.semver = ANY
    } else {
      this.semver = new SemVer(m[2], this.options.loose)
    }
  }

  toString () {
    return this.value
  }

  test (version) {
    debug('Comparator.test', version, this.options.loose)

    if (this.semver === ANY || version === ANY) {
      return true
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    return cmp(version, this.operator, this.semver, this.options)
  }

  intersects (comp, options) {
    if (!(comp instanceof Comparator)) {
      throw new TypeError('a Comparator is required')
    }

    if (this.operator === '') {
      if (this.value === '') {
        return true
      }
      return new Range(comp.value, options).test(this.value)
    } else if (comp.operator === '') {
      if (comp.value === '') {
        return true
      }
      return new Range(this.value, options).test(comp.semver)
    }

    options = parseOptions(options)

    // Special cases where nothing can possibly be lower
    if (options.includePrerelease &&
      (this.value === '<0.0.0-0' || comp.value === '<0.0.0-0')) {
      return false
    }
    if (!options.includePrerelease &&
      (this.value.startsWith('<0.0.0') || comp.value.startsWith('<0.0.0'))) {
      return false
    }

    // Same direction increasing (> or >=)
    if (this.operator.startsWith('>') && comp.operator.startsWith('>')) {
      return true
    }
    // Same direction decreasing (< or <=)
    if (this.operator.startsWith('<') && comp.operator.startsWith('<')) {
      return true
    }
    // same SemVer and both sides are inclusive (<= or >=)
    if (
      (this.semver.version === comp.semver.version) &&
      this.operator.includes('=') && comp.operator.includes('=')) {
      return true
    }
    // opposite directions less than
    if (cmp(this.semver, '<', comp.semver, options) &&
      this.operator.startsWith('>') && comp.operator.startsWith('<')) {
      return true
    }
    // opposite directions greater than
    if (cmp(this.semver, '>', comp.semver, options) &&
      this.operator.startsWith('<') && comp.operator.startsWith('>')) {
      return true
    }
    return false
  }
}

module.exports = Comparator

const parseOptions = __nccwpck_require__(356)
const { safeRe: re, t } = __nccwpck_require__(5471)
const cmp = __nccwpck_require__(8646)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)


/***/ }),

/***/ 6782:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SPACE_CHARACTERS = /\s+/g

// hoisted class for cyclic dependency
class Range {
  constructor (range, options) {
    options = parseOptions(options)

    if (range instanceof Range) {
      if (
        range.loose === !!options.loose &&
        range.includePrerelease === !!options.includePrerelease
      ) {
        return range
      } else {
        return new Range(range.raw, options)
      }
    }

    if (range instanceof Comparator) {
      // just put it in the set and return
      this.raw = range.value
      this.set = [[range]]
      this.formatted = undefined
      return this
    }

    this.options = options
    this.loose = !!options.loose
    this.includePrerelease = !!options.includePrerelease

    // First reduce all whitespace as much as possible so we do not have to rely
    // on potentially slow regexes like \s*. This is then stored and used for
    // future error messages as well.
    this.raw = range.trim().replace(SPACE_CHARACTERS, ' ')

    // First, split on ||
    this.set = this.raw
      .split('||')
      // map the range to a 2d array of comparators
      .map(r => this.parseRange(r.trim()))
      // throw out any comparator lists that are empty
      // this generally means that it was not a valid range, which is allowed
      // in loose mode, but will still throw if the WHOLE range is invalid.
      .filter(c => c.length)

    if (!this.set.length) {
      throw new TypeError(`Invalid SemVer Range: ${this.raw}`)
    }

    // if we have any that are not the null set, throw out null sets.
    if (this.set.length > 1) {
      // keep the first one, in case they're all null sets
      const first = this.set[0]
      this.set = this.set.filter(c => !isNullSet(c[0]))
      if (this.set.length === 0) {
        this.set = [first]
      } else if (this.set.length > 1) {
        // if we have any that are *, then the range is just *
        for (const c of this.set) {
          if (c.length === 1 && isAny(c[0])) {
            this.set = [c]
            break
          }
        }
      }
    }

    this.formatted = undefined
  }

  get range () {
    if (this.formatted === undefined) {
      this.formatted = ''
      for (let i = 0; i < this.set.length; i++) {
        if (i > 0) {
          this.formatted += '||'
        }
        const comps = this.set[i]
        for (let k = 0; k < comps.length; k++) {
          if (k > 0) {
            this.formatted += ' '
          }
          this.formatted += comps[k].toString().trim()
        }
      }
    }
    return this.formatted
  }

  format () {
    return this.range
  }

  toString () {
    return this.range
  }

  parseRange (range) {
    // strip build metadata so it can't bleed into the version
    range = range.replace(BUILDSTRIPRE, '')

    // memoize range parsing for performance.
    // this is a very hot path, and fully deterministic.
    const memoOpts =
      (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) |
      (this.options.loose && FLAG_LOOSE)
    const memoKey = memoOpts + ':' + range
    const cached = cache.get(memoKey)
    if (cached) {
      return cached
    }

    const loose = this.options.loose
    // `1.2.3 - 1.2.4` => `>=1.2.3 <=1.2.4`
    const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE]
    range = range.replace(hr, hyphenReplace(this.options.includePrerelease))
    debug('hyphen replace', range)

    // `> 1.2.3 < 1.2.5` => `>1.2.3 <1.2.5`
    range = trimComparatorWhitespace(range)
    debug('comparator trim', range)

    // `~ 1.2.3` => `~1.2.3`
    range = range.replace(re[t.TILDETRIM], tildeTrimReplace)
    debug('tilde trim', range)

    // `^ 1.2.3` => `^1.2.3`
    range = range.replace(re[t.CARETTRIM], caretTrimReplace)
    debug('caret trim', range)

    // At this point, the range is completely trimmed and
    // ready to be split into comparators.

    let rangeList = range
      .split(' ')
      .map(comp => parseComparator(comp, this.options))
      .join(' ')
      .split(/\s+/)
      // >=0.0.0 is equivalent to *
      .map(comp => replaceGTE0(comp, this.options))

    if (loose) {
      // in loose mode, throw out any that are not valid comparators
      rangeList = rangeList.filter(comp => {
        debug('loose invalid filter', comp, this.options)
        return !!comp.match(re[t.COMPARATORLOOSE])
      })
    }
    debug('range list', rangeList)

    // if any comparators are the null set, then replace with JUST null set
    // if more than one comparator, remove any * comparators
    // also, don't include the same comparator more than once
    const rangeMap = new Map()
    const comparators = rangeList.map(comp => new Comparator(comp, this.options))
    for (const comp of comparators) {
      if (isNullSet(comp)) {
        return [comp]
      }
      rangeMap.set(comp.value, comp)
    }
    if (rangeMap.size > 1 && rangeMap.has('')) {
      rangeMap.delete('')
    }

    const result = [...rangeMap.values()]
    cache.set(memoKey, result)
    return result
  }

  intersects (range, options) {
    if (!(range instanceof Range)) {
      throw new TypeError('a Range is required')
    }

    return this.set.some((thisComparators) => {
      return (
        isSatisfiable(thisComparators, options) &&
        range.set.some((rangeComparators) => {
          return (
            isSatisfiable(rangeComparators, options) &&
            thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options)
              })
            })
          )
        })
      )
    })
  }

  // if ANY of the sets match ALL of its comparators, then pass
  test (version) {
    if (!version) {
      return false
    }

    if (typeof version === 'string') {
      try {
        version = new SemVer(version, this.options)
      } catch (er) {
        return false
      }
    }

    for (let i = 0; i < this.set.length; i++) {
      if (testSet(this.set[i], version, this.options)) {
        return true
      }
    }
    return false
  }
}

module.exports = Range

const LRU = __nccwpck_require__(1383)
const cache = new LRU()

const parseOptions = __nccwpck_require__(356)
const Comparator = __nccwpck_require__(9379)
const debug = __nccwpck_require__(1159)
const SemVer = __nccwpck_require__(7163)
const trimComparatorWhitespace = __nccwpck_require__(9737)
const {
  safeRe: re,
  src,
  t,
  tildeTrimReplace,
  caretTrimReplace,
} = __nccwpck_require__(5471)
const { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = __nccwpck_require__(5101)

// unbounded global build-metadata stripper used by parseRange
const BUILDSTRIPRE = new RegExp(src[t.BUILD], 'g')

const isNullSet = c => c.value === '<0.0.0-0'
const isAny = c => c.value === ''

// take a set of comparators and determine whether there
// exists a version which can satisfy it
const isSatisfiable = (comparators, options) => {
  let result = true
  const remainingComparators = comparators.slice()
  let testComparator = remainingComparators.pop()

  while (result && remainingComparators.length) {
    result = remainingComparators.every((otherComparator) => {
      return testComparator.intersects(otherComparator, options)
    })

    testComparator = remainingComparators.pop()
  }

  return result
}

// comprised of xranges, tildes, stars, and gtlt's at this point.
// already replaced the hyphen ranges
// turn into a set of JUST comparators.
const parseComparator = (comp, options) => {
  comp = comp.replace(re[t.BUILD], '')
  debug('comp', comp, options)
  comp = replaceCarets(comp, options)
  debug('caret', comp)
  comp = replaceTildes(comp, options)
  debug('tildes', comp)
  comp = replaceXRanges(comp, options)
  debug('xrange', comp)
  comp = replaceStars(comp, options)
  debug('stars', comp)
  return comp
}

const isX = id => !id || id.toLowerCase() === 'x' || id === '*'

const invalidXRangeOrder = (M, m, p) => (
  (isX(M) && !isX(m)) ||
  (isX(m) && p && !isX(p))
)

// ~, ~> --> * (any, kinda silly)
// ~2, ~2.x, ~2.x.x, ~>2, ~>2.x ~>2.x.x --> >=2.0.0 <3.0.0-0
// ~2.0, ~2.0.x, ~>2.0, ~>2.0.x --> >=2.0.0 <2.1.0-0
// ~1.2, ~1.2.x, ~>1.2, ~>1.2.x --> >=1.2.0 <1.3.0-0
// ~1.2.3, ~>1.2.3 --> >=1.2.3 <1.3.0-0
// ~1.2.0, ~>1.2.0 --> >=1.2.0 <1.3.0-0
// ~0.0.1 --> >=0.0.1 <0.1.0-0
const replaceTildes = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceTilde(c, options))
    .join(' ')
}

const replaceTilde = (comp, options) => {
  const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE]
  // if we're including prereleases in the match, then the lower bound is
  // -0, the lowest possible prerelease value, just like x-ranges and carets.
  // this keeps `~1.2` equivalent to the `1.2.x` x-range it's documented as.
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('tilde', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      // ~1.2 == >=1.2.0 <1.3.0-0
      ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
    } else if (pr) {
      debug('replaceTilde pr', pr)
      ret = `>=${M}.${m}.${p}-${pr
      } <${M}.${+m + 1}.0-0`
    } else {
      // ~1.2.3 == >=1.2.3 <1.3.0-0
      ret = `>=${M}.${m}.${p
      } <${M}.${+m + 1}.0-0`
    }

    debug('tilde return', ret)
    return ret
  })
}

// ^ --> * (any, kinda silly)
// ^2, ^2.x, ^2.x.x --> >=2.0.0 <3.0.0-0
// ^2.0, ^2.0.x --> >=2.0.0 <3.0.0-0
// ^1.2, ^1.2.x --> >=1.2.0 <2.0.0-0
// ^1.2.3 --> >=1.2.3 <2.0.0-0
// ^1.2.0 --> >=1.2.0 <2.0.0-0
// ^0.0.1 --> >=0.0.1 <0.0.2-0
// ^0.1.0 --> >=0.1.0 <0.2.0-0
const replaceCarets = (comp, options) => {
  return comp
    .trim()
    .split(/\s+/)
    .map((c) => replaceCaret(c, options))
    .join(' ')
}

const replaceCaret = (comp, options) => {
  debug('caret', comp, options)
  const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET]
  const z = options.includePrerelease ? '-0' : ''
  return comp.replace(r, (_, M, m, p, pr) => {
    debug('caret', comp, _, M, m, p, pr)
    let ret

    if (isX(M)) {
      ret = ''
    } else if (isX(m)) {
      ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`
    } else if (isX(p)) {
      if (M === '0') {
        ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`
      } else {
        ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`
      }
    } else if (pr) {
      debug('replaceCaret pr', pr)
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p}-${pr
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p}-${pr
        } <${+M + 1}.0.0-0`
      }
    } else {
      debug('no pr')
      if (M === '0') {
        if (m === '0') {
          ret = `>=${M}.${m}.${p
          } <${M}.${m}.${+p + 1}-0`
        } else {
          ret = `>=${M}.${m}.${p
          } <${M}.${+m + 1}.0-0`
        }
      } else {
        ret = `>=${M}.${m}.${p
        } <${+M + 1}.0.0-0`
      }
    }

    debug('caret return', ret)
    return ret
  })
}

const replaceXRanges = (comp, options) => {
  debug('replaceXRanges', comp, options)
  return comp
    .split(/\s+/)
    .map((c) => replaceXRange(c, options))
    .join(' ')
}

const replaceXRange = (comp, options) => {
  comp = comp.trim()
  const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE]
  return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
    debug('xRange', comp, ret, gtlt, M, m, p, pr)
    if (invalidXRangeOrder(M, m, p)) {
      return comp
    }

    const xM = isX(M)
    const xm = xM || isX(m)
    const xp = xm || isX(p)
    const anyX = xp

    if (gtlt === '=' && anyX) {
      gtlt = ''
    }

    // if we're including prereleases in the match, then we need
    // to fix this to -0, the lowest possible prerelease value
    pr = options.includePrerelease ? '-0' : ''

    if (xM) {
      if (gtlt === '>' || gtlt === '<') {
        // nothing is allowed
        ret = '<0.0.0-0'
      } else {
        // nothing is forbidden
        ret = '*'
      }
    } else if (gtlt && anyX) {
      // we know patch is an x, because we have any x at all.
      // replace X with 0
      if (xm) {
        m = 0
      }
      p = 0

      if (gtlt === '>') {
        // >1 => >=2.0.0
        // >1.2 => >=1.3.0
        gtlt = '>='
        if (xm) {
          M = +M + 1
          m = 0
          p = 0
        } else {
          m = +m + 1
          p = 0
        }
      } else if (gtlt === '<=') {
        // <=0.7.x is actually <0.8.0, since any 0.7.x should
        // pass.  Similarly, <=7.x is actually <8.0.0, etc.
        gtlt = '<'
        if (xm) {
          M = +M + 1
        } else {
          m = +m + 1
        }
      }

      if (gtlt === '<') {
        pr = '-0'
      }

      ret = `${gtlt + M}.${m}.${p}${pr}`
    } else if (xm) {
      ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`
    } else if (xp) {
      ret = `>=${M}.${m}.0${pr
      } <${M}.${+m + 1}.0-0`
    }

    debug('xRange return', ret)

    return ret
  })
}

// Because * is AND-ed with everything else in the comparator,
// and '' means "any version", just remove the *s entirely.
const replaceStars = (comp, options) => {
  debug('replaceStars', comp, options)
  // Looseness is ignored here.  star is always as loose as it gets!
  return comp
    .trim()
    .replace(re[t.STAR], '')
}

const replaceGTE0 = (comp, options) => {
  debug('replaceGTE0', comp, options)
  return comp
    .trim()
    .replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], '')
}

// This function is passed to string.replace(re[t.HYPHENRANGE])
// M, m, patch, prerelease, build
// 1.2 - 3.4.5 => >=1.2.0 <=3.4.5
// 1.2.3 - 3.4 => >=1.2.0 <3.5.0-0 Any 3.4.x will do
// 1.2 - 3.4 => >=1.2.0 <3.5.0-0
// TODO build?
const hyphenReplace = incPr => ($0,
  from, fM, fm, fp, fpr, fb,
  to, tM, tm, tp, tpr) => {
  if (isX(fM)) {
    from = ''
  } else if (isX(fm)) {
    from = `>=${fM}.0.0${incPr ? '-0' : ''}`
  } else if (isX(fp)) {
    from = `>=${fM}.${fm}.0${incPr ? '-0' : ''}`
  } else if (fpr) {
    from = `>=${from}`
  } else {
    from = `>=${from}${incPr ? '-0' : ''}`
  }

  if (isX(tM)) {
    to = ''
  } else if (isX(tm)) {
    to = `<${+tM + 1}.0.0-0`
  } else if (isX(tp)) {
    to = `<${tM}.${+tm + 1}.0-0`
  } else if (tpr) {
    to = `<=${tM}.${tm}.${tp}-${tpr}`
  } else if (incPr) {
    to = `<${tM}.${tm}.${+tp + 1}-0`
  } else {
    to = `<=${to}`
  }

  return `${from} ${to}`.trim()
}

const testSet = (set, version, options) => {
  for (let i = 0; i < set.length; i++) {
    if (!set[i].test(version)) {
      return false
    }
  }

  if (version.prerelease.length && !options.includePrerelease) {
    // Find the set of versions that are allowed to have prereleases
    // For example, ^1.2.3-pr.1 desugars to >=1.2.3-pr.1 <2.0.0
    // That should allow `1.2.3-pr.2` to pass.
    // However, `1.2.4-alpha.notready` should NOT be allowed,
    // even though it's within the range set by the comparators.
    for (let i = 0; i < set.length; i++) {
      debug(set[i].semver)
      if (set[i].semver === Comparator.ANY) {
        continue
      }

      if (set[i].semver.prerelease.length > 0) {
        const allowed = set[i].semver
        if (allowed.major === version.major &&
            allowed.minor === version.minor &&
            allowed.patch === version.patch) {
          return true
        }
      }
    }

    // Version has a -pre, but it's not one of the ones we like.
    return false
  }

  return true
}


/***/ }),

/***/ 7163:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const debug = __nccwpck_require__(1159)
const { MAX_LENGTH, MAX_SAFE_INTEGER } = __nccwpck_require__(5101)
const { safeRe: re, t } = __nccwpck_require__(5471)

const parseOptions = __nccwpck_require__(356)
const { compareIdentifiers } = __nccwpck_require__(3348)

const isPrereleaseIdentifier = (prerelease, identifier) => {
  const identifiers = identifier.split('.')
  if (identifiers.length > prerelease.length) {
    return false
  }

  for (let i = 0; i < identifiers.length; i++) {
    if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
      return false
    }
  }

  return true
}

class SemVer {
  constructor (version, options) {
    options = parseOptions(options)

    if (version instanceof SemVer) {
      if (version.loose === !!options.loose &&
        version.includePrerelease === !!options.includePrerelease) {
        return version
      } else {
        version = version.version
      }
    } else if (typeof version !== 'string') {
      throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`)
    }

    if (version.length > MAX_LENGTH) {
      throw new TypeError(
        `version is longer than ${MAX_LENGTH} characters`
      )
    }

    debug('SemVer', version, options)
    this.options = options
    this.loose = !!options.loose
    // this isn't actually relevant for versions, but keep it so that we
    // don't run into trouble passing this.options around.
    this.includePrerelease = !!options.includePrerelease

    const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL])

    if (!m) {
      throw new TypeError(`Invalid Version: ${version}`)
    }

    this.raw = version

    // these are actually numbers
    this.major = +m[1]
    this.minor = +m[2]
    this.patch = +m[3]

    if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
      throw new TypeError('Invalid major version')
    }

    if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
      throw new TypeError('Invalid minor version')
    }

    if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
      throw new TypeError('Invalid patch version')
    }

    // numberify any prerelease numeric ids
    if (!m[4]) {
      this.prerelease = []
    } else {
      this.prerelease = m[4].split('.').map((id) => {
        if (/^[0-9]+$/.test(id)) {
          const num = +id
          if (num >= 0 && num < MAX_SAFE_INTEGER) {
            return num
          }
        }
        return id
      })
    }

    this.build = m[5] ? m[5].split('.') : []
    this.format()
  }

  format () {
    this.version = `${this.major}.${this.minor}.${this.patch}`
    if (this.prerelease.length) {
      this.version += `-${this.prerelease.join('.')}`
    }
    return this.version
  }

  toString () {
    return this.version
  }

  compare (other) {
    debug('SemVer.compare', this.version, this.options, other)
    if (!(other instanceof SemVer)) {
      if (typeof other === 'string' && other === this.version) {
        return 0
      }
      other = new SemVer(other, this.options)
    }

    if (other.version === this.version) {
      return 0
    }

    return this.compareMain(other) || this.comparePre(other)
  }

  compareMain (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    if (this.major < other.major) {
      return -1
    }
    if (this.major > other.major) {
      return 1
    }
    if (this.minor < other.minor) {
      return -1
    }
    if (this.minor > other.minor) {
      return 1
    }
    if (this.patch < other.patch) {
      return -1
    }
    if (this.patch > other.patch) {
      return 1
    }
    return 0
  }

  comparePre (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    // NOT having a prerelease is > having one
    if (this.prerelease.length && !other.prerelease.length) {
      return -1
    } else if (!this.prerelease.length && other.prerelease.length) {
      return 1
    } else if (!this.prerelease.length && !other.prerelease.length) {
      return 0
    }

    let i = 0
    do {
      const a = this.prerelease[i]
      const b = other.prerelease[i]
      debug('prerelease compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  compareBuild (other) {
    if (!(other instanceof SemVer)) {
      other = new SemVer(other, this.options)
    }

    let i = 0
    do {
      const a = this.build[i]
      const b = other.build[i]
      debug('build compare', i, a, b)
      if (a === undefined && b === undefined) {
        return 0
      } else if (b === undefined) {
        return 1
      } else if (a === undefined) {
        return -1
      } else if (a === b) {
        continue
      } else {
        return compareIdentifiers(a, b)
      }
    } while (++i)
  }

  // preminor will bump the version up to the next minor release, and immediately
  // down to pre-release. premajor and prepatch work the same way.
  inc (release, identifier, identifierBase) {
    if (release.startsWith('pre')) {
      if (!identifier && identifierBase === false) {
        throw new Error('invalid increment argument: identifier is empty')
      }
      // Avoid an invalid semver results
      if (identifier) {
        const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE])
        if (!match || match[1] !== identifier) {
          throw new Error(`invalid identifier: ${identifier}`)
        }
      }
    }

    switch (release) {
      case 'premajor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor = 0
        this.major++
        this.inc('pre', identifier, identifierBase)
        break
      case 'preminor':
        this.prerelease.length = 0
        this.patch = 0
        this.minor++
        this.inc('pre', identifier, identifierBase)
        break
      case 'prepatch':
        // If this is already a prerelease, it will bump to the next version
        // drop any prereleases that might already exist, since they are not
        // relevant at this point.
        this.prerelease.length = 0
        this.inc('patch', identifier, identifierBase)
        this.inc('pre', identifier, identifierBase)
        break
      // If the input is a non-prerelease version, this acts the same as
      // prepatch.
      case 'prerelease':
        if (this.prerelease.length === 0) {
          this.inc('patch', identifier, identifierBase)
        }
        this.inc('pre', identifier, identifierBase)
        break
      case 'release':
        if (this.prerelease.length === 0) {
          throw new Error(`version ${this.raw} is not a prerelease`)
        }
        this.prerelease.length = 0
        break

      case 'major':
        // If this is a pre-major version, bump up to the same major version.
        // Otherwise increment major.
        // 1.0.0-5 bumps to 1.0.0
        // 1.1.0 bumps to 2.0.0
        if (
          this.minor !== 0 ||
          this.patch !== 0 ||
          this.prerelease.length === 0
        ) {
          this.major++
        }
        this.minor = 0
        this.patch = 0
        this.prerelease = []
        break
      case 'minor':
        // If this is a pre-minor version, bump up to the same minor version.
        // Otherwise increment minor.
        // 1.2.0-5 bumps to 1.2.0
        // 1.2.1 bumps to 1.3.0
        if (this.patch !== 0 || this.prerelease.length === 0) {
          this.minor++
        }
        this.patch = 0
        this.prerelease = []
        break
      case 'patch':
        // If this is not a pre-release version, it will increment the patch.
        // If it is a pre-release it will bump up to the same patch version.
        // 1.2.0-5 patches to 1.2.0
        // 1.2.0 patches to 1.2.1
        if (this.prerelease.length === 0) {
          this.patch++
        }
        this.prerelease = []
        break
      // This probably shouldn't be used publicly.
      // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
      case 'pre': {
        const base = Number(identifierBase) ? 1 : 0

        if (this.prerelease.length === 0) {
          this.prerelease = [base]
        } else {
          let i = this.prerelease.length
          while (--i >= 0) {
            if (typeof this.prerelease[i] === 'number') {
              this.prerelease[i]++
              i = -2
            }
          }
          if (i === -1) {
            // didn't increment anything
            if (identifier === this.prerelease.join('.') && identifierBase === false) {
              throw new Error('invalid increment argument: identifier already exists')
            }
            this.prerelease.push(base)
          }
        }
        if (identifier) {
          // 1.2.0-beta.1 bumps to 1.2.0-beta.2,
          // 1.2.0-beta.fooblz or 1.2.0-beta bumps to 1.2.0-beta.0
          let prerelease = [identifier, base]
          if (identifierBase === false) {
            prerelease = [identifier]
          }
          if (isPrereleaseIdentifier(this.prerelease, identifier)) {
            const prereleaseBase = this.prerelease[identifier.split('.').length]
            if (isNaN(prereleaseBase)) {
              this.prerelease = prerelease
            }
          } else {
            this.prerelease = prerelease
          }
        }
        break
      }
      default:
        throw new Error(`invalid increment argument: ${release}`)
    }
    this.raw = this.format()
    if (this.build.length) {
      this.raw += `+${this.build.join('.')}`
    }
    return this
  }
}

module.exports = SemVer


/***/ }),

/***/ 1799:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const clean = (version, options) => {
  const s = parse(version.trim().replace(/^[=v]+/, ''), options)
  return s ? s.version : null
}
module.exports = clean


/***/ }),

/***/ 8646:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gt = __nccwpck_require__(6599)
const gte = __nccwpck_require__(1236)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)

const cmp = (a, op, b, loose) => {
  switch (op) {
    case '===':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a === b

    case '!==':
      if (typeof a === 'object') {
        a = a.version
      }
      if (typeof b === 'object') {
        b = b.version
      }
      return a !== b

    case '':
    case '=':
    case '==':
      return eq(a, b, loose)

    case '!=':
      return neq(a, b, loose)

    case '>':
      return gt(a, b, loose)

    case '>=':
      return gte(a, b, loose)

    case '<':
      return lt(a, b, loose)

    case '<=':
      return lte(a, b, loose)

    default:
      throw new TypeError(`Invalid operator: ${op}`)
  }
}
module.exports = cmp


/***/ }),

/***/ 5385:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = __nccwpck_require__(6353)
const { safeRe: re, t } = __nccwpck_require__(5471)

const coerce = (version, options) => {
  if (version instanceof SemVer) {
    return version
  }

  if (typeof version === 'number') {
    version = String(version)
  }

  if (typeof version !== 'string') {
    return null
  }

  options = options || {}

  let match = null
  if (!options.rtl) {
    match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE])
  } else {
    // Find the right-most coercible string that does not share
    // a terminus with a more left-ward coercible string.
    // Eg, '1.2.3.4' wants to coerce '2.3.4', not '3.4' or '4'
    // With includePrerelease option set, '1.2.3.4-rc' wants to coerce '2.3.4-rc', not '2.3.4'
    //
    // Walk through the string checking with a /g regexp
    // Manually set the index so as to pick up overlapping matches.
    // Stop when we get a match that ends at the string end, since no
    // coercible string can be more right-ward without the same terminus.
    const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL]
    let next
    while ((next = coerceRtlRegex.exec(version)) &&
        (!match || match.index + match[0].length !== version.length)
    ) {
      if (!match ||
            next.index + next[0].length !== match.index + match[0].length) {
        match = next
      }
      coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length
    }
    // leave it in a clean state
    coerceRtlRegex.lastIndex = -1
  }

  if (match === null) {
    return null
  }

  const major = match[2]
  const minor = match[3] || '0'
  const patch = match[4] || '0'
  const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : ''
  const build = options.includePrerelease && match[6] ? `+${match[6]}` : ''

  return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options)
}
module.exports = coerce


/***/ }),

/***/ 7648:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compareBuild = (a, b, loose) => {
  const versionA = new SemVer(a, loose)
  const versionB = new SemVer(b, loose)
  return versionA.compare(versionB) || versionA.compareBuild(versionB)
}
module.exports = compareBuild


/***/ }),

/***/ 6874:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const compareLoose = (a, b) => compare(a, b, true)
module.exports = compareLoose


/***/ }),

/***/ 8469:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const compare = (a, b, loose) =>
  new SemVer(a, loose).compare(new SemVer(b, loose))

module.exports = compare


/***/ }),

/***/ 711:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)

const diff = (version1, version2) => {
  const v1 = parse(version1, null, true)
  const v2 = parse(version2, null, true)
  const comparison = v1.compare(v2)

  if (comparison === 0) {
    return null
  }

  const v1Higher = comparison > 0
  const highVersion = v1Higher ? v1 : v2
  const lowVersion = v1Higher ? v2 : v1
  const highHasPre = !!highVersion.prerelease.length
  const lowHasPre = !!lowVersion.prerelease.length

  if (lowHasPre && !highHasPre) {
    // Going from prerelease -> no prerelease requires some special casing

    // If the low version has only a major, then it will always be a major
    // Some examples:
    // 1.0.0-1 -> 1.0.0
    // 1.0.0-1 -> 1.1.1
    // 1.0.0-1 -> 2.0.0
    if (!lowVersion.patch && !lowVersion.minor) {
      return 'major'
    }

    // If the main part has no difference
    if (lowVersion.compareMain(highVersion) === 0) {
      if (lowVersion.minor && !lowVersion.patch) {
        return 'minor'
      }
      return 'patch'
    }
  }

  // add the `pre` prefix if we are going to a prerelease version
  const prefix = highHasPre ? 'pre' : ''

  if (v1.major !== v2.major) {
    return prefix + 'major'
  }

  if (v1.minor !== v2.minor) {
    return prefix + 'minor'
  }

  if (v1.patch !== v2.patch) {
    return prefix + 'patch'
  }

  // high and low are prereleases
  return 'prerelease'
}

module.exports = diff


/***/ }),

/***/ 5082:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const eq = (a, b, loose) => compare(a, b, loose) === 0
module.exports = eq


/***/ }),

/***/ 6599:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gt = (a, b, loose) => compare(a, b, loose) > 0
module.exports = gt


/***/ }),

/***/ 1236:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const gte = (a, b, loose) => compare(a, b, loose) >= 0
module.exports = gte


/***/ }),

/***/ 2338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)

const inc = (version, release, options, identifier, identifierBase) => {
  if (typeof (options) === 'string') {
    identifierBase = identifier
    identifier = options
    options = undefined
  }

  try {
    return new SemVer(
      version instanceof SemVer ? version.version : version,
      options
    ).inc(release, identifier, identifierBase).version
  } catch (er) {
    return null
  }
}
module.exports = inc


/***/ }),

/***/ 3872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lt = (a, b, loose) => compare(a, b, loose) < 0
module.exports = lt


/***/ }),

/***/ 6717:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const lte = (a, b, loose) => compare(a, b, loose) <= 0
module.exports = lte


/***/ }),

/***/ 8511:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const major = (a, loose) => new SemVer(a, loose).major
module.exports = major


/***/ }),

/***/ 2603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const minor = (a, loose) => new SemVer(a, loose).minor
module.exports = minor


/***/ }),

/***/ 4974:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const neq = (a, b, loose) => compare(a, b, loose) !== 0
module.exports = neq


/***/ }),

/***/ 6353:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const parse = (version, options, throwErrors = false) => {
  if (version instanceof SemVer) {
    return version
  }
  try {
    return new SemVer(version, options)
  } catch (er) {
    if (!throwErrors) {
      return null
    }
    throw er
  }
}

module.exports = parse


/***/ }),

/***/ 8756:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const patch = (a, loose) => new SemVer(a, loose).patch
module.exports = patch


/***/ }),

/***/ 5714:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const prerelease = (version, options) => {
  const parsed = parse(version, options)
  return (parsed && parsed.prerelease.length) ? parsed.prerelease : null
}
module.exports = prerelease


/***/ }),

/***/ 2173:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compare = __nccwpck_require__(8469)
const rcompare = (a, b, loose) => compare(b, a, loose)
module.exports = rcompare


/***/ }),

/***/ 7192:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose))
module.exports = rsort


/***/ }),

/***/ 8011:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const satisfies = (version, range, options) => {
  try {
    range = new Range(range, options)
  } catch (er) {
    return false
  }
  return range.test(version)
}
module.exports = satisfies


/***/ }),

/***/ 9872:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const compareBuild = __nccwpck_require__(7648)
const sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose))
module.exports = sort


/***/ }),

/***/ 6114:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)

const truncate = (version, truncation, options) => {
  if (!constants.RELEASE_TYPES.includes(truncation)) {
    return null
  }

  const clonedVersion = cloneInputVersion(version, options)
  return clonedVersion && doTruncation(clonedVersion, truncation)
}

const cloneInputVersion = (version, options) => {
  const versionStringToParse = (
    version instanceof SemVer ? version.version : version
  )

  return parse(versionStringToParse, options)
}

const doTruncation = (version, truncation) => {
  if (isPrerelease(truncation)) {
    return version.version
  }

  version.prerelease = []

  switch (truncation) {
    case 'major':
      version.minor = 0
      version.patch = 0
      break
    case 'minor':
      version.patch = 0
      break
  }

  return version.format()
}

const isPrerelease = (type) => {
  return type.startsWith('pre')
}

module.exports = truncate


/***/ }),

/***/ 8780:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const parse = __nccwpck_require__(6353)
const valid = (version, options) => {
  const v = parse(version, options)
  return v ? v.version : null
}
module.exports = valid


/***/ }),

/***/ 2088:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// just pre-load all the stuff that index.js lazily exports
const internalRe = __nccwpck_require__(5471)
const constants = __nccwpck_require__(5101)
const SemVer = __nccwpck_require__(7163)
const identifiers = __nccwpck_require__(3348)
const parse = __nccwpck_require__(6353)
const valid = __nccwpck_require__(8780)
const clean = __nccwpck_require__(1799)
const inc = __nccwpck_require__(2338)
const diff = __nccwpck_require__(711)
const major = __nccwpck_require__(8511)
const minor = __nccwpck_require__(2603)
const patch = __nccwpck_require__(8756)
const prerelease = __nccwpck_require__(5714)
const compare = __nccwpck_require__(8469)
const rcompare = __nccwpck_require__(2173)
const compareLoose = __nccwpck_require__(6874)
const compareBuild = __nccwpck_require__(7648)
const sort = __nccwpck_require__(9872)
const rsort = __nccwpck_require__(7192)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const eq = __nccwpck_require__(5082)
const neq = __nccwpck_require__(4974)
const gte = __nccwpck_require__(1236)
const lte = __nccwpck_require__(6717)
const cmp = __nccwpck_require__(8646)
const coerce = __nccwpck_require__(5385)
const truncate = __nccwpck_require__(6114)
const Comparator = __nccwpck_require__(9379)
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const toComparators = __nccwpck_require__(4750)
const maxSatisfying = __nccwpck_require__(3193)
const minSatisfying = __nccwpck_require__(8595)
const minVersion = __nccwpck_require__(1866)
const validRange = __nccwpck_require__(4737)
const outside = __nccwpck_require__(280)
const gtr = __nccwpck_require__(2276)
const ltr = __nccwpck_require__(5213)
const intersects = __nccwpck_require__(3465)
const simplifyRange = __nccwpck_require__(2028)
const subset = __nccwpck_require__(1489)
module.exports = {
  parse,
  valid,
  clean,
  inc,
  diff,
  major,
  minor,
  patch,
  prerelease,
  compare,
  rcompare,
  compareLoose,
  compareBuild,
  sort,
  rsort,
  gt,
  lt,
  eq,
  neq,
  gte,
  lte,
  cmp,
  coerce,
  truncate,
  Comparator,
  Range,
  satisfies,
  toComparators,
  maxSatisfying,
  minSatisfying,
  minVersion,
  validRange,
  outside,
  gtr,
  ltr,
  intersects,
  simplifyRange,
  subset,
  SemVer,
  re: internalRe.re,
  src: internalRe.src,
  tokens: internalRe.t,
  SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
  RELEASE_TYPES: constants.RELEASE_TYPES,
  compareIdentifiers: identifiers.compareIdentifiers,
  rcompareIdentifiers: identifiers.rcompareIdentifiers,
}


/***/ }),

/***/ 5101:
/***/ ((module) => {



// Note: this is the semver.org version of the spec that it implements
// Not necessarily the package version of this code.
const SEMVER_SPEC_VERSION = '2.0.0'

const MAX_LENGTH = 256
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER ||
/* istanbul ignore next */ 9007199254740991

// Max safe segment length for coercion.
const MAX_SAFE_COMPONENT_LENGTH = 16

// Max safe length for a build identifier. The max length minus 6 characters for
// the shortest version with a build 0.0.0+BUILD.
const MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6

// ECMAScript whitespace and line terminators matched by \s.
const WHITESPACE_CHARACTERS = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u2001',
  '\u2002',
  '\u2003',
  '\u2004',
  '\u2005',
  '\u2006',
  '\u2007',
  '\u2008',
  '\u2009',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
]

const RELEASE_TYPES = [
  'major',
  'premajor',
  'minor',
  'preminor',
  'patch',
  'prepatch',
  'prerelease',
]

module.exports = {
  MAX_LENGTH,
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_SAFE_INTEGER,
  WHITESPACE_CHARACTERS,
  RELEASE_TYPES,
  SEMVER_SPEC_VERSION,
  FLAG_INCLUDE_PRERELEASE: 0b001,
  FLAG_LOOSE: 0b010,
}


/***/ }),

/***/ 1159:
/***/ ((module) => {



const debug = (
  typeof process === 'object' &&
  process.env &&
  process.env.NODE_DEBUG &&
  /\bsemver\b/i.test(process.env.NODE_DEBUG)
) ? (...args) => console.error('SEMVER', ...args)
  : () => {}

module.exports = debug


/***/ }),

/***/ 3348:
/***/ ((module) => {



const numeric = /^[0-9]+$/
const compareIdentifiers = (a, b) => {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b ? 0 : a < b ? -1 : 1
  }

  const anum = numeric.test(a)
  const bnum = numeric.test(b)

  if (anum && bnum) {
    a = +a
    b = +b
  }

  return a === b ? 0
    : (anum && !bnum) ? -1
    : (bnum && !anum) ? 1
    : a < b ? -1
    : 1
}

const rcompareIdentifiers = (a, b) => compareIdentifiers(b, a)

module.exports = {
  compareIdentifiers,
  rcompareIdentifiers,
}


/***/ }),

/***/ 1383:
/***/ ((module) => {



class LRUCache {
  constructor () {
    this.max = 1000
    this.map = new Map()
  }

  get (key) {
    const value = this.map.get(key)
    if (value === undefined) {
      return undefined
    } else {
      // Remove the key from the map and add it to the end
      this.map.delete(key)
      this.map.set(key, value)
      return value
    }
  }

  delete (key) {
    return this.map.delete(key)
  }

  set (key, value) {
    const deleted = this.delete(key)

    if (!deleted && value !== undefined) {
      // If cache is full, delete the least recently used item
      if (this.map.size >= this.max) {
        const firstKey = this.map.keys().next().value
        this.delete(firstKey)
      }

      this.map.set(key, value)
    }

    return this
  }
}

module.exports = LRUCache


/***/ }),

/***/ 356:
/***/ ((module) => {



// parse out just the options we care about
const looseOption = Object.freeze({ loose: true })
const emptyOpts = Object.freeze({ })
const parseOptions = options => {
  if (!options) {
    return emptyOpts
  }

  if (typeof options !== 'object') {
    return looseOption
  }

  return options
}
module.exports = parseOptions


/***/ }),

/***/ 5471:
/***/ ((module, exports, __nccwpck_require__) => {



const {
  MAX_SAFE_COMPONENT_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  MAX_LENGTH,
} = __nccwpck_require__(5101)
const debug = __nccwpck_require__(1159)
exports = module.exports = {}

// The actual regexps go on exports.re
const re = exports.re = []
const safeRe = exports.safeRe = []
const src = exports.src = []
const safeSrc = exports.safeSrc = []
const t = exports.t = {}
let R = 0

const LETTERDASHNUMBER = '[a-zA-Z0-9-]'

// Replace some greedy regex tokens to prevent regex dos issues. These regex are
// used internally via the safeRe object since all inputs in this library get
// normalized first to trim and collapse all extra whitespace. The original
// regexes are exported for userland consumption and lower level usage. A
// future breaking change could export the safer regex only with a note that
// all input should have extra whitespace removed.
const safeRegexReplacements = [
  ['\\s', 1],
  ['\\d', MAX_LENGTH],
  [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH],
]

const makeSafeRegex = (value) => {
  for (const [token, max] of safeRegexReplacements) {
    value = value
      .split(`${token}*`).join(`${token}{0,${max}}`)
      .split(`${token}+`).join(`${token}{1,${max}}`)
  }
  return value
}

const createToken = (name, value, isGlobal) => {
  const safe = makeSafeRegex(value)
  const index = R++
  debug(name, index, value)
  t[name] = index
  src[index] = value
  safeSrc[index] = safe
  re[index] = new RegExp(value, isGlobal ? 'g' : undefined)
  safeRe[index] = new RegExp(safe, isGlobal ? 'g' : undefined)
}

// The following Regular Expressions can be used for tokenizing,
// validating, and parsing SemVer version strings.

// ## Numeric Identifier
// A single `0`, or a non-zero digit followed by zero or more digits.

createToken('NUMERICIDENTIFIER', '0|[1-9]\\d*')
createToken('NUMERICIDENTIFIERLOOSE', '\\d+')

// ## Non-numeric Identifier
// Zero or more digits, followed by a letter or hyphen, and then zero or
// more letters, digits, or hyphens.

createToken('NONNUMERICIDENTIFIER', `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`)

// ## Main Version
// Three dot-separated numeric identifiers.

createToken('MAINVERSION', `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})\\.` +
                   `(${src[t.NUMERICIDENTIFIER]})`)

createToken('MAINVERSIONLOOSE', `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.` +
                        `(${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version Identifier
// A numeric identifier, or a non-numeric identifier.
// Non-numeric identifiers include numeric identifiers but can be longer.
// Therefore non-numeric identifiers must go first.

createToken('PRERELEASEIDENTIFIER', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIER]})`)

createToken('PRERELEASEIDENTIFIERLOOSE', `(?:${src[t.NONNUMERICIDENTIFIER]
}|${src[t.NUMERICIDENTIFIERLOOSE]})`)

// ## Pre-release Version
// Hyphen, followed by one or more dot-separated pre-release version
// identifiers.

createToken('PRERELEASE', `(?:-(${src[t.PRERELEASEIDENTIFIER]
}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`)

createToken('PRERELEASELOOSE', `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]
}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`)

// ## Build Metadata Identifier
// Any combination of digits, letters, or hyphens.

createToken('BUILDIDENTIFIER', `${LETTERDASHNUMBER}+`)

// ## Build Metadata
// Plus sign, followed by one or more period-separated build metadata
// identifiers.

createToken('BUILD', `(?:\\+(${src[t.BUILDIDENTIFIER]
}(?:\\.${src[t.BUILDIDENTIFIER]})*))`)

// ## Full Version String
// A main version, followed optionally by a pre-release version and
// build metadata.

// Note that the only major, minor, patch, and pre-release sections of
// the version string are capturing groups.  The build metadata is not a
// capturing group, because it should not ever be used in version
// comparison.

createToken('FULLPLAIN', `v?${src[t.MAINVERSION]
}${src[t.PRERELEASE]}?${
  src[t.BUILD]}?`)

createToken('FULL', `^${src[t.FULLPLAIN]}$`)

// like full, but allows v1.2.3 and =1.2.3, which people do sometimes.
// also, 1.0.0alpha1 (prerelease without the hyphen) which is pretty
// common in the npm registry.
createToken('LOOSEPLAIN', `[v=\\s]*${src[t.MAINVERSIONLOOSE]
}${src[t.PRERELEASELOOSE]}?${
  src[t.BUILD]}?`)

createToken('LOOSE', `^${src[t.LOOSEPLAIN]}$`)

createToken('GTLT', '((?:<|>)?=?)')

// Something like "2.*" or "1.2.x".
// Note that "x.x" is a valid xRange identifier, meaning "any version"
// Only the first item is strictly required.
createToken('XRANGEIDENTIFIERLOOSE', `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`)
createToken('XRANGEIDENTIFIER', `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`)

createToken('XRANGEPLAIN', `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:\\.(${src[t.XRANGEIDENTIFIER]})` +
                   `(?:${src[t.PRERELEASE]})?${
                     src[t.BUILD]}?` +
                   `)?)?`)

createToken('XRANGEPLAINLOOSE', `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})` +
                        `(?:${src[t.PRERELEASELOOSE]})?${
                          src[t.BUILD]}?` +
                        `)?)?`)

createToken('XRANGE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`)
createToken('XRANGELOOSE', `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`)

// Coercion.
// Extract anything that could conceivably be a part of a valid semver
createToken('COERCEPLAIN', `${'(^|[^\\d])' +
              '(\\d{1,'}${MAX_SAFE_COMPONENT_LENGTH}})` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?` +
              `(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`)
createToken('COERCE', `${src[t.COERCEPLAIN]}(?:$|[^\\d])`)
createToken('COERCEFULL', src[t.COERCEPLAIN] +
              `(?:${src[t.PRERELEASE]})?` +
              `(?:${src[t.BUILD]})?` +
              `(?:$|[^\\d])`)
createToken('COERCERTL', src[t.COERCE], true)
createToken('COERCERTLFULL', src[t.COERCEFULL], true)

// Tilde ranges.
// Meaning is "reasonably at or greater than"
createToken('LONETILDE', '(?:~>?)')

createToken('TILDETRIM', `(\\s*)${src[t.LONETILDE]}\\s+`, true)
exports.tildeTrimReplace = '$1~'

createToken('TILDE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`)
createToken('TILDELOOSE', `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`)

// Caret ranges.
// Meaning is "at least and backwards compatible with"
createToken('LONECARET', '(?:\\^)')

createToken('CARETTRIM', `(\\s*)${src[t.LONECARET]}\\s+`, true)
exports.caretTrimReplace = '$1^'

createToken('CARET', `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`)
createToken('CARETLOOSE', `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`)

// A simple gt/lt/eq thing, or just "" to indicate "any version"
createToken('COMPARATORLOOSE', `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`)
createToken('COMPARATOR', `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`)

// An expression to strip any whitespace between the gtlt and the thing
// it modifies, so that `> 1.2.3` ==> `>1.2.3`
createToken('COMPARATORTRIM', `(\\s*)${src[t.GTLT]
}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true)
exports.comparatorTrimReplace = '$1$2$3'

// Something like `1.2.3 - 1.2.4`
// Note that these all use the loose form, because they'll be
// checked against either the strict or loose comparator form
// later.
createToken('HYPHENRANGE', `^\\s*(${src[t.XRANGEPLAIN]})` +
                   `\\s+-\\s+` +
                   `(${src[t.XRANGEPLAIN]})` +
                   `\\s*$`)

createToken('HYPHENRANGELOOSE', `^\\s*(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s+-\\s+` +
                        `(${src[t.XRANGEPLAINLOOSE]})` +
                        `\\s*$`)

// Star ranges basically just allow anything at all.
createToken('STAR', '(<|>)?=?\\s*\\*')
// >=0.0.0 is like a star
createToken('GTE0', '^\\s*>=\\s*0\\.0\\.0\\s*$')
createToken('GTE0PRE', '^\\s*>=\\s*0\\.0\\.0-0\\s*$')


/***/ }),

/***/ 9737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// @ts-check


// Reproduce safeRe[COMPARATORTRIM] replacement boundaries, not version
// validation. Each end-index finder returns an exclusive end, or its start
// on no match.
// Positions count from zero. An end of 3 means characters 0, 1, and 2 were read;
// range.slice(start, end) gives the matched text, not a converted number.
const {
  MAX_LENGTH,
  MAX_SAFE_BUILD_LENGTH,
  WHITESPACE_CHARACTERS,
} = __nccwpck_require__(5101)

/**
 * Remembers the last two rows of digits so their characters need not be reread.
 * Positions start at -1 until a row has been found.
 *
 * @typedef {object} DigitRunCache
 * @property {number} start The first character of the most recently found row.
 * @property {number} end The position after that row's last character.
 * @property {number} previousStart The first character of the previous row.
 * @property {number} previousEnd The position after the previous row.
 */

// One entry per UTF-16 code unit keeps membership checks constant-time.
const whitespace = new Uint8Array(0x10000)
for (const char of WHITESPACE_CHARACTERS) {
  whitespace[char.charCodeAt(0)] = 1
}

/**
 * Checks whether a character is whitespace, like a space, tab, or newline.
 * Looking past the end of the string returns false.
 *
 * @param {string|undefined} char One character, or undefined past the string's end.
 * @returns {boolean} Whether the character is whitespace.
 * @example isWhitespace(' ') // true
 * @example isWhitespace('1') // false
 */
const isWhitespace = char =>
  char !== undefined && whitespace[char.charCodeAt(0)] === 1

/**
 * Checks for v, =, or whitespace before the version number.
 * These are historical version prefixes, not range operators:
 * < and > are handled separately, as are tilde and caret ranges.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can belong to a version prefix.
 * @example isVersionPrefix('=') // true
 * @example isVersionPrefix('>') // false
 */
const isVersionPrefix = char =>
  char === 'v' ||
  char === '=' ||
  isWhitespace(char)

/**
 * Checks whether a character is one of the digits 0 through 9.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII digit.
 * @example isDigit('7') // true
 * @example isDigit('.') // false
 */
const isDigit = char => char !== undefined && char >= '0' && char <= '9'

/**
 * Checks whether a character is an English letter, uppercase or lowercase.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character is an ASCII letter.
 * @example isLetter('b') // true
 * @example isLetter('7') // false
 */
const isLetter = char =>
  char !== undefined && (
    (char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z')
  )

/**
 * Checks for a letter, digit, or hyphen: the characters allowed inside
 * prerelease and build names such as beta-1.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether the character can be part of an identifier.
 * @example isIdentifierCharacter('-') // true
 * @example isIdentifierCharacter('.') // false; dots separate identifiers
 */
const isIdentifierCharacter = char => isDigit(char) || isLetter(char) || char === '-'

/**
 * Checks whether a version component can begin here: with a digit or
 * a wildcard such as x, X, or *.
 *
 * @param {string|undefined} char One character to check.
 * @returns {boolean} Whether a number or wildcard can start with this character.
 * @example isVersionStart('x') // true
 * @example isVersionStart('v') // false; v belongs to the prefix
 */
const isVersionStart = char =>
  isDigit(char) ||
  char === 'x' ||
  char === 'X' ||
  char === '*'

/**
 * Finds the end of a row of digits, but returns no more than limit digits.
 * Remembers the last two rows so looking at them again does not reread them.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first character to check.
 * @param {number} limit The most digit characters the returned match can include.
 * @param {DigitRunCache} digitRuns Shared cache of digit-run positions, updated in place.
 * @returns {number} The position after the matched digits, or start if none match.
 * @example findDigitsEndIndex('123abc', 0, 10, digitRuns) // 3, pointing at a
 * @example findDigitsEndIndex('123abc', 0, 2, digitRuns) // 2, pointing at the unread 3
 */
const findDigitsEndIndex = (range, start, limit, digitRuns) => {
  if (!isDigit(range[start])) {
    return start
  }
  if (start >= digitRuns.start && start < digitRuns.end) {
    return Math.min(start + limit, digitRuns.end)
  }
  if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
    return Math.min(start + limit, digitRuns.previousEnd)
  }
  let end = start + 1
  while (isDigit(range[end])) {
    end++
  }
  // A failed full version can rewind from its second run to its first.
  digitRuns.previousStart = digitRuns.start
  digitRuns.previousEnd = digitRuns.end
  digitRuns.start = start
  digitRuns.end = end
  return Math.min(start + limit, end)
}

/**
 * Reads a number using the old regex's length and leading-zero rules.
 * Strict mode reads just the first zero in 012; loose mode can read all three.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the number should begin.
 * @param {boolean} loose Whether to allow leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched digits, not their numeric value.
 * @example findVersionNumberEndIndex('012', 0, false, digitRuns) // 1
 * @example findVersionNumberEndIndex('012', 0, true, digitRuns) // 3
 */
const findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
  if (!loose && range[start] === '0') {
    return start + 1
  }
  // Strict syntax allows an initial nonzero digit plus MAX_LENGTH digits.
  return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns)
}

/**
 * Reads one piece of a prerelease name, such as beta or 1 in beta.1.
 * Tries the letter-or-hyphen form first, then the number-only form.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @param {boolean} loose Whether numeric identifiers may have leading zeros.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findPrereleaseIdentifierEndIndex('beta.1', 0, false, digitRuns) // 4, at the dot
 * @example findPrereleaseIdentifierEndIndex('001beta', 0, false, digitRuns) // 7
 */
const findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
  const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns)
  // The legacy regex tries a nonnumeric identifier before a numeric one.
  if (isLetter(range[digitsEnd]) || range[digitsEnd] === '-') {
    let end = digitsEnd + 1
    const limit = end + MAX_SAFE_BUILD_LENGTH
    while (end < limit && isIdentifierCharacter(range[end])) {
      end++
    }
    return end
  }
  return findVersionNumberEndIndex(range, start, loose, digitRuns)
}

/**
 * Reads a prerelease suffix such as -beta.1, one dot-separated piece at a time.
 * Loose mode also allows the name without its opening hyphen.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the suffix should begin, including -.
 * @param {boolean} loose Whether the opening hyphen is optional and zeros allowed.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched suffix, or start if absent.
 * @example findPrereleaseEndIndex('-beta.1+sha', 0, false, digitRuns) // 7, at the plus
 * @example findPrereleaseEndIndex('beta', 0, false, digitRuns) // 0; no opening hyphen
 */
const findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
  const hyphen = range[start] === '-'
  if (!loose && !hyphen) {
    return start
  }
  const identifierStart = start + (hyphen ? 1 : 0)
  let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns)
  if (end === identifierStart) {
    if (!loose || !hyphen) {
      return start
    }
    // In loose syntax, a lone hyphen can itself be the identifier.
    end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns)
  }
  while (range[end] === '.') {
    const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads one build-name piece, such as sha or 123 in +sha.123.
 * Stops at a disallowed character or the old regex's length limit.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the identifier should begin.
 * @returns {number} The position after the identifier, or start if none matches.
 * @example findBuildIdentifierEndIndex('sha.123', 0) // 3, at the dot
 * @example findBuildIdentifierEndIndex('001', 0) // 3; leading zeros are allowed
 */
const findBuildIdentifierEndIndex = (range, start) => {
  let end = start
  while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
    end++
  }
  return end
}

/**
 * Reads optional build metadata such as +sha.123.
 * Leaves the position unchanged if there is no plus sign followed by a name.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the opening + should be.
 * @returns {number} The position after the matched metadata, or start if absent.
 * @example findBuildEndIndex('+sha.123 <2', 0) // 8, at the space
 * @example findBuildEndIndex('+', 0) // 0; a plus sign alone is not a match
 */
const findBuildEndIndex = (range, start) => {
  if (range[start] !== '+') {
    return start
  }
  let end = findBuildIdentifierEndIndex(range, start + 1)
  if (end === start + 1) {
    return start
  }
  while (range[end] === '.') {
    const next = findBuildIdentifierEndIndex(range, end + 1)
    if (next === end + 1) {
      break
    }
    end = next
  }
  return end
}

/**
 * Reads three numbers separated by dots, then any prerelease and build suffixes.
 * Uses loose rules, so forms such as 01.02.03beta can match here.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of the first number, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the version match, or start if none matches.
 * @example findLooseFullVersionEndIndex('1.2.3-beta+sha <2', 0, digitRuns) // 14
 * @example findLooseFullVersionEndIndex('1.2', 0, digitRuns) // 0; needs three numbers
 */
const findLooseFullVersionEndIndex = (range, start, digitRuns) => {
  let end = start
  for (let component = 0; component < 3; component++) {
    const next = findVersionNumberEndIndex(range, end, true, digitRuns)
    if (next === end) {
      return start
    }
    end = next
    if (component < 2) {
      if (range[end] !== '.') {
        return start
      }
      end++
    }
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Reads one component of a partial or wildcard version, such as 2 or x in 2.x.
 * Numbers use strict leading-zero rules; wildcards take up one character.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position where the component should begin.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the component, or start if none matches.
 * @example findPartialVersionComponentEndIndex('2.x', 0, digitRuns) // 1, at the dot
 * @example findPartialVersionComponentEndIndex('2.x', 2, digitRuns) // 3, after x
 */
const findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
  if (isDigit(range[start])) {
    return findVersionNumberEndIndex(range, start, false, digitRuns)
  }
  return isVersionStart(range[start]) ? start + 1 : start
}

/**
 * Reads up to three components, allowing forms such as 1, 1.2, or 1.x.
 * After the third component, also reads any strict prerelease and build suffixes.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position after the matched version text.
 * @example findPartialVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 * @example findPartialVersionEndIndex('1.', 0, digitRuns) // 1; the trailing dot is unread
 */
const findPartialVersionEndIndex = (range, start, digitRuns) => {
  let end = findPartialVersionComponentEndIndex(range, start, digitRuns)
  for (let component = 0; component < 2; component++) {
    if (range[end] !== '.') {
      return end
    }
    const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns)
    if (next === end + 1) {
      return end
    }
    end = next
  }
  const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns)
  return findBuildEndIndex(range, prereleaseEnd)
}

/**
 * Finds where a version match ends, without deciding whether the range is valid.
 * Tries a loose full version first, then a partial or wildcard version, just
 * like the old regex's LOOSEPLAIN and XRANGEPLAIN alternatives.
 *
 * @param {string} range The text to read; it is not changed.
 * @param {number} start The position of a number or wildcard, after any prefix.
 * @param {DigitRunCache} digitRuns Shared digit-run cache, updated as needed.
 * @returns {number} The position where scanning the next candidate can resume.
 * @example findVersionEndIndex('1.2.3 <2', 0, digitRuns) // 5, at the space
 * @example findVersionEndIndex('1.x <2', 0, digitRuns) // 3, at the space
 */
const findVersionEndIndex = (range, start, digitRuns) => {
  const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns)
  return fullVersionEnd !== start
    ? fullVersionEnd
    : findPartialVersionEndIndex(range, start, digitRuns)
}

/**
 * Finds the one whitespace character the old replacement would remove.
 * Keeps leading whitespace, skips an optional operator, and checks immediately
 * after it. Returns -1 if there is nothing to remove.
 *
 * @param {string} range The text containing a candidate already found by the caller.
 * @param {number} matchStart The candidate's position, including leading whitespace.
 * @returns {number} The position of the removable whitespace, or -1 if absent.
 * @example findRemovableWhitespaceIndex(' > 1', 0) // 2; keep the space at position 0
 * @example findRemovableWhitespaceIndex('>1', 0) // -1
 */
const findRemovableWhitespaceIndex = (range, matchStart) => {
  let position = matchStart
  if (isWhitespace(range[position])) {
    position++
  }
  if (range[position] === '<' || range[position] === '>') {
    position++
  }
  if (range[position] === '=') {
    position++
  }
  return isWhitespace(range[position]) ? position : -1
}

/**
 * Joins an operator to its version, turning > 1.2.3 into >1.2.3.
 * Copies everything else according to the old regex's matching rules.
 * Moves forward through prefixes and whole versions to avoid repeatedly
 * searching the same characters on long inputs.
 *
 * @param {string} range The range text to process; the original string is unchanged.
 * @returns {string} The range with matched operator whitespace removed.
 * @example trimComparatorWhitespace('> 1.2.3 < 2') // '>1.2.3 <2'
 * @example trimComparatorWhitespace('> invalid') // '> invalid'
 */
const trimComparatorWhitespace = range => {
  let result = ''
  let copyFrom = 0
  let cursor = 0
  const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 }

  while (cursor < range.length) {
    const matchStart = cursor
    if (range[cursor] === '<' || range[cursor] === '>') {
      cursor++
    } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
      cursor++
      continue
    }

    // Consume a v/=/whitespace run once, even when no version follows it.
    while (cursor < range.length && isVersionPrefix(range[cursor])) {
      cursor++
    }
    if (!isVersionStart(range[cursor])) {
      continue
    }

    const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart)
    if (whitespacePosition !== -1) {
      result += range.slice(copyFrom, whitespacePosition)
      copyFrom = whitespacePosition + 1
    }

    // Skip the entire match, so a prerelease's trailing v cannot be
    // reconsidered as the prefix of another version.
    cursor = findVersionEndIndex(range, cursor, digitRuns)
  }

  return result + range.slice(copyFrom)
}

module.exports = trimComparatorWhitespace


/***/ }),

/***/ 2276:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// Determine if version is greater than all the versions possible in the range.
const outside = __nccwpck_require__(280)
const gtr = (version, range, options) => outside(version, range, '>', options)
module.exports = gtr


/***/ }),

/***/ 3465:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const intersects = (r1, r2, options) => {
  r1 = new Range(r1, options)
  r2 = new Range(r2, options)
  return r1.intersects(r2, options)
}
module.exports = intersects


/***/ }),

/***/ 5213:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const outside = __nccwpck_require__(280)
// Determine if version is less than all the versions possible in the range
const ltr = (version, range, options) => outside(version, range, '<', options)
module.exports = ltr


/***/ }),

/***/ 3193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)

const maxSatisfying = (versions, range, options) => {
  let max = null
  let maxSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!max || maxSV.compare(v) === -1) {
        // compare(max, v, true)
        max = v
        maxSV = new SemVer(max, options)
      }
    }
  })
  return max
}
module.exports = maxSatisfying


/***/ }),

/***/ 8595:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const minSatisfying = (versions, range, options) => {
  let min = null
  let minSV = null
  let rangeObj = null
  try {
    rangeObj = new Range(range, options)
  } catch (er) {
    return null
  }
  versions.forEach((v) => {
    if (rangeObj.test(v)) {
      // satisfies(v, range, options)
      if (!min || minSV.compare(v) === 1) {
        // compare(min, v, true)
        min = v
        minSV = new SemVer(min, options)
      }
    }
  })
  return min
}
module.exports = minSatisfying


/***/ }),

/***/ 1866:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Range = __nccwpck_require__(6782)
const gt = __nccwpck_require__(6599)

const minVersion = (range, loose) => {
  range = new Range(range, loose)

  let minver = new SemVer('0.0.0')
  if (range.test(minver)) {
    return minver
  }

  minver = new SemVer('0.0.0-0')
  if (range.test(minver)) {
    return minver
  }

  minver = null
  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let setMin = null
    comparators.forEach((comparator) => {
      // Clone to avoid manipulating the comparator's semver object.
      const compver = new SemVer(comparator.semver.version)
      switch (comparator.operator) {
        case '>':
          if (compver.prerelease.length === 0) {
            compver.patch++
          } else {
            compver.prerelease.push(0)
          }
          compver.raw = compver.format()
          /* fallthrough */
        case '':
        case '>=':
          if (!setMin || gt(compver, setMin)) {
            setMin = compver
          }
          break
        case '<':
        case '<=':
          /* Ignore maximum versions */
          break
        /* istanbul ignore next */
        default:
          throw new Error(`Unexpected operation: ${comparator.operator}`)
      }
    })
    if (setMin && (!minver || gt(minver, setMin))) {
      minver = setMin
    }
  }

  if (minver && range.test(minver)) {
    return minver
  }

  return null
}
module.exports = minVersion


/***/ }),

/***/ 280:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const SemVer = __nccwpck_require__(7163)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const Range = __nccwpck_require__(6782)
const satisfies = __nccwpck_require__(8011)
const gt = __nccwpck_require__(6599)
const lt = __nccwpck_require__(3872)
const lte = __nccwpck_require__(6717)
const gte = __nccwpck_require__(1236)

const outside = (version, range, hilo, options) => {
  version = new SemVer(version, options)
  range = new Range(range, options)

  let gtfn, ltefn, ltfn, comp, ecomp
  switch (hilo) {
    case '>':
      gtfn = gt
      ltefn = lte
      ltfn = lt
      comp = '>'
      ecomp = '>='
      break
    case '<':
      gtfn = lt
      ltefn = gte
      ltfn = gt
      comp = '<'
      ecomp = '<='
      break
    default:
      throw new TypeError('Must provide a hilo val of "<" or ">"')
  }

  // If it satisfies the range it is not outside
  if (satisfies(version, range, options)) {
    return false
  }

  // From now on, variable terms are as if we're in "gtr" mode.
  // but note that everything is flipped for the "ltr" function.

  for (let i = 0; i < range.set.length; ++i) {
    const comparators = range.set[i]

    let high = null
    let low = null

    comparators.forEach((comparator) => {
      if (comparator.semver === ANY) {
        comparator = new Comparator('>=0.0.0')
      }
      high = high || comparator
      low = low || comparator
      if (gtfn(comparator.semver, high.semver, options)) {
        high = comparator
      } else if (ltfn(comparator.semver, low.semver, options)) {
        low = comparator
      }
    })

    // If the edge version comparator has a operator then our version
    // isn't outside it
    if (high.operator === comp || high.operator === ecomp) {
      return false
    }

    // If the lowest version comparator has an operator and our version
    // is less than it then it isn't higher than the range
    if ((!low.operator || low.operator === comp) &&
        ltefn(version, low.semver)) {
      return false
    } else if (low.operator === ecomp && ltfn(version, low.semver)) {
      return false
    }
  }
  return true
}

module.exports = outside


/***/ }),

/***/ 2028:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



// given a set of versions and a range, create a "simplified" range
// that includes the same versions that the original range does
// If the original range is shorter than the simplified one, return that.
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)
module.exports = (versions, range, options) => {
  const set = []
  let first = null
  let prev = null
  const v = versions.sort((a, b) => compare(a, b, options))
  for (const version of v) {
    const included = satisfies(version, range, options)
    if (included) {
      prev = version
      if (!first) {
        first = version
      }
    } else {
      if (prev) {
        set.push([first, prev])
      }
      prev = null
      first = null
    }
  }
  if (first) {
    set.push([first, null])
  }

  const ranges = []
  for (const [min, max] of set) {
    if (min === max) {
      ranges.push(min)
    } else if (!max && min === v[0]) {
      ranges.push('*')
    } else if (!max) {
      ranges.push(`>=${min}`)
    } else if (min === v[0]) {
      ranges.push(`<=${max}`)
    } else {
      ranges.push(`${min} - ${max}`)
    }
  }
  const simplified = ranges.join(' || ')
  const original = typeof range.raw === 'string' ? range.raw : String(range)
  return simplified.length < original.length ? simplified : range
}


/***/ }),

/***/ 1489:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const Comparator = __nccwpck_require__(9379)
const { ANY } = Comparator
const satisfies = __nccwpck_require__(8011)
const compare = __nccwpck_require__(8469)

// Complex range `r1 || r2 || ...` is a subset of `R1 || R2 || ...` iff:
// - Every simple range `r1, r2, ...` is a null set, OR
// - Every simple range `r1, r2, ...` which is not a null set is a subset of
//   some `R1, R2, ...`
//
// Simple range `c1 c2 ...` is a subset of simple range `C1 C2 ...` iff:
// - If c is only the ANY comparator
//   - If C is only the ANY comparator, return true
//   - Else if in prerelease mode, return false
//   - else replace c with `[>=0.0.0]`
// - If C is only the ANY comparator
//   - if in prerelease mode, return true
//   - else replace C with `[>=0.0.0]`
// - Let EQ be the set of = comparators in c
// - If EQ is more than one, return true (null set)
// - Let GT be the highest > or >= comparator in c
// - Let LT be the lowest < or <= comparator in c
// - If GT and LT, and GT.semver > LT.semver, return true (null set)
// - If any C is a = range, and GT or LT are set, return false
// - If EQ
//   - If GT, and EQ does not satisfy GT, return true (null set)
//   - If LT, and EQ does not satisfy LT, return true (null set)
//   - If EQ satisfies every C, return true
//   - Else return false
// - If GT
//   - If GT.semver is lower than any > or >= comp in C, return false
//   - If GT is >=, and GT.semver does not satisfy every C, return false
//   - If GT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the GT.semver tuple, return false
// - If LT
//   - If LT.semver is greater than any < or <= comp in C, return false
//   - If LT is <=, and LT.semver does not satisfy every C, return false
//   - If LT.semver has a prerelease, and not in prerelease mode
//     - If no C has a prerelease and the LT.semver tuple, return false
// - Else return true

const subset = (sub, dom, options = {}) => {
  if (sub === dom) {
    return true
  }

  sub = new Range(sub, options)
  dom = new Range(dom, options)
  let sawNonNull = false

  OUTER: for (const simpleSub of sub.set) {
    for (const simpleDom of dom.set) {
      const isSub = simpleSubset(simpleSub, simpleDom, options)
      sawNonNull = sawNonNull || isSub !== null
      if (isSub) {
        continue OUTER
      }
    }
    // the null set is a subset of everything, but null simple ranges in
    // a complex range should be ignored.  so if we saw a non-null range,
    // then we know this isn't a subset, but if EVERY simple range was null,
    // then it is a subset.
    if (sawNonNull) {
      return false
    }
  }
  return true
}

const minimumVersionWithPreRelease = [new Comparator('>=0.0.0-0')]
const minimumVersion = [new Comparator('>=0.0.0')]

const simpleSubset = (sub, dom, options) => {
  if (sub === dom) {
    return true
  }

  if (sub.length === 1 && sub[0].semver === ANY) {
    if (dom.length === 1 && dom[0].semver === ANY) {
      return true
    } else if (options.includePrerelease) {
      sub = minimumVersionWithPreRelease
    } else {
      sub = minimumVersion
    }
  }

  if (dom.length === 1 && dom[0].semver === ANY) {
    if (options.includePrerelease) {
      return true
    } else {
      dom = minimumVersion
    }
  }

  const eqSet = new Set()
  let gt, lt
  for (const c of sub) {
    if (c.operator === '>' || c.operator === '>=') {
      gt = higherGT(gt, c, options)
    } else if (c.operator === '<' || c.operator === '<=') {
      lt = lowerLT(lt, c, options)
    } else {
      eqSet.add(c.semver)
    }
  }

  if (eqSet.size > 1) {
    return null
  }

  let gtltComp
  if (gt && lt) {
    gtltComp = compare(gt.semver, lt.semver, options)
    if (gtltComp > 0) {
      return null
    } else if (gtltComp === 0 && (gt.operator !== '>=' || lt.operator !== '<=')) {
      return null
    }
  }

  // will iterate one or zero times
  for (const eq of eqSet) {
    if (gt && !satisfies(eq, String(gt), options)) {
      return null
    }

    if (lt && !satisfies(eq, String(lt), options)) {
      return null
    }

    for (const c of dom) {
      if (!satisfies(eq, String(c), options)) {
        return false
      }
    }

    return true
  }

  let higher, lower
  let hasDomLT, hasDomGT
  // if the subset has a prerelease, we need a comparator in the superset
  // with the same tuple and a prerelease, or it's not a subset
  let needDomLTPre = lt &&
    !options.includePrerelease &&
    lt.semver.prerelease.length ? lt.semver : false
  let needDomGTPre = gt &&
    !options.includePrerelease &&
    gt.semver.prerelease.length ? gt.semver : false
  // exception: <1.2.3-0 is the same as <1.2.3
  if (needDomLTPre && needDomLTPre.prerelease.length === 1 &&
      lt.operator === '<' && needDomLTPre.prerelease[0] === 0) {
    needDomLTPre = false
  }

  for (const c of dom) {
    hasDomGT = hasDomGT || c.operator === '>' || c.operator === '>='
    hasDomLT = hasDomLT || c.operator === '<' || c.operator === '<='
    if (gt) {
      if (needDomGTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomGTPre.major &&
            c.semver.minor === needDomGTPre.minor &&
            c.semver.patch === needDomGTPre.patch) {
          needDomGTPre = false
        }
      }
      if (c.operator === '>' || c.operator === '>=') {
        higher = higherGT(gt, c, options)
        if (higher === c && higher !== gt) {
          return false
        }
      } else if (gt.operator === '>=' && !c.test(gt.semver)) {
        return false
      }
    }
    if (lt) {
      if (needDomLTPre) {
        if (c.semver.prerelease && c.semver.prerelease.length &&
            c.semver.major === needDomLTPre.major &&
            c.semver.minor === needDomLTPre.minor &&
            c.semver.patch === needDomLTPre.patch) {
          needDomLTPre = false
        }
      }
      if (c.operator === '<' || c.operator === '<=') {
        lower = lowerLT(lt, c, options)
        if (lower === c && lower !== lt) {
          return false
        }
      } else if (lt.operator === '<=' && !c.test(lt.semver)) {
        return false
      }
    }
    if (!c.operator && (lt || gt) && gtltComp !== 0) {
      return false
    }
  }

  // if there was a < or >, and nothing in the dom, then must be false
  // UNLESS it was limited by another range in the other direction.
  // Eg, >1.0.0 <1.0.1 is still a subset of <2.0.0
  if (gt && hasDomLT && !lt && gtltComp !== 0) {
    return false
  }

  if (lt && hasDomGT && !gt && gtltComp !== 0) {
    return false
  }

  // we needed a prerelease range in a specific tuple, but didn't get one
  // then this isn't a subset.  eg >=1.2.3-pre is not a subset of >=1.0.0,
  // because it includes prereleases in the 1.2.3 tuple
  if (needDomGTPre || needDomLTPre) {
    return false
  }

  return true
}

// >=1.2.3 is lower than >1.2.3
const higherGT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp > 0 ? a
    : comp < 0 ? b
    : b.operator === '>' && a.operator === '>=' ? b
    : a
}

// <=1.2.3 is higher than <1.2.3
const lowerLT = (a, b, options) => {
  if (!a) {
    return b
  }
  const comp = compare(a.semver, b.semver, options)
  return comp < 0 ? a
    : comp > 0 ? b
    : b.operator === '<' && a.operator === '<=' ? b
    : a
}

module.exports = subset


/***/ }),

/***/ 4750:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)

// Mostly just for testing and legacy API reasons
const toComparators = (range, options) =>
  new Range(range, options).set
    .map(comp => comp.map(c => c.value).join(' ').trim().split(' '))

module.exports = toComparators


/***/ }),

/***/ 4737:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const Range = __nccwpck_require__(6782)
const validRange = (range, options) => {
  try {
    // Return '*' instead of '' so that truthiness works.
    // This will throw if it's invalid anyway
    return new Range(range, options).range || '*'
  } catch (er) {
    return null
  }
}
module.exports = validRange


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/escape.ts
/**
 * Text from data (file names, image and tag names, git and API messages, command output) on its
 * way out. One function per sink; each sink applies its own, once, so a reason that quotes a file
 * name is safe wherever it goes. See DESIGN.md, "Untrusted text and waits".
 */
// Characters that break a line, hide text or reorder it on screen: C0, DEL, C1 (NEL included),
// lone surrogates, the Unicode line and paragraph separators, the byte-order mark, and the bidi
// controls of "Trojan source" (U+061C, U+200E/F, U+202A-202E, U+2066-2069).
const INVISIBLE = 
// eslint-disable-next-line no-control-regex -- control characters are what is escaped
/[\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** Every invisible character as a visible escape (`\n`, `\u{202e}`); the result is one line. */
function visible(text) {
    return text.replace(INVISIBLE, (ch) => NAMED[ch] ?? `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
// The runner reads `::command::` at the start of a line after leading white space, and the older
// `##[command]` form anywhere in a line.
const COMMAND_START = /^(\s*):/;
const LEGACY_COMMAND = /##\[/g;
/** One line that the runner cannot read as a workflow command. */
function inert(line) {
    const out = line.replace(LEGACY_COMMAND, '##\\u{5b}');
    return out.replace(COMMAND_START, (_m, space) => `${space}\\u{3a}`);
}
/** Escapes a value for an error message: every non-printable or non-ASCII character as \u{..}. */
function escapeForMessage(value, max = 80) {
    const cut = value.length > max ? value.slice(0, max) : value;
    let out = '';
    for (const ch of cut) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (code === 0x0a)
            out += '\\n';
        else if (code === 0x0d)
            out += '\\r';
        else if (code === 0x09)
            out += '\\t';
        else if (code < 0x20 || code >= 0x7f)
            out += `\\u{${code.toString(16)}}`;
        else
            out += ch;
    }
    return `"${out}"${value.length > max ? `... (${value.length} characters)` : ''}`;
}
/**
 * For runner stdout/stderr and annotation text (`core.info`, `warning`, `notice`, `setFailed`) and
 * CLI messages: one line, invisible characters shown as escapes, never a workflow command.
 * A backslash is kept as it is, so a message already escaped by escapeForMessage stays readable;
 * applying it twice gives the same text.
 */
function escape_forLog(text) {
    return inert(visible(text));
}
/** For one cell of the CLI's plain table: one line, no terminal control sequence, no command. */
function forCliTable(cell) {
    return inert(visible(cell));
}
// Markdown characters that can open a construct in the middle of a table cell: emphasis, code,
// links and images, strikethrough, the `@` of e-mail autolinks, the table's `|` and the backslash
// itself; and, to keep other text readable, only the `.` of `www.` and the `:` of `://` (autolinks).
const MARKDOWN = /[\\`*_[\]!~@|]|(?<=www)\.|:(?=\/\/)/gi;
const HTML = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/**
 * For text in the job summary or a pull request body (a table cell, a heading, a callout): one
 * line; `&`, `<`, `>` as HTML entities; every Markdown character that could start a link, an
 * image, emphasis, code or an autolink backslash-escaped (`|` as the table escape `\|`). Rendered,
 * the text reads exactly as visible(text): nothing becomes a link, an image or HTML.
 */
function forSummaryCell(text) {
    return visible(text)
        .replace(MARKDOWN, (ch) => `\\${ch}`)
        .replace(/[&<>]/g, (ch) => HTML[ch]);
}
// A git trailer is `token: value` or `token:value`, the token made of letters, digits and `-`.
const TRAILER_START = /^(\s*[A-Za-z0-9-]+\s*):/;
/**
 * For data inside the commit message body: one line (no newline from data can start a line, so
 * none can become a trailer such as `Co-authored-by:`), and text that itself begins like a
 * trailer has its `:` escaped in case a caller puts it at the start of a line.
 */
function forCommitBody(text) {
    return visible(text).replace(TRAILER_START, (_m, token) => `${token}\\u{3a}`);
}

;// CONCATENATED MODULE: ./src/compare-command.ts
/**
 * The optional `compare-command`: a user command asked, per pinned image, whether the image
 * built from the head differs from the pinned one. It is how a content check (an image differ)
 * plugs in, next to or instead of the path rule.
 *
 * How it runs:
 * - The input is split into words by {@link splitCommand} (whitespace, '...' and "..." quotes,
 *   nothing expanded) and run without a shell, in the repository root.
 * - Arguments appended: the image name, the pinned version, the head commit sha:
 *   `<command...> api-gateway v1.4.2 3f2c...`. No value ever passes through a shell.
 * - Environment (plus the runner's): `IMAGE` (name), `PREFIX` (bash prefix), `PINNED_VERSION`,
 *   `HEAD_SHA` (full sha; the head build is tagged with its first 7 characters), and when
 *   image_vars.src declares them `REGISTRY_IMAGE` (`<prefix>_IMG`) and `LOCAL_IMAGE`
 *   (`<prefix>_GRADLE_IMG`).
 * - Exit 0: same image. Exit 1: changed. Anything else, a signal or a command that cannot start:
 *   an error for that image only (its pin is left alone and the run says why), never for the
 *   others. At most 4 commands run at a time.
 * - Bounded: the answer is the command's exit, not the closing of its output, so a background
 *   child that keeps stderr open does not hold the run (it is killed with the command's group). A command still running after
 *   `compare-timeout` (default {@link COMPARE_TIMEOUT_MS}) has its whole process group killed
 *   (it runs as a group leader) and counts as an error for that image.
 *
 * With an image differ, e.g. `compare-command: ./scripts/image-changed.sh`:
 *
 * ```bash
 * #!/usr/bin/env bash
 * # Usage: image-changed.sh IMAGE PINNED_VERSION HEAD_SHA  -> exit 0 same, 1 changed, 2 error
 * set -uo pipefail
 * repo="ghcr.io/my-org/${REGISTRY_IMAGE:-$1}"
 * digest() { docker buildx imagetools inspect "$1" --format '{{json .Manifest.Digest}}'; }
 * old=$(digest "$repo:$2") || exit 2
 * new=$(digest "$repo:${3:0:7}") || exit 2
 * [ "$old" = "$new" ] && exit 0 || exit 1
 * ```
 *
 * Digests only match for reproducible builds. To compare content instead, call a differ such as
 * `diffoci diff --semantic "$repo:$2" "$repo:${3:0:7}"` and map its result onto exit 0 (same)
 * and 1 (changed); keep every other failure (registry down, image missing) on exit 2 or more, so
 * that it is reported instead of counted as a change.
 */


class CommandError extends Error {
    name = 'CommandError';
}
/**
 * Splits a command line into words: whitespace separates words, '...' and "..." group text
 * (quotes removed, adjacent parts joined, no escapes inside), nothing is expanded.
 */
function splitCommand(input, inputName = 'compare-command') {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (const ch of input) {
        if (quote) {
            if (ch === quote)
                quote = undefined;
            else
                word += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        }
        else if (/\s/.test(ch)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new CommandError(`${inputName}: unclosed ${quote} quote in ${escapeForMessage(input)}`);
    if (inWord)
        words.push(word);
    return words;
}
const STDERR_KEEP = 8 * 1024;
/** The default `compare-timeout`: 10 minutes, room for pulling two images and diffing them. */
const COMPARE_TIMEOUT_MS = 10 * 60_000;
/** After the exit, how long stderr may still be drained before the answer is given. */
const DRAIN_MS = 200;
/** Kills a process group, ignoring one that is already gone. */
function killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
/** Runs the compare command once for one image. Never rejects. */
function runCompare(argv, job, cwd, timeoutMs = COMPARE_TIMEOUT_MS) {
    const [file, ...args] = argv;
    if (file === undefined || file === '') {
        return Promise.resolve({ changed: null, detail: 'compare-command is empty' });
    }
    const env = {
        ...process.env,
        IMAGE: job.image.name,
        PREFIX: job.image.prefix,
        PINNED_VERSION: job.pinnedVersion,
        HEAD_SHA: job.headSha
    };
    if (job.image.registryImage !== undefined)
        env.REGISTRY_IMAGE = job.image.registryImage;
    if (job.image.gradleImage !== undefined)
        env.LOCAL_IMAGE = job.image.gradleImage;
    return new Promise((resolve) => {
        let stderr = '';
        let settled = false;
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args, job.image.name, job.pinnedVersion, job.headSha], {
            cwd,
            env,
            shell: false,
            windowsHide: true,
            detached: true,
            stdio: ['ignore', 'ignore', 'pipe']
        });
        const timer = setTimeout(() => {
            killGroup(child.pid);
            const s = Math.round(timeoutMs / 100) / 10;
            done({
                changed: null,
                detail: `did not finish within ${s} s (compare-timeout); its process group was killed`
            });
        }, timeoutMs);
        function done(outcome) {
            clearTimeout(timer);
            if (!settled)
                resolve(outcome);
            settled = true;
            child.stderr?.destroy();
            // The answer is in; whatever the command left running in its group is ended with it.
            killGroup(child.pid);
        }
        child.stderr?.on('data', (chunk) => {
            stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP);
        });
        child.on('error', (e) => done({ changed: null, detail: `could not start ${escapeForMessage(file)}: ${e.message}` }));
        child.on('exit', (code, signal) => {
            const answer = () => done(outcomeOf(code, signal, stderr));
            // Give stderr a moment to drain; a background child holding it open does not count.
            const drained = setTimeout(answer, DRAIN_MS);
            child.stderr?.once('close', () => {
                clearTimeout(drained);
                answer();
            });
        });
    });
}
function outcomeOf(code, signal, stderr) {
    if (code === 0)
        return { changed: false, detail: 'exit 0' };
    if (code === 1)
        return { changed: true, detail: 'exit 1' };
    const last = stderr
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .pop();
    const status = signal ? `killed by ${signal}` : `exit code ${code}`;
    return { changed: null, detail: last ? `${status}: ${escapeForMessage(last, 200)}` : status };
}
/** Runs `fn` on every item with at most `limit` running at once; results in input order. */
async function mapLimit(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}
/** Runs the compare command for every job, at most `concurrency` at a time. */
function runCompares(argv, jobs, cwd, timeoutMs = COMPARE_TIMEOUT_MS, concurrency = 4) {
    return mapLimit(jobs, concurrency, (job) => runCompare(argv, job, cwd, timeoutMs));
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/glob.ts
/**
 * Glob matching in bounded time. The semantics are picomatch's with `dot: true` (see
 * image-inputs.ts), on repository-relative paths as git lists them (no empty, `.` or `..`
 * segments), plus one rule of our own: a glob without wildcards names a file or a folder and
 * matches it and everything below it.
 *
 * Why not picomatch's regex: `**\/*-*-*-*-*.json` against `app/1` followed by 250 dashes
 * backtracks for minutes. Here a glob is split on `/` and matched segment by segment:
 * - braces are expanded up front (`{a,b}`, nested, `{1..3}` ranges), at most
 *   {@link MAX_ALTERNATIVES} alternatives;
 * - a `**` segment is matched by dynamic programming over the path's segments;
 * - every other segment is a sequence of literals, `?`, `[...]` classes and `*`, matched with
 *   the greedy wildcard algorithm (one backtrack point, the last `*`).
 * Cost: O(alternatives x glob segments x path length), linear in the path for a given glob.
 * Segments with other syntax (extglobs such as `@(a|b)`, backslash escapes, POSIX classes) are
 * matched by picomatch one segment at a time, where a path segment is one file or folder name.
 * Two deliberate differences: a brace alternative that leaves an empty segment (`a/{,b}/c` gives
 * `a//c`) matches no git path here, where picomatch's answers for it are erratic; and braces
 * right after `**` are expanded like any others (`a/**{,b}` matches `a`, as `a/**` does), where
 * picomatch says no.
 */

/** The most alternatives a glob's braces may expand to. */
const MAX_ALTERNATIVES = 1024;
class GlobError extends Error {
    name = 'GlobError';
}
/** Compiles a glob into a matcher of repository-relative paths. */
function compileGlob(raw) {
    const glob = raw.replace(/^(?:\.\/)+/, '');
    if (!picomatch_default().scan(glob).isGlob && !glob.includes('\\')) {
        const literal = glob.replace(/\/+$/, '');
        return (p) => p === literal || p.startsWith(`${literal}/`);
    }
    const needsOne = trailingNeedsOne(glob);
    const alternatives = expandBraces(glob).map((alt) => compileAlternative(alt, needsOne));
    return (path) => {
        const parts = path.split('/');
        return alternatives.some((segments) => matchSegments(segments, parts));
    };
}
/** Whether the glob's segments match the path's, `**` standing for any number of segments. */
function matchSegments(segments, parts) {
    // reach[j]: the segments so far match the first j parts.
    let reach = parts.map((_, j) => j === 0).concat(parts.length === 0);
    for (const segment of segments) {
        const next = new Array(parts.length + 1).fill(false);
        if (segment.kind === 'globstar') {
            // Any number of parts (at least one when `atLeastOne`): every j at or after a reached one.
            const skip = segment.atLeastOne ? 1 : 0;
            let any = false;
            for (let j = 0; j + skip <= parts.length; j++) {
                any = any || reach[j];
                next[j + skip] = any;
            }
        }
        else {
            for (let j = 0; j < parts.length; j++) {
                if (reach[j] && matchSegment(segment, parts[j]))
                    next[j + 1] = true;
            }
        }
        reach = next;
    }
    return reach[parts.length] === true;
}
function matchSegment(segment, part) {
    if (segment.kind === 'picomatch')
        return segment.test(part);
    if (segment.kind === 'globstar')
        return true;
    const tokens = segment.tokens;
    // picomatch: a segment of only stars matches a name of at least one character.
    if (part === '' && tokens.every((t) => t.kind === 'star'))
        return false;
    return matchTokens(tokens, [...part]);
}
/** The greedy wildcard match: on a mismatch, the last `*` takes one more character. */
function matchTokens(tokens, chars) {
    let t = 0;
    let c = 0;
    let starT = -1;
    let starC = 0;
    while (c < chars.length) {
        const token = tokens[t];
        if (token?.kind === 'star') {
            starT = t++;
            starC = c;
        }
        else if (token && matchesOne(token, chars[c])) {
            t++;
            c++;
        }
        else if (starT >= 0) {
            t = starT + 1;
            c = ++starC;
        }
        else {
            return false;
        }
    }
    while (tokens[t]?.kind === 'star')
        t++;
    return t === tokens.length;
}
function matchesOne(token, ch) {
    switch (token.kind) {
        case 'char':
            return token.ch === ch;
        case 'one':
            return true;
        case 'class':
            return token.test(ch);
        case 'star':
            return false;
    }
}
/**
 * picomatch lets a trailing `**` match no segment at all (`a/**` matches `a`), except when the
 * glob as written has a `*` right before it (`*\/**` and `a*\/**` need one more segment).
 */
function trailingNeedsOne(glob) {
    const rest = glob.replace(/(?:\/\*\*)+$/, '');
    return (rest !== glob &&
        rest.endsWith('*') &&
        !rest
            .split('/')
            .at(-1)
            ?.match(/^\*\*$/));
}
/** The segments of one brace-free alternative of a glob. */
function compileAlternative(alternative, needsOne) {
    const segments = alternative.split('/').map(compileSegment);
    if (needsOne && alternative.endsWith('/**')) {
        segments[segments.length - 1] = { kind: 'globstar', atLeastOne: true };
    }
    return segments;
}
function compileSegment(text) {
    if (text === '**')
        return { kind: 'globstar' };
    const tokens = tokenize(text);
    if (tokens)
        return { kind: 'tokens', tokens };
    const test = picomatch_default()(text, { dot: true, windows: false });
    return { kind: 'picomatch', test };
}
/** The tokens of a segment, or undefined when it holds syntax beyond `*`, `?` and `[...]`. */
function tokenize(text) {
    const chars = [...text];
    const tokens = [];
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if (ch === '\\' || (/[@!+?*]/.test(ch) && chars[i + 1] === '('))
            return undefined;
        if ('()|'.includes(ch))
            return undefined;
        if (ch === '*') {
            if (tokens.at(-1)?.kind !== 'star')
                tokens.push({ kind: 'star' });
        }
        else if (ch === '?') {
            tokens.push({ kind: 'one' });
        }
        else if (ch === '[') {
            const parsed = parseClass(chars, i);
            if (!parsed)
                return undefined;
            tokens.push({ kind: 'class', test: parsed.test });
            i = parsed.end;
        }
        else {
            tokens.push({ kind: 'char', ch });
        }
    }
    return tokens;
}
/** A `[...]` class starting at `start`: its test and the index of its `]`. */
function parseClass(chars, start) {
    let i = start + 1;
    // picomatch reads `[!a]` as "! or a, or the text [!a]": left to picomatch, quirk and all.
    if (chars[i] === '!')
        return undefined;
    const negated = chars[i] === '^';
    if (negated)
        i++;
    const ranges = [];
    for (let first = true; i < chars.length; i++, first = false) {
        const ch = chars[i];
        if (ch === ']' && !first) {
            const inClass = (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi);
            return { test: (c) => c !== '/' && inClass(c) !== negated, end: i };
        }
        if (ch === '[' || ch === '\\')
            return undefined; // POSIX classes and escapes: picomatch
        if (chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
            ranges.push([ch, chars[i + 2]]);
            i += 2;
        }
        else {
            ranges.push([ch, ch]);
        }
    }
    return undefined;
}
/** Expands `{a,b}` (nested) and `{1..3}` ranges; a brace without a comma or range is literal. */
function expandBraces(glob) {
    const open = findBrace(glob);
    if (!open)
        return [glob];
    const { start, end, items } = open;
    const head = glob.slice(0, start);
    const tails = expandBraces(glob.slice(end + 1));
    const out = [];
    for (const item of items) {
        for (const middle of expandBraces(item)) {
            for (const tail of tails) {
                out.push(head + middle + tail);
                if (out.length > MAX_ALTERNATIVES) {
                    throw new GlobError(`The glob ${JSON.stringify(glob)} expands to more than ${MAX_ALTERNATIVES} alternatives; write it as fewer globs`);
                }
            }
        }
    }
    return out;
}
/** The first brace group that expands: its bounds and its items. */
function findBrace(glob) {
    for (let start = glob.indexOf('{'); start >= 0; start = glob.indexOf('{', start + 1)) {
        let depth = 0;
        const commas = [];
        for (let i = start; i < glob.length; i++) {
            const ch = glob[i];
            if (ch === '\\')
                i++;
            else if (ch === '{')
                depth++;
            else if (ch === ',' && depth === 1)
                commas.push(i);
            else if (ch === '}' && --depth === 0) {
                const body = glob.slice(start + 1, i);
                const range = commas.length === 0 ? expandRange(body) : undefined;
                if (range)
                    return { start, end: i, items: range };
                if (commas.length === 0)
                    break;
                const bounds = [start, ...commas, i];
                const items = bounds.slice(1).map((b, k) => glob.slice(bounds[k] + 1, b));
                return { start, end: i, items };
            }
        }
    }
    return undefined;
}
/** `1..3` or `a..c` as its items; undefined for anything else. */
function expandRange(body) {
    const m = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])$/.exec(body);
    if (!m)
        return undefined;
    const [from, to] = [m[1], m[2]];
    const numeric = /\d/.test(from) && /\d/.test(to);
    if (!numeric && (/\d/.test(from) || /\d/.test(to)))
        return undefined;
    const a = numeric ? Number(from) : from.charCodeAt(0);
    const b = numeric ? Number(to) : to.charCodeAt(0);
    if (Math.abs(b - a) >= MAX_ALTERNATIVES) {
        throw new GlobError(`The range {${body}} has more than ${MAX_ALTERNATIVES} items`);
    }
    const step = a <= b ? 1 : -1;
    const items = [];
    for (let v = a; step > 0 ? v <= b : v >= b; v += step) {
        items.push(numeric ? String(v) : String.fromCharCode(v));
    }
    return items;
}

;// CONCATENATED MODULE: ./src/image-inputs.ts
/**
 * Which files count as an image's inputs: the `paths`, `shared-paths` and `ignore-paths` inputs,
 * the image folders, and the index of changed files they are matched against. Pure: no git here.
 *
 * Glob semantics (picomatch, `dot: true`):
 * - Globs match repository-relative paths with `/` separators, dot files included (`**` matches
 *   `.github/x`). `*` stays within one folder, `**` crosses folders, `{a,b}` and `[ab]` work.
 * - A glob without wildcards names a file or a folder: `shared/lib` matches `shared/lib` itself
 *   and everything below it. A trailing `/` means the same (`shared/lib/`).
 * - There is no `!` negation inside a list: what must never count goes in `ignore-paths`, which
 *   wins over everything else. The versions file never counts.
 */



class PathsError extends Error {
    name = 'PathsError';
}
const KEY = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
/** Splits on commas that are not inside `{...}`, so `src/{main,test}/**` stays one glob. */
function splitGlobs(text) {
    const out = [];
    let depth = 0;
    let current = '';
    for (const ch of text) {
        if (ch === '{')
            depth++;
        else if (ch === '}' && depth > 0)
            depth--;
        if (ch === ',' && depth === 0) {
            out.push(current);
            current = '';
        }
        else
            current += ch;
    }
    out.push(current);
    return out.map((g) => g.trim()).filter((g) => g !== '');
}
/**
 * Parses the `paths` input: one `image: glob, glob` per line, keyed by image name or prefix.
 *
 * ```yaml
 * paths: |
 *   api-gateway: gateway/**, libs/gateway-lib/**   # replaces the folder api-gateway/
 *   app: + libs/app-lib/**                          # adds to the folder app/
 * ```
 *
 * - The globs of an entry replace the image's folder: only they count (with `shared-paths`).
 * - A `+` right after the colon (or before each glob) adds the globs to the image's folder
 *   instead. An image's globs must all be additions or all replacements.
 * - An image may have several lines; their globs add up. Blank lines and `#` lines are ignored.
 *
 * Returns key -> globs, additions keeping their leading `+`.
 */
function parsePathsInput(text, input = 'paths') {
    const out = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const where = `${input} line ${i + 1}`;
        const colon = line.indexOf(':');
        if (colon < 0) {
            throw new PathsError(`${where}: ${escapeForMessage(line)} has no "image:"; write one image per line, e.g. "app: app/**, libs/app-lib/**"`);
        }
        const key = line.slice(0, colon).trim();
        if (!KEY.test(key)) {
            throw new PathsError(`${where}: ${escapeForMessage(key)} is not an image name or prefix`);
        }
        let rest = line.slice(colon + 1).trim();
        const extendAll = rest.startsWith('+');
        if (extendAll)
            rest = rest.slice(1);
        const globs = splitGlobs(rest).map((g) => (extendAll && !g.startsWith('+') ? `+${g}` : g));
        if (globs.length === 0)
            throw new PathsError(`${where}: no globs for ${key}`);
        const entry = [...(out.get(key) ?? []), ...globs];
        readPathsEntry(key, entry, where);
        out.set(key, entry);
    });
    return out;
}
/** Validates the globs of one `paths` entry and reads the `+` (add to the folder) marker. */
function readPathsEntry(key, globs, input = 'paths') {
    const plus = globs.filter((g) => g.startsWith('+')).length;
    if (plus > 0 && plus < globs.length) {
        throw new PathsError(`${input}: ${key} mixes globs with and without a leading "+". Put "+" on all of them to add ` +
            `them to the image folder, or on none to replace the folder.`);
    }
    const clean = globs.map((g) => (g.startsWith('+') ? g.slice(1).trim() : g.trim()));
    for (const g of clean)
        checkGlob(g, input, key);
    if (clean.length === 0)
        throw new PathsError(`${input}: no globs for ${key}`);
    return { globs: clean, extend: plus > 0 };
}
/** Throws a PathsError naming the input when a glob cannot work as documented. */
function checkGlob(glob, input, key) {
    const where = `${input}${key !== undefined ? ` (${key})` : ''}`;
    if (glob === '')
        throw new PathsError(`${where}: empty glob`);
    if (glob.startsWith('!')) {
        throw new PathsError(`${where}: ${escapeForMessage(glob)}: "!" negation is not supported in a glob list; ` +
            `list the paths that must never count in the ignore-paths input instead`);
    }
    if (glob.startsWith('/')) {
        throw new PathsError(`${where}: ${escapeForMessage(glob)}: globs are relative to the repository root; remove the leading "/"`);
    }
    if (/[\0\n\r]/.test(glob))
        throw new PathsError(`${where}: ${escapeForMessage(glob)} holds a control character`);
    if (glob.split('/').includes('..')) {
        throw new PathsError(`${where}: ${escapeForMessage(glob)}: ".." cannot match a repository path`);
    }
}
/** A list of globs compiled once, matched against single paths or a whole ChangedFiles index. */
class GlobSet {
    globs;
    compiled;
    constructor(globs, input, key) {
        this.globs = globs;
        this.compiled = globs.map((raw) => {
            checkGlob(raw, input, key);
            const glob = raw.replace(/^(?:\.\/)+/, '');
            const scan = picomatch_default().scan(glob);
            if (!scan.isGlob && !glob.includes('\\')) {
                const literal = glob.replace(/\/+$/, '');
                return {
                    base: literal,
                    literal,
                    test: (p) => p === literal || p.startsWith(`${literal}/`)
                };
            }
            return { base: scan.base.replace(/\/+$/, ''), test: compileGlob(glob) };
        });
    }
    get size() {
        return this.compiled.length;
    }
    /** True when the path matches any glob. */
    matches(path) {
        return this.compiled.some((g) => g.test(path));
    }
    /** Indices (ascending) of the files of `files` that match any glob. */
    matchIn(files) {
        const hits = new Set();
        for (const g of this.compiled) {
            const [start, end] = files.under(g.base);
            // The base itself may match too: picomatch's `a/**` matches `a`.
            const exact = g.base === '' ? -1 : files.indexOf(g.base);
            if (exact >= 0 && g.test(g.base))
                hits.add(exact);
            if (g.literal !== undefined) {
                for (let i = start; i < end; i++)
                    hits.add(i);
                continue;
            }
            for (let i = start; i < end; i++)
                if (g.test(files.at(i)))
                    hits.add(i);
        }
        return [...hits].sort((a, b) => a - b);
    }
}
/**
 * The changed files of one diff that may count for some image (ignored paths and the versions
 * file removed), sorted so that the files below any folder form one contiguous range.
 */
class ChangedFiles {
    files;
    constructor(files, isIgnored) {
        this.files = files.filter((f) => !isIgnored(f)).sort();
    }
    get length() {
        return this.files.length;
    }
    at(i) {
        return this.files[i];
    }
    lowerBound(key) {
        let lo = 0;
        let hi = this.files.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.files[mid] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** The index of a path, or -1. */
    indexOf(path) {
        const i = this.lowerBound(path);
        return this.files[i] === path ? i : -1;
    }
    /** [start, end) of the files below `dir` (all files for ''). */
    under(dir) {
        if (dir === '')
            return [0, this.files.length];
        const prefix = `${dir}/`;
        const start = this.lowerBound(prefix);
        let end = start;
        while (end < this.files.length && this.files[end].startsWith(prefix))
            end++;
        return [start, end];
    }
    /** Every folder holding a changed file whose last name is in `names`: name -> folders. */
    foldersNamed(names) {
        const out = new Map();
        for (const file of this.files) {
            const parts = file.split('/');
            for (let i = 0; i < parts.length - 1; i++) {
                const name = parts[i];
                if (!names.has(name))
                    continue;
                const set = out.get(name) ?? new Set();
                set.add(parts.slice(0, i + 1).join('/'));
                out.set(name, set);
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/refs.ts
/** What a commit id and a branch name may be: one check each, for every module. */
/** A full object id (SHA-1 or SHA-256). */
const OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** git check-ref-format rules for a branch, plus nothing that could read as an option. */
function refs_isBranchName(name) {
    return (/^[A-Za-z0-9._/-]+$/.test(name) &&
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
        name.length <= 255);
}

;// CONCATENATED MODULE: ./src/settings.ts




/** The names of the shared settings, as the action's inputs and the CLI's flags spell them. */
const SETTING_NAMES = [
    'vars-file',
    'versions-file',
    'paths',
    'shared-paths',
    'ignore-paths',
    'detection',
    'compare-command',
    'compare-timeout',
    'on-missing-tag',
    'branch'
];
const DEFAULTS = {
    varsFile: 'scripts/image_vars.src',
    versionsFile: 'scripts/image_versions.src',
    compareTimeoutSeconds: 600
};
/** A bad value, named as the face spells the setting (`Input detection`, `--detection`). */
class SettingError extends Error {
    name = 'SettingError';
}
const inputNamer = Object.assign((name) => `Input ${name}`, {
    ref: (name) => name
});
const flagNamer = Object.assign((name) => `--${name}`, {
    ref: (name) => `--${name}`
});
/** One of the allowed values, or the fallback when not given. */
function oneOf(say, name, raw, allowed, fallback) {
    const value = (raw ?? '').trim();
    if (value === '')
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new SettingError(`${say(name)} is ${escapeForMessage(value)}; accepted values: ${allowed.join(', ')}`);
}
/** A duration in seconds (a positive number, at most a day), returned in milliseconds. */
function seconds(say, name, raw, fallback) {
    const value = (raw ?? '').trim();
    if (value === '')
        return fallback * 1000;
    const n = Number(value);
    if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 86400) {
        throw new SettingError(`${say(name)} is ${escapeForMessage(value)}; accepted values: a number of seconds above 0, at most 86400`);
    }
    return Math.round(n * 1000);
}
/** The lines of a multiline value, without `#` comment lines. */
function valueLines(raw) {
    return raw.split(/\r?\n/).filter((line) => !line.trim().startsWith('#'));
}
/** Splits a glob list on newlines and on commas outside `{...}`. */
function globList(raw) {
    return valueLines(raw ?? '').flatMap((line) => splitGlobs(line));
}
/** Parses the shared settings from the given raw values; the rest get their defaults. */
function readSettings(given, say) {
    const text = (name) => (given[name] ?? '').trim();
    const branch = text('branch').replace(/^refs\/heads\//, '');
    if (branch !== '' && !refs_isBranchName(branch)) {
        throw new SettingError(`${say('branch')} ${escapeForMessage(branch)} is not a valid branch name`);
    }
    const detection = oneOf(say, 'detection', given.detection, ['paths', 'command'], 'paths');
    const command = text('compare-command');
    if (detection === 'command' && command === '') {
        throw new SettingError(`${say('detection')} is "command" but ${say.ref('compare-command')} is empty; set ${say.ref('compare-command')}`);
    }
    return {
        varsFile: text('vars-file') || DEFAULTS.varsFile,
        versionsFile: text('versions-file') || DEFAULTS.versionsFile,
        paths: parsePathsInput(given.paths ?? ''),
        sharedPaths: globList(given['shared-paths']),
        ignorePaths: globList(given['ignore-paths']),
        detection,
        compareCommand: command === '' ? undefined : splitCommand(command),
        compareTimeoutMs: seconds(say, 'compare-timeout', given['compare-timeout'], DEFAULTS.compareTimeoutSeconds),
        onMissingTag: oneOf(say, 'on-missing-tag', given['on-missing-tag'], ['unpin', 'keep', 'fail'], 'unpin'),
        branch: branch === '' ? undefined : branch
    };
}

;// CONCATENATED MODULE: ./src/cli-args.ts
/**
 * The CLI's command line: the usage text and the parse of argv into a command, an intent and
 * the shared settings as given (settings.ts reads them, as it reads the action's inputs).
 */


const USAGE = `Usage:
  vro-image-version plan [--event release --version V | --event push]
  vro-image-version pin --version V [--images a,b]
  vro-image-version unpin (--images a,b | --changed)
  vro-image-version inputs [--images a,b]   each image's build root and inputs, and why

Options:
  --dir DIR             repository root (default: the current folder)
  --vars-file PATH      image list (default: scripts/image_vars.src)
  --versions-file PATH  pins (default: scripts/image_versions.src)
  --json                print a machine-readable report on stdout
  --now ISO-8601        the clock for history comments (SOURCE_DATE_EPOCH is honoured too)

Change detection (as the action's inputs of the same names; for plan --event, unpin --changed, inputs):
  --paths TEXT          per-image globs, "image: glob, glob" lines
  --shared-paths GLOBS  globs that count for every image (comma-separated)
  --ignore-paths GLOBS  globs that never count (comma-separated)
  --on-missing-tag P    unpin (default), keep or fail
  --detection D         paths (default) or command
  --compare-command CMD a content check: CMD <image> <tag> <head>, exit 0 same, 1 changed
  --compare-timeout S   seconds one compare command may run (default 600)
  -h, --help            show this help

Images may be named by image name (api-gateway) or by prefix (apigateway).
Exit codes: 0 done, 1 error, 2 usage.`;
/** A command line that cannot work: exit 2 with one line and a pointer to --help. */
class UsageError extends Error {
    name = 'UsageError';
}
function list(value) {
    if (value === undefined)
        return undefined;
    const items = value.split(/[\s,]+/).filter((s) => s !== '');
    if (items.length === 0)
        throw new UsageError('--images needs at least one image');
    return items;
}
const SETTING_FLAGS = Object.fromEntries(SETTING_NAMES.filter((n) => n !== 'branch').map((n) => [n, { type: 'string' }]));
/** Parses argv (without node and the script), or 'help'. */
function parseCli(argv, cwd) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            strict: true,
            options: {
                ...SETTING_FLAGS,
                dir: { type: 'string' },
                json: { type: 'boolean' },
                now: { type: 'string' },
                event: { type: 'string' },
                version: { type: 'string' },
                images: { type: 'string' },
                changed: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' }
            }
        });
    }
    catch (e) {
        throw new UsageError(e.message);
    }
    const { values: v, positionals } = parsed;
    if (v.help)
        return 'help';
    const [command, ...rest] = positionals;
    if (rest.length > 0)
        throw new UsageError(`Unexpected argument ${JSON.stringify(rest[0])}`);
    const values = v;
    const given = Object.fromEntries(SETTING_NAMES.flatMap((n) => (typeof values[n] === 'string' ? [[n, values[n]]] : [])));
    const common = { dir: v.dir ?? cwd, json: v.json === true, now: v.now, given };
    const refuse = (flag, cmd) => {
        if (values[flag] !== undefined)
            throw new UsageError(`${cmd} does not take --${flag}`);
    };
    switch (command) {
        case 'plan': {
            refuse('images', 'plan');
            refuse('changed', 'plan');
            if (v.event === undefined) {
                refuse('version', 'plan without --event');
                return { ...common, command, intent: { kind: 'status' }, write: false };
            }
            if (v.event === 'push') {
                refuse('version', 'plan --event push');
                return { ...common, command, intent: { kind: 'push' }, write: false };
            }
            if (v.event === 'release') {
                if (v.version === undefined)
                    throw new UsageError('plan --event release needs --version');
                return { ...common, command, intent: { kind: 'release', version: v.version }, write: false };
            }
            throw new UsageError(`--event must be release or push, not ${JSON.stringify(v.event)}`);
        }
        case 'pin': {
            refuse('event', 'pin');
            refuse('changed', 'pin');
            if (v.version === undefined)
                throw new UsageError('pin needs --version V');
            const only = list(v.images);
            return {
                ...common,
                command,
                intent: { kind: 'pin', version: v.version, ...(only ? { only } : {}) },
                write: true
            };
        }
        case 'unpin': {
            refuse('event', 'unpin');
            refuse('version', 'unpin');
            if ((v.images === undefined) === (v.changed === undefined)) {
                throw new UsageError('unpin needs exactly one of --images a,b or --changed');
            }
            if (v.changed)
                return { ...common, command, intent: { kind: 'push' }, write: true };
            return {
                ...common,
                command,
                intent: { kind: 'unpin', prefixes: list(v.images) ?? [] },
                write: true
            };
        }
        case 'inputs': {
            for (const flag of ['event', 'version', 'changed'])
                refuse(flag, 'inputs');
            const only = list(v.images);
            return {
                ...common,
                command,
                intent: { kind: 'status' },
                write: false,
                ...(only ? { only } : {})
            };
        }
        case undefined:
            throw new UsageError('No command given');
        default:
            throw new UsageError(`Unknown command ${JSON.stringify(command)}`);
    }
}

;// CONCATENATED MODULE: ./src/clock.ts
/** The clock for history comments: an explicit ISO-8601 time, else SOURCE_DATE_EPOCH, else now. */
function resolveNow(iso, sourceDateEpoch) {
    if (iso !== undefined && iso !== '') {
        // Require a full date and time with a zone, so "now" can never be read as local time.
        if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(iso)) {
            throw new Error(`--now ${JSON.stringify(iso)} is not an ISO-8601 time with a zone, e.g. 2023-07-31T17:42:17Z`);
        }
        const d = new Date(iso);
        // Date rolls 2023-02-30 over to March 2; refuse a day the month does not have.
        const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
        const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
        if (Number.isNaN(d.getTime()) || month < 1 || month > 12 || day < 1 || day > days)
            throw new Error(`--now ${JSON.stringify(iso)} is not a valid time`);
        return d;
    }
    if (sourceDateEpoch !== undefined && sourceDateEpoch !== '') {
        if (!/^\d{1,12}$/.test(sourceDateEpoch)) {
            throw new Error(`SOURCE_DATE_EPOCH ${JSON.stringify(sourceDateEpoch)} is not a number of seconds`);
        }
        return new Date(Number(sourceDateEpoch) * 1000);
    }
    return new Date();
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/files.ts
/** Reading and writing the repository's files safely: inside the repo, no symlinks, atomic writes. */




class FileError extends Error {
    name = 'FileError';
}
/**
 * Resolves a repository-relative path given by a user (an input or a flag). Refuses absolute
 * paths, `..` escapes, paths into `.git`, folders that are symlinks leading out of the repository
 * and control characters, so an input cannot reach outside the repository.
 */
function repoPath(root, rel, what) {
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (rel === '' || /[\0-\x1f\x7f]/.test(rel)) {
        throw new FileError(`${what} ${escapeForMessage(rel)} is not a valid path`);
    }
    if (external_node_path_default().isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) {
        throw new FileError(`${what} ${escapeForMessage(rel)} must be a path relative to the repository root`);
    }
    const normal = external_node_path_default().posix.normalize(rel.replace(/\\/g, '/')).replace(/^\.\//, '');
    if (normal === '..' || normal.startsWith('../') || normal === '.' || normal.endsWith('/')) {
        throw new FileError(`${what} ${escapeForMessage(rel)} points outside the repository or at a folder`);
    }
    if (normal.split('/').some((part) => part.toLowerCase() === '.git')) {
        throw new FileError(`${what} ${escapeForMessage(rel)} is inside .git; point it at a file of the repository`);
    }
    const abs = external_node_path_default().join(root, normal);
    // A symlinked folder on the way could still lead outside the repository.
    let dir = external_node_path_default().dirname(abs);
    while (dir !== root && dir !== external_node_path_default().dirname(dir) && !(0,external_node_fs_namespaceObject.existsSync)(dir))
        dir = external_node_path_default().dirname(dir);
    if ((0,external_node_fs_namespaceObject.existsSync)(root) && (0,external_node_fs_namespaceObject.existsSync)(dir)) {
        const realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
        const realDir = (0,external_node_fs_namespaceObject.realpathSync)(dir);
        if (realDir !== realRoot && !realDir.startsWith(realRoot + (external_node_path_default()).sep)) {
            throw new FileError(`${what} ${escapeForMessage(rel)} leads outside the repository through a symbolic link`);
        }
    }
    return { abs, rel: normal };
}
/** Reads a text file; undefined when it does not exist. Refuses symlinks, folders and binaries. */
async function readText(abs, what) {
    let stat;
    try {
        stat = await external_node_fs_namespaceObject.promises.lstat(abs);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw new FileError(`${what} ${abs}: ${e.message}`);
    }
    if (stat.isSymbolicLink())
        throw new FileError(`${what} ${abs} is a symbolic link; point the input at the real file`);
    if (!stat.isFile())
        throw new FileError(`${what} ${abs} is not a regular file`);
    if (stat.size > 16 * 1024 * 1024)
        throw new FileError(`${what} ${abs} is ${stat.size} bytes; that is too large for this file`);
    const buf = await external_node_fs_namespaceObject.promises.readFile(abs);
    const text = buf.toString('utf8');
    if (!Buffer.from(text, 'utf8').equals(buf))
        throw new FileError(`${what} ${abs} is not valid UTF-8 text`);
    return text;
}
/**
 * Writes a file atomically: a temporary file in the same folder, flushed to disk, then a rename.
 * Keeps the mode of the file it replaces (whatever the umask).
 */
async function writeAtomic(abs, text) {
    const dir = external_node_path_default().dirname(abs);
    const unique = `${process.pid}.${Date.now()}.${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
    const tmp = external_node_path_default().join(dir, `.${external_node_path_default().basename(abs)}.${unique}.tmp`);
    let mode = 0o644;
    try {
        mode = (await external_node_fs_namespaceObject.promises.stat(abs)).mode & 0o777;
    }
    catch {
        // a new file
    }
    try {
        const handle = await external_node_fs_namespaceObject.promises.open(tmp, 'wx', mode);
        try {
            await handle.writeFile(text);
            await handle.chmod(mode);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        await external_node_fs_namespaceObject.promises.rename(tmp, abs);
    }
    catch (e) {
        await external_node_fs_namespaceObject.promises.rm(tmp, { force: true });
        throw new FileError(`Could not write ${abs}: ${e.message}`);
    }
}

;// CONCATENATED MODULE: ./src/git.ts
/**
 * The only module that runs git. Every call spawns `git` with an argument array (never a shell),
 * in the C locale so that error messages can be recognised, and is counted. Parsing of git's
 * output lives in the pure functions at the bottom, tested on strings.
 */


class GitError extends Error {
    args;
    result;
    name = 'GitError';
    constructor(message, args, result) {
        super(message);
        this.args = args;
        this.result = result;
    }
}
const git_STDERR_KEEP = 64 * 1024;
/**
 * How long a git command that talks to the remote (`fetch`, `ls-remote`) may take: 5 minutes,
 * far beyond a depth-1 fetch of a few tags. On expiry the command's process group is killed.
 */
const GIT_NETWORK_TIMEOUT_MS = 5 * 60_000;
/** Runs git in one working tree and counts the processes and fetches it starts. */
class Git {
    cwd;
    networkTimeoutMs;
    processes = 0;
    fetches = 0;
    constructor(cwd, 
    /** The bound of network commands (fetch, ls-remote). */
    networkTimeoutMs = GIT_NETWORK_TIMEOUT_MS) {
        this.cwd = cwd;
        this.networkTimeoutMs = networkTimeoutMs;
    }
    /**
     * Runs `git <args>`; resolves with the exit status, whatever it is. With `timeoutMs`, a command
     * still running then is killed with its process group (git runs helpers such as
     * git-remote-https) and resolves as killed, with stderr ending in a line that names the
     * command and the bound.
     */
    run(args, input, timeoutMs) {
        this.processes++;
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, {
                cwd: this.cwd,
                shell: false,
                windowsHide: true,
                detached: timeoutMs !== undefined,
                stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                env: {
                    ...process.env,
                    LC_ALL: 'C',
                    LANGUAGE: 'C',
                    GIT_TERMINAL_PROMPT: '0',
                    GIT_OPTIONAL_LOCKS: '0'
                }
            });
            const out = [];
            let err = '';
            child.stdout?.on('data', (chunk) => out.push(chunk));
            child.stderr?.on('data', (chunk) => {
                err += chunk.toString('utf8');
                if (err.length > git_STDERR_KEEP)
                    err = err.slice(-git_STDERR_KEEP);
            });
            child.on('error', (e) => {
                const hint = e.code === 'ENOENT' ? ': git is not installed or not on PATH' : '';
                reject(new GitError(`Could not run git${hint} (${e.message})`, args));
            });
            let timedOut = false;
            const timer = timeoutMs === undefined
                ? undefined
                : setTimeout(() => {
                    timedOut = true;
                    git_killGroup(child.pid);
                }, timeoutMs);
            child.on('close', (code, signal) => {
                clearTimeout(timer);
                const note = timedOut
                    ? `\ngit ${args[0]} did not finish within ${Math.round(timeoutMs / 100) / 10} s and was killed; check that the remote answers`
                    : '';
                resolve({ code, signal, stdout: Buffer.concat(out), stderr: err + note, timedOut });
            });
            if (input !== undefined && child.stdin) {
                child.stdin.on('error', () => undefined); // git exiting early surfaces through its status
                child.stdin.end(input);
            }
        });
    }
    /** Runs git and returns stdout; a non-zero exit throws a GitError with git's last message. */
    async output(args, input) {
        const result = await this.run(args, input);
        if (result.code !== 0) {
            const why = lastLine(result.stderr) ||
                (result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`);
            throw new GitError(`git ${args[0]} failed in ${this.cwd}: ${why}`, args, result);
        }
        return result.stdout;
    }
    /**
     * Looks up revisions (`refs/tags/v1.2.3^{commit}`, `<oid>:<path>`) with one `git cat-file
     * --batch-check`. Missing ones, and ones that cannot be written on one line, are undefined.
     */
    async lookup(specs) {
        const asked = specs.filter((s) => !/[\n\r]/.test(s));
        if (asked.length === 0)
            return specs.map(() => undefined);
        const out = await this.output(['cat-file', '--batch-check=%(objectname) %(objecttype)'], asked.map((s) => `${s}\n`).join(''));
        const infos = parseBatchCheck(out.toString('utf8'), asked.length);
        const bySpec = new Map(asked.map((s, i) => [s, infos[i]]));
        return specs.map((s) => bySpec.get(s));
    }
    /** True in a shallow repository (a depth-limited checkout). */
    async isShallow() {
        const out = await this.output(['rev-parse', '--is-shallow-repository']);
        return out.toString('utf8').trim() === 'true';
    }
    /**
     * `git fetch --no-tags` of the given refspecs; resolves with the result, failed or not, except
     * that a fetch killed at the network bound throws (retrying it would only wait again).
     */
    fetch(refspecs, opts) {
        for (const r of [opts.remote, ...refspecs]) {
            if (r.startsWith('-'))
                throw new GitError(`Refusing to pass ${r} to git fetch`, refspecs);
        }
        this.fetches++;
        return this.fetchBounded(refspecs, opts);
    }
    async fetchBounded(refspecs, opts) {
        const result = await this.run([
            'fetch',
            '--no-tags',
            '--no-write-fetch-head',
            '--no-recurse-submodules',
            ...(opts.depth ? ['--depth=1'] : []),
            ...(opts.filter ? ['--filter=blob:none'] : []),
            opts.remote,
            ...refspecs
        ], undefined, this.networkTimeoutMs);
        if (result.timedOut) {
            throw new GitError(`${lastLine(result.stderr)} (${opts.remote})`, refspecs, result);
        }
        return result;
    }
    /** Every folder of a commit's tree, repository-relative (one `git ls-tree -r -d`). */
    async listFolders(commit) {
        checkOid(commit);
        return splitNul(await this.output(['ls-tree', '-r', '-d', '--name-only', '--full-tree', '-z', commit]));
    }
    /** Every file of a commit's tree (blobs, symlinks, submodules), repository-relative, one `git ls-tree -r`. */
    async listFiles(commit) {
        checkOid(commit);
        return splitNul(await this.output(['ls-tree', '-r', '--name-only', '--full-tree', '-z', commit]));
    }
    /**
     * Reads the text of files of a commit with one `git cat-file --batch`. Paths that are not
     * blobs of the commit, and paths that cannot be written on one line, are left out.
     */
    async readFiles(commit, paths) {
        checkOid(commit);
        const asked = paths.filter((p) => !/[\n\r]/.test(p));
        if (asked.length === 0)
            return new Map();
        const out = await this.output(['cat-file', '--batch'], asked.map((p) => `${commit}:${p}\n`).join(''));
        const blobs = parseBatch(out, asked.length);
        const texts = new Map();
        asked.forEach((p, i) => {
            const blob = blobs[i];
            if (blob)
                texts.set(p, blob.toString('utf8'));
        });
        return texts;
    }
    /**
     * The paths that differ between two commits or trees: two-dot, no merge base, no rename
     * detection, so a rename is a deletion plus an addition (one `git diff --name-only`).
     */
    async diffNames(from, to) {
        checkOid(from);
        checkOid(to);
        return splitNul(await this.output(['diff', '--name-only', '--no-renames', '--no-relative', '-z', from, to]));
    }
}
/** Kills a process group, ignoring one that is already gone. */
function git_killGroup(pid) {
    if (pid === undefined)
        return;
    try {
        process.kill(-pid, 'SIGKILL');
    }
    catch {
        // Already gone.
    }
}
function checkOid(oid) {
    if (!OID.test(oid))
        throw new GitError(`Not an object id: ${JSON.stringify(oid)}`, [oid]);
}
/** Splits NUL-terminated git output (`-z`) into its entries; paths may hold any byte but NUL. */
function splitNul(data) {
    const text = typeof data === 'string' ? data : data.toString('utf8');
    const parts = text.split('\0');
    if (parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
/** Parses `cat-file --batch-check='%(objectname) %(objecttype)'`: one entry per input line. */
function parseBatchCheck(text, count) {
    const lines = text.split('\n');
    const out = [];
    for (let i = 0; i < count; i++) {
        const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (commit|tree|blob|tag)$/.exec(lines[i] ?? '');
        out.push(m ? { oid: m[1], type: m[2] } : undefined);
    }
    return out;
}
/**
 * Parses `cat-file --batch` output: for each asked object, its content when it is a blob, else
 * undefined (`<spec> missing`, trees, commits). Sizes come from the headers, so contents may
 * hold any byte.
 */
function parseBatch(data, count) {
    const out = [];
    let at = 0;
    for (let i = 0; i < count && at < data.length; i++) {
        const eol = data.indexOf(0x0a, at);
        if (eol < 0)
            break;
        const header = data.subarray(at, eol).toString('utf8');
        at = eol + 1;
        const m = /^[0-9a-f]{40,64} (\w+) (\d+)$/.exec(header);
        if (!m) {
            out.push(undefined);
            continue;
        }
        const size = Number(m[2]);
        out.push(m[1] === 'blob' ? data.subarray(at, at + size) : undefined);
        at += size + 1;
    }
    while (out.length < count)
        out.push(undefined);
    return out;
}
/**
 * What a failed fetch or ls-remote complains about: the HTTP status line when there is one
 * (`The requested URL returned error: 403`, which git often follows with a vaguer last line such
 * as `the remote end hung up unexpectedly`), else the last line.
 */
function fetchComplaint(stderr) {
    const lines = stderr.split(/\r?\n/).map((l) => l.trim());
    return lines.find((l) => /returned error: \d{3}|\bHTTP \d{3}\b/.test(l)) ?? lastLine(stderr);
}
/** The last non-empty line of a text (git's actual complaint is usually there). */
function lastLine(text) {
    const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '');
    return lines[lines.length - 1] ?? '';
}
/** Why a fetch failed, from git's stderr in the C locale. */
function classifyFetchFailure(stderr) {
    if (/couldn't find remote ref/i.test(stderr))
        return 'missing-ref';
    if (/filter/i.test(stderr) &&
        /(not (supported|recognized|allowed)|unsupported|invalid|disabled)/i.test(stderr)) {
        return 'filter';
    }
    if (/does not appear to be a git repository|no such remote/i.test(stderr))
        return 'no-remote';
    return 'other';
}
/** The refs a failed fetch says the remote does not have. */
function missingRemoteRefs(stderr) {
    return [...stderr.matchAll(/couldn't find remote ref (\S+)/gi)].map((m) => m[1]);
}
/** Reaching the remote outside change detection: the release guard and tag checks. */
class RemoteError extends Error {
    name = 'RemoteError';
}
/**
 * Makes the commit `oid` of the branch available locally and returns it: the head a run read for
 * its compare-and-swap is the one its decisions are measured against. When the checkout lacks
 * it, the branch is fetched (at depth 1 only in a shallow checkout, so a full clone stays full),
 * and when the branch has moved on since, the commit itself.
 */
async function ensureBranchCommit(cwd, branch, oid) {
    checkOid(oid);
    const git = new Git(cwd);
    const has = async () => (await git.lookup([`${oid}^{commit}`]))[0] !== undefined;
    if (await has())
        return oid;
    if (!isBranchName(branch)) {
        throw new RemoteError(`Invalid branch name ${JSON.stringify(branch)}`);
    }
    const depth = await git.isShallow();
    let result;
    for (const refspec of [`+refs/heads/${branch}:refs/remotes/origin/${branch}`, oid]) {
        result = await git.fetch([refspec], { remote: 'origin', depth, filter: true });
        if (result.code !== 0 && classifyFetchFailure(result.stderr) === 'filter') {
            result = await git.fetch([refspec], { remote: 'origin', depth, filter: false });
        }
        if (await has())
            return oid;
    }
    throw new RemoteError(`Could not fetch ${oid}, the head of ${branch}, from origin (${fetchComplaint(result?.stderr ?? '') || 'not found'}). ` +
        `Check out the repository with actions/checkout (persist-credentials: true, the default).`);
}
/** The tags on the remote (names without refs/tags/). */
async function remoteTags(cwd, timeoutMs = GIT_NETWORK_TIMEOUT_MS) {
    const result = await new Git(cwd).run(['ls-remote', '--tags', '--refs', 'origin'], undefined, timeoutMs);
    if (result.code !== 0) {
        throw new RemoteError(`Could not list the tags of origin (${fetchComplaint(result.stderr)}). ` +
            `Run actions/checkout first, with persist-credentials: true (the default).`);
    }
    return result.stdout
        .toString('utf8')
        .split('\n')
        .map((line) => line.split('\t')[1] ?? '')
        .filter((ref) => ref.startsWith('refs/tags/'))
        .map((ref) => ref.slice('refs/tags/'.length));
}
/** The tags of the checkout, and of origin when it can be reached (the CLI works offline too). */
async function knownTags(cwd) {
    const local = (await new Git(cwd).output(['tag', '--list'])).toString('utf8').split('\n');
    const remote = await remoteTags(cwd).catch(() => []);
    return [...new Set([...local.filter((t) => t !== ''), ...remote])];
}

;// CONCATENATED MODULE: ./src/image-vars.ts

class ImageVarsError extends Error {
    name = 'ImageVarsError';
}
const IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PREFIX = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ARRAY_DECL = (name) => new RegExp(`^\\s*(?:export\\s+|declare\\s+-a\\s+)?${name}=\\(`);
const ARRAY_APPEND = (name) => new RegExp(`^\\s*${name}\\+=\\(`);
// A literal value: "..." or '...' without expansions, or one unquoted word.
const LITERAL = `(?:"([^"$\`\\\\]*)"|'([^']*)'|([^\\s"'$\`;]*))`;
const STRING_APPEND = (name) => new RegExp(`^\\s*${name}\\+=${LITERAL}\\s*(?:#.*)?$`);
/** `export NAME="$NAME more"` or `NAME="${NAME} more"`: an append spelled as an assignment. */
const STRING_SELF_APPEND = (name) => new RegExp(`^\\s*(?:export\\s+)?${name}="\\$(?:\\{${name}\\}|${name}(?![A-Za-z0-9_]))([^"$\`\\\\]*)"\\s*(?:#.*)?$`);
const STRING_DECL = (name) => new RegExp(`^\\s*(?:export\\s+)?${name}=${LITERAL}\\s*(?:#.*)?$`);
/** A line of the file as a message shows it: control characters escaped, long lines cut. */
function shown(text) {
    const max = 200;
    const cut = text.length > max ? `${text.slice(0, max)}...` : text;
    // eslint-disable-next-line no-control-regex -- control characters are what is escaped
    return cut.replace(/[\0-\x1f\x7f]/g, (ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`);
}
/** Splits the words of a bash array body or a space-separated string; quotes are removed. */
function words(body, file, line) {
    const out = [];
    for (const m of body.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
        const w = m[1] ?? m[2] ?? m[3] ?? '';
        if (/[$`\\]/.test(w)) {
            throw new ImageVarsError(`${file}:${line}: ${escapeForMessage(w)} is not a literal name; the image list must be plain words`);
        }
        out.push(w);
    }
    return out;
}
/** Cuts a comment off a line of shell: a `#` at the start of a word. */
function stripComment(line) {
    const m = /(^|[ \t])#/.exec(line);
    return m ? line.slice(0, m.index + (m[1] ?? '').length) : line;
}
/**
 * The index in `text` of the `)` that closes an array body, or -1 when it is not there yet;
 * `state` carries open quotes and parentheses over to the next line. A `)` inside quotes or
 * closing a `$(...)` does not close the array, as in bash.
 */
function closingParen(text, state) {
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (state.quote !== '') {
            if (ch === '\\' && state.quote === '"')
                i++;
            else if (ch === state.quote)
                state.quote = '';
        }
        else if (ch === '\\')
            i++;
        else if (ch === '"' || ch === "'")
            state.quote = ch;
        else if (ch === '(')
            state.depth++;
        else if (ch === ')') {
            if (state.depth === 0)
                return i;
            state.depth--;
        }
    }
    return -1;
}
/** Refuses an append that bash may or may not run, or that has nothing to append to. */
function checkAppend(text, name, file, line, declared) {
    if (/^\s/.test(text)) {
        throw new ImageVarsError(`${file}:${line}: ${shown(text.trim())} is indented: it may run only in a function or a ` +
            `condition, so the image list cannot be known without running the file. Append at the top level.`);
    }
    if (!declared) {
        throw new ImageVarsError(`${file}:${line}: ${shown(text.trim())} appends to ${name} before it is declared; ` +
            `bash would append to whatever the environment holds. Declare ${name} first.`);
    }
}
/** The array as bash ends up with it: the last declaration, then the appends after it, in order. */
function findArray(lines, name, file) {
    let found;
    const start = ARRAY_DECL(name);
    const append = ARRAY_APPEND(name);
    for (let i = 0; i < lines.length; i++) {
        const first = lines[i] ?? '';
        const isDecl = start.test(first);
        if (!isDecl && !append.test(first))
            continue;
        if (!isDecl)
            checkAppend(first, name, file, i + 1, found !== undefined);
        // Comments are cut per line, so a comment can neither hide later items nor close the array.
        const state = { depth: 0, quote: '' };
        const parts = [stripComment(first.slice(first.indexOf('(') + 1))];
        let close = closingParen(parts[0], state);
        let j = i;
        while (close < 0) {
            j++;
            if (j >= lines.length) {
                throw new ImageVarsError(`${file}:${i + 1}: ${name}${isDecl ? '' : '+'}=( is never closed by ")"`);
            }
            const part = stripComment(lines[j] ?? '');
            parts.push(part);
            close = closingParen(part, state);
        }
        parts[parts.length - 1] = parts[parts.length - 1].slice(0, close);
        const text = lines
            .slice(i, j + 1)
            .join(' ')
            .trim();
        const items = words(parts.join(' '), file, i + 1);
        found =
            isDecl || !found
                ? { line: i + 1, last: i + 1, text, items }
                : {
                    ...found,
                    last: i + 1,
                    text: `${found.text} ${text}`,
                    items: [...found.items, ...items]
                };
        i = j;
    }
    return found;
}
/** The string as bash ends up with it: the last assignment, then `+=` and `="$NAME ..."` appends. */
function findString(lines, name, file) {
    let found;
    const re = STRING_DECL(name);
    const append = STRING_APPEND(name);
    const selfAppend = STRING_SELF_APPEND(name);
    const any = new RegExp(`^\\s*(?:export\\s+)?${name}\\+?=`);
    const fromArray = new RegExp(`^\\s*(?:export\\s+)?${name}="\\$\\{${name}_ARR\\[[*@]\\]\\}"\\s*(?:#.*)?$`);
    lines.forEach((text, i) => {
        const m = re.exec(text);
        const more = append.exec(text) ?? selfAppend.exec(text);
        if (m) {
            const raw = m[1] ?? m[2] ?? m[3] ?? '';
            found = { line: i + 1, last: i + 1, text: text.trim(), raw, items: words(raw, file, i + 1) };
        }
        else if (more) {
            checkAppend(text, name, file, i + 1, found !== undefined);
            const prev = found;
            // Appended text is joined as is: "a" += "b" gives the one name "ab", as in bash.
            const raw = prev.raw + (more[1] ?? more[2] ?? more[3] ?? '');
            found = {
                ...prev,
                last: i + 1,
                text: `${prev.text} ${text.trim()}`,
                raw,
                items: words(raw, file, i + 1)
            };
        }
        else if (any.test(text) && !fromArray.test(text)) {
            // bash would see a list that cannot be read without running the file.
            throw new ImageVarsError(`${file}:${i + 1}: ${shown(text.trim())} does not set ${name} to plain words; ` +
                `the image list must be literal text`);
        }
    });
    return found;
}
const LIST_NAMES = ['VRO_IMAGES_ARR', 'VAR_PREFIXES_ARR', 'VRO_IMAGES', 'VAR_PREFIXES'];
/**
 * Refuses every other way of changing a list that a line of shell has: an element assignment
 * (`VRO_IMAGES_ARR[3]=x`), `unset`, `read`/`readarray`/`mapfile`, or an assignment that does not
 * start its line (`true && VRO_IMAGES=...`). Reading the file would otherwise see a different
 * list than bash does.
 */
function refuseOtherEdits(lines, file) {
    lines.forEach((line, i) => {
        const code = stripComment(line);
        for (const name of LIST_NAMES) {
            const atStart = new RegExp(`^\\s*(?:(?:export|declare\\s+-a)\\s+)?${name}\\+?=`).test(code);
            const edits = new RegExp(`(?:^|[^A-Za-z0-9_$])${name}(?:\\[[^\\]]*\\])?\\+?=`).test(code) ||
                new RegExp(`\\b(?:unset|read|readarray|mapfile)\\b.*\\b${name}\\b`).test(code);
            if (edits && !atStart) {
                throw new ImageVarsError(`${file}:${i + 1}: ${shown(line.trim())} changes ${name} in a way that cannot be read ` +
                    `without running the file. Set the list with ${name}=( ... ) and append with ${name}+=( ... ) ` +
                    `(or "+=" for a string), each at the start of a line.`);
            }
        }
    });
}
/** Reads one list, declared as an array, a string, or both (which must then agree). */
function readList(lines, base, file) {
    const arr = findArray(lines, `${base}_ARR`, file);
    const str = findString(lines, base, file);
    const copy = new RegExp(`^\\s*(?:export\\s+)?${base}="\\$\\{${base}_ARR\\[[*@]\\]\\}"`);
    // The last copy counts: appends before it reach the string too.
    const copiedAt = lines.reduce((at, l, i) => (copy.test(l) ? i + 1 : at), 0);
    if (arr && copiedAt > 0 && arr.last > copiedAt) {
        throw new ImageVarsError(`${file}:${arr.last}: ${base}_ARR is appended to after line ${copiedAt} copied it into ${base}, ` +
            `so bash sees two different lists. Append before the copy.`);
    }
    if (arr && str && arr.items.join(' ') !== str.items.join(' ')) {
        throw new ImageVarsError(`${file}: ${base}_ARR and ${base} disagree:\n  line ${arr.line}: ${shown(arr.text)}\n  line ${str.line}: ${shown(str.text)}\n` +
            `Regenerate ${file} so that both list the same images in the same order.`);
    }
    return arr ?? str;
}
function checkUnique(items, what, decl, file) {
    const seen = new Set();
    for (const item of items) {
        if (seen.has(item))
            throw new ImageVarsError(`${file}:${decl.line}: ${what} "${item}" is listed twice`);
        seen.add(item);
    }
}
/** Reads the image list of `image_vars.src` as text; the file is never executed. */
function parseImageVars(text, file = 'scripts/image_vars.src') {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const warnings = [];
    refuseOtherEdits(lines, file);
    const names = readList(lines, 'VRO_IMAGES', file);
    const prefixes = readList(lines, 'VAR_PREFIXES', file);
    if (!names && !prefixes) {
        throw new ImageVarsError(`${file}: no image list found. Expected VAR_PREFIXES_ARR=( ... ) or export VAR_PREFIXES="..." ` +
            `(and VRO_IMAGES_ARR / VRO_IMAGES for the image names).`);
    }
    for (const name of names?.items ?? []) {
        if (!IMAGE_NAME.test(name)) {
            throw new ImageVarsError(`${file}:${names?.line}: ${escapeForMessage(name)} is not a valid image name`);
        }
    }
    for (const prefix of prefixes?.items ?? []) {
        if (!PREFIX.test(prefix)) {
            throw new ImageVarsError(`${file}:${prefixes?.line}: ${escapeForMessage(prefix)} is not a valid bash variable prefix`);
        }
    }
    const nameList = names?.items ?? prefixes?.items;
    const prefixList = prefixes?.items ?? nameList.map((n) => n.replace(/-/g, ''));
    if (names && prefixes && names.items.length !== prefixes.items.length) {
        throw new ImageVarsError(`${file}: VRO_IMAGES lists ${names.items.length} images but VAR_PREFIXES lists ${prefixes.items.length}:\n` +
            `  line ${names.line}: ${shown(names.text)}\n  line ${prefixes.line}: ${shown(prefixes.text)}`);
    }
    if (!names)
        warnings.push(`${file}: no VRO_IMAGES list; image names are taken from VAR_PREFIXES`);
    for (const p of prefixList) {
        if (!PREFIX.test(p))
            throw new ImageVarsError(`${file}: image "${p}" does not give a valid bash prefix`);
    }
    checkUnique(nameList, 'image', (names ?? prefixes), file);
    checkUnique(prefixList, 'prefix', (prefixes ?? names), file);
    const folders = new Map();
    const assigned = new Map();
    for (const line of lines) {
        const folder = /^#\s*---\s*(\S+)\s+in\s+folder\s+(\S+)\s*$/.exec(line);
        if (folder?.[1] && folder[2])
            folders.set(folder[1], folder[2].replace(/^\.\//, '').replace(/\/+$/, ''));
        const v = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*_(?:GRADLE_IMG|IMG))=(?:"([^"$`\\]*)"|'([^']*)')/.exec(line);
        if (v?.[1])
            assigned.set(v[1], v[2] ?? v[3] ?? '');
    }
    const images = nameList.map((name, i) => {
        const prefix = prefixList[i];
        const folder = folders.get(name);
        const gradleImage = assigned.get(`${prefix}_GRADLE_IMG`);
        const registryImage = assigned.get(`${prefix}_IMG`);
        return {
            name,
            prefix,
            ...(folder !== undefined && folder !== '' && folder !== '.' ? { folder } : {}),
            ...(gradleImage !== undefined ? { gradleImage } : {}),
            ...(registryImage !== undefined ? { registryImage } : {})
        };
    });
    return { images, warnings };
}
/**
 * Resolves image references (image names or prefixes) against the list.
 * Throws naming the unknown references and the known images.
 */
function resolveImages(list, refs) {
    const unknown = [];
    const out = [];
    for (const ref of refs) {
        const image = list.find((i) => i.name === ref) ?? list.find((i) => i.prefix === ref);
        if (!image)
            unknown.push(ref);
        else if (!out.includes(image))
            out.push(image);
    }
    if (unknown.length > 0) {
        throw new ImageVarsError(`Unknown image${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => escapeForMessage(u)).join(', ')}. ` +
            `Known images: ${list.map((i) => i.name).join(', ')}`);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/inputs/build-files.ts
/** File names that make the folder holding them a build root candidate. */
const BUILD_FILES = [
    'Dockerfile',
    'Containerfile',
    'build.gradle',
    'build.gradle.kts',
    'package.json',
    'pyproject.toml',
    'go.mod',
    'pom.xml'
];
/** Whether `dir` ('' is the root) directly holds one of the BUILD_FILES. */
function isBuildRootCandidate(dir, tree) {
    return BUILD_FILES.some((f) => tree.hasFile(dir === '' ? f : `${dir}/${f}`));
}

;// CONCATENATED MODULE: ./src/inputs/gradle-lex.ts
/**
 * A small lexer for Gradle build scripts (Groovy and Kotlin DSL), enough to read them as text.
 *
 * It does not parse Groovy or Kotlin. It finds comments and string literals so that the
 * structural regexes of the Gradle readers run over a `skeleton` (comments blanked, string
 * contents blanked, quotes kept, same length and line breaks as the text), and can look up the
 * literal that starts at a position. Braces inside strings and comments therefore never
 * confuse block matching, and offsets map back to 1-based lines of the original text.
 */
function blank(s) {
    return s.replace(/[^\n]/g, ' ');
}
/** Lexes a script. Never throws: an unterminated literal or comment runs to the end. */
function lex(text) {
    const out = [];
    const strings = [];
    let i = 0;
    const n = text.length;
    while (i < n) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '/' && next === '/') {
            const e = text.indexOf('\n', i);
            const stop = e < 0 ? n : e;
            out.push(blank(text.slice(i, stop)));
            i = stop;
        }
        else if (c === '/' && next === '*') {
            const e = text.indexOf('*/', i + 2);
            const stop = e < 0 ? n : e + 2;
            out.push(blank(text.slice(i, stop)));
            i = stop;
        }
        else if (c === '"' || c === "'") {
            const triple = text.startsWith(c.repeat(3), i);
            const q = triple ? c.repeat(3) : c;
            let j = i + q.length;
            let depth = 0;
            let dynamic = false;
            while (j < n) {
                const d = text[j];
                if (d === '\\')
                    j += 2;
                else if (c === '"' &&
                    d === '$' &&
                    (text[j + 1] === '{' || /[A-Za-z_]/.test(text[j + 1] ?? ''))) {
                    dynamic = true;
                    if (text[j + 1] === '{') {
                        depth++;
                        j += 2;
                    }
                    else
                        j++;
                }
                else if (depth > 0 && d === '{') {
                    depth++;
                    j++;
                }
                else if (depth > 0 && d === '}') {
                    depth--;
                    j++;
                }
                else if (depth === 0 && text.startsWith(q, j))
                    break;
                else if (!triple && d === '\n')
                    break; // a single-quoted literal never spans lines
                else
                    j++;
            }
            const closed = text.startsWith(q, j);
            const end = Math.min(n, closed ? j + q.length : j);
            strings.push({ start: i, end, value: text.slice(i + q.length, Math.min(j, n)), dynamic });
            out.push(q + blank(text.slice(i + q.length, Math.min(j, n))) + (closed ? q : ''));
            i = end;
        }
        else {
            out.push(c);
            i++;
        }
    }
    const skeleton = out.join('');
    const lineStarts = [0];
    for (let k = 0; k < n; k++)
        if (text[k] === '\n')
            lineStarts.push(k + 1);
    const byStart = new Map(strings.map((s) => [s.start, s]));
    return {
        text,
        skeleton,
        strings,
        lineOf(offset) {
            let lo = 0;
            let hi = lineStarts.length - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >>> 1;
                if (lineStarts[mid] <= offset)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            return lo + 1;
        },
        stringAt(pos) {
            let p = pos;
            while (p < n && /\s/.test(skeleton[p]))
                p++;
            return byStart.get(p);
        }
    };
}
/** The offset of the brace matching the `{` at `open` (or the end of the text). */
function matchBrace(skeleton, open) {
    let depth = 0;
    for (let i = open; i < skeleton.length; i++) {
        if (skeleton[i] === '{')
            depth++;
        else if (skeleton[i] === '}' && --depth === 0)
            return i;
    }
    return skeleton.length;
}
/**
 * The blocks named by `name` (a regex source, e.g. `dependencies` or `subprojects|allprojects`),
 * with an optional parenthesised argument before the brace (`configure(subprojects) {`).
 * Only blocks within [from, to) are returned.
 */
function blocks(lx, name, from = 0, to = lx.skeleton.length) {
    const re = new RegExp(`(?<![\\w.])(?:${name})\\s*(?:\\([^(){}]*(?:\\([^(){}]*\\)[^(){}]*)*\\))?\\s*\\{`, 'g');
    re.lastIndex = from;
    const found = [];
    let m;
    while ((m = re.exec(lx.skeleton)) !== null && m.index < to) {
        const open = m.index + m[0].length - 1;
        const close = matchBrace(lx.skeleton, open);
        found.push({ header: m.index, start: open + 1, end: Math.min(close, to) });
    }
    return found;
}
/** Whether `pos` lies inside one of `bs`. */
function inside(bs, pos) {
    return bs.some((b) => pos >= b.start && pos < b.end);
}
/** Joins repository-relative paths, resolving `.` and `..`; undefined when it leaves the repository. */
function joinPath(base, rel) {
    const parts = rel.startsWith('/') ? [] : base.split('/').filter((p) => p !== '');
    for (const seg of rel.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (parts.length === 0)
                return undefined;
            parts.pop();
        }
        else
            parts.push(seg);
    }
    return parts.join('/');
}
/** The folder of a repository path ('' for a top-level file). */
function dirOf(path) {
    const i = path.lastIndexOf('/');
    return i < 0 ? '' : path.slice(0, i);
}

;// CONCATENATED MODULE: ./src/inputs/dockerfile.ts
/**
 * A Dockerfile parser, enough to know what a build reads: instructions with their 1-based line,
 * flags and arguments, honouring parser directives (`# escape=`), line continuations, comments
 * inside continued instructions, the JSON-array form and heredocs. Never throws.
 */
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][\w.-]*)\2/g;
/** Splits the text after the keyword into flags and arguments. */
function splitArgs(rest) {
    const flags = [];
    let s = rest.trimStart();
    for (;;) {
        const m = /^--([A-Za-z][\w-]*)(?:=(\S*))?(?:\s+|$)/.exec(s);
        if (!m)
            break;
        flags.push([m[1], m[2]]);
        s = s.slice(m[0].length);
    }
    const t = s.trim();
    if (t.startsWith('[')) {
        try {
            const parsed = JSON.parse(t);
            if (Array.isArray(parsed) && parsed.every((x) => typeof x === 'string'))
                return { flags, args: parsed, json: true };
        }
        catch {
            // Not JSON: Docker falls back to the shell form.
        }
    }
    return { flags, args: t === '' ? [] : t.split(/\s+/), json: false };
}
/** Parses a Dockerfile. */
function parseDockerfile(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let escape = '\\';
    let i = 0;
    // Parser directives: only at the very top, before any comment, blank line or instruction.
    for (; i < lines.length; i++) {
        const m = /^#\s*([A-Za-z]+)\s*=\s*(\S*)\s*$/.exec(lines[i]);
        if (!m)
            break;
        if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\'))
            escape = m[2];
    }
    const isComment = (l) => /^\s*#/.test(l);
    const continues = (l) => l.trimEnd().endsWith(escape);
    const instructions = [];
    while (i < lines.length) {
        const first = lines[i];
        if (first.trim() === '' || isComment(first)) {
            i++;
            continue;
        }
        const line = i + 1;
        let buf = first;
        i++;
        while (continues(buf) && i < lines.length) {
            buf = buf.trimEnd().slice(0, -escape.length);
            // Comment and empty lines inside a continued instruction are dropped.
            while (i < lines.length &&
                (isComment(lines[i]) || lines[i].trim() === ''))
                i++;
            if (i < lines.length)
                buf += ` ${lines[i]}`;
            i++;
        }
        if (continues(buf))
            buf = buf.trimEnd().slice(0, -escape.length);
        const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(buf);
        if (!m)
            continue;
        const keyword = m[1].toUpperCase();
        const rest = m[2];
        const heredocs = [];
        if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
            for (const h of rest.matchAll(HEREDOC)) {
                const strip = h[1] === '-';
                const delim = h[3];
                heredocs.push(delim);
                while (i < lines.length) {
                    const body = lines[i];
                    i++;
                    if ((strip ? body.replace(/^\t+/, '') : body) === delim)
                        break;
                }
            }
        }
        instructions.push({ keyword, line, ...splitArgs(rest), heredocs });
    }
    return { escape, instructions };
}
/** Whether a word uses a variable (`$X`, `${X}`) not escaped with the escape character. */
function usesVariable(word, escape = '\\') {
    for (let k = 0; k < word.length; k++) {
        if (word[k] === escape)
            k++;
        else if (word[k] === '$' && /[{A-Za-z_]/.test(word[k + 1] ?? ''))
            return true;
    }
    return false;
}
/** Substitutes `$X`, `${X}`, `${X:-d}` from `vars`; undefined when a variable stays unknown. */
function substitute(word, vars) {
    let unknown = false;
    const out = word.replace(/\$\{([A-Za-z_]\w*)(?::?[-+]([^}]*))?\}|\$([A-Za-z_]\w*)/g, (_m, a, d, b) => {
        const v = vars.get((a ?? b)) ?? d;
        if (v === undefined)
            unknown = true;
        return v ?? '';
    });
    return unknown ? undefined : out;
}

;// CONCATENATED MODULE: ./src/inputs/dockerignore.ts
/**
 * `.dockerignore` as Docker reads it: Go `filepath.Match` patterns with `**`, `!` re-includes,
 * last match wins, a pattern that matches a folder ignores everything below it, patterns
 * cleaned like `filepath.Clean` (leading `/` and `./` stripped).
 */
/** `filepath.Clean` for a slash-separated relative pattern ('' becomes '.'). */
function clean(p) {
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..' && out.length > 0 && out[out.length - 1] !== '..')
            out.pop();
        else
            out.push(seg);
    }
    return out.length === 0 ? '.' : out.join('/');
}
/** Parses a `.dockerignore` text. */
function parseDockerignore(text) {
    const rules = [];
    text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)
        .forEach((raw, k) => {
        if (raw.startsWith('#'))
            return;
        let p = raw.trim();
        if (p === '')
            return;
        const negate = p.startsWith('!');
        if (negate)
            p = p.slice(1).trim();
        if (p === '')
            return;
        rules.push({ pattern: clean(p.replace(/^\//, '')), negate, line: k + 1 });
    });
    return rules;
}
/** The regex of a Go `filepath.Match` pattern extended with `**` (as moby's patternmatcher). */
function patternRegex(pattern) {
    let re = '';
    for (let k = 0; k < pattern.length; k++) {
        const c = pattern[k];
        if (c === '*') {
            if (pattern[k + 1] === '*') {
                k++;
                if (pattern[k + 1] === '/')
                    k++;
                re += k + 1 >= pattern.length ? '.*' : '(?:.*/)?';
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else if (c === '\\' && k + 1 < pattern.length)
            re += `\\${pattern[++k]}`;
        else if (c === '[') {
            const end = pattern.indexOf(']', k + 2);
            if (end < 0)
                re += '\\[';
            else {
                const body = pattern.slice(k + 1, end).replace(/\\/g, '\\\\');
                re += `[${body.startsWith('^') ? `^/${body.slice(1)}` : body}]`;
                k = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\]\\/]/g, '\\$&');
    }
    try {
        return new RegExp(`^${re}$`);
    }
    catch {
        // A malformed class: match the pattern literally, as a plain path.
        return new RegExp(`^${pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    }
}
/** Whether a context-relative path is ignored: the last rule matching it or a parent wins. */
function isIgnored(path, rules) {
    const segs = path.split('/');
    const prefixes = segs.map((_s, k) => segs.slice(0, k + 1).join('/'));
    let ignored = false;
    for (const r of rules) {
        if (r.negate !== ignored)
            continue;
        const re = r.pattern === '.' ? /^.*$/ : patternRegex(r.pattern);
        if (prefixes.some((p) => re.test(p)))
            ignored = !r.negate;
    }
    return ignored;
}
/** A literal path as a picomatch glob. */
function escapeGlob(path) {
    return path.replace(/[\\*?[\]{}()!+@,|^$]/g, '\\$&');
}
/** A Go pattern as a picomatch glob (its `*`, `?`, `[...]`, `**` kept; other specials escaped). */
function goGlob(pattern) {
    return pattern.replace(/\\(.)|[{}()!+@,|$]/g, (m, esc) => esc === undefined ? `\\${m}` : `\\${esc}`);
}
/**
 * The `excludes` globs for a context: without `!` rules, each pattern as a glob (with what lies
 * below it); with `!` rules, the exact ignored files of the tree (files added later and ignored
 * still count as inputs, which is wider, never narrower).
 */
function ignoreExcludes(context, rules, filesUnder) {
    const prefix = context === '' ? '' : `${context}/`;
    const globPrefix = context === '' ? '' : `${escapeGlob(context)}/`;
    if (!rules.some((r) => r.negate))
        return rules.map((r) => r.pattern === '.' ? `${globPrefix}**` : `${globPrefix}${goGlob(r.pattern)}/**`);
    return filesUnder(context)
        .filter((f) => isIgnored(f.slice(prefix.length), rules))
        .map(escapeGlob);
}

;// CONCATENATED MODULE: ./src/inputs/docker.ts
/**
 * The Dockerfile provider: the Dockerfile (or Containerfile) of a build root, the `COPY`/`ADD`
 * sources (and `RUN --mount=type=bind` sources) it reads from its build context, filtered by
 * `.dockerignore`, and the base images of its `FROM` lines.
 *
 * The context is the Dockerfile's folder. A Dockerfile under `src/docker/` is the Gradle
 * docker plugins' layout: its context is a folder staged by the build, so the sources cannot be
 * resolved against the repository and the whole build root counts.
 */



const NAMES = ['Dockerfile', 'Containerfile', 'src/docker/Dockerfile'];
/** Whether the Dockerfile provider reads `path`: Dockerfiles, Containerfiles and ignore files. */
function wantsDocker(path) {
    const base = path.slice(path.lastIndexOf('/') + 1);
    return /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|Containerfile)$|\.dockerignore$/.test(base);
}
/** The Dockerfile of a build root, if any. */
function dockerfileOf(folder, tree) {
    return NAMES.map((n) => (folder === '' ? n : `${folder}/${n}`)).find((f) => tree.hasFile(f));
}
/** The inputs of the Dockerfile `file` built with context `context`. */
function dockerfileInputs(file, context, tree) {
    const warnings = [];
    const inputs = new Map();
    const baseImages = [];
    const add = (kind, path, why, line, excludes) => {
        const key = `${kind}:${path}`;
        if (!inputs.has(key))
            inputs.set(key, {
                kind,
                path,
                ...(excludes && excludes.length > 0 ? { excludes } : {}),
                from: { provider: 'docker', file, line, why }
            });
    };
    add('file', file, 'Dockerfile of the image');
    const text = tree.read(file);
    if (text === undefined) {
        warnings.push(`${file} was not read; the whole build context counts`);
        add('dir', context, 'build context of an unread Dockerfile');
        return { inputs: [...inputs.values()], warnings, claimed: true };
    }
    // `<Dockerfile>.dockerignore` beside the Dockerfile wins over the context's `.dockerignore`.
    const ignoreFiles = [
        `${file}.dockerignore`,
        context === '' ? '.dockerignore' : `${context}/.dockerignore`
    ];
    for (const f of ignoreFiles)
        add('file', f, 'ignore file of the build context');
    const ignoreFile = ignoreFiles.find((f) => tree.hasFile(f));
    const ignoreText = ignoreFile === undefined ? undefined : tree.read(ignoreFile);
    if (ignoreFile !== undefined && ignoreText === undefined)
        warnings.push(`${ignoreFile} was not read`);
    const excludes = ignoreExcludes(context, parseDockerignore(ignoreText ?? ''), (d) => tree.filesUnder(d));
    const df = parseDockerfile(text);
    const whole = (why, line) => add('dir', context, why, line, excludes);
    const source = (src, what, line) => {
        if (usesVariable(src, df.escape)) {
            warnings.push(`${file} line ${line}: ${what} source ${src} uses a variable; the whole build context counts`);
            whole(`build context (${what} ${src} in ${file} line ${line} uses a variable)`, line);
            return;
        }
        const rel = joinPath('', src.replace(/^\/+/, ''));
        if (rel === undefined) {
            warnings.push(`${file} line ${line}: ${what} source ${src} is outside the build context; ignored`);
            return;
        }
        const why = `${what} in ${file} line ${line}`;
        const inCtx = joinPath(context, rel) ?? context;
        if (rel === '')
            whole(`build context (${why} copies all of it)`, line);
        else if (/[*?[]/.test(rel))
            add('glob', `${context === '' ? '' : `${escapeGlob(context)}/`}${goGlob(rel)}/**`, why, line, excludes);
        else
            add(tree.hasFile(inCtx) ? 'file' : 'dir', inCtx, why, line, excludes);
    };
    const globalArgs = new Map();
    const stages = new Set();
    let seenFrom = false;
    for (const ins of df.instructions) {
        const flag = (n) => ins.flags.find(([k]) => k === n)?.[1];
        if (ins.keyword === 'ARG' && !seenFrom) {
            for (const a of ins.args) {
                const [k, ...v] = a.split('=');
                if (k && v.length > 0)
                    globalArgs.set(k, v.join('=').replace(/^(["'])(.*)\1$/, '$2'));
            }
        }
        else if (ins.keyword === 'FROM') {
            seenFrom = true;
            const raw = ins.args[0];
            if (raw === undefined)
                continue;
            if ((ins.args[1] ?? '').toUpperCase() === 'AS' && ins.args[2])
                stages.add(ins.args[2].toLowerCase());
            const image = substitute(raw, globalArgs);
            if (image === undefined)
                warnings.push(`${file} line ${ins.line}: FROM ${raw} uses a build argument without a default`);
            const name = image ?? raw;
            const asStage = stages.has(name.toLowerCase()) && name.toLowerCase() !== (ins.args[2] ?? '').toLowerCase();
            if (name !== 'scratch' && !asStage)
                baseImages.push({ image: name, file, line: ins.line });
        }
        else if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && flag('from') === undefined) {
            // Heredocs (`COPY <<EOF /x`) are not context sources; the last word is the destination.
            const words = ins.args.filter((a) => !/^<<-?["']?[A-Za-z_]/.test(a));
            for (const s of words.slice(0, -1)) {
                if (ins.keyword === 'ADD' && /^(?:[a-z][a-z0-9+.-]*:\/\/|git@)/i.test(s))
                    continue;
                source(s, ins.keyword, ins.line);
            }
        }
        else if (ins.keyword === 'RUN') {
            for (const [k, v] of ins.flags) {
                if (k !== 'mount' || v === undefined)
                    continue;
                const kv = new Map(v.split(',').map((p) => [p.split('=')[0] ?? '', p.split('=').slice(1).join('=')]));
                if ((kv.get('type') ?? 'bind') === 'bind' && !kv.has('from'))
                    source(kv.get('source') ?? kv.get('src') ?? '.', 'RUN --mount', ins.line);
            }
        }
    }
    return { inputs: [...inputs.values()], warnings, baseImages, claimed: true };
}
/** The inputs of the Dockerfile at a build root. Not claimed when the root has none. */
function dockerInputs(folder, tree) {
    const file = dockerfileOf(folder, tree);
    if (file === undefined)
        return { inputs: [], warnings: [], claimed: false };
    if (!file.endsWith('src/docker/Dockerfile'))
        return dockerfileInputs(file, dirOf(file), tree);
    // A staged context: the sources are the build's outputs, made from the whole project folder.
    const r = dockerfileInputs(file, dirOf(file), tree);
    const staged = {
        kind: 'dir',
        path: folder,
        from: {
            provider: 'docker',
            file,
            why: `build context of ${file}, staged by the build from the project folder`
        }
    };
    return { ...r, inputs: [r.inputs[0], staged], warnings: [] };
}
/** The Dockerfile provider. */
const dockerProvider = {
    name: 'docker',
    wants: wantsDocker,
    inputsOf: (_image, root, tree) => dockerInputs(root.folder, tree)
};

;// CONCATENATED MODULE: ./src/inputs/folder.ts
/** The folder provider. */
const folderProvider = {
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
};

;// CONCATENATED MODULE: ./src/inputs/gradle-script.ts
/**
 * What a Gradle build script (`build.gradle`, `build.gradle.kts`, a precompiled script plugin)
 * declares, read as text: applied plugins, project dependencies, scripts it applies, the string
 * literals it holds (resource and file references), the docker image names it sets and the
 * binary plugins a `gradlePlugin {}` block registers. Constructs too dynamic to read are listed
 * so that callers can warn and widen.
 */

/**
 * A configuration that only tests use: `testImplementation`, `testFixturesApi`,
 * `integrationTestRuntimeOnly`, `functionalTestImplementation`, ...
 */
function isTestConfiguration(config) {
    return /^test/.test(config) || /Test(?:[A-Z]|$)/.test(config);
}
/** The configuration named just before a dependency notation: `implementation(platform(` -> implementation. */
function configBefore(sk, idx) {
    const s = sk.slice(Math.max(0, idx - 200), idx);
    const trimmed = s.replace(/(?:\s|\(|(?:platform|enforcedPlatform|testFixtures)\s*\()*$/, '');
    const m = /([A-Za-z_]\w*)$/.exec(trimmed);
    if (!m || (m.index > 0 && trimmed[m.index - 1] === '.'))
        return undefined;
    return m[1];
}
/** A template with `${...}`/`$x` replaced by `*`, for matching computed project paths. */
function templatePattern(value) {
    return value.replace(/\$\{[^}]*\}|\$[A-Za-z_][\w.]*/g, '*');
}
function readPlugins(lx, within, dynamic) {
    const sk = lx.skeleton;
    const found = [];
    for (const b of blocks(lx, 'plugins')) {
        if (!within(b.start))
            continue;
        const body = sk.slice(b.start, b.end);
        for (const m of body.matchAll(/(?<![\w.])id\s*\(?/g)) {
            const s = lx.stringAt(b.start + m.index + m[0].length);
            if (!s || s.dynamic)
                continue;
            const rest = sk.slice(s.end, sk.indexOf('\n', s.end) < 0 ? sk.length : sk.indexOf('\n', s.end));
            if (/(?<![\w.])apply\s*\(?\s*false/.test(rest))
                continue;
            found.push({
                id: s.value,
                line: lx.lineOf(s.start),
                external: /(?<![\w.])version\b/.test(rest)
            });
        }
    }
    const applyRe = /(?<![\w.])(?:apply\s*\(?\s*plugin\s*[:=]|(?:project\.)?(?:pluginManager|plugins)\.apply\s*\()\s*/g;
    for (const m of sk.matchAll(applyRe)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        const line = lx.lineOf(m.index);
        if (s && !s.dynamic)
            found.push({ id: s.value, line, external: false });
        // A class (`apply plugin: JavaPlugin`) is core or compiled in buildSrc (counted whole).
        else if (!/^\s*[A-Z][\w.]*(?:::class(?:\.java)?)?\s*\)?\s*$/m.test(sk.slice(m.index + m[0].length).split('\n')[0] ?? ''))
            dynamic.push(`line ${line}: a plugin applied by a computed id`);
    }
    return found;
}
function readDeps(lx, within, dynamic) {
    const sk = lx.skeleton;
    const deps = [];
    const push = (idx, d) => {
        const config = configBefore(sk, idx);
        deps.push({
            ...d,
            config,
            line: lx.lineOf(idx),
            test: config !== undefined && isTestConfiguration(config)
        });
    };
    for (const m of sk.matchAll(/(?<![\w.])(?:project|findProject)\s*\(\s*(?:path\s*[:=]\s*)?/g)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        if (s && !s.dynamic)
            push(m.index, {
                path: `:${s.value
                    .split(':')
                    .filter((x) => x !== '')
                    .join(':')}`
            });
        else {
            push(m.index, { pattern: s ? templatePattern(s.value) : '*' });
            dynamic.push(`line ${lx.lineOf(m.index)}: a project dependency with a computed path`);
        }
    }
    for (const m of sk.matchAll(/(?<![\w.])projects\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)/g)) {
        if (!within(m.index))
            continue;
        const accessor = m[1].replace(/\.(?:dependencyProject|path|name)$/, '');
        push(m.index, { accessor });
    }
    return deps;
}
function readImageNames(lx) {
    const sk = lx.skeleton;
    const out = [];
    const add = (pos) => {
        const s = lx.stringAt(pos);
        if (s)
            out.push({ template: s.value, line: lx.lineOf(s.start) });
    };
    for (const b of blocks(lx, 'docker')) {
        for (const m of sk.slice(b.start, b.end).matchAll(/(?<![\w.])name\s*(?:=|\(|\.set\s*\()?\s*/g))
            add(b.start + m.index + m[0].length);
    }
    for (const m of sk.matchAll(/(?<![\w])(?:imageName|image|jib\.to\.image)\s*(?:=|\(|\.set\s*\()?\s*(?=['"])/g))
        add(m.index + m[0].length);
    return out;
}
/**
 * Reads a script. With `scope` = `children`, only what an ancestor script declares for its
 * descendants counts (inside `subprojects {}`, `allprojects {}`, `configure(...) {}`).
 */
function readScript(text, scope = 'self') {
    const lx = lex(text);
    const dynamic = [];
    const scoped = scope === 'children' ? blocks(lx, 'subprojects|allprojects|configure') : [];
    const within = (pos) => scope === 'self' || inside(scoped, pos);
    if (scope === 'children') {
        for (const b of blocks(lx, 'configure'))
            if (/(?<![\w.])(?:project|findProject|projects)\b/.test(lx.skeleton.slice(b.start, b.end)))
                dynamic.push(`line ${lx.lineOf(b.header)}: configure(...) targets are not evaluated; its project dependencies count for every descendant`);
    }
    const applyFrom = [];
    for (const m of lx.skeleton.matchAll(/(?<![\w.])apply\s*\(?\s*from\s*[:=]\s*/g)) {
        if (!within(m.index))
            continue;
        const s = lx.stringAt(m.index + m[0].length);
        const line = lx.lineOf(m.index);
        const path = s?.value.replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//, '/');
        if (s && path !== undefined && !path.includes('$'))
            applyFrom.push({ path, line });
        else
            dynamic.push(`line ${line}: apply from: with a computed path`);
    }
    const binaryPlugins = [];
    for (const b of blocks(lx, 'gradlePlugin')) {
        for (const m of lx.skeleton.slice(b.start, b.end).matchAll(/(?<![\w.])id\s*(?:=|\()?\s*/g)) {
            const s = lx.stringAt(b.start + m.index + m[0].length);
            if (s && !s.dynamic)
                binaryPlugins.push({ id: s.value, line: lx.lineOf(s.start) });
        }
    }
    return {
        plugins: readPlugins(lx, within, dynamic),
        deps: readDeps(lx, within, dynamic),
        applyFrom,
        literals: lx.strings.map((s) => ({
            value: s.value,
            line: lx.lineOf(s.start),
            dynamic: s.dynamic
        })),
        imageNames: readImageNames(lx),
        binaryPlugins,
        dynamic
    };
}
/** The camelCase accessor of a project path: `:shared:persistence-model` -> `shared.persistenceModel`. */
function accessorOf(path) {
    return path
        .split(':')
        .filter((s) => s !== '')
        .map((s) => s.replace(/[-_]+([A-Za-z0-9])/g, (_m, c) => c.toUpperCase()))
        .join('.');
}
/**
 * Evaluates an image name template such as `${dockerRegistry}/${rootProject.name}-${project.name}`
 * to a regex: known names are substituted, unknown ones match anything within a path segment.
 */
function imageNamePattern(template, resolve) {
    const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // A tag (`:1.0`, `:${version}`) in the last segment is not part of the name.
    const name = template.replace(/:[^/:]*$/, '');
    let re = '';
    let last = 0;
    for (const m of name.matchAll(/\$\{\s*([^}]*?)\s*\}|\$([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)/g)) {
        re += esc(name.slice(last, m.index));
        const v = resolve((m[1] ?? m[2] ?? '').replace(/^project\./, ''));
        re += v === undefined ? '[^/]*' : esc(v);
        last = m.index + m[0].length;
    }
    re += esc(name.slice(last));
    return new RegExp(`^${re}(?::[^/]*)?$`);
}

;// CONCATENATED MODULE: ./src/inputs/gradle-plugins.ts
/**
 * Convention plugins of a Gradle repository: which script (or binary plugin build) provides a
 * plugin id, and the transitive closure of the plugins a script applies. Plugin ids with no
 * provider in the tree are core or external plugins and are ignored quietly.
 */


const SCRIPT_DIRS = ['src/main/groovy/', 'src/main/kotlin/'];
const BUILD_SCRIPTS = ['build.gradle', 'build.gradle.kts'];
/** The build script of a folder (`build.gradle` before `build.gradle.kts`), if any. */
function buildScriptOf(dir, tree) {
    return BUILD_SCRIPTS.map((f) => (dir === '' ? f : `${dir}/${f}`)).find((f) => tree.hasFile(f));
}
const cache = new WeakMap();
/** Maps plugin ids to their definitions in `builds` (memoised per tree and build list). */
function pluginIndex(builds, tree) {
    const key = builds.join('\n');
    const perTree = cache.get(tree) ?? new Map();
    cache.set(tree, perTree);
    const hit = perTree.get(key);
    if (hit)
        return hit;
    const index = new Map();
    const add = (d) => {
        if (!index.has(d.id))
            index.set(d.id, d);
    };
    for (const build of builds) {
        for (const f of tree.filesUnder(build)) {
            const rel = f.slice(build.length + 1);
            if (!SCRIPT_DIRS.some((d) => rel.startsWith(d)))
                continue;
            const m = /([^/]+)\.gradle(\.kts)?$/.exec(rel);
            if (!m)
                continue;
            const name = m[1];
            add({ id: name, build, kind: 'script', file: f, line: 1 });
            // A Kotlin precompiled plugin in a package gets the package-qualified id.
            const pkg = m[2] ? /^\s*package\s+([\w.]+)/m.exec(tree.read(f) ?? '') : null;
            if (pkg)
                add({ id: `${pkg[1]}.${name}`, build, kind: 'script', file: f, line: 1 });
        }
        const script = buildScriptOf(build, tree);
        const text = script === undefined ? undefined : tree.read(script);
        if (script !== undefined && text !== undefined)
            for (const b of readScript(text).binaryPlugins)
                add({ id: b.id, build, kind: 'binary', file: script, line: b.line });
    }
    perTree.set(key, index);
    return index;
}
/**
 * Follows the plugins applied by `start` (script file -> its facts) through the plugins'
 * own `plugins {}` and `apply from:`, transitively.
 */
function pluginClosure(start, index, tree) {
    const applied = [];
    const scriptFiles = [];
    const facts = new Map();
    const wholeBuilds = [];
    const warnings = [];
    const seenIds = new Set();
    const seenFiles = new Set(start.keys());
    const queue = [...start].map(([f, x]) => [
        f,
        x,
        undefined
    ]);
    const read = (file) => {
        const text = tree.read(file);
        return text === undefined ? undefined : readScript(text);
    };
    while (queue.length > 0) {
        const [file, f, build] = queue.shift();
        if (build !== undefined && f.dynamic.length > 0) {
            const why = `${file} is too dynamic to read (${f.dynamic.join('; ')}); the whole included build ${build} counts`;
            warnings.push(why);
            wholeBuilds.push({ dir: build, why });
        }
        for (const p of f.plugins) {
            const def = p.external ? undefined : index.get(p.id);
            if (!def || seenIds.has(p.id))
                continue;
            seenIds.add(p.id);
            applied.push({ def, by: file, line: p.line });
            if (def.kind !== 'script' || seenFiles.has(def.file))
                continue;
            seenFiles.add(def.file);
            const g = read(def.file);
            if (g) {
                facts.set(def.file, g);
                queue.push([def.file, g, def.build]);
            }
            else
                warnings.push(`${def.file} (plugin ${def.id}) was not read`);
        }
        for (const a of f.applyFrom) {
            const target = a.path.startsWith('/') ? joinPath('', a.path) : joinPath(dirOf(file), a.path);
            if (target === undefined || /^[a-z]+:/.test(a.path))
                continue;
            scriptFiles.push({ file: target, by: file, line: a.line });
            if (seenFiles.has(target))
                continue;
            seenFiles.add(target);
            const g = read(target);
            if (g) {
                facts.set(target, g);
                queue.push([target, g, build]);
            }
        }
    }
    return { applied, scriptFiles, facts, wholeBuilds, warnings };
}

;// CONCATENATED MODULE: ./src/inputs/gradle-roots.ts
/**
 * Finding an image's Gradle project: by project name, or by the docker image name its build
 * (its own script or a convention plugin) sets.
 */



/** The key/value pairs of a `gradle.properties` text (continuation lines joined). */
function readProperties(text) {
    const props = new Map();
    const lines = text.replace(/\\\r?\n[ \t]*/g, '').split(/\r?\n/);
    for (const raw of lines) {
        const line = raw.trim();
        if (line === '' || line.startsWith('#') || line.startsWith('!'))
            continue;
        const m = /^([^=:\s]+)\s*[=:\s]\s*(.*)$/.exec(line);
        if (m)
            props.set(m[1], m[2].trim());
    }
    return props;
}
/** The folders of a project's ancestors, nearest first, ending with the root build's folder (''). */
function ancestorDirs(project, settings) {
    const segs = project.path.split(':').filter((s) => s !== '');
    const out = [];
    for (let k = segs.length - 1; k >= 1; k--) {
        const path = `:${segs.slice(0, k).join(':')}`;
        out.push(settings.projects.find((p) => p.path === path)?.dir ?? defaultDir(path));
    }
    out.push('');
    return out;
}
/** The image names a project's build sets (own script and applied plugins), as regexes with where. */
function imageNamesOf(project, settings, tree) {
    const props = new Map();
    for (const dir of [...ancestorDirs(project, settings)].reverse().concat(project.dir)) {
        const text = tree.read(dir === '' ? 'gradle.properties' : `${dir}/gradle.properties`);
        if (text !== undefined)
            for (const [k, v] of readProperties(text))
                props.set(k, v);
    }
    const resolve = (name) => name === 'name'
        ? project.name
        : name === 'rootProject.name'
            ? settings.rootProjectName
            : props.get(name);
    const script = buildScriptOf(project.dir, tree);
    const text = script === undefined ? undefined : tree.read(script);
    if (script === undefined || text === undefined)
        return [];
    const start = new Map([[script, readScript(text)]]);
    const index = pluginIndex(settings.includedBuilds.map((b) => b.dir), tree);
    const all = new Map([...start, ...pluginClosure(start, index, tree).facts]);
    return [...all].flatMap(([file, f]) => f.imageNames
        // A template that is nothing but unknown variables would match every image.
        .filter((n) => n.template.replace(/\$\{[^}]*\}|\$[\w.]+/g, '').length > 0 || /\bname\b/.test(n.template))
        .map((n) => ({ re: imageNamePattern(n.template, resolve), file, line: n.line })));
}
/**
 * The build root of an image in the root Gradle build: the project named like the image (one
 * whose path is `:name` wins over deeper namesakes), else the project whose docker image name
 * (from its script or its convention plugins) is the image's `<prefix>_GRADLE_IMG`. Several
 * roots mean the image is ambiguous; the caller warns. No roots: not a Gradle image.
 */
function findBuildRootByGradle(image, tree) {
    const settings = gradleProjects(tree);
    const where = (p) => `Gradle project ${p.path} (${p.file} line ${p.line})`;
    const named = settings.projects.filter((p) => p.name === image.name);
    const exact = named.filter((p) => p.path === `:${image.name}`);
    const byName = named.length === 1 ? named : exact.length === 1 ? exact : named;
    if (byName.length === 1)
        return { roots: byName.map((p) => ({ folder: p.dir, how: where(p) })), warnings: [] };
    const gradleImage = image.gradleImage;
    if (gradleImage !== undefined) {
        const pool = byName.length > 0 ? byName : settings.projects;
        const hits = pool.flatMap((p) => {
            const m = imageNamesOf(p, settings, tree).find((n) => n.re.test(gradleImage));
            return m
                ? [
                    {
                        folder: p.dir,
                        how: `${where(p)}, image ${gradleImage} named in ${m.file} line ${m.line}`
                    }
                ]
                : [];
        });
        if (hits.length === 1)
            return { roots: hits, warnings: [] };
        if (hits.length > 1)
            return {
                roots: hits,
                warnings: [`image ${image.name}: ${hits.length} Gradle projects build ${gradleImage}`]
            };
    }
    const roots = byName.map((p) => ({ folder: p.dir, how: where(p) }));
    const warnings = roots.length > 1
        ? [`image ${image.name}: ${roots.length} Gradle projects are named ${image.name}`]
        : [];
    return { roots, warnings };
}

;// CONCATENATED MODULE: ./src/inputs/gradle-settings.ts
/**
 * Gradle settings, read as text: the projects of the build, where they live, and the included
 * builds (which provide convention plugins). Never runs Gradle; what is too dynamic to read is
 * reported in `warnings`.
 */

// The build root lookup lives beside the settings reader; re-exported for one import site.

const SETTINGS = ['settings.gradle', 'settings.gradle.kts'];
/** The settings file of the build in `dir`, if any. */
function settingsFileOf(dir, tree) {
    return SETTINGS.map((f) => (dir === '' ? f : `${dir}/${f}`)).find((f) => tree.hasFile(f));
}
/** The default folder of a project path, relative to its build: `:a:b` -> `a/b`. */
function defaultDir(path) {
    return path
        .split(':')
        .filter((s) => s !== '')
        .join('/');
}
/** `a`, `:a`, `a:b` -> `:a`, `:a`, `:a:b`. */
function normPath(p) {
    const segs = p.split(':').filter((s) => s !== '');
    return `:${segs.join(':')}`;
}
/** Reads the string arguments after a call name: `x 'a', 'b'`, `x('a',\n 'b')`, `x(['a'])`, `x(listOf("a"))`. */
function stringArgs(lx, pos) {
    const sk = lx.skeleton;
    let p = pos;
    const skip = () => {
        while (p < sk.length && /\s/.test(sk[p]))
            p++;
    };
    skip();
    if (sk[p] === '(')
        p++;
    skip();
    const list = /^(?:\[|listOf\s*\(|arrayOf\s*\(|setOf\s*\()/.exec(sk.slice(p, p + 12));
    if (list)
        p += list[0].length;
    const values = [];
    for (;;) {
        const s = lx.stringAt(p);
        if (!s)
            break;
        if (s.dynamic)
            return { values, dynamic: true };
        values.push({ value: s.value, at: s.start });
        p = s.end;
        while (p < sk.length && /[ \t]/.test(sk[p]))
            p++;
        if (sk[p] !== ',')
            break;
        p++;
        skip();
    }
    return { values, dynamic: values.length === 0 };
}
/** Parses one settings file of the build in `base`; `projects` are filtered to existing folders. */
function parseSettings(text, file, tree) {
    const base = dirOf(file);
    const lx = lex(text);
    const sk = lx.skeleton;
    const warnings = [];
    const at = (pos) => `${file} line ${lx.lineOf(pos)}`;
    const included = new Map();
    const include = (p, pos) => {
        const segs = normPath(p)
            .split(':')
            .filter((s) => s !== '');
        // Including `:a:b` also makes `:a` a project (Gradle creates the ancestors).
        for (let k = 1; k <= segs.length; k++) {
            const path = `:${segs.slice(0, k).join(':')}`;
            if (!included.has(path))
                included.set(path, pos);
        }
    };
    for (const m of sk.matchAll(/(?<![\w.])include\b(?!\s*[=.])/g)) {
        const args = stringArgs(lx, m.index + m[0].length);
        for (const v of args.values)
            include(v.value, v.at);
        if (args.dynamic)
            warnings.push(`${at(m.index)}: include with a computed argument is too dynamic to read; the projects it adds are not known`);
    }
    const dirs = new Map();
    const pdRe = /(?<![\w.])(?:project|findProject)\s*\(\s*(['"])[^'"]*\1\s*\)\s*[?!]*\s*\.projectDir\s*=\s*/g;
    for (const m of sk.matchAll(pdRe)) {
        const name = lx.stringAt(m.index + m[0].indexOf('(') + 1);
        const rhs = sk.slice(m.index + m[0].length, m.index + m[0].length + 200);
        const call = /^(?:file\s*\(|(?:new\s+)?File\s*\(\s*(?:settingsDir|rootDir|rootProject\.projectDir)\s*,|(?:settingsDir|rootDir)\.resolve\s*\()/.exec(rhs);
        const value = call ? lx.stringAt(m.index + m[0].length + call[0].length) : undefined;
        const dir = value && !value.dynamic ? joinPath(base, value.value) : undefined;
        if (!name || name.dynamic || dir === undefined) {
            warnings.push(`${at(m.index)}: a projectDir that is not a literal path is too dynamic to read; that project keeps its default folder`);
            continue;
        }
        dirs.set(normPath(name.value), dir);
    }
    if (/(?<![\w.])(?:rootProject\.children|allprojects|getProjects|children)\b[^\n]*projectDir\s*=/.test(sk))
        warnings.push(`${file}: projectDir set in a loop is too dynamic to read; those projects keep their default folders`);
    const projects = [];
    for (const [path, pos] of included) {
        const dir = dirs.get(path) ?? joinPath(base, defaultDir(path));
        if (dir === undefined || !tree.hasDir(dir))
            continue;
        const name = path.slice(path.lastIndexOf(':') + 1);
        projects.push({ path, name, dir, file, line: lx.lineOf(pos) });
    }
    const builds = [];
    for (const m of sk.matchAll(/(?<![\w.])includeBuild\b/g)) {
        const s = lx.stringAt(m.index + m[0].length + (sk.slice(m.index + m[0].length).match(/^\s*\(/)?.[0].length ?? 0));
        const dir = s && !s.dynamic ? joinPath(base, s.value) : undefined;
        if (dir === undefined) {
            warnings.push(`${at(m.index)}: includeBuild with a computed path is too dynamic to read; plugins it provides are not found`);
            continue;
        }
        if (!builds.some((b) => b.dir === dir))
            builds.push({ dir, file, line: lx.lineOf(m.index) });
    }
    const rootName = /(?<![\w.])rootProject\.name\s*=\s*/.exec(sk);
    const rn = rootName ? lx.stringAt(rootName.index + rootName[0].length) : undefined;
    return { rootProjectName: rn && !rn.dynamic ? rn.value : undefined, projects, builds, warnings };
}
const gradle_settings_cache = new WeakMap();
/** The projects and included builds of the repository's root Gradle build (memoised per tree). */
function gradleProjects(tree) {
    const hit = gradle_settings_cache.get(tree);
    if (hit)
        return hit;
    const file = settingsFileOf('', tree);
    const warnings = [];
    let root = { projects: [], builds: [], warnings: [] };
    if (file !== undefined) {
        const text = tree.read(file);
        if (text === undefined)
            warnings.push(`${file} was not read`);
        else
            root = parseSettings(text, file, tree);
    }
    warnings.push(...root.warnings);
    const includedBuilds = [];
    const queue = [...root.builds];
    if (tree.hasDir('buildSrc'))
        queue.push({ dir: 'buildSrc', file: '', line: 0 });
    const seen = new Set();
    // Included builds may include further builds; follow them once each.
    while (queue.length > 0) {
        const b = queue.shift();
        if (seen.has(b.dir))
            continue;
        seen.add(b.dir);
        const sf = settingsFileOf(b.dir, tree);
        const text = sf === undefined ? undefined : tree.read(sf);
        const parsed = sf !== undefined && text !== undefined ? parseSettings(text, sf, tree) : undefined;
        if (parsed) {
            warnings.push(...parsed.warnings);
            queue.push(...parsed.builds);
        }
        includedBuilds.push({ ...b, projects: parsed?.projects ?? [] });
    }
    const result = {
        file,
        rootProjectName: root.rootProjectName,
        projects: root.projects,
        includedBuilds,
        warnings
    };
    gradle_settings_cache.set(tree, result);
    return result;
}

;// CONCATENATED MODULE: ./src/inputs/gradle.ts
/**
 * The Gradle provider: what the build of a Gradle project reads, from the build files as text.
 *
 * For the project at the build root: its folder; the folders of its project dependencies in
 * non-test configurations, transitively; the build files of its ancestor projects (and what
 * their `subprojects {}`/`allprojects {}` blocks declare); the root build files; the convention
 * plugins it applies, followed through their own `plugins {}`, with the build files of the
 * builds that provide them and the resources they name. Never runs Gradle.
 */



const ROOT_FILES = [
    'settings.gradle',
    'settings.gradle.kts',
    'build.gradle',
    'build.gradle.kts',
    'gradle.properties'
];
const DIR_BUILD_FILES = ['build.gradle', 'build.gradle.kts', 'gradle.properties'];
const BUILD_OWN_FILES = [...DIR_BUILD_FILES, 'settings.gradle', 'settings.gradle.kts'];
/** Whether the Gradle provider reads `path` (settings, build scripts, plugin scripts, properties, catalogs). */
function wantsGradle(path) {
    return /(?:^|\/)(?:[^/]+\.gradle(?:\.kts)?|gradle\.properties|[^/]*\.versions\.toml)$/.test(path);
}
const at = (dir, file) => (dir === '' ? file : `${dir}/${file}`);
const isDockerfile = (path) => /^(?:Dockerfile|Containerfile)(?:[.-]|$)|\.(?:Dockerfile|Containerfile)$/.test(path.slice(path.lastIndexOf('/') + 1));
/** A literal as a path: `${rootDir}/x`, `/x`, `./x` -> `x`; interpolations become wildcards. */
function literalRegex(value) {
    const v = value
        .replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir|rootProject\.rootDir)\}?\//, '')
        .replace(/^\.?\//, '');
    if (v === '' || /\s/.test(v) || !/[\w]/.test(v.replace(/\$\{[^}]*\}|\$\w+/g, '')))
        return undefined;
    const src = v
        .split(/(\$\{[^}]*\}|\$[A-Za-z_]\w*)/)
        .map((part, i) => (i % 2 === 1 ? '[^/]*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('');
    // A literal names a file by its path, or by a path suffix on a segment boundary.
    return new RegExp(`(?:^|/)${src}$`);
}
/** The inputs of the Gradle project at `root.folder`. */
function gradleInputs(folder, tree) {
    const settings = gradleProjects(tree);
    const project = settings.projects.find((p) => p.dir === folder);
    if (!project)
        return { inputs: [], warnings: [], claimed: false };
    const inputs = new Map();
    const warnings = [...settings.warnings];
    const add = (kind, path, why, file, line, excludes) => {
        const key = `${kind}:${path}`;
        if (!inputs.has(key))
            inputs.set(key, {
                kind,
                path,
                ...(excludes ? { excludes } : {}),
                from: { provider: 'gradle', file, line, why }
            });
    };
    const facts = (script, scope = 'self') => {
        const text = script === undefined ? undefined : tree.read(script);
        if (script !== undefined && text === undefined)
            warnings.push(`${script} was not read`);
        return text === undefined ? undefined : readScript(text, scope);
    };
    const scripts = new Map();
    const seen = new Set([project.path]);
    const queue = [
        { p: project, why: `Gradle project ${project.path}`, file: project.file, line: project.line }
    ];
    const targets = (d) => {
        if (d.path !== undefined)
            return settings.projects.filter((p) => p.path === d.path);
        if (d.accessor !== undefined)
            return settings.projects.filter((p) => accessorOf(p.path) === d.accessor);
        const re = new RegExp(`^${(d.pattern ?? '*').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
        return settings.projects.filter((p) => re.test(p.path));
    };
    while (queue.length > 0) {
        const { p, why, file, line } = queue.shift();
        add('dir', p.dir, why, file, line);
        const script = buildScriptOf(p.dir, tree);
        const own = facts(script);
        const declared = [];
        if (script !== undefined && own) {
            declared.push([script, own]);
            scripts.set(script, own);
            for (const d of own.dynamic)
                warnings.push(`${script} ${d}`);
        }
        for (const dir of ancestorDirs(p, settings)) {
            if (dir !== '')
                for (const f of DIR_BUILD_FILES)
                    add('file', at(dir, f), `build file of an ancestor project of ${p.path}`);
            const a = buildScriptOf(dir, tree);
            const af = facts(a, 'children');
            if (a === undefined || !af)
                continue;
            declared.push([a, af]);
            if (!scripts.has(a))
                scripts.set(a, af);
            for (const d of af.dynamic)
                warnings.push(`${a} ${d}`);
        }
        for (const [f, x] of declared) {
            for (const d of x.deps) {
                if (d.test)
                    continue;
                const ts = targets(d);
                if (ts.length === 0 && d.path !== undefined)
                    warnings.push(`${f} line ${d.line}: ${d.path} is not a project of ${settings.file ?? 'the settings'}`);
                for (const t of ts) {
                    if (seen.has(t.path))
                        continue;
                    seen.add(t.path);
                    queue.push({ p: t, why: `${p.name} depends on ${t.path} in ${f}`, file: f, line: d.line });
                }
            }
        }
    }
    for (const f of ROOT_FILES)
        add('file', f, 'root build file');
    add('dir', 'gradle', 'root build file', undefined, undefined, ['gradle/**/*.log']);
    add('dir', 'buildSrc', 'root build file', undefined, undefined, [
        'buildSrc/build/**',
        'buildSrc/.gradle/**'
    ]);
    const index = pluginIndex(settings.includedBuilds.map((b) => b.dir), tree);
    const closure = pluginClosure(scripts, index, tree);
    warnings.push(...closure.warnings);
    const usedBuilds = new Map();
    for (const a of closure.applied) {
        const { def } = a;
        if (def.kind === 'script')
            add('file', def.file, `plugin ${def.id} applied by ${a.by}`, a.by, a.line);
        else
            add('dir', `${def.build}/src/main`, `plugin ${def.id} (registered in ${def.file} line ${def.line}) applied by ${a.by}`, a.by, a.line);
        if (!usedBuilds.has(def.build))
            usedBuilds.set(def.build, def);
    }
    for (const [build, def] of usedBuilds)
        for (const f of BUILD_OWN_FILES)
            add('file', at(build, f), `build file of included build ${build}, which provides plugin ${def.id}`);
    for (const s of closure.scriptFiles)
        add('file', s.file, `script applied by ${s.by}`, s.by, s.line);
    for (const w of closure.wholeBuilds)
        add('dir', w.dir, w.why);
    // Files the scripts name: resources of the plugin builds, or repository paths.
    const pluginOf = new Map(closure.applied.map((a) => [a.def.file, a.def.id]));
    const named = [...scripts, ...closure.facts].flatMap(([file, f]) => f.literals.flatMap((l) => {
        const re = literalRegex(l.value);
        return re ? [{ re, file, line: l.line, value: l.value }] : [];
    }));
    // A shared Dockerfile is a fallback when the scripts also name the project's own one, which exists.
    const ownDockerfile = named.some((n) => {
        const own = `${project.dir}/${n.value.replace(/^\.?\//, '')}`;
        return isDockerfile(own) && !n.value.includes('$') && tree.hasFile(own);
    });
    const candidates = [...usedBuilds.keys()].flatMap((b) => tree.filesUnder(`${b}/src/main/resources`));
    for (const n of named) {
        const user = pluginOf.has(n.file) ? `plugin ${pluginOf.get(n.file)}` : project.path;
        const why = `used by ${user} in ${n.file} line ${n.line}`;
        const plain = n.value.replace(/^\$\{?(?:project\.)?(?:rootDir|rootProject\.projectDir)\}?\//, '');
        for (const f of candidates) {
            const rel = f.slice(f.indexOf('/src/main/resources/') + '/src/main/resources/'.length);
            if (n.re.test(rel) && !(ownDockerfile && isDockerfile(f)))
                add('file', f, why, n.file, n.line);
        }
        if (plain.includes('/') &&
            !plain.includes('$') &&
            !plain.startsWith('/') &&
            !(ownDockerfile && isDockerfile(plain))) {
            if (tree.hasFile(plain))
                add('file', plain, why, n.file, n.line);
            else if (tree.hasDir(plain) && plain !== project.dir)
                add('dir', plain, why, n.file, n.line);
        }
    }
    return { inputs: [...inputs.values()], warnings: [...new Set(warnings)], claimed: true };
}
/** The Gradle provider. */
const gradleProvider = {
    name: 'gradle',
    wants: wantsGradle,
    inputsOf: (_image, root, tree) => gradleInputs(root.folder, tree)
};

;// CONCATENATED MODULE: ./src/inputs/tree.ts
function lowerBound(files, key) {
    let lo = 0;
    let hi = files.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (files[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Builds a SourceTree. `files` need not be sorted; `texts` maps the read build files to their text. */
function makeTree(files, texts = new Map()) {
    const sorted = [...new Set(files)].sort();
    const set = new Set(sorted);
    const range = (dir) => {
        if (dir === '')
            return [0, sorted.length];
        const prefix = `${dir}/`;
        const start = lowerBound(sorted, prefix);
        // Every path that starts with `dir/` sorts before `dir0` ('/' + 1 === '0').
        return [start, lowerBound(sorted, `${dir}0`)];
    };
    return {
        files: sorted,
        hasFile: (path) => set.has(path),
        hasDir: (dir) => {
            const [start, end] = range(dir);
            return end > start;
        },
        filesUnder: (dir) => {
            const [start, end] = range(dir);
            return sorted.slice(start, end);
        },
        read: (path) => texts.get(path)
    };
}
/** A tree from path -> text, for tests and fixtures: every entry is a file, every text is read. */
function treeOf(entries) {
    return makeTree(Object.keys(entries), new Map(Object.entries(entries)));
}

;// CONCATENATED MODULE: ./src/inputs/index.ts






/** The providers, in the order their inputs are listed. A new build system is one more here. */
const PROVIDERS = [gradleProvider, dockerProvider];
/** The settings of resolveInputs with the default providers. */
function inputSettings(paths, sharedPaths) {
    return {
        ...(paths ? { paths } : {}),
        ...(sharedPaths ? { sharedPaths } : {}),
        providers: PROVIDERS,
        fallback: folderProvider,
        gradleRoots: findBuildRootByGradle,
        isBuildRoot: isBuildRootCandidate
    };
}
/** The head tree with the texts of the build files that the providers want. */
async function loadTree(git, commit, providers = PROVIDERS) {
    const files = await git.listFiles(commit);
    const wanted = files.filter((f) => providers.some((p) => p.wants(f)));
    const texts = wanted.length > 0 ? await git.readFiles(commit, wanted) : new Map();
    return makeTree(files, texts);
}

;// CONCATENATED MODULE: ./src/inputs/resolve.ts

/** Folders of the tree whose last name is in `names`: name -> folders, in tree order. */
function foldersNamed(tree, names) {
    const found = new Map();
    for (const file of tree.files) {
        let at = file.indexOf('/');
        let start = 0;
        while (at >= 0) {
            const name = file.slice(start, at);
            if (names.has(name)) {
                const set = found.get(name) ?? new Set();
                set.add(file.slice(0, at));
                found.set(name, set);
            }
            start = at + 1;
            at = file.indexOf('/', start);
        }
    }
    return new Map([...found].map(([name, dirs]) => [name, [...dirs].sort()]));
}
const resolve_list = (dirs) => dirs.map((d) => `${d}/`).join(', ');
/** Step 1: where the image is built, each choice stated. */
function buildRoots(image, tree, named, settings) {
    const warnings = [];
    if (image.folder !== undefined) {
        if (tree.hasDir(image.folder)) {
            return {
                roots: [
                    {
                        folder: image.folder,
                        how: `# --- ${image.name} in folder ./${image.folder} of image_vars.src`
                    }
                ],
                warnings,
                noFolder: false
            };
        }
        warnings.push(`${image.name}: folder ${image.folder}/ of image_vars.src is not in the head tree; ` +
            `its build root is looked up by name instead`);
    }
    const found = settings.gradleRoots(image, tree);
    const gradle = found.roots;
    // On a clash the warning below names the paths line that settles it.
    if (gradle.length <= 1)
        warnings.push(...found.warnings);
    if (gradle.length === 1)
        return { roots: [...gradle], warnings, noFolder: false };
    const settle = (dirs) => `add a paths line to choose, e.g. "${image.name}: ${dirs[0]}/**"`;
    if (gradle.length > 1) {
        const dirs = gradle.map((r) => r.folder);
        warnings.push(`${image.name}: ${gradle.length} Gradle projects could build it (${resolve_list(dirs)}); counting all of them; ${settle(dirs)}`);
        return { roots: [...gradle], warnings, noFolder: false };
    }
    const withBuild = named.filter((d) => settings.isBuildRoot(d, tree));
    const pick = withBuild.length > 0 ? withBuild : named;
    const what = withBuild.length > 0 ? ' with a build file' : '';
    if (pick.length === 1) {
        const only = withBuild.length > 0 ? 'folder' : 'only folder';
        return {
            roots: [{ folder: pick[0], how: `the ${only} named ${image.name}${what}` }],
            warnings,
            noFolder: false
        };
    }
    if (pick.length > 1) {
        warnings.push(`${image.name}: ${pick.length} folders named ${image.name}${what} (${resolve_list(pick)}); counting all of them; ${settle(pick)}`);
        return {
            roots: pick.map((folder) => ({
                folder,
                how: `one of ${pick.length} folders named ${image.name}${what}`
            })),
            warnings,
            noFolder: false
        };
    }
    return { roots: [], warnings, noFolder: true };
}
/** The `paths` entry of an image: the globs keyed by its name and by its prefix, merged. */
function pathsEntryOf(image, paths) {
    const globs = [
        ...(paths?.get(image.name) ?? []),
        ...(image.prefix !== image.name ? (paths?.get(image.prefix) ?? []) : [])
    ];
    return globs.length > 0 ? readPathsEntry(image.name, globs) : undefined;
}
const globInput = (glob, provider, why) => ({
    kind: 'glob',
    path: glob,
    from: { provider, why }
});
/** Step 2: what the build reads at each root; providers that recognise it, else the fallback. */
function derivedInputs(image, roots, tree, settings) {
    const inputs = [];
    const warnings = [];
    const baseImages = [];
    for (const root of roots) {
        let claimed = false;
        for (const provider of settings.providers) {
            const r = provider.inputsOf(image, root, tree);
            if (!r.claimed)
                continue;
            claimed = true;
            inputs.push(...r.inputs);
            warnings.push(...r.warnings);
            baseImages.push(...(r.baseImages ?? []));
        }
        if (!claimed)
            inputs.push(...settings.fallback.inputsOf(image, root, tree).inputs);
    }
    return { inputs, warnings, baseImages };
}
/** Inputs without repeats: the first provenance of a path wins. */
function dedupe(inputs) {
    const seen = new Set();
    return inputs.filter((i) => {
        const key = `${i.kind}\0${i.path}\0${(i.excludes ?? []).join('\0')}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** Every image's inputs over one tree (see the module comment for the rules). */
function resolveInputs(images, tree, settings) {
    const named = foldersNamed(tree, new Set(images.map((i) => i.name)));
    const shared = (settings.sharedPaths ?? []).map((g) => globInput(g, 'shared-paths', 'shared-paths'));
    return images.map((image) => {
        const entry = pathsEntryOf(image, settings.paths);
        const own = (entry?.globs ?? []).map((g) => globInput(g, 'paths', `paths entry for ${image.name}`));
        if (entry && !entry.extend) {
            return {
                image,
                roots: [],
                inputs: dedupe([...own, ...shared]),
                noFolder: false,
                warnings: [],
                baseImages: []
            };
        }
        const found = buildRoots(image, tree, named.get(image.name) ?? [], settings);
        const derived = derivedInputs(image, found.roots, tree, settings);
        const warnings = [...found.warnings, ...derived.warnings];
        // A declared folder that is gone still counts: its deletion is a change.
        const declared = image.folder !== undefined && !tree.hasDir(image.folder)
            ? [
                {
                    kind: 'dir',
                    path: image.folder,
                    from: { provider: 'image-vars', why: 'folder of image_vars.src' }
                }
            ]
            : [];
        const inputs = dedupe([...derived.inputs, ...declared, ...own, ...shared]);
        let any;
        if (found.roots.length === 0 && own.length === 0) {
            any = `no build root: no folder named ${image.name} and no paths entry`;
            warnings.push(`${image.name}: ${any}; any change outside ignore-paths counts for it. ` +
                `Add a paths entry (e.g. "${image.name}: path/to/${image.name}/**") to name its inputs.`);
        }
        else if (found.roots.length === 0) {
            warnings.push(`${image.name}: no folder named ${image.name} in the head tree; only its paths globs count`);
        }
        return {
            image,
            roots: found.roots,
            inputs,
            ...(any !== undefined ? { any } : {}),
            noFolder: found.noFolder,
            warnings,
            baseImages: derived.baseImages
        };
    });
}

;// CONCATENATED MODULE: ./src/inputs/report.ts
/**
 * What the action believes an image's inputs are, for a person (`vro-image-version inputs`) and
 * for a program (`--json`, a stable shape documented in the README).
 */




/** Reads the tree at `head` and derives the inputs of the given images. */
async function inputsReport(args) {
    const git = new Git(args.cwd);
    const [info] = await git.lookup([`${args.head}^{commit}`]);
    if (!info)
        throw new Error(`${args.head} is not a commit of the checkout in ${args.cwd}`);
    const tree = await loadTree(git, info.oid);
    const resolved = resolveInputs(args.images, tree, inputSettings(args.paths, args.sharedPaths));
    return { head: info.oid, ignored: args.ignored, images: resolved.map((r) => toReport(r, tree)) };
}
function toReport(r, tree) {
    return {
        name: r.image.name,
        prefix: r.image.prefix,
        roots: r.roots.map((x) => ({ folder: x.folder, how: x.how })),
        ...(r.any !== undefined ? { any: r.any } : {}),
        inputs: r.inputs.map((i) => ({
            kind: i.kind,
            path: i.path,
            ...(i.excludes?.length ? { excludes: i.excludes } : {}),
            provider: i.from.provider,
            ...(i.from.file !== undefined ? { file: i.from.file } : {}),
            ...(i.from.line !== undefined ? { line: i.from.line } : {}),
            why: i.from.why,
            exists: i.kind === 'glob' || (i.kind === 'file' ? tree.hasFile(i.path) : tree.hasDir(i.path))
        })),
        baseImages: r.baseImages,
        warnings: r.warnings
    };
}
const shownPath = (i) => i.kind === 'dir' ? (i.path === '' ? '(the whole tree)' : `${i.path}/`) : i.path;
/** The report as text: one block per image, one line per input with where it comes from. */
function formatInputs(report) {
    const out = [];
    for (const img of report.images) {
        out.push(img.name);
        if (img.any !== undefined)
            out.push(`  any change counts: ${img.any}`);
        for (const r of img.roots)
            out.push(`  build root: ${r.folder}/ (${r.how})`);
        const present = img.inputs.filter((i) => i.exists);
        const width = Math.min(60, Math.max(0, ...present.map((i) => shownPath(i).length)));
        for (const i of present) {
            const where = i.file !== undefined ? ` [${i.file}${i.line !== undefined ? `:${i.line}` : ''}]` : '';
            const except = i.excludes?.length ? ` except ${i.excludes.join(', ')}` : '';
            out.push(`  ${shownPath(i).padEnd(width)}  ${i.provider}: ${i.why}${where}${except}`);
        }
        const absent = img.inputs.length - present.length;
        if (absent > 0)
            out.push(`  (and ${absent} build files not in the tree now, which would count if added)`);
        for (const b of img.baseImages)
            out.push(`  base image: ${b.image} [${b.file}:${b.line}]`);
        for (const w of img.warnings)
            out.push(`  warning: ${w}`);
    }
    if (report.ignored.length > 0)
        out.push(`never counted: ${report.ignored.join(', ')}`);
    // Paths come from whoever can push a branch: each line is one line, never a workflow command.
    return out.map(forCliTable).join('\n');
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/inputs/match.ts
/**
 * Changed files against an image's inputs (pure): which files count, and which input made each
 * one count, so a reason can say why.
 */

/** Inputs compiled once; a glob shared by many images is compiled once too. */
class InputMatcher {
    globs = new Map();
    globSet(globs) {
        const key = globs.join('\0');
        let set = this.globs.get(key);
        if (!set) {
            set = new GlobSet(globs, 'inputs');
            this.globs.set(key, set);
        }
        return set;
    }
    indices(input, files) {
        switch (input.kind) {
            case 'file': {
                const i = files.indexOf(input.path);
                return i >= 0 ? [i] : [];
            }
            case 'dir': {
                const [start, end] = files.under(input.path);
                const self = input.path === '' ? -1 : files.indexOf(input.path);
                const out = Array.from({ length: end - start }, (_, k) => start + k);
                return self >= 0 ? [self, ...out] : out;
            }
            case 'glob':
                return this.globSet([input.path]).matchIn(files);
        }
    }
    /** The changed files that count for these inputs, ascending, each with its first input. */
    match(inputs, files) {
        const hits = new Map();
        for (const input of inputs) {
            const found = this.indices(input, files);
            if (found.length === 0)
                continue;
            const out = input.excludes?.length ? this.globSet(input.excludes) : undefined;
            for (const i of found) {
                if (hits.has(i) || (out && out.matches(files.at(i))))
                    continue;
                hits.set(i, input);
            }
        }
        return [...hits].sort((a, b) => a[0] - b[0]).map(([index, input]) => ({ index, input }));
    }
}
/** How many files a reason names before "and N more". */
const LISTED_FILES = 3;
/**
 * The reason for counted files, naming the first few and why each counts:
 * `shared/lib/X.java changed since v1.2.0 (app depends on :shared:lib in app/build.gradle)`,
 * `app/a.java (Gradle project :app), gradle/libs.versions.toml (root build file) and 3 more changed since v1.2.0`.
 */
function explainHits(shown, count, tag, notes = []) {
    const listed = shown.slice(0, Math.min(LISTED_FILES, count));
    const more = count - listed.length;
    const whys = new Set(listed.map((s) => s.why));
    const oneWhy = whys.size === 1;
    const names = listed.map((s) => (oneWhy || s.why === '' ? s.file : `${s.file} (${s.why})`));
    const joined = more > 0
        ? `${names.join(', ')} and ${more} more`
        : names.length <= 1
            ? names.join('')
            : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    const why = [oneWhy ? [...whys][0] : '', ...notes].filter((w) => w);
    return `${joined} changed since ${tag}${why.length > 0 ? ` (${why.join('; ')})` : ''}`;
}

;// CONCATENATED MODULE: ./src/explain.ts

/** How many changed files an ImageChange keeps in `files`. */
const MAX_FILES = 10;
/** The input that "any change counts" matches every file through. */
const ANY = { kind: 'dir', path: '', from: { provider: 'any', why: '' } };
/** Every changed file, for an image whose inputs are "any change". */
const everyFile = (files) => Array.from({ length: files.length }, (_, index) => ({ index, input: ANY }));
/** True when `path` is below the folder `dir`. */
const under = (path, dir) => path.startsWith(`${dir}/`);
/** An unchanged answer with its reason. */
const unchanged = (reason) => ({
    changed: false,
    reason,
    files: [],
    fileCount: 0
});
/** What an image's inputs are, in a few words, for "no input changed" reasons. */
function scopeOf(inputs) {
    if (inputs.any !== undefined)
        return inputs.any;
    if (inputs.roots.length === 0)
        return 'paths entry';
    return inputs.roots.map((r) => `build root ${r.folder}/, ${r.how}`).join('; ');
}
/** The answer for an image from the files that count for it; `note` adds to the reason. */
function answerFromHits(hits, files, tag, inputs, note) {
    const any = inputs.any !== undefined ? `${inputs.any}, so any change counts` : undefined;
    if (hits.length === 0) {
        const what = any !== undefined ? 'no file changed' : 'no input changed';
        const why = [any ?? scopeOf(inputs), note].filter((w) => w);
        return unchanged(`${what} since ${tag} (${why.join('; ')})`);
    }
    const shown = hits.slice(0, MAX_FILES).map((h) => ({
        file: files.at(h.index),
        why: any !== undefined ? '' : h.input.from.why
    }));
    const notes = [any, note].filter((n) => n !== undefined);
    return {
        changed: true,
        reason: explainHits(shown, hits.length, tag, notes),
        files: shown.map((s) => s.file),
        fileCount: hits.length
    };
}
/**
 * An image with no folder at the head: the folders named like it (or its declared folder) that
 * the diff shows were in the tag's tree, so they were deleted since. Empty when none.
 */
function deletedFolders(inputs, files) {
    const { image } = inputs;
    if (image.folder !== undefined && inputs.inputs.some((i) => i.from.provider === 'image-vars')) {
        const [start, end] = files.under(image.folder);
        if (end > start)
            return [image.folder];
    }
    if (!inputs.noFolder)
        return [];
    return [...(files.foldersNamed(new Set([image.name])).get(image.name) ?? [])];
}
/** Removes the hits that a rename explains: below the new root, only files that differ count. */
function afterMove(hits, files, root, origin) {
    return hits.filter((h) => {
        const f = files.at(h.index);
        if (under(f, origin.from))
            return false;
        return !under(f, root) || origin.differ.has(f);
    });
}
/** The compare command's answer, with the path rule's reason (if any) after it. */
function withCompare(before, outcome, tag) {
    const reason = outcome.changed === false
        ? `compare-command reports the same image as ${tag} (exit 0)`
        : outcome.changed === true
            ? `compare-command reports a change since ${tag} (exit 1)`
            : `compare-command failed (${outcome.detail})`;
    return {
        changed: outcome.changed,
        reason: `${reason}${before ? `; ${before.reason}` : ''}`,
        files: before?.files ?? [],
        fileCount: before?.fileCount ?? 0
    };
}

;// CONCATENATED MODULE: ./src/renames.ts
/**
 * A build root that was not in the tag's tree: new, or renamed from another folder? A folder
 * moved with identical content is not a change; one moved and edited counts only the files
 * that differ. One `cat-file --batch-check` for all roots, another when some moved, and one
 * tree diff per moved root whose content changed.
 */

const renames_under = (path, dir) => path.startsWith(`${dir}/`);
/** Answers each question: did the root exist at the tag, and if not, where did it come from? */
async function rootOrigins(git, questions, parallel) {
    const out = questions.map(() => ({ kind: 'existed' }));
    if (questions.length === 0)
        return out;
    const atTag = await git.lookup(questions.map((q) => `${q.tagCommit}:${q.root}`));
    const absent = questions.flatMap((q, i) => (atTag[i]?.type === 'tree' ? [] : [i]));
    const candidates = new Map();
    for (const i of absent) {
        const q = questions[i];
        const dirs = [...q.files.foldersNamed(q.names).values()]
            .flatMap((s) => [...s])
            .filter((d) => d !== q.root && !renames_under(d, q.root) && !renames_under(q.root, d));
        candidates.set(i, dirs);
    }
    const specs = absent.flatMap((i) => {
        const q = questions[i];
        return [
            `${q.headOid}:${q.root}`,
            ...(candidates.get(i) ?? []).flatMap((d) => [`${q.tagCommit}:${d}`, `${q.headOid}:${d}`])
        ];
    });
    const infos = specs.length > 0 ? await git.lookup(specs) : [];
    let k = 0;
    const moves = [];
    for (const i of absent) {
        const newTree = infos[k++]?.oid;
        const sources = [];
        for (const dir of candidates.get(i) ?? []) {
            const old = infos[k++];
            const stillThere = infos[k++];
            if (old?.type === 'tree' && stillThere === undefined)
                sources.push({ dir, oid: old.oid });
        }
        const source = sources.find((s) => s.oid === newTree) ?? (sources.length === 1 ? sources[0] : undefined);
        if (!source || newTree === undefined)
            out[i] = { kind: 'new' };
        else
            moves.push({ i, from: source.dir, oldTree: source.oid, newTree });
    }
    await mapLimit(moves, parallel, async (m) => {
        const root = questions[m.i].root;
        const differ = m.oldTree === m.newTree
            ? []
            : (await git.diffNames(m.oldTree, m.newTree)).map((f) => `${root}/${f}`);
        out[m.i] = { kind: 'moved', from: m.from, differ: new Set(differ) };
    });
    return out;
}

;// CONCATENATED MODULE: ./src/tag-commits.ts
/**
 * The commits that change detection compares: the head and each pinned tag, looked up in the
 * checkout with one `git cat-file --batch-check`, and fetched alone, at depth 1 and without
 * blobs, when a shallow checkout lacks them. A tag that cannot be had is a "trouble" that the
 * on-missing-tag policy answers.
 */



class DetectError extends Error {
    name = 'DetectError';
}
/**
 * Resolves the head and the tags to commits, fetching what the checkout lacks. `warnings`
 * receives what the caller should tell the user (a remote that refuses blob filters).
 */
async function resolveCommits(git, remote, head, tags, warnings) {
    const specs = [`${head}^{commit}`, ...tags.map((t) => `refs/tags/${t}^{commit}`)];
    let infos = await git.lookup(specs);
    const missing = tags.filter((_, i) => infos[i + 1] === undefined);
    const headMissing = infos[0] === undefined;
    const troubles = new Map();
    if (missing.length > 0 || headMissing) {
        if (headMissing && !OID.test(head)) {
            throw new DetectError(`The head ${escapeForMessage(head)} is not a commit of the checkout in ${git.cwd}; ` +
                `check out the branch (actions/checkout) or pass a full commit sha`);
        }
        const fetched = await fetchRefs(git, remote, warnings, [
            ...missing.map((t) => ({ key: t, refspec: `+refs/tags/${t}:refs/tags/${t}` })),
            ...(headMissing ? [{ key: '', refspec: head }] : [])
        ]);
        for (const [key, trouble] of fetched) {
            if (key === '') {
                throw new DetectError(`The head commit ${head} is not in the checkout and could not be fetched: ${trouble.detail}`);
            }
            troubles.set(key, trouble);
        }
        infos = await git.lookup(specs);
    }
    const headInfo = infos[0];
    if (headInfo === undefined)
        throw new DetectError(`The head commit ${head} could not be found after fetching it`);
    const commits = new Map();
    tags.forEach((tag, i) => {
        const info = infos[i + 1];
        if (info)
            commits.set(tag, info.oid);
        else if (!troubles.has(tag)) {
            troubles.set(tag, {
                kind: 'error',
                detail: `refs/tags/${tag} does not point to a commit after fetching it`
            });
        }
    });
    return { headOid: headInfo.oid, commits, troubles };
}
/**
 * Fetches refspecs from the remote in one command; a shallow checkout fetches at depth 1 and
 * without blobs (never unshallowing). Refs the remote lacks are dropped and the rest retried;
 * other failures fall back to one fetch per refspec, so each key gets its own answer.
 */
async function fetchRefs(git, remote, warnings, items) {
    const troubles = new Map();
    const shallow = await git.isShallow();
    const state = { filter: shallow };
    const fetchGroup = async (group) => {
        let pending = [...group];
        while (pending.length > 0) {
            const result = await git.fetch(pending.map((p) => p.refspec), { remote, depth: shallow, filter: state.filter });
            if (result.code === 0)
                return;
            const kind = classifyFetchFailure(result.stderr);
            if (kind === 'filter' && state.filter) {
                state.filter = false;
                warnings.push(`${remote} refused --filter=blob:none; fetching tags with their blobs`);
                continue;
            }
            if (kind === 'no-remote') {
                for (const p of pending)
                    troubles.set(p.key, {
                        kind: 'not-found',
                        detail: `there is no remote ${remote} to fetch it from`
                    });
                return;
            }
            if (kind === 'missing-ref') {
                const refs = new Set(missingRemoteRefs(result.stderr));
                const gone = pending.filter((p) => refs.has(p.refspec.replace(/^\+/, '').split(':')[0]));
                if (gone.length > 0) {
                    for (const p of gone)
                        troubles.set(p.key, { kind: 'not-found', detail: `not on ${remote} either` });
                    pending = pending.filter((p) => !gone.includes(p));
                    continue;
                }
            }
            if (pending.length === 1) {
                const why = fetchComplaint(result.stderr) || `exit code ${result.code}`;
                troubles.set(pending[0].key, {
                    kind: 'error',
                    detail: `fetching it from ${remote} failed: ${why}`
                });
                return;
            }
            for (const p of pending)
                await fetchGroup([p]);
            return;
        }
    };
    await fetchGroup(items);
    return troubles;
}
/**
 * Answers the images pinned to missing tags by the on-missing-tag policy (`fail` throws).
 * `pinned` maps each troubled tag to the names of the images pinned to it.
 */
function missingTagAnswers(trouble, tag, names, policy, warnings) {
    const list = names.join(', ');
    if (trouble.kind === 'error') {
        warnings.push(`Tag ${tag} (pinned for ${list}) could not be fetched: ${trouble.detail}`);
        return {
            changed: null,
            reason: `tag ${tag} is not in the checkout and ${trouble.detail}; cannot compare`
        };
    }
    const what = `tag ${tag} was not found in the checkout, ${trouble.detail}`;
    if (policy === 'fail') {
        throw new DetectError(`Tag ${tag}, pinned for ${list}, was not found in the checkout and ${trouble.detail}. ` +
            `Push the tag, re-pin these images, or set the input on-missing-tag to unpin or keep.`);
    }
    warnings.push(`${what}; pinned for ${list} (on-missing-tag: ${policy})`);
    return policy === 'keep'
        ? { changed: false, reason: `${what}; pin kept (on-missing-tag: keep)` }
        : {
            changed: true,
            reason: `${what}; unpinned so that the image is rebuilt (on-missing-tag: unpin)`
        };
}

// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __nccwpck_require__(2088);
var semver_default = /*#__PURE__*/__nccwpck_require__.n(semver);
;// CONCATENATED MODULE: ./src/version.ts


const ACCEPTED_FORMS = 'vX.Y.Z or release-X.Y.Z (semver, optional -prerelease and +build)';
/** The 7-hex short sha that an unpinned image is tagged with. */
const SHORT_SHA = /^[0-9a-f]{7}$/;
// A strict subset of semver: no leading "=" or spaces, no loose parsing.
// Every character it admits is inert inside bash double quotes.
const RELEASE = /^(v|release-)((?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?)$/;
const MAX_LENGTH = 128;
class VersionError extends Error {
    name = 'VersionError';
}
/** Parses a release version, or returns undefined. */
function tryParseRelease(value) {
    if (value.length > MAX_LENGTH)
        return undefined;
    const m = RELEASE.exec(value);
    if (!m)
        return undefined;
    const parsed = semver_default().parse(m[2]);
    if (!parsed)
        return undefined;
    return {
        raw: value,
        form: m[1] === 'v' ? 'v' : 'release',
        semver: parsed,
        prerelease: parsed.prerelease.length > 0
    };
}
/** Parses a release version or throws an error that shows the value and the accepted forms. */
function parseRelease(value, what = 'version') {
    const v = tryParseRelease(value);
    if (!v) {
        throw new VersionError(`Invalid ${what} ${escapeForMessage(value)}: expected ${ACCEPTED_FORMS}, e.g. v1.2.3 or release-1.2.3`);
    }
    return v;
}
/** True for a value that may stand as an image version: a release or a 7-hex sha. */
function isImageVersion(value) {
    return SHORT_SHA.test(value) || tryParseRelease(value) !== undefined;
}
/** Orders release versions by semver precedence; `release-` after `v` on a tie. */
function compareReleases(a, b) {
    return semver_default().compare(a.semver, b.semver) || (a.form === b.form ? 0 : a.form === 'v' ? -1 : 1);
}

;// CONCATENATED MODULE: ./src/changes.ts
/**
 * Change detection: did an image's inputs change between its pinned tag and a head commit?
 *
 * A pipeline, top to bottom:
 * 1. resolve the head and the pinned tags to commits, fetching what a shallow checkout lacks
 *    (tag-commits.ts);
 * 2. list the head tree and read its build files (one `ls-tree`, one `cat-file --batch`) while
 *    one `git diff --name-only` runs per distinct tag commit (two-dot, no merge base, no history);
 * 3. derive every image's inputs from how it is built (inputs/resolve.ts, pure);
 * 4. match each tag's changed files to the inputs of the images pinned to it (inputs/match.ts,
 *    pure), with the special cases named below: a build root renamed since the tag
 *    (renames.ts), a folder deleted since the tag, a tag that cannot be found;
 * 5. explain: every answer names the first files and why each counts.
 */













const PARALLEL = Math.max(1, Math.min(4, (0,external_node_os_namespaceObject.availableParallelism)()));
class Detection_ {
    opts;
    git;
    warnings = [];
    results = new Map();
    ignore;
    versionsFile;
    matcher = new InputMatcher();
    /** The images whose answer the compare command may still refine. */
    comparable = [];
    headOid = '';
    constructor(opts) {
        this.opts = opts;
        this.git = new Git(opts.cwd);
        this.ignore = new GlobSet(opts.ignorePaths ?? [], 'ignore-paths');
        this.versionsFile = opts.versionsFile.replace(/^(?:\.\/)+/, '');
    }
    isIgnored = (path) => path === this.versionsFile || this.ignore.matches(path);
    set(prefix, change, comparable) {
        this.results.set(prefix, change);
        if (comparable && change.changed === false)
            this.comparable.push(comparable);
    }
    async run() {
        const { opts } = this;
        const remote = opts.remote ?? 'origin';
        validate(opts, remote);
        const byPrefix = new Map(opts.images.map((i) => [i.prefix, i]));
        for (const key of opts.paths?.keys() ?? []) {
            if (!opts.images.some((i) => i.name === key || i.prefix === key)) {
                this.warnings.push(`paths: ${escapeForMessage(key)} is not an image of the image list; its entry is unused`);
            }
        }
        const targets = [];
        for (const [prefix, tag] of opts.pins) {
            const image = byPrefix.get(prefix) ?? { name: prefix, prefix };
            if (tryParseRelease(tag))
                targets.push({ image, tag });
            else
                this.set(prefix, {
                    changed: null,
                    reason: `pinned to ${escapeForMessage(tag)}, which is not a release tag; cannot compare`,
                    files: [],
                    fileCount: 0
                });
        }
        if (targets.length === 0)
            return;
        const tags = opts.detection === 'paths' ? [...new Set(targets.map((t) => t.tag))] : [];
        const found = await resolveCommits(this.git, remote, opts.head, tags, this.warnings);
        this.headOid = found.headOid;
        if (opts.detection === 'command')
            this.comparable.push(...targets);
        else if (targets.length > 0)
            await this.byPaths(targets, found.commits, found.troubles);
        await this.compare();
    }
    async byPaths(targets, commits, troubles) {
        for (const [tag, trouble] of troubles) {
            const pinned = targets.filter((t) => t.tag === tag);
            const names = pinned.map((t) => t.image.name);
            const answer = missingTagAnswers(trouble, tag, names, this.opts.onMissingTag, this.warnings);
            for (const t of pinned)
                this.set(t.image.prefix, { ...answer, files: [], fileCount: 0 });
        }
        const groups = new Map();
        for (const t of targets) {
            const commit = commits.get(t.tag);
            if (commit === undefined)
                continue;
            const g = groups.get(commit) ?? { commit, targets: [] };
            g.targets.push(t);
            groups.set(commit, g);
        }
        if (groups.size === 0)
            return;
        const [tree] = await Promise.all([
            loadTree(this.git, this.headOid),
            mapLimit([...groups.values()], PARALLEL, async (g) => {
                const names = g.commit === this.headOid ? [] : await this.git.diffNames(g.commit, this.headOid);
                g.files = new ChangedFiles(names, this.isIgnored);
            })
        ]);
        const images = [...new Map(targets.map((t) => [t.image.prefix, t.image])).values()];
        const settings = inputSettings(this.opts.paths, this.opts.sharedPaths);
        const inputs = new Map(resolveInputs(images, tree, settings).map((r) => [r.image.prefix, r]));
        for (const r of inputs.values())
            this.warnings.push(...r.warnings);
        await this.answerGroups([...groups.values()], inputs);
    }
    /** Matches each group's changed files to the inputs of its images, then the special cases. */
    async answerGroups(groups, inputs) {
        const moved = [];
        for (const g of groups) {
            const files = g.files;
            for (const t of g.targets) {
                const ins = inputs.get(t.image.prefix);
                const gone = deletedFolders(ins, files);
                if (gone.length > 0) {
                    const hits = this.matcher.match(ins.inputs, files);
                    const deleted = gone.flatMap((d) => {
                        const [start, end] = files.under(d);
                        return Array.from({ length: end - start }, (_, k) => start + k);
                    });
                    const all = [...new Set([...deleted, ...hits.map((h) => h.index)])].sort((a, b) => a - b);
                    this.set(t.image.prefix, {
                        changed: true,
                        reason: `folder ${gone.map((d) => `${d}/`).join(', ')} was deleted since ${t.tag}`,
                        files: all.slice(0, MAX_FILES).map((i) => files.at(i)),
                        fileCount: all.length
                    });
                    continue;
                }
                const hits = ins.any !== undefined ? everyFile(files) : this.matcher.match(ins.inputs, files);
                const root = ins.roots.find((r) => hits.some((h) => under(files.at(h.index), r.folder)));
                if (root)
                    moved.push({ t, g, ins, hits, root: root.folder });
                else
                    this.set(t.image.prefix, answerFromHits(hits, files, t.tag, ins), t);
            }
        }
        const origins = await rootOrigins(this.git, moved.map((m) => ({
            tagCommit: m.g.commit,
            headOid: this.headOid,
            root: m.root,
            names: new Set([m.t.image.name, m.root.slice(m.root.lastIndexOf('/') + 1)]),
            files: m.g.files
        })), PARALLEL);
        moved.forEach((m, i) => {
            const origin = origins[i];
            const files = m.g.files;
            if (origin.kind === 'existed') {
                this.set(m.t.image.prefix, answerFromHits(m.hits, files, m.t.tag, m.ins), m.t);
            }
            else if (origin.kind === 'new') {
                const note = `folder ${m.root}/ did not exist at ${m.t.tag}`;
                this.set(m.t.image.prefix, answerFromHits(m.hits, files, m.t.tag, m.ins, note), m.t);
            }
            else {
                const differ = [...origin.differ].filter((f) => !this.isIgnored(f));
                const moved = `folder renamed from ${origin.from}/ to ${m.root}/`;
                const how = origin.differ.size === 0
                    ? `${moved} with identical content`
                    : differ.length === 0
                        ? `${moved}; only files in ignore-paths differ`
                        : moved;
                const kept = afterMove(m.hits, files, m.root, { ...origin, differ: new Set(differ) });
                this.set(m.t.image.prefix, kept.length === 0
                    ? unchanged(`${how} since ${m.t.tag}; no other input changed`)
                    : answerFromHits(kept, files, m.t.tag, m.ins, how), m.t);
            }
        });
    }
    /** Runs the compare command for the images it is asked about, at most 4 at a time. */
    async compare() {
        const argv = this.opts.compareCommand;
        if (!argv?.length || this.comparable.length === 0)
            return;
        const jobs = this.comparable;
        const outcomes = await runCompares(argv, jobs.map((t) => ({ image: t.image, pinnedVersion: t.tag, headSha: this.headOid })), this.opts.cwd, this.opts.compareTimeoutMs);
        jobs.forEach((t, i) => this.applyCompare(t, outcomes[i]));
    }
    applyCompare(t, outcome) {
        if (outcome.changed === null)
            this.warnings.push(`${t.image.name}: compare-command failed (${outcome.detail})`);
        this.results.set(t.image.prefix, withCompare(this.results.get(t.image.prefix), outcome, t.tag));
    }
}
function validate(opts, remote) {
    checkRevision(opts.head, 'head');
    if (!/^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(remote)) {
        throw new DetectError(`Invalid remote name ${escapeForMessage(remote)}`);
    }
    if (opts.detection === 'command' && !opts.compareCommand?.length) {
        throw new DetectError('detection is "command" but compare-command is empty; set compare-command');
    }
}
/** A revision given by the caller reaches git only on cat-file's stdin; still keep it plain. */
function checkRevision(rev, what) {
    const plain = [...rev].every((ch) => ch > ' ' && ch !== '\x7f' && ch !== ':');
    if (rev === '' || rev.startsWith('-') || !plain) {
        throw new DetectError(`Invalid ${what} revision ${escapeForMessage(rev)}`);
    }
}
/**
 * Decides, for each pinned image, whether its inputs changed between its tag and `head`.
 * See the module comment for the method and inputs/resolve.ts for what counts as an input.
 */
async function detectChanges(opts) {
    let detection;
    try {
        detection = new Detection_(opts);
        await detection.run();
    }
    catch (e) {
        if (e instanceof GitError || e instanceof PathsError || e instanceof CommandError) {
            throw new DetectError(e.message, { cause: e });
        }
        throw e;
    }
    const results = new Map();
    for (const prefix of opts.pins.keys()) {
        const r = detection.results.get(prefix);
        if (r)
            results.set(prefix, r);
    }
    return {
        results,
        warnings: detection.warnings,
        stats: { gitProcesses: detection.git.processes, fetches: detection.git.fetches }
    };
}

;// CONCATENATED MODULE: ./src/versions-file.ts
/**
 * The lossless model of `image_versions.src`.
 *
 * The file is a bash script that the deploy scripts `source`. We never execute it: each line is
 * classified by its text, with a small quote tracker so that lines inside a multi-line string, a
 * here-document or after a backslash continuation are never mistaken for pins. Parse then
 * serialize is byte-identical for any text; edits remove whole lines or append new ones and touch
 * nothing else. Lines are read by hand-written scanners, never by backtracking regular
 * expressions, so a 10 MB line costs linear time and cannot overflow the regexp stack.
 */
// `<prefix>_VER=` at a given position (sticky): a plain identifier loop, no nested quantifiers.
const NAME_AT = /([A-Za-z_][A-Za-z0-9_]*)_VER=/y;
const HISTORY = /^#\s*([A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [A-Z]+ \d{4}) -- (\S+)\s*$/;
const MAX_HISTORY_LINE = 512;
const LOOKS_LIKE_PIN = /^\s*(?:export\s+)?[A-Za-z_][A-Za-z0-9_]*_VER=/;
const MANUAL_KEYWORDS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);
// Bash splits words on spaces and tabs only; a stray \r or \v is part of the word.
const isSpace = (ch) => ch === ' ' || ch === '\t';
// Characters that end an unquoted shell word.
const isMeta = (ch) => isSpace(ch) || ';&|<>()`'.includes(ch);
/**
 * Reads one shell word of `s` from `i`, removing its quotes, up to an unquoted blank or
 * metacharacter (or a character of `stop`). Undefined when a quote is left open or the line ends
 * in a backslash. `literal` is false when bash would expand anything. Uses the same quote rules
 * as `scanLine`, so a line read as a complete assignment also leaves no quote open.
 */
function readWord(s, i, stop = '') {
    const parts = [];
    let literal = true;
    while (i < s.length) {
        const ch = s[i];
        if (ch === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            parts.push(s.slice(i + 1, end));
            i = end + 1;
        }
        else if (ch === '$' && s[i + 1] === "'") {
            // $'...': ANSI-C quoting, where a backslash escapes the next character.
            literal = false;
            i += 2;
            const start = i;
            while (i < s.length && s[i] !== "'")
                i += s[i] === '\\' ? 2 : 1;
            if (i >= s.length)
                return undefined;
            parts.push(s.slice(start, i));
            i++;
        }
        else if (ch === '"') {
            i++;
            let start = i;
            while (i < s.length && s[i] !== '"') {
                const c = s[i];
                if (c === '\\' && i + 1 < s.length) {
                    // Inside double quotes a backslash only escapes $ ` " \; elsewhere it stays.
                    if ('$`"\\'.includes(s[i + 1])) {
                        parts.push(s.slice(start, i));
                        start = i + 1;
                    }
                    i += 2;
                    continue;
                }
                if (c === '$' || c === '`')
                    literal = false;
                i++;
            }
            if (i >= s.length)
                return undefined;
            parts.push(s.slice(start, i));
            i++;
        }
        else if (ch === '\\') {
            if (i + 1 >= s.length)
                return undefined;
            parts.push(s[i + 1]);
            i += 2;
        }
        else if (ch === '`' || (ch === '$' && s[i + 1] === '(')) {
            const end = skipSubstitution(s, i);
            if (end < 0)
                return undefined;
            literal = false;
            parts.push(s.slice(i, end));
            i = end;
        }
        else if (isMeta(ch) || stop.includes(ch)) {
            break;
        }
        else {
            const start = i;
            while (i < s.length) {
                const c = s[i];
                if (c === "'" || c === '"' || c === '\\' || isMeta(c) || stop.includes(c))
                    break;
                if (c === '$') {
                    if (s[i + 1] === "'" || s[i + 1] === '(')
                        break;
                    literal = false;
                }
                else if (c === '~' || c === '*' || c === '?' || c === '[')
                    literal = false;
                i++;
            }
            parts.push(s.slice(start, i));
        }
    }
    return { end: i, value: parts.join(''), literal };
}
/**
 * The index just past a `$(...)` or a backquoted command starting at `i`, or -1 when it does not
 * end on this line. Quotes inside are skipped by the same rules as everywhere else, so the quote
 * state after it agrees with `scanLine`.
 */
function skipSubstitution(s, i) {
    const backquote = s[i] === '`';
    let depth = 1;
    i += backquote ? 1 : 2;
    while (i < s.length) {
        const c = s[i];
        if (c === '\\')
            i += 2;
        else if (c === "'") {
            const end = s.indexOf("'", i + 1);
            if (end < 0)
                return -1;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            while (i < s.length && s[i] !== '"')
                i += s[i] === '\\' ? 2 : 1;
            if (i >= s.length)
                return -1;
            i++;
        }
        else if (backquote && c === '`')
            return i + 1;
        else if (!backquote && c === '(') {
            depth++;
            i++;
        }
        else if (!backquote && c === ')') {
            if (--depth === 0)
                return i + 1;
            i++;
        }
        else
            i++;
    }
    return -1;
}
/** Skips blanks from `i`. */
function skipBlanks(s, i) {
    while (isSpace(s[i]))
        i++;
    return i;
}
/** Reads `<prefix>_VER=` at `i`: the prefix and the index after `=`. */
function nameAt(s, i) {
    NAME_AT.lastIndex = i;
    const m = NAME_AT.exec(s);
    return m ? { prefix: m[1], end: NAME_AT.lastIndex } : undefined;
}
/** True when only blanks, or blanks and then a comment, follow `i`. */
function onlyTrailer(s, i) {
    const j = skipBlanks(s, i);
    return j === s.length || (j > i && s[j] === '#');
}
/** `<prefix>_VER=<word>` at `i`, alone on the line but for a trailing comment. */
function assignmentAt(s, i) {
    const name = nameAt(s, i);
    if (!name)
        return undefined;
    const word = readWord(s, name.end);
    if (!word || !onlyTrailer(s, word.end))
        return undefined;
    return { prefix: name.prefix, value: word.value, literal: word.literal };
}
/** The manual forms: `export|declare|typeset|readonly|local [-flags] x_VER=...` and `: ${x_VER:=...}`. */
function manualAt(s, start) {
    let i = skipBlanks(s, start);
    if (s[i] === ':' && isSpace(s[i + 1])) {
        i = skipBlanks(s, i + 1);
        if (s[i] === '"')
            i++;
        if (s[i] !== '$' || s[i + 1] !== '{')
            return undefined;
        const name = /([A-Za-z_][A-Za-z0-9_]*)_VER:?=/y;
        name.lastIndex = i + 2;
        const m = name.exec(s);
        if (!m)
            return undefined;
        const word = readWord(s, name.lastIndex, '}');
        if (!word || s[word.end] !== '}')
            return undefined;
        return { prefix: m[1], value: word.value, literal: word.literal };
    }
    let k = i;
    while (k < s.length && k - i < 9 && /[a-z]/.test(s[k]))
        k++;
    if (!MANUAL_KEYWORDS.has(s.slice(i, k)) || !isSpace(s[k]))
        return undefined;
    i = skipBlanks(s, k);
    while (s[i] === '-') {
        let j = i + 1;
        while (j < s.length && /[A-Za-z]/.test(s[j]))
            j++;
        if (j === i + 1 || !isSpace(s[j]))
            return undefined;
        i = skipBlanks(s, j);
    }
    const name = nameAt(s, i);
    if (!name)
        return undefined;
    const word = readWord(s, name.end);
    if (!word)
        return undefined;
    return { prefix: name.prefix, value: word.value, literal: word.literal };
}
const ASSIGNMENT_AT = /[A-Za-z_][A-Za-z0-9_]*=/y;
/**
 * `x_VER=v; cmd`, `x_VER=v && cmd`, `x_VER=v y=w`: an assignment that bash keeps although it is
 * not alone on its line (a manual pin). Followed by a command word, a pipe or `&`, the assignment
 * only lives in a command's environment or a subshell, and is no pin at all.
 */
function activeAssignmentAt(s, i) {
    const name = nameAt(s, i);
    if (!name)
        return undefined;
    const word = readWord(s, name.end);
    if (!word)
        return undefined;
    let j = word.end;
    for (;;) {
        j = skipBlanks(s, j);
        const c = s[j];
        const kept = j >= s.length ||
            c === '#' ||
            c === '<' ||
            c === '>' ||
            (c === ';' && s[j + 1] !== ';') ||
            s.startsWith('&&', j) ||
            s.startsWith('||', j);
        if (kept)
            return { prefix: name.prefix, value: word.value, literal: word.literal };
        ASSIGNMENT_AT.lastIndex = j;
        if (!ASSIGNMENT_AT.exec(s))
            return undefined;
        const next = readWord(s, ASSIGNMENT_AT.lastIndex);
        if (!next)
            return undefined;
        j = next.end;
    }
}
const START = { quote: 'none', heredocs: [] };
/** Reads the delimiter word of `<<word` at `i` (quotes removed). */
function heredocDelimiter(s, i) {
    const word = readWord(s, skipBlanks(s, i));
    return word && word.end > skipBlanks(s, i) ? { delimiter: word.value, end: word.end } : undefined;
}
/**
 * Advances bash's quote state over one line. Returns the state at the end of the line: quote
 * 'none' when the line is complete, otherwise the construct that continues onto the next line.
 */
function scanLine(text, start) {
    const [open, ...more] = start.heredocs;
    if (start.quote === 'heredoc' && open) {
        const line = open.tabs ? text.replace(/^\t+/, '') : text;
        if (line !== open.delimiter)
            return start;
        return more.length > 0 ? { quote: 'heredoc', heredocs: more } : START;
    }
    let quote = start.quote === 'backslash' ? 'none' : start.quote;
    const heredocs = [...start.heredocs];
    let arithmetic = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === 'single') {
            if (ch === "'")
                quote = 'none';
        }
        else if (quote === 'ansi') {
            if (ch === '\\')
                i++;
            else if (ch === "'")
                quote = 'none';
        }
        else if (quote === 'double') {
            if (ch === '\\')
                i++;
            else if (ch === '"')
                quote = 'none';
        }
        else {
            if (ch === '\\') {
                if (i === text.length - 1)
                    return { quote: 'backslash', heredocs };
                i++;
            }
            else if (ch === "'")
                quote = 'single';
            else if (ch === '$' && text[i + 1] === "'") {
                quote = 'ansi';
                i++;
            }
            else if (ch === '"')
                quote = 'double';
            else if (ch === '#' && (i === 0 || /[ \t;&|()<>]/.test(text[i - 1])))
                break;
            else if (ch === '(' && text[i + 1] === '(')
                arithmetic = true;
            else if (ch === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && !arithmetic) {
                const tabs = text[i + 2] === '-';
                const d = heredocDelimiter(text, i + (tabs ? 3 : 2));
                if (d) {
                    heredocs.push({ delimiter: d.delimiter, tabs });
                    i = d.end - 1;
                }
            }
            else if (ch === '<' && text[i + 1] === '<')
                i += 2;
        }
    }
    if (quote === 'none' && heredocs.length > 0)
        return { quote: 'heredoc', heredocs };
    return { quote, heredocs };
}
function classify(content) {
    const first = skipBlanks(content, 0);
    if (content[first] === '#') {
        // A history comment is short; a long line is never one, and never reaches the regex, whose
        // backtracking over megabytes can overflow the stack.
        const h = content.length <= MAX_HISTORY_LINE ? HISTORY.exec(content) : null;
        return h ? { kind: 'history', historyVersion: h[2] } : { kind: 'comment' };
    }
    const auto = first === 0 ? assignmentAt(content, 0) : undefined;
    if (auto)
        return { kind: 'auto', ...auto };
    const manual = manualAt(content, 0) ??
        (first > 0 ? assignmentAt(content, first) : undefined) ??
        activeAssignmentAt(content, first);
    if (manual)
        return { kind: 'manual', ...manual };
    return { kind: 'other' };
}
class VersionsFile {
    bom;
    lines;
    problems;
    notices;
    constructor(
    /** A leading byte-order mark, kept as it was. */
    bom, lines, 
    /** Constructs that make the file unsafe to append to (an unterminated quote...). */
    problems, 
    /** Lines that look like pins but are not plain assignments: left alone, reported. */
    notices) {
        this.bom = bom;
        this.lines = lines;
        this.problems = problems;
        this.notices = notices;
    }
    /** Parses any text; never throws. */
    static parse(text) {
        const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
        const parts = text.slice(bom.length).split('\n');
        const lines = [];
        const problems = [];
        const notices = [];
        let state = START;
        let openedAt = 0;
        for (let i = 0; i < parts.length; i++) {
            const raw = parts[i];
            const last = i === parts.length - 1;
            if (last && raw === '')
                break;
            const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
            const continued = state.quote !== 'none';
            const info = continued || content.includes('\0') ? { kind: 'other' } : classify(content);
            if (info.kind === 'other' && !continued && LOOKS_LIKE_PIN.test(content)) {
                notices.push(`line ${i + 1} looks like a pin but is not a plain assignment; left as it is`);
            }
            else if (i === 0 && bom !== '' && (info.kind === 'auto' || info.kind === 'manual')) {
                // Read as a pin, as an editor shows it; but bash takes the mark as part of the first word.
                notices.push('line 1 starts with a byte-order mark: bash runs it as a command and does not set ' +
                    `${info.prefix}_VER; remove the mark`);
            }
            lines.push({ raw, newline: !last, ...info });
            if (!continued)
                openedAt = i + 1;
            state = scanLine(content, state);
        }
        if (state.quote === 'single' || state.quote === 'double' || state.quote === 'ansi') {
            const what = state.quote === 'ansi' ? "$'...'" : `${state.quote}-quoted`;
            problems.push(`line ${openedAt} opens a ${what} string that is never closed`);
        }
        else if (state.quote === 'backslash') {
            problems.push(`the last line ends with a backslash continuation`);
        }
        else if (state.quote === 'heredoc') {
            const open = state.heredocs.map((h) => JSON.stringify(h.delimiter)).join(', ');
            problems.push(`line ${openedAt} opens a here-document that is never closed (delimiter ${open})`);
        }
        if (text.includes('\0'))
            problems.push('the file contains NUL bytes; it is not a text file');
        return new VersionsFile(bom, lines, problems, notices);
    }
    /** The exact text: parse(text).toString() === text. */
    toString() {
        return this.bom + this.lines.map((l) => l.raw + (l.newline ? '\n' : '')).join('');
    }
    /**
     * The pin that bash would see for a prefix. A manual pin anywhere makes the image manual, since
     * the automation must leave it alone; otherwise the last auto pin wins, as in bash.
     */
    pinOf(prefix) {
        const numbers = this.pinLines().get(prefix);
        if (!numbers)
            return undefined;
        const manual = numbers.filter((n) => this.lines[n - 1]?.kind === 'manual');
        const auto = numbers.filter((n) => this.lines[n - 1]?.kind === 'auto');
        const kind = manual.length > 0 ? 'manual' : 'auto';
        const own = kind === 'manual' ? manual : auto;
        const line = this.lines[own[own.length - 1] - 1];
        return { kind, value: line.value ?? '', literal: line.literal ?? false, lines: numbers };
    }
    // prefix -> 1-based numbers of its pin lines, in file order; built once (the model is immutable),
    // so asking for every image of a long list stays linear.
    pinIndex;
    pinLines() {
        if (!this.pinIndex) {
            const index = new Map();
            this.lines.forEach((l, i) => {
                if ((l.kind !== 'auto' && l.kind !== 'manual') || !l.prefix)
                    return;
                const numbers = index.get(l.prefix);
                if (numbers)
                    numbers.push(i + 1);
                else
                    index.set(l.prefix, [i + 1]);
            });
            this.pinIndex = index;
        }
        return this.pinIndex;
    }
    /** Every prefix with at least one pin line, in file order. */
    pinnedPrefixes() {
        return [...this.pinLines().keys()];
    }
    /** Removes every auto-pin line of the given prefixes; nothing else changes. */
    withoutAutoPins(prefixes) {
        const kept = this.lines.filter((l) => !(l.kind === 'auto' && prefixes.has(l.prefix ?? '')));
        if (kept.length === this.lines.length)
            return this;
        const last = kept[kept.length - 1];
        const removedLast = this.lines[this.lines.length - 1] !== last;
        // Dropping the final line keeps the file's choice of final newline.
        const finalNewline = this.lines[this.lines.length - 1]?.newline ?? true;
        const lines = removedLast && last && !finalNewline
            ? [...kept.slice(0, -1), { ...last, raw: last.raw.replace(/\r$/, ''), newline: false }]
            : kept;
        return new VersionsFile(this.bom, lines, this.problems, this.notices);
    }
    /**
     * Appends lines (without line endings), using the file's own line ending. Throws when the
     * file ends inside a quote or a continuation, where appended lines would not be read as written.
     */
    append(texts) {
        if (texts.length === 0)
            return this;
        if (this.problems.length > 0) {
            throw new Error(`cannot append: ${this.problems.join('; ')}. Fix the file by hand first.`);
        }
        // The ending most terminated lines use; the unterminated last line has none to count.
        const ended = this.lines.filter((l) => l.newline);
        const crlf = ended.filter((l) => l.raw.endsWith('\r')).length * 2 > ended.length;
        const cr = crlf ? '\r' : '';
        const lines = [...this.lines];
        const last = lines[lines.length - 1];
        const finalNewline = last ? last.newline : true;
        if (last && !last.newline) {
            lines[lines.length - 1] = {
                ...last,
                raw: last.raw + (crlf && !last.raw.endsWith('\r') ? '\r' : ''),
                newline: true
            };
        }
        texts.forEach((t, i) => {
            const end = i === texts.length - 1;
            lines.push({
                raw: end && !finalNewline ? t : t + cr,
                newline: end ? finalNewline : true,
                ...classify(t)
            });
        });
        return new VersionsFile(this.bom, lines, this.problems, this.notices);
    }
}

;// CONCATENATED MODULE: ./src/plan.ts



class PlanError extends Error {
    name = 'PlanError';
}
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
/** `date -u` in the C locale: `%a %b %e %H:%M:%S %Z %Y`, e.g. `Fri Sep  1 21:08:58 UTC 2023`. */
function historyDate(d) {
    if (Number.isNaN(d.getTime()))
        throw new PlanError('Invalid date for the history comment');
    return (`${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ` +
        `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`);
}
/** The line that pins an image; the version is validated, so the line is bash-safe by construction. */
function pinLine(prefix, version, manual = false) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
        throw new PlanError(`Invalid image prefix ${escapeForMessage(prefix)}`);
    }
    parseRelease(version);
    return `${manual ? 'export ' : ''}${prefix}_VER="${version}"`;
}
function describePin(pin) {
    const where = `line ${pin.lines.join(', ')}`;
    const value = pin.literal ? pin.value : escapeForMessage(pin.value);
    return `${value} (${where})`;
}
function base(image, pin) {
    return {
        image: image.name,
        prefix: image.prefix,
        before: pin ? pin.value : null,
        manual: pin?.kind === 'manual'
    };
}
function duplicateWarnings(file, images) {
    const out = [];
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        if (pin && pin.lines.length > 1) {
            out.push(`${image.name}: ${image.prefix}_VER is assigned on lines ${pin.lines.join(', ')}; bash uses the last one`);
        }
    }
    return out;
}
/** Auto or manual pins of prefixes that are not in the image list: reported, never touched. */
function stalePins(file, images) {
    const known = new Set(images.map((i) => i.prefix));
    return file
        .pinnedPrefixes()
        .filter((p) => !known.has(p))
        .map((prefix) => {
        const pin = file.pinOf(prefix);
        return {
            image: prefix,
            prefix,
            before: pin.value,
            after: pin.value,
            manual: pin.kind === 'manual',
            action: 'skip',
            reason: `${prefix}_VER is set to ${describePin(pin)} but ${prefix} is not in the image list; stale pin left alone`
        };
    });
}
/**
 * Pins images. Every unpinned image (in image-list order) gets `version`; `targets` pin named
 * images to their own versions. New lines go under one `# <date> -- <version>` history comment
 * per version. When nothing is to be pinned, the text is returned unchanged: no lone comment.
 */
function planPin(text, images, req) {
    const file = VersionsFile.parse(text);
    if (req.version !== undefined)
        parseRelease(req.version);
    for (const [prefix, v] of req.targets ?? []) {
        if (!images.some((i) => i.prefix === prefix))
            throw new PlanError(`Unknown image prefix ${escapeForMessage(prefix)}`);
        parseRelease(v, `version for ${prefix}`);
    }
    const decisions = [];
    const additions = new Map();
    const rewrite = new Set();
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        const target = req.targets?.get(image.prefix);
        const d = base(image, pin);
        if (pin?.kind === 'manual') {
            if (target !== undefined) {
                throw new PlanError(`${image.name} is pinned by hand (${image.prefix}_VER on line ${pin.lines.join(', ')}); ` +
                    `the action never edits manual pins. Edit or remove that line, then run again.`);
            }
            decisions.push({
                ...d,
                after: pin.value,
                action: 'keep',
                reason: `pinned by hand to ${describePin(pin)}; left alone`
            });
            continue;
        }
        const version = target ?? (req.only && !req.only.has(image.prefix) ? undefined : req.version);
        if (version === undefined) {
            decisions.push({ ...d, after: d.before, action: 'skip', reason: 'not selected' });
            continue;
        }
        if (pin && target === undefined) {
            decisions.push({
                ...d,
                after: pin.value,
                action: 'keep',
                reason: `already pinned to ${describePin(pin)}`
            });
            continue;
        }
        if (pin && pin.value === version && pin.lines.length === 1 && !req.manual) {
            decisions.push({
                ...d,
                after: version,
                action: 'keep',
                reason: `already pinned to ${version}`
            });
            continue;
        }
        const blocked = req.blocked?.get(image.prefix);
        if (blocked !== undefined && target === undefined) {
            decisions.push({ ...d, after: null, action: 'skip', reason: `not pinned: ${blocked}` });
            continue;
        }
        if (pin)
            rewrite.add(image.prefix);
        additions.set(version, [
            ...(additions.get(version) ?? []),
            pinLine(image.prefix, version, req.manual)
        ]);
        decisions.push({
            ...d,
            after: version,
            manual: req.manual === true,
            action: 'pin',
            reason: pin
                ? `re-pinned from ${describePin(pin)} to ${version}`
                : `pinned to ${version}${req.manual ? ' by hand (export)' : ''}`
        });
    }
    if (additions.size === 0) {
        return finish(text, file, file, images, decisions);
    }
    const date = historyDate(req.now);
    const lines = [...additions].flatMap(([version, pins]) => [`# ${date} -- ${version}`, ...pins]);
    const updated = file.withoutAutoPins(rewrite).append(lines);
    return finish(text, file, updated, images, decisions);
}
/** Unpins images: removes exactly their auto-pin lines (all of them, if duplicated). */
function planUnpin(text, images, req) {
    const file = VersionsFile.parse(text);
    const decisions = [];
    const remove = new Set();
    for (const image of images) {
        const pin = file.pinOf(image.prefix);
        const d = base(image, pin);
        const reason = req.unpin.get(image.prefix);
        if (!pin) {
            decisions.push({
                ...d,
                after: null,
                action: 'keep',
                reason: 'not pinned; it tracks the head build'
            });
            continue;
        }
        if (pin.kind === 'manual') {
            if (reason !== undefined && req.strict) {
                throw new PlanError(`${image.name} is pinned by hand (${image.prefix}_VER on line ${pin.lines.join(', ')}); ` +
                    `the action never removes manual pins. Remove that line by hand.`);
            }
            decisions.push({
                ...d,
                after: pin.value,
                action: 'keep',
                reason: `pinned by hand to ${describePin(pin)}; left alone`
            });
            continue;
        }
        if (reason === undefined) {
            const why = req.keep?.get(image.prefix) ?? 'not selected';
            decisions.push({ ...d, after: pin.value, action: 'keep', reason: why });
            continue;
        }
        remove.add(image.prefix);
        decisions.push({ ...d, after: null, action: 'unpin', reason });
    }
    return finish(text, file, file.withoutAutoPins(remove), images, decisions);
}
function finish(text, before, after, images, decisions) {
    const out = after.toString();
    const crlf = before.lines.some((l) => l.raw.endsWith('\r'));
    const warnings = [
        ...duplicateWarnings(before, images),
        ...before.notices,
        ...before.problems,
        ...(crlf
            ? [
                'the file has CRLF line endings, which are kept; bash reads x_VER="v1"<CR> as the value "v1<CR>": convert the file to LF'
            ]
            : [])
    ];
    return {
        text: out,
        changed: out !== text,
        decisions: [...decisions, ...stalePins(before, images)],
        warnings
    };
}

;// CONCATENATED MODULE: ./src/decide.ts
/**
 * From an intent (release, push, manual pin/unpin) and the current file text to a plan.
 * Detection results are cached by (image, tag, head): a retry on the same head re-applies them
 * without running git again, and a retry on a new head measures that head, so a release guard or
 * an unpin computed against one head is never applied to another.
 */




class Decider {
    images;
    detect;
    now;
    cache = new Map();
    stats = { gitProcesses: 0, fetches: 0 };
    detectWarnings = [];
    constructor(images, detect, now) {
        this.images = images;
        this.detect = detect;
        this.now = now;
    }
    async changes(pins, head) {
        const key = (prefix, tag) => `${prefix}\0${tag}\0${head}`;
        const missing = new Map([...pins].filter(([p, t]) => !this.cache.has(key(p, t))));
        if (missing.size > 0) {
            const r = await detectChanges({ ...this.detect, images: this.images, pins: missing, head });
            this.stats.gitProcesses += r.stats.gitProcesses;
            this.stats.fetches += r.stats.fetches;
            this.detectWarnings.push(...r.warnings.filter((w) => !this.detectWarnings.includes(w)));
            for (const [p, c] of r.results)
                this.cache.set(key(p, missing.get(p)), c);
        }
        return new Map([...pins].map(([p, t]) => [p, this.cache.get(key(p, t))]));
    }
    /**
     * Computes the plan for an intent on the given text; changes are measured against `head`, the
     * commit that text was read at (the one the compare-and-swap expects).
     */
    async decide(text, intent, head) {
        const result = await this.plan(text, intent, head);
        return {
            ...result,
            warnings: [...this.detectWarnings, ...result.warnings],
            stats: { ...this.stats }
        };
    }
    async plan(text, intent, head) {
        const file = VersionsFile.parse(text);
        switch (intent.kind) {
            case 'status':
                return planUnpin(text, this.images, { unpin: new Map(), keep: this.pinReasons(file) });
            case 'push':
                return this.push(text, file, head);
            case 'release': {
                const unpinned = new Map(this.images.filter((i) => !file.pinOf(i.prefix)).map((i) => [i.prefix, intent.version]));
                const changes = await this.changes(unpinned, head);
                const blocked = new Map();
                for (const [prefix, c] of changes) {
                    if (c.changed !== false) {
                        blocked.set(prefix, `${c.reason}, so the head of the branch is not the released image`);
                    }
                }
                return planPin(text, this.images, { version: intent.version, blocked, now: this.now });
            }
            case 'pin':
                return planPin(text, this.images, {
                    ...(intent.version !== undefined ? { version: intent.version } : {}),
                    ...(intent.only ? { only: new Set(intent.only) } : {}),
                    ...(intent.targets ? { targets: intent.targets } : {}),
                    manual: intent.manual === true,
                    now: this.now
                });
            case 'unpin': {
                const all = intent.prefixes === 'all';
                const chosen = all ? this.images.map((i) => i.prefix) : intent.prefixes;
                const reason = all ? 'unpinned by hand (all images)' : 'unpinned by hand';
                if (!all) {
                    for (const p of chosen) {
                        const pin = file.pinOf(p);
                        const name = this.images.find((i) => i.prefix === p)?.name ?? p;
                        if (!pin)
                            throw new PlanError(`${name} is not pinned; there is nothing to unpin`);
                    }
                }
                return planUnpin(text, this.images, {
                    unpin: new Map(chosen.map((p) => [p, reason])),
                    strict: !all
                });
            }
        }
    }
    pinReasons(file) {
        return new Map(this.images.flatMap((i) => {
            const pin = file.pinOf(i.prefix);
            return pin?.kind === 'auto' ? [[i.prefix, `pinned to ${pin.value}`]] : [];
        }));
    }
    async push(text, file, head) {
        const pins = new Map();
        const keep = new Map();
        for (const image of this.images) {
            const pin = file.pinOf(image.prefix);
            if (pin?.kind !== 'auto')
                continue;
            if (pin.literal && tryParseRelease(pin.value))
                pins.set(image.prefix, pin.value);
            else
                keep.set(image.prefix, `pinned to a value that is not a release tag; left alone, cannot compare`);
        }
        const unpin = new Map();
        for (const [prefix, c] of await this.changes(pins, head)) {
            if (c.changed === true)
                unpin.set(prefix, c.reason);
            else
                keep.set(prefix, c.changed === false ? c.reason : `kept: ${c.reason}`);
        }
        return planUnpin(text, this.images, { unpin, keep });
    }
}

;// CONCATENATED MODULE: ./src/repo.ts
/** Loads what every run needs from a checkout: the image list and the versions file. */



/** Reads the image list from `varsFile` and the pins from `versionsFile`, both repo-relative. */
async function loadRepo(dir, varsFile, versionsFile) {
    const root = external_node_path_default().resolve(dir);
    const vars = repoPath(root, varsFile, 'vars-file');
    const versions = repoPath(root, versionsFile, 'versions-file');
    const varsText = await readText(vars.abs, 'vars-file');
    if (varsText === undefined) {
        throw new FileError(`vars-file ${vars.rel} not found in ${root}. Set vars-file to the generated image_vars.src that lists the images.`);
    }
    const { images, warnings } = parseImageVars(varsText, vars.rel);
    const versionsText = await readText(versions.abs, 'versions-file');
    return {
        root,
        images,
        warnings: versionsText === undefined
            ? [...warnings, `${versions.rel} does not exist yet; it will be created`]
            : warnings,
        versionsFile: versions,
        versionsText: versionsText ?? '',
        versionsExists: versionsText !== undefined
    };
}

;// CONCATENATED MODULE: ./src/resolve.ts



/** The newest release among some names (invalid names are ignored). */
function newestRelease(names, includePrereleases = false) {
    const releases = names
        .map((n) => tryParseRelease(n.trim()))
        .filter((v) => v !== undefined && (includePrereleases || !v.prerelease));
    releases.sort(compareReleases);
    return releases[releases.length - 1]?.raw;
}
async function resolveIntent(intent, images, deps) {
    let tags;
    const remote = async () => (tags ??= deps.remoteTags ? await deps.remoteTags() : []);
    const mustExist = async (version) => {
        parseRelease(version);
        if (deps.remoteTags && !(await remote()).includes(version)) {
            throw new PlanError(`Tag ${version} does not exist on the remote. Pick an existing release tag, or create the release first.`);
        }
    };
    switch (intent.kind) {
        case 'pin': {
            let targets;
            for (const [ref, v] of intent.targets ?? []) {
                const image = resolveImages(images, [ref])[0];
                targets ??= new Map();
                if (targets.has(image.prefix)) {
                    throw new PlanError(`Input images names ${image.name} twice (by name and by prefix)`);
                }
                targets.set(image.prefix, v);
            }
            const only = intent.only ? resolveImages(images, intent.only).map((i) => i.prefix) : undefined;
            let version = intent.version;
            if (!targets && version === undefined) {
                version =
                    newestRelease((deps.versionsTxt ?? '').split(/\r?\n/)) ?? newestRelease(await remote());
                if (version === undefined) {
                    throw new PlanError('No version to pin to: set the version input (no release in versions.txt and no v*/release-* tag)');
                }
            }
            for (const v of new Set([...(version ? [version] : []), ...(targets?.values() ?? [])]))
                await mustExist(v);
            return {
                kind: 'pin',
                ...(version !== undefined ? { version } : {}),
                ...(only ? { only } : {}),
                ...(targets ? { targets } : {}),
                manual: intent.manual === true
            };
        }
        case 'unpin':
            return intent.prefixes === 'all'
                ? intent
                : { kind: 'unpin', prefixes: resolveImages(images, intent.prefixes).map((i) => i.prefix) };
        case 'release':
            await mustExist(intent.version);
            return intent;
        default:
            return intent;
    }
}

;// CONCATENATED MODULE: ./src/plan-run.ts
/**
 * The one use case behind both faces: settings, an intent and a checkout in; for any text of the
 * versions file at any head, the plan out (decisions, warnings, the new text). The action adds
 * the commit loop, its outputs and the summary; the CLI adds the file write and the table.
 * Neither builds detection settings or resolves intents itself.
 */





/** The detection settings for the engine, from the shared settings and the checkout. */
function detectSettings(settings, repo) {
    return {
        cwd: repo.root,
        paths: settings.paths,
        sharedPaths: settings.sharedPaths,
        ignorePaths: settings.ignorePaths,
        versionsFile: repo.versionsFile.rel,
        onMissingTag: settings.onMissingTag,
        detection: settings.detection,
        compareTimeoutMs: settings.compareTimeoutMs,
        ...(settings.compareCommand ? { compareCommand: settings.compareCommand } : {})
    };
}
async function readVersionsTxt(root) {
    try {
        return await external_node_fs_namespaceObject.promises.readFile(external_node_path_default().join(root, 'versions.txt'), 'utf8');
    }
    catch {
        return undefined;
    }
}
/** Reads the checkout, resolves the intent, and returns the planner for it. */
async function prepareRun(req) {
    const repo = await loadRepo(req.root, req.settings.varsFile, req.settings.versionsFile);
    const intent = await resolveIntent(req.intent, repo.images, {
        versionsTxt: await readVersionsTxt(repo.root),
        ...(req.tags ? { remoteTags: req.tags } : {})
    });
    const decider = new Decider(repo.images, detectSettings(req.settings, repo), req.now);
    return {
        repo,
        intent,
        detects: intent.kind === 'push' || intent.kind === 'release',
        plan: (text, head) => decider.decide(text, intent, head)
    };
}

;// CONCATENATED MODULE: ./src/report.ts
/** Decisions as text: a plain table for the CLI and log lines for the action. */

const show = (v) => (v === null ? '(unpinned)' : v);
/**
 * One line per decision, as the log prints it: `app: unpinned (app/x changed since v1.2.3)`.
 * Escaped for the log: a file name in the reason cannot start a line or a workflow command.
 */
function logLine(d) {
    const verb = {
        pin: 'pinned',
        unpin: 'unpinned',
        keep: 'kept',
        skip: 'skipped'
    };
    const change = d.before === d.after ? show(d.after) : `${show(d.before)} -> ${show(d.after)}`;
    return forLog(`${d.image}: ${verb[d.action]} ${change} (${d.reason})`);
}
/** A fixed-width table of the decisions; every cell escaped, so each row stays one line. */
function formatTable(decisions) {
    const rows = [
        ['IMAGE', 'BEFORE', 'AFTER', 'DECISION', 'REASON'],
        ...decisions.map((d) => [d.image, show(d.before), show(d.after), d.action, d.reason].map(forCliTable))
    ];
    const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
    return rows
        .map((r) => r.map((cell, c) => (c < 4 ? cell.padEnd(widths[c]) : cell)).join('  '))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli-main.ts
/**
 * The CLI's face over the shared use case (plan-run.ts): the same plan as the action, on a local
 * checkout, with no GitHub. It adds the file write and the table (or the JSON report).
 */











/** Runs one command line; resolves with the exit code (0 done, 1 error, 2 usage). */
async function runCli(argv, io) {
    let args;
    let settings;
    try {
        args = parseCli(argv, io.cwd);
        if (args === 'help') {
            io.stdout(`${USAGE}\n`);
            return 0;
        }
        settings = readSettings(args.given, flagNamer);
    }
    catch (e) {
        if (!(e instanceof UsageError || e instanceof SettingError))
            throw e;
        io.stderr(`vro-image-version: ${escape_forLog(e.message)}\nRun vro-image-version --help for the usage.\n`);
        return 2;
    }
    try {
        return args.command === 'inputs'
            ? await printInputs(args, settings, io)
            : await planAndWrite(args, settings, io);
    }
    catch (e) {
        io.stderr(`vro-image-version: error: ${escape_forLog(e.message)}\n`);
        return 1;
    }
}
/** plan, pin, unpin: the shared plan on the working tree's file at HEAD, written if asked. */
async function planAndWrite(args, settings, io) {
    const run = await prepareRun({
        root: args.dir,
        settings,
        intent: args.intent,
        now: resolveNow(args.now, io.env.SOURCE_DATE_EPOCH),
        // A release plan checks its tag like the action; a pin works offline, on any folder.
        ...(args.intent.kind === 'release' ? { tags: () => knownTags(args.dir) } : {})
    });
    const { repo } = run;
    const result = await run.plan(repo.versionsText, 'HEAD');
    const written = args.write && result.changed;
    if (written)
        await writeAtomic(repo.versionsFile.abs, result.text);
    const warnings = [...repo.warnings, ...result.warnings];
    for (const w of warnings)
        io.stderr(`warning: ${escape_forLog(w)}\n`);
    if (args.json) {
        const report = {
            command: args.command,
            intent: intentLabel(args),
            versionsFile: repo.versionsFile.rel,
            changed: result.changed,
            written,
            decisions: result.decisions,
            warnings,
            stats: result.stats
        };
        io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        return 0;
    }
    const file = repo.versionsFile.rel;
    const what = written
        ? `${file} updated`
        : result.changed
            ? `${file} would change (plan only; nothing written)`
            : `${file} unchanged`;
    io.stdout(`${formatTable(result.decisions)}\n${escape_forLog(what)}\n`);
    return 0;
}
/** What the run did, in the CLI's own words (not the engine's). */
function intentLabel(args) {
    if (args.intent.kind === 'status')
        return 'current';
    if (args.command === 'unpin' && args.intent.kind === 'push')
        return 'changed';
    return args.intent.kind;
}
/** `inputs`: each image's build root and inputs with their provenance; writes nothing. */
async function printInputs(args, settings, io) {
    const repo = await loadRepo(args.dir, settings.varsFile, settings.versionsFile);
    const images = args.only ? resolveImages(repo.images, args.only) : repo.images;
    const report = await inputsReport({
        cwd: repo.root,
        head: 'HEAD',
        images,
        paths: settings.paths,
        sharedPaths: settings.sharedPaths,
        ignored: [repo.versionsFile.rel, ...settings.ignorePaths]
    });
    for (const w of repo.warnings)
        io.stderr(`warning: ${escape_forLog(w)}\n`);
    io.stdout(args.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatInputs(report)}\n`);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * vro-image-version: the action's plan on a local checkout. No GitHub needed.
 *
 *   vro-image-version plan [--event release --version V | --event push]
 *   vro-image-version pin --version V [--images a,b]
 *   vro-image-version unpin (--images a,b | --changed)
 *   vro-image-version inputs [--images a,b]
 */

const io = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env
};
runCli(process.argv.slice(2), io).then((code) => {
    process.exitCode = code;
}, (e) => {
    process.stderr.write(`vro-image-version: internal error: ${e?.stack ?? String(e)}\n`);
    process.exitCode = 1;
});

