"use strict";
exports.id = 277;
exports.ids = [277];
exports.modules = {

/***/ 17277:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderPushSummary: () => (/* binding */ renderPushSummary)
/* harmony export */ });
/* harmony import */ var _shared_src_runtime_summary__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30868);

/** The job summary of a push: where the image went, its tags, what was uploaded, and how to pull it. */
function renderPushSummary(result) {
    const blobs = result.push.blobs;
    const sent = blobs.filter((b) => b.result === 'uploaded' || b.result === 'would-upload');
    const mounted = blobs.filter((b) => b.result === 'mounted');
    const skipped = blobs.filter((b) => b.result === 'exists' || b.result === 'present');
    const bytes = (list) => (0,_shared_src_runtime_summary__WEBPACK_IMPORTED_MODULE_0__/* .formatBytes */ .z3)(list.reduce((n, b) => n + b.size, 0));
    const tagState = (action) => result.dryRun && action !== 'unchanged' ? `would be ${action === 'moved' ? 'moved' : 'written'}` : action;
    const s = new _shared_src_runtime_summary__WEBPACK_IMPORTED_MODULE_0__/* .SummaryBuilder */ .CF().heading(`${result.dryRun ? 'Dry run: ' : ''}image ${result.repositoryUri}`);
    s.table(['', ''], [
        ['Repository', `\`${result.repositoryUri}\``],
        ['Digest', `\`${result.digest}\``],
        ['Source', result.source],
        ['Platforms', result.platforms.join(', ') || 'unknown'],
        [result.dryRun ? 'Blobs to upload' : 'Blobs uploaded', `${sent.length} (${bytes(sent)})`],
        ['Blobs already there', `${skipped.length} (${bytes(skipped)})`],
        ...(mounted.length ? [['Blobs mounted from sibling repositories', `${mounted.length} (${bytes(mounted)})`]] : []),
        ['Time', (0,_shared_src_runtime_summary__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(result.elapsedMs)],
    ]);
    s.table(['Tag', 'Kind', 'Mutable', 'State'], result.tags.map((t) => [`\`${t.tag}\``, t.kind, t.mutable ? 'yes' : 'no', tagState(t.action)]));
    s.code(`docker pull ${result.imageUri}`, 'sh');
    return s.toString();
}


/***/ }),

/***/ 30868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CF: () => (/* binding */ SummaryBuilder),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeCell, escapeMarkdown, escapeHtml */
/** Builds the markdown of a job summary; pure, so the summary of every action can be asserted in tests. */
class SummaryBuilder {
    parts = [];
    heading(text, level = 2) {
        this.parts.push(`${'#'.repeat(level)} ${escapeMarkdown(text)}\n`);
        return this;
    }
    paragraph(text) {
        this.parts.push(`${text}\n`);
        return this;
    }
    /** A table; cells are escaped so that a `|` in a value cannot break it. */
    table(header, rows) {
        if (rows.length === 0)
            return this;
        const line = (cells) => `| ${cells.map((c) => escapeCell(c === undefined ? '' : String(c))).join(' | ')} |`;
        this.parts.push([line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n');
        return this;
    }
    list(items) {
        if (items.length)
            this.parts.push(items.map((i) => `- ${i}`).join('\n') + '\n');
        return this;
    }
    code(text, lang = '') {
        this.parts.push('```' + lang + '\n' + text.replace(/```/g, '`\u200b``') + '\n```\n');
        return this;
    }
    details(summary, body) {
        this.parts.push(`<details><summary>${escapeHtml(summary)}</summary>\n\n${body}\n</details>\n`);
        return this;
    }
    raw(markdown) {
        this.parts.push(markdown);
        return this;
    }
    toString() {
        return this.parts.join('\n');
    }
}
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function escapeMarkdown(text) {
    return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** 1536 -> "1.5 KiB" */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let v = bytes;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
/** 1234 -> "1.2 s" */
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}


/***/ })

};
;