// Types of the CommonJS shim: web-tree-sitter's own declarations.
import treeSitter = require('web-tree-sitter');
export = treeSitter;
