"use strict";
exports.id = 554;
exports.ids = [554];
exports.modules = {

/***/ 90554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readSigningInputs: () => (/* binding */ readSigningInputs),
/* harmony export */   signingEnabled: () => (/* binding */ signingEnabled)
/* harmony export */ });
/** The signing inputs of an action (sign, signing-key, signing-key-password, signing-profile, signature-format). */
function readSigningInputs(inputs) {
    return {
        sign: inputs.boolean('sign'),
        signingKey: inputs.optional('signing-key'),
        signingKeyPassword: inputs.optional('signing-key-password'),
        signingProfile: inputs.optional('signing-profile'),
        signatureFormat: inputs.optional('signature-format'),
    };
}
/** Whether this run signs: the `sign` input when given, else whether the policy names a signing method. */
function signingEnabled(policy, inputs) {
    return inputs.sign ?? policy.signing.method !== 'none';
}


/***/ })

};
;