export const id = 593;
export const ids = [593];
export const modules = {

/***/ 3593:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startLiveMode: () => (/* binding */ startLiveMode)
});

// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/aws/client.ts

/** Attempts per call: IAM throttles an account's API calls as a whole, and many pull requests share it. */
const iamMaxAttempts = 8;
/**
 * An IAM client from the environment's credentials (as aws-actions/configure-aws-credentials sets
 * them). The SDK itself honours AWS_ENDPOINT_URL_IAM / AWS_ENDPOINT_URL. `adaptive` retry mode
 * retries throttling (`Throttling: Rate exceeded`) and 5xx with exponential backoff and also slows
 * the client down while IAM keeps throttling; AccessDenied is not retried. Each page of a list is
 * its own call, so a throttled page is retried alone. Timeouts bound a connection that hangs.
 */
function createIamClient(options = {}) {
    const env = options.env ?? process.env;
    shortenNodeVersionWarning(process.version, env);
    return new dist_cjs/* IAMClient */.h8v({
        region: options.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
        maxAttempts: options.maxAttempts ?? iamMaxAttempts,
        retryMode: 'adaptive',
        requestHandler: { connectionTimeout: 10_000, requestTimeout: 30_000 },
    });
}
/** The Node major version the AWS SDK's releases after January 2027 require. */
const sdkNodeMajor = 22;
/**
 * The SDK prints a nine-line NodeVersionSupportWarning on Node < 22; the gate says it in one line
 * on stderr instead (and nothing when the user has already silenced it).
 */
function shortenNodeVersionWarning(nodeVersion, env) {
    if (env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === 'true')
        return;
    env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    const major = Number(nodeVersion.replace(/^v/, '').split('.')[0]);
    if (major < sdkNodeMajor)
        process.stderr.write(`veeam-iam-gate: note: Node ${nodeVersion}; AWS SDK releases after January 2027 need Node ${sdkNodeMajor} or later (live mode works today).\n`);
}

// EXTERNAL MODULE: ./src/model/value.ts
var value = __webpack_require__(2904);
// EXTERNAL MODULE: ./src/requirements/selection.ts
var selection = __webpack_require__(1450);
// EXTERNAL MODULE: ./src/parsers/policy-document.ts
var policy_document = __webpack_require__(1684);
;// CONCATENATED MODULE: ./src/aws/errors.ts

const credentialErrors = new Set([
    'CredentialsProviderError',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'ExpiredToken',
    'ExpiredTokenException',
    'SignatureDoesNotMatch',
    'InvalidAccessKeyId',
]);
/**
 * Classifies an SDK error. Missing or rejected credentials concern the whole invocation: they
 * become an InputError (exit 2, one line) instead of a per-role finding.
 */
function classify(error) {
    const e = error;
    const name = e?.name ?? e?.Code ?? '';
    if (credentialErrors.has(name))
        throw new errors/* InputError */.dz(`AWS credentials missing or rejected (${name}): set them in the environment, e.g. with aws-actions/configure-aws-credentials`);
    if (name === 'AccessDenied' || name === 'AccessDeniedException' || e?.$metadata?.httpStatusCode === 403)
        return 'access-denied';
    if (name === 'NoSuchEntity' || name === 'NoSuchEntityException')
        return 'not-found';
    return 'other';
}
function messageOf(error) {
    const e = error;
    return `${e?.name ?? 'Error'}: ${(e?.message ?? String(error)).split('\n')[0]}`;
}

;// CONCATENATED MODULE: ./src/aws/permissions.ts
/**
 * The IAM permission each call of live mode needs. One table serves the AccessDenied messages and
 * the least-privilege policy printed in README.md (a test keeps the two in step).
 */
