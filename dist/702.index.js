export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1758);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _api_budget_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1341);





/** At most this many waits per request for a rate limit, each within the budget. */
const rateLimitRetries = 4;
/**
 * An Octokit that behaves as GitHub asks under load: 5xx and network errors retried with
 * exponential backoff (@octokit/plugin-retry, 3 retries), rate limits waited out
 * (@octokit/plugin-throttling: `retry-after`, `x-ratelimit-reset`), all inside one time budget.
 */
function createGitHubClient(token, options) {
    const now = options.now ?? Date.now;
    const backoffMs = options.backoffMs ?? 1000;
    const budget = {
        deadline: (options.startedAt ?? now()) + options.timeoutSeconds * 1000,
        seconds: options.timeoutSeconds,
        backoffMs,
        now,
    };
    const wait = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const ms = retryAfter * backoffMs;
        const allowed = retryCount < rateLimitRetries && now() + ms <= budget.deadline;
        options.log?.(`GitHub ${kind} on ${request.method} ${request.url}: ` +
            (allowed ? `waiting ${retryAfter} s as GitHub asks` : `not waiting ${retryAfter} s (api-timeout)`));
        return allowed;
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        ...(options.baseUrl && { baseUrl: options.baseUrl }),
        retry: {
            retries: 3,
            retryAfterBaseValue: backoffMs,
            // Rate limits (403, 429) are the throttling plugin's: it waits as long as GitHub says.
            doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        },
        throttle: {
            retryAfterBaseValue: backoffMs,
            // GitHub asks for a pause between writes (1 s; 3 s for those that notify, such as comments): the
            // plugin's own spacing, in the same unit as every other wait.
            write: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: backoffMs }),
            notifications: new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_1___default().Group)({ maxConcurrent: 1, minTime: 3 * backoffMs }),
            onRateLimit: wait('rate limit'),
            onSecondaryRateLimit: wait('secondary rate limit'),
        },
    }, (0,_api_budget_js__WEBPACK_IMPORTED_MODULE_2__/* .apiBudgetPlugin */ .d)(budget), _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
}


/***/ })

};
