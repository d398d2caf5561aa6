export const id = 916;
export const ids = [916];
export const modules = {

/***/ 4916:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// Loads web-tree-sitter's CommonJS build. Its ESM build calls `createRequire(import.meta.url)`,
// which fails inside the ncc bundle ("createRequire is not a function"). The CommonJS build reads
// `__dirname`, which an ESM bundle does not define: a global stands in (it is never used to find
// files, since the wasm bytes are passed in).
if (typeof globalThis.__dirname === 'undefined') {
  globalThis.__dirname = typeof __dirname === 'undefined' ? '.' : __dirname;
}
module.exports = __webpack_require__(551);


/***/ })

};
