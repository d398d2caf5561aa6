// Loads web-tree-sitter's CommonJS build. Its ESM build calls `createRequire(import.meta.url)`,
// which fails inside the ncc bundle ("createRequire is not a function"); the CommonJS build works
// when `__dirname` is defined, and it is given the wasm bytes so it never looks for files itself.
if (typeof globalThis.__dirname === 'undefined') globalThis.__dirname = __dirname;
module.exports = require('web-tree-sitter');
