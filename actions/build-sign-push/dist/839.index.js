"use strict";
exports.id = 839;
exports.ids = [839];
exports.modules = {

/***/ 27839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gitContextFromEnv: () => (/* binding */ gitContextFromEnv)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/** Reads the GitHub context from the runner's environment variables and event payload. */
function gitContextFromEnv(env = process.env) {
    let headSha;
    if (env.GITHUB_EVENT_PATH) {
        try {
            const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            headSha = event.pull_request?.head?.sha;
        }
        catch {
            // No readable payload (local runs): the environment alone is enough.
        }
    }
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        headRef: env.GITHUB_HEAD_REF ?? '',
        headSha,
        repository: env.GITHUB_REPOSITORY ?? '',
        runId: env.GITHUB_RUN_ID,
        serverUrl: env.GITHUB_SERVER_URL,
        workflowRef: env.GITHUB_WORKFLOW_REF,
    };
}


/***/ })

};
;