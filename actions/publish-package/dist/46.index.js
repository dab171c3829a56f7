"use strict";
exports.id = 46;
exports.ids = [46];
exports.modules = {

/***/ 53046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   detectPackageType: () => (/* binding */ detectPackageType)
/* harmony export */ });
/* unused harmony export fileKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(56118);
/* harmony import */ var _runtime_errors__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(93353);







/** The markers inside a gzip tarball that tell npm pack output, a Python sdist and a Helm chart apart. */
async function tarballKind(path) {
    let kind = 'unknown';
    const reader = (0,tar_stream__WEBPACK_IMPORTED_MODULE_5__.extract)();
    reader.on('entry', (header, stream, next) => {
        const parts = header.name.replace(/^\.\//, '').split('/');
        if (kind === 'unknown' && parts.length === 2) {
            if (parts[0] === 'package' && parts[1] === 'package.json')
                kind = 'npm';
            else if (parts[1] === 'PKG-INFO')
                kind = 'python';
            else if (parts[1] === 'Chart.yaml')
                kind = 'helm';
        }
        stream.on('end', next);
        stream.resume();
    });
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path), (0,node_zlib__WEBPACK_IMPORTED_MODULE_4__.createGunzip)(), reader);
    }
    catch {
        return 'unknown';
    }
    return kind;
}
async function fileKind(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path);
    if (info.isDirectory()) {
        const chart = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(path, 'Chart.yaml')).catch(() => undefined);
        return chart?.isFile() ? 'helm' : 'unknown';
    }
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path).toLowerCase();
    if (name === 'pom.xml' || name.endsWith('.pom') || name.endsWith('.jar') || name.endsWith('.war'))
        return 'maven';
    if (name.endsWith('.whl'))
        return 'python';
    if (name.endsWith('.zip'))
        return 'zip';
    if (name.endsWith('.tgz') || name.endsWith('.tar.gz'))
        return tarballKind(path);
    return 'unknown';
}
/**
 * The package type of a set of files, when they agree: jars and poms are maven, an `npm pack` tarball is npm,
 * wheels and sdists are python, zips are zip, a chart directory is helm. Anything else asks for `type`.
 */
async function detectPackageType(files) {
    if (files.length === 0)
        throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1("'path' matched no files; nothing to publish.");
    const kinds = await Promise.all(files.map(async (f) => ({ file: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(f), kind: await fileKind(f) })));
    const found = [...new Set(kinds.map((k) => k.kind))];
    if (found.length === 1 && found[0] !== 'unknown')
        return found[0];
    const listing = kinds.map((k) => `  ${k.file}: ${k.kind === 'unknown' ? 'not recognised' : k.kind}`).join('\n');
    throw new _runtime_errors__WEBPACK_IMPORTED_MODULE_6__/* .ConfigurationError */ .j1(`Cannot tell the package type from the files:\n${listing}\nSet the 'type' input (maven, npm, python or zip), or narrow 'path' to one package's files.`);
}


/***/ })

};
;