export const id = 660;
export const ids = [660];
export const modules = {

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfig: () => (/* binding */ parseConfig)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8543);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7206);



/**
 * Parses and validates the config file's text (design.md §4, issue 2 item 7). Pure: the caller
 * reads the file (from disk, or from a pull request's base commit). Any problem is an InputError
 * of one line naming the file, the line, the key and what to write instead. A module of its own:
 * the YAML parser is loaded only when there is a config file (start-up, issue 16).
 */
function parseConfig(text, fileName) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter, uniqueKeys: true });
    const syntax = doc.errors[0];
    if (syntax) {
        const line = syntax.linePos?.[0].line;
        const what = syntax.message.split('\n', 1)[0]?.replace(/ at line \d+, column \d+:?$/, '');
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${fileName}${line ? `:${line}` : ''}: not valid YAML: ${what}`);
    }
    let root;
    try {
        root = doc.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${fileName}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return (0,_config_js__WEBPACK_IMPORTED_MODULE_1__/* .configFromValue */ .cX)(root, fileName, (path) => lineOf(doc, lineCounter, path));
}
/** The line of the key (or list item) a path names, or of its nearest existing parent. */
function lineOf(doc, lineCounter, path) {
    const line = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    for (let n = path.length; n > 0; n--) {
        const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
        const last = path[n - 1];
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(parent)) {
            const pair = parent.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(last));
            if (pair && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                return line(pair.key);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(parent) && typeof last === 'number') {
            const found = line(parent.items[last]);
            if (found)
                return found;
        }
    }
    return line(doc.contents);
}


/***/ })

};