const callPermission = {
    GetRole: 'iam:GetRole',
    ListRoles: 'iam:ListRoles',
    ListRoleTags: 'iam:ListRoleTags',
    ListRolePolicies: 'iam:ListRolePolicies',
    GetRolePolicy: 'iam:GetRolePolicy',
    ListAttachedRolePolicies: 'iam:ListAttachedRolePolicies',
    GetPolicy: 'iam:GetPolicy',
    GetPolicyVersion: 'iam:GetPolicyVersion',
    ListInstanceProfilesForRole: 'iam:ListInstanceProfilesForRole',
    SimulatePrincipalPolicy: 'iam:SimulatePrincipalPolicy',
};
/** The policy live mode needs, ready to paste (read-only; `--simulate` adds SimulatePrincipalPolicy). */
function livePolicy() {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Sid: 'VeeamIamGateReadRoles',
                Effect: 'Allow',
                Action: Object.values(callPermission).sort(),
                Resource: '*',
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/aws/live-roles.ts






/** `--role all-workers` / `aws-roles: all-workers`: every role of the account that selection picks. */
const ALL_WORKERS = 'all-workers';
/** Live roles have no file: findings point at the account, `aws`. */
const LIVE_FILE = 'aws';
const liveLocation = { file: LIVE_FILE, line: 1, column: 1 };
const awsManaged = /^arn:[\w-]+:iam::aws:policy\//;
/** Whether selection (design.md §4) picks a role of this name and tags. */
function isWorker(name, tags, selectors) {
    const probe = {
        id: name,
        key: name,
        name,
        source: 'aws',
        file: LIVE_FILE,
        location: liveLocation,
        tags,
        variants: [],
    };
    return (0,selection/* selectRoles */.y3)([probe], selectors).size > 0;
}
/**
 * Reads deployed roles through the IAM API into the model (`source: 'aws'`, id `aws#<role-arn>`),
 * as complete as the credentials allow: a denied call leaves what it would have shown `unknown`
 * with the missing permission named. Missing or rejected credentials throw InputError. Throttling
 * is retried by the client (see createIamClient).
 */
async function loadLiveRoles(client, requested, options = {}) {
    const result = { roles: [], errors: [], warnings: [] };
    const names = new Set();
    for (const r of requested) {
        if (r === ALL_WORKERS)
            for (const name of await workerRoleNames(client, options, result))
                names.add(name);
        else
            names.add(roleNameOf(r));
    }
    const reader = new PolicyReader(client, result.warnings);
    const seen = new Set();
    for (const name of [...names].sort()) {
        const role = await loadRole(client, name, reader, result);
        if (role && !seen.has(role.id)) {
            seen.add(role.id);
            result.roles.push(role);
        }
    }
    result.roles.sort((a, b) => a.id.localeCompare(b.id));
    return result;
}
/** `arn:aws:iam::123456789012:role/path/name` → `name`; a plain name stays as it is. */
function roleNameOf(nameOrArn) {
    return nameOrArn.startsWith('arn:') ? nameOrArn.slice(nameOrArn.lastIndexOf('/') + 1) : nameOrArn;
}
async function workerRoleNames(client, options, result) {
    const selectors = options.selectors ?? [];
    const out = [];
    let tagsDenied = false;
    try {
        for await (const page of (0,dist_cjs/* paginateListRoles */.lwj)({ client }, {})) {
            for (const role of page.Roles ?? []) {
                const name = role.RoleName;
                if (isWorker(name, {}, selectors)) {
                    out.push(name);
                    continue;
                }
                if (tagsDenied)
                    continue;
                // ListRoles omits tags: a role selected only by its veeam:role tag needs ListRoleTags.
                try {
                    const tags = tagRecord((await client.send(new dist_cjs/* ListRoleTagsCommand */.DP4({ RoleName: name }))).Tags);
                    if (isWorker(name, tags, selectors))
                        out.push(name);
                }
                catch (e) {
                    if (classify(e) !== 'access-denied')
                        throw e;
                    tagsDenied = true;
                    result.warnings.push({
                        code: 'aws-access-denied',
                        message: `${callPermission.ListRoleTags} denied: roles selected only by a veeam:role tag are not checked`,
                    });
                }
            }
        }
    }
    catch (e) {
        const failure = classify(e);
        result.errors.push({
            file: LIVE_FILE,
            message: failure === 'access-denied'
                ? `${callPermission.ListRoles} denied: cannot list the account's roles for '${ALL_WORKERS}'`
                : `ListRoles failed: ${messageOf(e)}`,
        });
    }
    if (out.length === 0 && result.errors.length === 0)
        result.warnings.push({
            code: 'aws-no-worker-roles',
            message: `'${ALL_WORKERS}': no worker role in the account`,
        });
    return out;
}
async function loadRole(client, name, reader, result) {
    let iamRole;
    try {
        iamRole = (await client.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }))).Role;
    }
    catch (e) {
        const failure = classify(e);
        if (failure === 'access-denied')
            return deniedRole(name);
        result.errors.push({
            file: LIVE_FILE,
            message: failure === 'not-found'
                ? `role '${name}' does not exist in the account`
                : `GetRole ${name} failed: ${messageOf(e)}`,
        });
        return undefined;
    }
    const openQuestions = [];
    // A list call that fails leaves the role `complete` and adds an open question instead: the check
    // then turns unknown with the question's reason, so the report names the missing permission.
    const complete = { policies: true, instanceProfiles: true };
    // onlyAdds: what a denied list would show can only add to the role (instance profiles).
    const failed = (call, checks, what, e, onlyAdds = false) => {
        const reason = classify(e) === 'access-denied'
            ? `${callPermission[call]} denied: ${what} unknown`
            : `${call} failed (${messageOf(e)}): ${what} unknown`;
        openQuestions.push({ checks, reason, location: liveLocation, ...(onlyAdds ? { onlyAdds } : {}) });
    };
    const policies = [];
    try {
        for await (const page of (0,dist_cjs/* paginateListRolePolicies */.ow6)({ client }, { RoleName: name }))
            for (const policyName of page.PolicyNames ?? [])
                policies.push(await reader.inline(name, policyName));
    }
    catch (e) {
        failed('ListRolePolicies', ['permissions'], 'inline policies', e);
    }
    try {
        for await (const page of (0,dist_cjs/* paginateListAttachedRolePolicies */.mpN)({ client }, { RoleName: name }))
            for (const attached of page.AttachedPolicies ?? [])
                policies.push(await reader.managed(attached.PolicyArn));
    }
    catch (e) {
        failed('ListAttachedRolePolicies', ['permissions'], 'managed policies', e);
    }
    const instanceProfiles = [];
    try {
        for await (const page of (0,dist_cjs/* paginateListInstanceProfilesForRole */.mCX)({ client }, { RoleName: name }))
            for (const profile of page.InstanceProfiles ?? [])
                instanceProfiles.push({ name: profile.InstanceProfileName, location: liveLocation });
    }
    catch (e) {
        failed('ListInstanceProfilesForRole', ['instance-profile'], 'instance profiles', e, true);
    }
    const shape = {
        assumptions: {},
        policies,
        instanceProfiles: instanceProfiles.sort((a, b) => a.name.localeCompare(b.name)),
        complete,
        openQuestions,
    };
    if (iamRole.AssumeRolePolicyDocument)
        shape.trustPolicy = (0,policy_document/* policyFromValue */.i0)(iamRole.AssumeRolePolicyDocument, liveLocation);
    const boundary = iamRole.PermissionsBoundary?.PermissionsBoundaryArn;
    if (boundary)
        shape.permissionsBoundary = await reader.managed(boundary);
    return {
        id: `${LIVE_FILE}#${iamRole.Arn}`,
        key: iamRole.Arn,
        name: iamRole.RoleName,
        source: 'aws',
        file: LIVE_FILE,
        location: liveLocation,
        tags: tagRecord(iamRole.Tags),
        variants: [shape],
    };
}
/** GetRole denied: nothing about the role is known; every check is unknown and says why. */
function deniedRole(name) {
    const reason = `${callPermission.GetRole} denied: the role's trust policy and boundary are unknown`;
    return {
        id: `${LIVE_FILE}#${name}`,
        key: name,
        name,
        source: 'aws',
        file: LIVE_FILE,
        location: liveLocation,
        tags: {},
        variants: [
            {
                assumptions: {},
                trustUnresolved: (0,value/* unresolved */.I)(reason, liveLocation),
                policies: [],
                instanceProfiles: [],
                complete: { policies: false, instanceProfiles: false },
                openQuestions: [
                    { checks: ['trust-ec2', 'trust-appliance', 'instance-profile', 'permissions'], reason },
                ],
            },
        ],
    };
}
function tagRecord(tags) {
    const out = {};
    for (const t of tags ?? [])
        if (t.Key !== undefined)
            out[t.Key] = t.Value ?? '';
    return out;
}
/** Reads policy documents once per run (a managed policy attached to many roles is fetched once). */
class PolicyReader {
    client;
    warnings;
    managedCache = new Map();
    constructor(client, warnings) {
        this.client = client;
        this.warnings = warnings;
    }
    async inline(roleName, policyName) {
        const base = { kind: 'inline', name: policyName, location: liveLocation };
        try {
            const out = await this.client.send(new dist_cjs/* GetRolePolicyCommand */.WHQ({ RoleName: roleName, PolicyName: policyName }));
            return { ...base, document: (0,policy_document/* policyFromValue */.i0)(out.PolicyDocument ?? '', liveLocation) };
        }
        catch (e) {
            return {
                ...base,
                unresolved: (0,value/* unresolved */.I)(failureReason('GetRolePolicy', `inline policy ${policyName}`, e), liveLocation),
            };
        }
    }
    managed(arn) {
        let cached = this.managedCache.get(arn);
        if (!cached) {
            cached = this.readManaged(arn);
            this.managedCache.set(arn, cached);
        }
        return cached;
    }
    async readManaged(arn) {
        const base = { kind: 'managed', name: arn, arn, location: liveLocation };
        let call = 'GetPolicy';
        try {
            const policy = (await this.client.send(new dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }))).Policy;
            call = 'GetPolicyVersion';
            const version = await this.client.send(new dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: policy?.DefaultVersionId }));
            return { ...base, document: (0,policy_document/* policyFromValue */.i0)(version.PolicyVersion?.Document ?? '', liveLocation) };
        }
        catch (e) {
            const reason = failureReason(call, `managed policy ${arn}`, e);
            if (awsManaged.test(arn)) {
                // The bundled snapshot still knows AWS-managed policies.
                this.warnings.push({ code: 'aws-access-denied', message: `${reason}: using the bundled snapshot` });
                return base;
            }
            return { ...base, unresolved: (0,value/* unresolved */.I)(reason, liveLocation) };
        }
    }
}
function failureReason(call, what, e) {
    return classify(e) === 'access-denied'
        ? `${callPermission[call]} denied: ${what} unknown`
        : `${call} failed for ${what}: ${messageOf(e)}`;
}

;// CONCATENATED MODULE: ./src/aws/live-mode.ts



/**
 * Validates the request and reads the named roles; undefined when live mode is off. The client is
 * returned for `--simulate`. Bad combinations and missing credentials are InputErrors (exit 2).
 */
async function startLiveMode(request, selectors, client) {
    if (!request.aws) {
        if (request.roles.length)
            throw new errors/* InputError */.dz('--role needs --aws (live mode)');
        if (request.simulate)
            throw new errors/* InputError */.dz('--simulate needs --aws (live mode)');
        if (request.region)
            throw new errors/* InputError */.dz('--aws-region needs --aws (live mode)');
        return undefined;
    }
    if (request.roles.length === 0)
        throw new errors/* InputError */.dz('--aws needs at least one --role NAME|ARN, or --role all-workers');
    const iam = client ?? createIamClient(request.region ? { region: request.region } : {});
    return { client: iam, live: await loadLiveRoles(iam, request.roles, { selectors }) };
}


/***/ })

};
