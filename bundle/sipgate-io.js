var sipgateIO = (function () {
    'use strict';

    /**
     * Reads a web ReadableStream (a fetch Response or Request body) to its end, or stops as soon as more than
     * `limit` bytes arrived: then the stream is cancelled and the result is null. Shared by the fetch transport
     * (response bodies) and the Fetch webhook handler (request bodies).
     */
    async function readBytesUpTo(stream, limit) {
        const reader = stream.getReader();
        const parts = [];
        let total = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done)
                break;
            total += value.byteLength;
            if (total > limit) {
                await reader.cancel().catch(() => undefined);
                return null;
            }
            parts.push(value);
        }
        if (parts.length === 1)
            return parts[0];
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const part of parts) {
            bytes.set(part, offset);
            offset += part.byteLength;
        }
        return bytes;
    }

    /**
     * UTF-8 without depending on TextEncoder/TextDecoder, which some supported environments lack (jest's jsdom
     * environment). The platform codec is used where it exists; the fallback is the plain algorithm.
     */
    function utf8Encode(text) {
        if (typeof TextEncoder === 'function')
            return new TextEncoder().encode(text);
        const bytes = [];
        for (let index = 0; index < text.length; index += 1) {
            let code = text.charCodeAt(index);
            if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
                const low = text.charCodeAt(index + 1);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
                    index += 1;
                }
            }
            if (code >= 0xd800 && code <= 0xdfff)
                code = 0xfffd; // a lone surrogate, as TextEncoder does
            if (code < 0x80)
                bytes.push(code);
            else if (code < 0x800)
                bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
            else if (code < 0x10000)
                bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
            else
                bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
        }
        return Uint8Array.from(bytes);
    }
    function utf8Decode(bytes) {
        if (typeof TextDecoder === 'function')
            return new TextDecoder().decode(bytes);
        let text = '';
        for (let index = 0; index < bytes.length;) {
            const first = bytes[index];
            const length = first < 0x80 ? 1 : first >= 0xf0 ? 4 : first >= 0xe0 ? 3 : first >= 0xc0 ? 2 : 0;
            let code = length === 1 ? first : length === 2 ? first & 0x1f : length === 3 ? first & 0x0f : first & 0x07;
            let valid = length > 0 && index + length <= bytes.length;
            for (let offset = 1; valid && offset < length; offset += 1) {
                const next = bytes[index + offset];
                valid = (next & 0xc0) === 0x80;
                code = (code << 6) | (next & 0x3f);
            }
            if (!valid) {
                text += '\ufffd';
                index += 1;
                continue;
            }
            text += String.fromCodePoint(code);
            index += length;
        }
        return text;
    }

    /**
     * Pins the public names of error classes. `error.name` comes from the class name, which
     * minifiers (ours for the script-tag bundle, and the users' own) shorten to one letter.
     * Call it once per file with `{ ClassName }` (shorthand keys survive minification).
     */
    function keepErrorNames(classes) {
        for (const [name, errorClass] of Object.entries(classes))
            Object.defineProperty(errorClass, 'name', { value: name });
    }

    /**
     * The seam between the HTTP client and the network. The client (lib/core/http-client.ts) builds the URL,
     * headers and JSON body, owns deadlines, retries, hooks and error mapping; a transport only moves one request
     * and its answer. The implementations are picked by the package entry, never by sniffing at run time:
     *
     * - `createNodeTransport()` (./node.ts): node:http/node:https with keep-alive agents, gzip/deflate/br, the
     *   `agent` and `proxy` options and HTTPS_PROXY/HTTP_PROXY/NO_PROXY. Wired by lib/index.ts. nock intercepts it.
     * - `createFetchTransport()` (./fetch.ts): the platform's fetch, for browsers and edge runtimes. Wired by
     *   lib/browser.ts; an edge entry wires it the same way: `createRestClient(credentials, options, createFetchTransport())`.
     *   Where a browser-like runtime has no fetch (jest's jsdom), lib/browser.ts falls back to `createXhrTransport()`
     *   (./xhr.ts).
     *
     * A custom transport (tests, exotic runtimes) implements `Transport` and is passed the same way.
     */
    /**
     * A failure below HTTP. `code` is the platform's error code where there is one (ECONNREFUSED, ENOTFOUND,
     * ECONNRESET, …) or one of ours (ERR_BODY_TOO_LARGE, ERR_PROXY_CONNECT, ERR_NO_FETCH).
     */
    class TransportError extends Error {
        code;
        constructor(message, code) {
            super(message);
            this.name = 'TransportError';
            this.code = code;
        }
    }
    keepErrorNames({ TransportError });
    const BODY_TOO_LARGE = 'ERR_BODY_TOO_LARGE';

    /**
     * The fetch transport, for browsers and edge runtimes (no Node built-ins). The platform decodes gzip/br and
     * keeps connections alive. Redirects are not followed: the API never redirects, so one is an error.
     */
    /** 3xx answer whose status a browser hides (`redirect: 'manual'` gives an opaque response with status 0). */
    const HIDDEN_REDIRECT_STATUS = 300;
    async function readCapped(response, maxBytes) {
        const tooLarge = () => new TransportError(`the response body exceeds ${maxBytes} bytes`, BODY_TOO_LARGE);
        const declared = Number(response.headers.get('content-length'));
        if (Number.isFinite(declared) && declared > maxBytes) {
            await response.body?.cancel().catch(() => undefined);
            throw tooLarge();
        }
        if (!response.body)
            return '';
        const bytes = await readBytesUpTo(response.body, maxBytes);
        if (bytes === null)
            throw tooLarge();
        return utf8Decode(bytes);
    }
    /** `fetchImplementation` defaults to the global fetch, looked up per request (so a polyfill installed later counts). */
    function createFetchTransport(fetchImplementation) {
        return {
            async request(request) {
                const fetchFunction = fetchImplementation ?? globalThis.fetch;
                if (typeof fetchFunction !== 'function')
                    throw new TransportError('this runtime has no fetch; pass a Transport for it', 'ERR_NO_FETCH');
                let response;
                try {
                    response = await fetchFunction(request.url, {
                        method: request.method,
                        headers: request.headers,
                        body: request.body,
                        signal: request.signal,
                        redirect: 'manual',
                    });
                }
                catch (error) {
                    if (request.signal.aborted)
                        throw new TransportError('aborted', 'ERR_ABORTED');
                    throw new TransportError(error instanceof Error ? error.message : String(error), 'ERR_NETWORK');
                }
                const status = response.type === 'opaqueredirect' ? HIDDEN_REDIRECT_STATUS : response.status;
                let body;
                try {
                    body = await readCapped(response, request.maxResponseBytes);
                }
                catch (error) {
                    if (error instanceof TransportError)
                        throw error;
                    if (request.signal.aborted)
                        throw new TransportError('aborted', 'ERR_ABORTED');
                    throw new TransportError(error instanceof Error ? error.message : String(error), 'ECONNRESET');
                }
                const headers = response.headers;
                return { status, header: (name) => headers.get(name) ?? undefined, body };
            },
        };
    }

    /**
     * One error hierarchy for the whole SDK. Every failure a caller can see is a
     * `SipgateIOError`; the subclass says why. Errors never hold credentials: the
     * request description keeps method and path only, and bodies are the server's.
     */
    class SipgateIOError extends Error {
        /** HTTP status of the response, when there was one. */
        status;
        /** Parsed response body (JSON or text), when there was one. */
        body;
        method;
        path;
        /** Whether sending the same request again may succeed and is safe. */
        retryable;
        retryAfterMs;
        constructor(message, options = {}) {
            super(message);
            this.name = new.target.name;
            this.status = options.status;
            this.body = options.body;
            this.method = options.request?.method;
            this.path = options.request?.path;
            this.retryable = options.retryable ?? false;
            this.retryAfterMs = options.retryAfterMs;
            if (options.cause !== undefined) {
                Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false, writable: true });
            }
            Object.setPrototypeOf(this, new.target.prototype);
        }
        toJSON() {
            return {
                name: this.name,
                message: this.message,
                status: this.status,
                method: this.method,
                path: this.path,
                retryable: this.retryable,
                body: this.body,
            };
        }
    }
    /** Input rejected before any request was sent. `field` names the offending input. */
    class ValidationError extends SipgateIOError {
        field;
        constructor(field, message, options = {}) {
            super(message, options);
            this.field = field;
        }
    }
    /** The server rejected the request as malformed (400 and other unmapped 4xx). */
    class BadRequestError extends SipgateIOError {
    }
    /** 401: credentials missing, wrong or expired. */
    class AuthenticationError extends SipgateIOError {
    }
    /** 402: the account balance does not cover the action. */
    class PaymentRequiredError extends SipgateIOError {
    }
    /** 403: authenticated, but not allowed (scope, feature not booked, foreign extension). */
    class PermissionError extends SipgateIOError {
    }
    /** 404: the resource (or endpoint) does not exist. */
    class NotFoundError extends SipgateIOError {
    }
    /** 409: the resource is in a state that does not allow the action. */
    class ConflictError extends SipgateIOError {
    }
    /** 429: too many requests; `retryAfterMs` tells how long to wait when the server said so. */
    class RateLimitError extends SipgateIOError {
    }
    /** 5xx: the server failed. */
    class ServerError extends SipgateIOError {
    }
    /**
     * The server answered something the API never sends: a redirect, or a success whose body is empty or not
     * JSON on an endpoint that returns JSON (a captive portal, a misconfigured proxy). Never taken for data.
     */
    class UnexpectedResponseError extends SipgateIOError {
    }
    /** The request did not get an HTTP answer (DNS, refused, reset). */
    class NetworkError extends SipgateIOError {
        /** True when the connection failed before any byte of the request was sent. */
        requestNotSent;
        constructor(message, options = {}) {
            super(message, options);
            this.requestNotSent = options.requestNotSent ?? false;
        }
    }
    /** The attempt took longer than `timeout`, or all attempts together longer than `deadline`. */
    class TimeoutError extends SipgateIOError {
    }
    /** The caller aborted the request through its AbortSignal. */
    class AbortError extends SipgateIOError {
    }
    keepErrorNames({
        SipgateIOError,
        UnexpectedResponseError,
        ValidationError,
        BadRequestError,
        AuthenticationError,
        PaymentRequiredError,
        PermissionError,
        NotFoundError,
        ConflictError,
        RateLimitError,
        ServerError,
        NetworkError,
        TimeoutError,
        AbortError,
    });
    /** The error class for an HTTP status. */
    function errorClassForStatus(status) {
        if (status >= 300 && status < 400)
            return UnexpectedResponseError;
        if (status === 401)
            return AuthenticationError;
        if (status === 402)
            return PaymentRequiredError;
        if (status === 403)
            return PermissionError;
        if (status === 404)
            return NotFoundError;
        if (status === 409)
            return ConflictError;
        if (status === 429)
            return RateLimitError;
        if (status >= 500)
            return ServerError;
        return BadRequestError;
    }

    /**
     * Per-call options, the same for every module method (the last argument): cancel, bound the time of one
     * attempt or of all of them, change the retry budget. Modules never forward them one by one: they call the client through
     * `moduleRequests`, which checks the options once and adds the module's error wording.
     */
    const isAbortSignal = (value) => typeof value === 'object' &&
        value !== null &&
        typeof value.aborted === 'boolean' &&
        typeof value.addEventListener === 'function';
    function milliseconds(name, value) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
            throw new ValidationError(`options.${name}`, `options.${name} must be a positive number of milliseconds`);
        }
        return value;
    }
    /** The per-call part of a request config; a wrong option is refused before any request. */
    function requestConfig(options) {
        if (options === undefined || options === null)
            return {};
        if (typeof options !== 'object')
            throw new ValidationError('options', 'options must be an object');
        const { signal, timeout, deadline, maxRetries } = options;
        const config = {};
        if (signal !== undefined) {
            if (!isAbortSignal(signal))
                throw new ValidationError('options.signal', 'options.signal must be an AbortSignal');
            config.signal = signal;
        }
        if (timeout !== undefined)
            config.timeout = milliseconds('timeout', timeout);
        if (deadline !== undefined)
            config.deadline = milliseconds('deadline', deadline);
        if (maxRetries !== undefined) {
            if (!Number.isSafeInteger(maxRetries) || maxRetries < 0) {
                throw new ValidationError('options.maxRetries', 'options.maxRetries must be an integer >= 0');
            }
            config.maxRetries = maxRetries;
        }
        return config;
    }
    function moduleRequests(client, errorMessages = {}) {
        const config = (options, extra) => ({
            ...extra,
            ...requestConfig(options),
            errorMessages: extra?.errorMessages ? { ...errorMessages, ...extra.errorMessages } : errorMessages,
        });
        return {
            get: (path, options, extra) => client.get(path, config(options, extra)),
            delete: (path, options, extra) => client.delete(path, config(options, extra)),
            post: (path, body, options, extra) => client.post(path, body, config(options, extra)),
            put: (path, body, options, extra) => client.put(path, body, config(options, extra)),
        };
    }

    /**
     * Input checks shared by every module. Each throws a ValidationError naming the
     * field; none sends anything. Phone numbers are checked and normalised without a
     * phone-number database on purpose: such a library would multiply the bundle size.
     */
    const EXTENSION_PATTERN = /^([a-z])(0|[1-9][0-9]*)$/;
    const E164_PATTERN = /^\+[1-9][0-9]{1,14}$/;
    function describe$1(value) {
        if (typeof value === 'string')
            return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
        return typeof value;
    }
    /** Checks that an argument is an object; `expected` describes its shape for the message. */
    function requireObject(value, field, expected = 'an object') {
        if (value === null || typeof value !== 'object') {
            throw new ValidationError(field, `${field} must be ${expected}, got ${value === null ? 'null' : typeof value}`);
        }
        return value;
    }
    function requireString$1(value, field) {
        if (typeof value !== 'string' || value.trim() === '') {
            throw new ValidationError(field, `${field} must be a non-empty string, got ${describe$1(value)}`);
        }
        return value;
    }
    /**
     * Normalises a phone number to E.164 (`+4921112345`): spaces, dashes, dots,
     * slashes and brackets are dropped, a leading `00` becomes `+`.
     * Throws when the result is not E.164.
     */
    function normalizePhoneNumber(value, field = 'phoneNumber') {
        if (typeof value !== 'string' || value.trim() === '') {
            throw new ValidationError(field, `${field} must be a phone number in E.164 format, got ${describe$1(value)}`);
        }
        let compact = value.trim().replace(/[\s\-./()]/g, '');
        if (compact.startsWith('00'))
            compact = `+${compact.slice(2)}`;
        if (!E164_PATTERN.test(compact)) {
            throw new ValidationError(field, `${field} must be a phone number in E.164 format (e.g. +4921112345678), got ${describe$1(value)}`);
        }
        return compact;
    }
    function isPhoneNumber(value) {
        try {
            normalizePhoneNumber(value);
            return true;
        }
        catch {
            return false;
        }
    }
    function isExtension(value, allowed) {
        if (typeof value !== 'string')
            return false;
        const match = EXTENSION_PATTERN.exec(value);
        return match !== null && (allowed === undefined || allowed.includes(match[1]));
    }
    /** Checks an extension id such as `e14` or `p0`, optionally limited to some types. */
    function validateExtension(value, field, allowed) {
        if (!isExtension(value, allowed)) {
            const types = allowed ? ` of type ${allowed.join(', ')}` : '';
            throw new ValidationError(field, `${field} must be an extension id${types} (e.g. ${allowed?.[0] ?? 'e'}0), got ${describe$1(value)}`);
        }
        return value;
    }
    /** Web user ids are `w` extensions (`w0`, `w12`). */
    function validateWebuserId(webuserId, field = 'webuserId') {
        return validateExtension(webuserId, field, ['w']);
    }
    /** Checks an absolute http(s) URL. */
    function validateHttpUrl(value, field) {
        if (typeof value !== 'string' || value.trim() === '') {
            throw new ValidationError(field, `${field} must be an http or https URL, got ${describe$1(value)}`);
        }
        let parsed;
        try {
            parsed = new URL(value);
        }
        catch {
            throw new ValidationError(field, `${field} is not a valid URL: ${describe$1(value)}`);
        }
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
            throw new ValidationError(field, `${field} must use http or https, got ${describe$1(parsed.protocol)}`);
        }
        return value;
    }
    function validateBoolean(value, field) {
        if (typeof value !== 'boolean') {
            throw new ValidationError(field, `${field} must be a boolean, got ${describe$1(value)}`);
        }
        return value;
    }
    /** Checks an integer within [min, max]. */
    function validateInteger(value, field, min, max = Number.MAX_SAFE_INTEGER) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
            const range = max === Number.MAX_SAFE_INTEGER ? `>= ${min}` : `between ${min} and ${max}`;
            throw new ValidationError(field, `${field} must be an integer ${range}, got ${String(value)}`);
        }
        return value;
    }
    const DTMF_PATTERN = /^[0-9A-D#*]+$/;
    /** DTMF sequences: digits, A–D, `*` and `#` (lower-case letters are upper-cased). */
    function normalizeDtmf(value, field = 'sequence') {
        if (typeof value !== 'string' || !DTMF_PATTERN.test(value.toUpperCase())) {
            throw new ValidationError(field, `${field} must consist of 0-9, A-D, * and # only, got ${describe$1(value)}`);
        }
        return value.toUpperCase();
    }
    function validateDate(value, field) {
        if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
            throw new ValidationError(field, `${field} must be a valid Date, got ${describe$1(value)}`);
        }
        return value;
    }
    /** Checks offset/limit bounds; `maxLimit` comes from the endpoint (history: 1000). */
    function validatePagination(pagination, maxLimit) {
        if (pagination === undefined || pagination === null)
            return;
        if (typeof pagination !== 'object') {
            throw new ValidationError('pagination', 'pagination must be an object with offset and/or limit');
        }
        if (pagination.offset !== undefined)
            validateInteger(pagination.offset, 'pagination.offset', 0, 2147483647);
        if (pagination.limit !== undefined)
            validateInteger(pagination.limit, 'pagination.limit', 0, maxLimit);
    }

    /**
     * The valid combinations of call data (contract table): `to` is always a number;
     * `from` is an extension, or a number together with a deviceId; callerId is an
     * optional number. Extensions of a caller are devices: e, p, x or y.
     */
    const CALLER_EXTENSION_TYPES = ['e', 'p', 'x', 'y'];
    function validateCallData(call) {
        requireObject(call, 'callData', 'an object with from and to');
        const callee = normalizePhoneNumber(call.to, 'to');
        // null means absent, as in the official package (code often passes `deviceId: row.deviceId ?? null`).
        const deviceId = call.deviceId == null ? undefined : validateExtension(call.deviceId, 'deviceId', CALLER_EXTENSION_TYPES);
        const callerId = call.callerId == null ? undefined : normalizePhoneNumber(call.callerId, 'callerId');
        let caller;
        if (isExtension(call.from, CALLER_EXTENSION_TYPES)) {
            caller = call.from;
        }
        else {
            if (typeof call.from === 'string' && isExtension(call.from)) {
                throw new ValidationError('from', `from must be a phone number or an extension of type e, p, x or y, got "${call.from}"`);
            }
            caller = normalizePhoneNumber(call.from, 'from');
            if (deviceId === undefined)
                throw new ValidationError('deviceId', 'deviceId is required when from is a phone number');
        }
        return { caller, callee, deviceId, callerId };
    }

    const CALL_ERRORS$1 = {
        400: 'Invalid call data: the API rejected the caller or callee number, or needs a deviceId for a phone number caller',
        402: 'Insufficient funds to start the call',
        403: 'Not allowed to start this call: the caller or device extension is unknown or not yours, or the token lacks the sessions:calls:write scope',
    };
    function createCallModule(client) {
        const api = moduleRequests(client, CALL_ERRORS$1);
        return {
            async initiate(callData, options) {
                const dto = validateCallData(callData);
                return api.post('/sessions/calls', dto, options);
            },
        };
    }

    async function mapWithConcurrency(items, limit, task, onProgress) {
        const results = new Array(items.length);
        const workers = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
        let next = 0;
        let done = 0;
        let failed = 0;
        async function worker() {
            while (next < items.length) {
                const index = next;
                next += 1;
                try {
                    results[index] = { index, ok: true, value: await task(items[index], index) };
                }
                catch (error) {
                    failed += 1;
                    results[index] = { index, ok: false, error };
                }
                done += 1;
                onProgress?.({ done, total: items.length, failed });
            }
        }
        await Promise.all(Array.from({ length: workers }, () => worker()));
        return results;
    }

    /**
     * Offset/limit paging, shared by every list endpoint: one page shape for callers (`ListPage`) and one walker
     * (`paginate`) for "every item". The walker stops when `totalCount` says everything was seen, or when a page
     * comes back short or empty; and it refuses to go on when a server ignores `offset` (the same page again, or a
     * page it already returned), instead of collecting the same items until memory runs out.
     */
    /**
     * Describes a page fetched with `offset`/`limit`. Without a total, a full page means "maybe more"; the next
     * page then comes back empty. Without a limit the endpoint chose the page size, so the page's length stands in.
     */
    function toListPage(page, pagination, defaultLimit) {
        const { items } = page;
        const totalCount = typeof page.totalCount === 'number' ? page.totalCount : undefined;
        const offset = pagination?.offset ?? 0;
        const limit = pagination?.limit ?? defaultLimit ?? items.length;
        const seen = offset + items.length;
        const hasMore = items.length > 0 && (totalCount !== undefined ? seen < totalCount : limit > 0 && items.length >= limit);
        const result = totalCount === undefined ? { items, hasMore } : { items, totalCount, hasMore };
        if (hasMore)
            result.next = { offset: seen, limit: limit > 0 ? limit : items.length };
        return result;
    }
    /** The server answered a later page with items it had already sent: it ignores `offset`. */
    class PaginationStalledError extends SipgateIOError {
        /** The offset whose page repeated an earlier one. */
        offset;
        constructor(offset, path) {
            super(`The server answered offset ${offset} with a page it had already sent${path ? ` (${path})` : ''}: it ignores offset, so paging stopped`, { retryable: false });
            this.offset = offset;
        }
    }
    keepErrorNames({ PaginationStalledError });
    /**
     * What tells pages apart: their length and their first and last items. A server that ignores `offset` sends
     * the same page again (or an earlier one), which has the same ends; two different pages of real data never
     * do, since items carry their ids. Serialising two items instead of the whole page keeps a 5000-item page cheap.
     */
    function fingerprint(items) {
        return `${items.length}|${JSON.stringify(items[0])}|${JSON.stringify(items[items.length - 1])}`;
    }
    async function* paginate(fetchPage, options) {
        let offset = options.offset ?? 0;
        let yielded = 0;
        const maxItems = options.maxItems ?? Number.POSITIVE_INFINITY;
        const seenPages = new Set();
        while (yielded < maxItems) {
            const limit = Math.min(options.pageSize, maxItems - yielded);
            const page = await fetchPage(offset, limit, options.signal);
            if (page.items.length > 0) {
                const print = fingerprint(page.items);
                if (seenPages.has(print))
                    throw new PaginationStalledError(offset, options.path);
                seenPages.add(print);
            }
            for (const item of page.items) {
                if (yielded >= maxItems)
                    return;
                yield item;
                yielded += 1;
            }
            offset += page.items.length;
            const reachedTotal = page.totalCount !== undefined && offset >= page.totalCount;
            if (reachedTotal || page.items.length < limit || page.items.length === 0)
                return;
        }
    }
    /** Collects an async iterable into an array. */
    async function collect(iterable) {
        const result = [];
        for await (const item of iterable)
            result.push(item);
        return result;
    }

    /**
     * Builds API paths so that no value can change which endpoint is called. Each interpolated value is given
     * with its field name (`apiPath`/contacts/${{ id }}``) and must be a non-empty string (or a non-negative
     * integer). Values that are, after percent-decoding, a dot segment (`.`, `..`, `%2e`, `%252E%2e`, …) are
     * refused: URL normalisation (by the HTTP stack, a proxy or the server) would drop them and the request
     * would reach the parent resource, e.g. `DELETE /contacts/` instead of one contact. Everything else is
     * percent-encoded, so `/`, `?` and `#` stay inside their segment.
     */
    /** Percent-decoding is repeated (a proxy or server may decode twice), but a value cannot nest deeper than this. */
    const MAX_DECODE_ROUNDS = 8;
    function fullyDecoded(value) {
        let current = value;
        for (let round = 0; round < MAX_DECODE_ROUNDS; round += 1) {
            let next;
            try {
                next = decodeURIComponent(current);
            }
            catch {
                return current; // a malformed escape stays literal: encodeURIComponent sends it as `%25…`
            }
            if (next === current)
                return current;
            current = next;
        }
        return current;
    }
    function describe(value) {
        return typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : value === null ? 'null' : typeof value;
    }
    /** Checks a value that will become one path segment (before it is used anywhere); returns it unchanged. */
    function requirePathValue(value, field) {
        if (typeof value !== 'string' || value.trim() === '') {
            throw new ValidationError(field, `${field} must be a non-empty string, got ${describe(value)}`);
        }
        const decoded = fullyDecoded(value);
        if (decoded === '.' || decoded === '..') {
            throw new ValidationError(field, `${field} must not be a dot segment (${describe(value)}): it would leave its path`);
        }
        return value;
    }
    /** Checks one path value and returns it as the encoded segment. */
    function pathSegment(value, field) {
        if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
            return String(value);
        return encodeURIComponent(requirePathValue(value, field));
    }
    function apiPath(strings, ...values) {
        return strings.reduce((result, part, index) => {
            if (index >= values.length)
                return result + part;
            const named = values[index];
            const entries = named !== null && typeof named === 'object' ? Object.entries(named) : [];
            if (entries.length !== 1)
                throw new TypeError('apiPath: pass each value as { fieldName: value }');
            const [field, value] = entries[0];
            return result + part + pathSegment(value, field);
        }, '');
    }

    /**
     * Base64 for credentials and uploads. On Node (and wherever a Buffer exists) Buffer does it natively, many
     * times faster; elsewhere btoa over binary strings, with UTF-8 from ./utf8 (no TextEncoder needed).
     */
    const CHUNK = 0x8000;
    const NodeBuffer = globalThis.Buffer;
    function bytesToBase64(bytes) {
        if (NodeBuffer)
            return NodeBuffer.from(bytes).toString('base64');
        let binary = '';
        // Chunks keep String.fromCharCode's argument list below engine limits for large files.
        for (let start = 0; start < bytes.length; start += CHUNK) {
            binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
        }
        return btoa(binary);
    }
    function utf8ToBase64(text) {
        if (NodeBuffer)
            return NodeBuffer.from(text, 'utf8').toString('base64');
        return bytesToBase64(utf8Encode(text));
    }
    /** Decodes standard or URL-safe base64 (padding optional) to UTF-8 text. */
    function base64ToUtf8(base64) {
        const standard = base64.replace(/-/g, '+').replace(/_/g, '/');
        if (NodeBuffer)
            return NodeBuffer.from(standard, 'base64').toString('utf8');
        const padded = standard + '='.repeat((4 - (standard.length % 4)) % 4);
        const binary = atob(padded);
        const bytes = new Uint8Array(binary.length);
        for (let index = 0; index < binary.length; index += 1)
            bytes[index] = binary.charCodeAt(index);
        return utf8Decode(bytes);
    }

    /**
     * RFC 4180 CSV: a single-pass parser (quoted fields, embedded delimiters, line breaks and doubled quotes,
     * BOM, CRLF/LF/CR) and the writing helpers every CSV the SDK produces goes through, including the one
     * spreadsheet-formula guard (OWASP "CSV injection") shared by the contacts and history exports.
     */
    /** A CSV that cannot be read as RFC 4180 (an unclosed quote, text after a closing quote). */
    class CsvFormatError extends Error {
        /** 1-based physical line where the problem starts. */
        line;
        constructor(message, line) {
            super(`line ${line}: ${message}`);
            this.name = 'CsvFormatError';
            this.line = line;
        }
    }
    const QUOTE$1 = 34;
    const CR$1 = 13;
    const LF$1 = 10;
    /**
     * Parses CSV text into rows of fields. Every character is examined a bounded number of times, so the cost is
     * linear in the input whatever it contains. A blank line yields a row with one empty field (`['']`).
     */
    function parseCsv(text, options = {}) {
        const delimiter = (options.delimiter ?? ',').charCodeAt(0);
        const meter = options.meter ?? { steps: 0 };
        const rows = [];
        const length = text.length;
        let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        let line = 1;
        let row = [];
        if (position >= length)
            return rows;
        for (;;) {
            let field;
            if (text.charCodeAt(position) === QUOTE$1) {
                const startLine = line;
                let pieces = '';
                let start = position + 1;
                for (;;) {
                    const close = text.indexOf('"', start);
                    const end = close < 0 ? length : close;
                    for (let i = start; i < end; i++)
                        if (text.charCodeAt(i) === LF$1)
                            line += 1;
                    meter.steps += end - start + 1;
                    if (close < 0) {
                        if (!options.lenient)
                            throw new CsvFormatError('a quoted field is never closed', startLine);
                        pieces += text.slice(start);
                        position = length;
                        break;
                    }
                    pieces += text.slice(start, close);
                    if (text.charCodeAt(close + 1) === QUOTE$1) {
                        pieces += '"';
                        start = close + 2;
                        continue;
                    }
                    position = close + 1;
                    break;
                }
                // Between the closing quote and the next delimiter or line break only nothing is allowed.
                const afterStart = position;
                while (position < length) {
                    const code = text.charCodeAt(position);
                    if (code === delimiter || code === LF$1 || code === CR$1)
                        break;
                    meter.steps += 1;
                    position += 1;
                }
                if (position > afterStart) {
                    if (!options.lenient)
                        throw new CsvFormatError('unexpected text after a closing quote', line);
                    pieces += text.slice(afterStart, position);
                }
                field = pieces;
            }
            else {
                const start = position;
                while (position < length) {
                    const code = text.charCodeAt(position);
                    if (code === delimiter || code === LF$1 || code === CR$1)
                        break;
                    meter.steps += 1;
                    position += 1;
                }
                field = text.slice(start, position);
            }
            row.push(field);
            meter.steps += 1;
            if (position >= length) {
                rows.push(row);
                return rows;
            }
            const code = text.charCodeAt(position);
            position += 1;
            if (code === delimiter)
                continue;
            if (code === CR$1 && text.charCodeAt(position) === LF$1)
                position += 1;
            line += 1;
            rows.push(row);
            row = [];
            if (position >= length)
                return rows;
        }
    }
    /** True for a row that holds nothing but blanks (a blank line, or `,,`). */
    function isBlankRow(row) {
        for (const cell of row)
            if (cell !== '' && cell.trim() !== '')
                return false;
        return true;
    }
    /** Whether a cell must be quoted: it holds the delimiter, a quote or a line break, or starts or ends with a space. */
    function needsQuotes(value, delimiter) {
        const last = value.length - 1;
        if (last < 0)
            return false;
        if (value.charCodeAt(0) === 32 || value.charCodeAt(last) === 32)
            return true;
        for (let i = 0; i <= last; i++) {
            const code = value.charCodeAt(i);
            if (code === delimiter || code === QUOTE$1 || code === LF$1 || code === CR$1)
                return true;
        }
        return false;
    }
    /** One cell, quoted only when it has to be (delimiter, quote, line break, or surrounding spaces). */
    function csvCell(value, delimiter = ',') {
        return needsQuotes(value, delimiter.charCodeAt(0)) ? quotedCsvCell(value) : value;
    }
    /** One cell, always quoted (the layout of the official package's exports). */
    function quotedCsvCell(value) {
        return value.includes('"') ? `"${value.replaceAll('"', '""')}"` : `"${value}"`;
    }
    // A spreadsheet runs a cell as a formula when it starts with one of these (OWASP CSV injection). Leading
    // whitespace is skipped first because some spreadsheets trim it on import; the full-width forms are included
    // because some spreadsheets normalise them.
    const FORMULA_TRIGGER = /^[\s\u00a0\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;
    // A phone number as people write it: an optional leading +, then digits with single spaces, dashes, dots or
    // slashes between them and digits in brackets. No letters, so no function, reference or DDE call can hide in it.
    const PHONE_NUMBER = /^\+?(?:\(\d+\)|\d)(?:[ ./-]?(?:\(\d+\)|\d))*$/;
    /** Whether a cell would start a formula in a spreadsheet. */
    function isFormulaCell(value) {
        const first = value.charCodeAt(0);
        // Fast path: a cell that starts with a letter or digit is never a formula.
        if ((first >= 48 && first <= 57) || (first >= 65 && first <= 90) || (first >= 97 && first <= 122))
            return false;
        return FORMULA_TRIGGER.test(value);
    }
    /** Whether a cell is a phone number such as `+4921112345`, `+49 211 123-45` or `(0211) 12345`. */
    function isPhoneNumberCell(value) {
        return PHONE_NUMBER.test(value);
    }
    /**
     * Makes a cell safe to open in a spreadsheet: a cell that would start a formula gets a leading `'`, which
     * spreadsheets read as "this is text". In a column of phone numbers (`phoneColumn`) a cell made only of
     * phone numbers (several joined by `separator`) stays as it is.
     */
    function neutraliseFormula(value, phoneColumn = false, separator) {
        if (!isFormulaCell(value))
            return value;
        if (phoneColumn) {
            const parts = separator === undefined ? [value] : value.split(separator);
            if (parts.every(isPhoneNumberCell))
                return value;
        }
        return `'${value}`;
    }
    const PHONE_HEADER = /number|phone|nummer|^(?:source|target|from|to|caller|callee|msisdn|e164)$/i;
    /** Whether a header names a column of phone numbers (the default of `sanitiseCsvText`). */
    function isPhoneHeader(header) {
        return PHONE_HEADER.test(header);
    }
    function detectDelimiter(text) {
        const firstLineEnd = text.search(/[\r\n]/);
        const header = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
        return header.includes(';') && !header.includes(',') ? ';' : ',';
    }
    /**
     * Re-writes CSV text that the SDK did not produce (a server export) with every formula cell neutralised.
     * The first row is the header. Line breaks keep the style of the input, and a final line break is kept.
     */
    function sanitiseCsvText(text, options = {}) {
        if (text === '')
            return text;
        const delimiter = options.delimiter ?? detectDelimiter(text);
        const rows = parseCsv(text, { delimiter, lenient: true });
        const eol = /\r\n/.test(text) ? '\r\n' : '\n';
        const endsWithBreak = /[\r\n]$/.test(text);
        const header = rows[0] ?? [];
        const isPhoneColumn = options.isPhoneColumn ?? isPhoneHeader;
        const phoneColumns = header.map((name) => isPhoneColumn(name.trim()));
        const out = rows.map((row, rowIndex) => row
            .map((cell, column) => csvCell(rowIndex === 0 ? neutraliseFormula(cell) : neutraliseFormula(cell, phoneColumns[column]), delimiter))
            .join(delimiter));
        return (text.charCodeAt(0) === 0xfeff ? '\ufeff' : '') + out.join(eol) + (endsWithBreak ? eol : '');
    }

    /**
     * Contacts as CSV. The default layout is the official package's: every cell quoted, a header
     * `id,name,emails,numbers,addresses,organizations`, list cells as JSON, `\n` between rows. The `flat` layout
     * joins lists as readable text and adds the scope. Both neutralise cells a spreadsheet would run as a formula.
     */
    const OFFICIAL_EXPORT_COLUMNS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organizations'];
    const FLAT_EXPORT_COLUMNS = ['id', 'name', 'emails', 'numbers', 'addresses', 'organization', 'scope'];
    /** Joins several numbers, e-mails or addresses in one cell of the flat layout. */
    const FLAT_SEPARATOR = ' | ';
    /** Appends `part` to `text` with `separator` between, skipping empty parts (no arrays on the hot path). */
    function joinPart(text, part, separator) {
        if (!part)
            return text;
        return text === '' ? part : `${text}${separator}${part}`;
    }
    function formatAddress(address) {
        const cityLine = joinPart(address.postalCode ?? '', address.locality, ' ');
        let text = joinPart('', address.poBox, ', ');
        text = joinPart(text, address.extendedAddress, ', ');
        text = joinPart(text, address.streetAddress, ', ');
        text = joinPart(text, cityLine, ', ');
        text = joinPart(text, address.region, ', ');
        return joinPart(text, address.country, ', ');
    }
    // Strings JSON.stringify would escape (quotes, backslashes, control characters, lone surrogates).
    // eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes
    const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
    /** Doubled JSON of object keys: the API's objects repeat a handful of keys, so each is written once per process. */
    const doubledKeys = new Map();
    function doubledKey(key) {
        let doubled = doubledKeys.get(key);
        if (doubled === undefined) {
            doubled = doubledJson(key);
            if (doubledKeys.size < 256)
                doubledKeys.set(key, doubled);
        }
        return doubled;
    }
    /**
     * JSON.stringify(value) with every `"` doubled, as it appears inside a quoted CSV cell, written in one go
     * instead of serialising and then replacing (the export's hot path). Same output as JSON.stringify for the
     * plain data the API returns.
     */
    function doubledJson(value) {
        if (typeof value === 'string') {
            return JSON_ESCAPED.test(value) ? JSON.stringify(value).replaceAll('"', '""') : `""${value}""`;
        }
        if (Array.isArray(value)) {
            let out = '[';
            for (let i = 0; i < value.length; i++) {
                const item = value[i];
                if (i > 0)
                    out += ',';
                out += item === undefined || typeof item === 'function' ? 'null' : doubledJson(item);
            }
            return `${out}]`;
        }
        if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            let out = '{';
            for (const key of Object.keys(value)) {
                const item = value[key];
                if (item === undefined || typeof item === 'function')
                    continue;
                out += `${out.length > 1 ? ',' : ''}${doubledKey(key)}:${doubledJson(item)}`;
            }
            return `${out}}`;
        }
        return (JSON.stringify(value) ?? 'null').replaceAll('"', '""');
    }
    /** A JSON cell (always starts with `[`, so it never starts a formula). */
    function jsonCell(value) {
        return `"${doubledJson(value ?? [])}"`;
    }
    function textCell(value) {
        return quotedCsvCell(neutraliseFormula(value === undefined || value === null ? '' : String(value)));
    }
    function officialCsv(contacts, delimiter) {
        const rows = [OFFICIAL_EXPORT_COLUMNS.map(quotedCsvCell).join(delimiter)];
        for (const contact of contacts) {
            rows.push(`${textCell(contact.id)}${delimiter}${textCell(contact.name)}` +
                `${delimiter}${jsonCell((contact.emails ?? []).map((email) => email.email))}` +
                `${delimiter}${jsonCell((contact.numbers ?? []).map((number) => number.number))}` +
                `${delimiter}${jsonCell(contact.addresses)}${delimiter}${jsonCell(contact.organization)}`);
        }
        return rows.join('\n');
    }
    function flatCsv(contacts, delimiter) {
        const cell = (value, phoneColumn = false) => csvCell(neutraliseFormula(value, phoneColumn, FLAT_SEPARATOR), delimiter);
        let out = FLAT_EXPORT_COLUMNS.join(delimiter);
        for (const contact of contacts) {
            out +=
                `\n${cell(contact.id ?? '')}${delimiter}${cell(contact.name ?? '')}` +
                    `${delimiter}${cell((contact.emails ?? []).map((email) => email.email).join(FLAT_SEPARATOR))}` +
                    `${delimiter}${cell((contact.numbers ?? []).map((number) => number.number).join(FLAT_SEPARATOR), true)}` +
                    `${delimiter}${cell((contact.addresses ?? []).map(formatAddress).join(FLAT_SEPARATOR))}` +
                    `${delimiter}${cell((contact.organization ?? []).map((unit) => unit.join(', ')).join(FLAT_SEPARATOR))}` +
                    `${delimiter}${cell(contact.scope ?? '')}`;
        }
        return out;
    }
    function contactsToCsv(contacts, delimiter, format = 'official') {
        return format === 'flat' ? flatCsv(contacts, delimiter) : officialCsv(contacts, delimiter);
    }

    /**
     * Input limits of the bulk imports, apart from the parsers themselves: the parsers load only when an import
     * runs, while these constants are part of the public API.
     */
    /** Limits of `importVCardString`; input beyond them is refused with a ValidationError before any request. */
    const VCARD_LIMITS = {
        /** Characters of the whole input (10 MB of ASCII). */
        maxInputChars: 10_000_000,
        /** Cards in one input. */
        maxCards: 10_000,
        /** Characters of one unfolded property line (a large PHOTO still fits). */
        maxLineChars: 1_000_000,
        /** Properties in one card. */
        maxPropertiesPerCard: 2_000,
    };
    /** Limits of `importFromCsvString`; larger input is refused with a ValidationError before any request. */
    const CSV_IMPORT_LIMITS = {
        /** Characters of the whole input (10 MB of ASCII). */
        maxInputChars: 10_000_000,
        /** Records (rows after the header). */
        maxRecords: 100_000,
    };

    /** Input checks of the contacts module and the mapping to API bodies; each throws a ValidationError before any request. */
    const SCOPES = ['PRIVATE', 'SHARED'];
    const EXPORT_SCOPES = ['PRIVATE', 'SHARED', 'INTERNAL', 'ALL'];
    const ADDRESS_FIELDS = [
        'poBox',
        'extendedAddress',
        'streetAddress',
        'locality',
        'region',
        'postalCode',
        'country',
    ];
    // Deliberately loose: one @, no spaces, a dot in the domain. Real validation is the mail server's job.
    const EMAIL_PATTERN$1 = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
    /** GET /contacts declares int32 offset/limit and no smaller maximum. */
    const MAX_CONTACTS_LIMIT = 2147483647;
    function validateScope(scope, field = 'scope') {
        if (!SCOPES.includes(scope)) {
            throw new ValidationError(field, `${field} must be PRIVATE or SHARED, got ${JSON.stringify(scope)}`);
        }
        return scope;
    }
    function validateExportScope(scope, field = 'scope') {
        if (!EXPORT_SCOPES.includes(scope)) {
            throw new ValidationError(field, `${field} must be one of ${EXPORT_SCOPES.join(', ')}, got ${JSON.stringify(scope)}`);
        }
        return scope;
    }
    function validateContactsPagination(pagination) {
        validatePagination(pagination, MAX_CONTACTS_LIMIT);
    }
    function validatePageSize$2(pageSize) {
        return validateInteger(pageSize, 'pageSize', 1, MAX_CONTACTS_LIMIT);
    }
    function validateConcurrency(concurrency) {
        return validateInteger(concurrency, 'concurrency', 1, 64);
    }
    /** A CSV delimiter is one character that cannot be confused with quoting or line breaks. */
    function validateDelimiter(delimiter) {
        if (typeof delimiter !== 'string' || [...delimiter].length !== 1 || /["\r\n]/.test(delimiter)) {
            throw new ValidationError('delimiter', `delimiter must be a single character other than a quote or line break, got ${JSON.stringify(delimiter)}`);
        }
        return delimiter;
    }
    function validateCsvFormat(format) {
        if (format === undefined)
            return 'official';
        if (format !== 'official' && format !== 'flat') {
            throw new ValidationError('options.format', `options.format must be 'official' or 'flat', got ${JSON.stringify(format)}`);
        }
        return format;
    }
    function validateContactId(id, field = 'id') {
        return requireString$1(id, field);
    }
    function validateExportFilter(filter) {
        if (filter === undefined || filter === null)
            return {};
        const phonenumbers = filter.phonenumbers;
        if (typeof filter !== 'object' || !Array.isArray(phonenumbers)) {
            throw new ValidationError('filter.phonenumbers', 'filter.phonenumbers must be an array of phone numbers');
        }
        return {
            phonenumbers: phonenumbers.map((number, index) => normalizePhoneNumber(number, `filter.phonenumbers[${index}]`)),
        };
    }
    function optionalString$1(value, field) {
        if (value === undefined || value === null)
            return '';
        if (typeof value !== 'string')
            throw new ValidationError(field, `${field} must be a string`);
        return value;
    }
    function validateTypes(value, field) {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value) || value.some((type) => typeof type !== 'string')) {
            throw new ValidationError(field, `${field} must be an array of strings`);
        }
        return [...value];
    }
    function validateEmail(value, field) {
        const email = value?.email;
        if (typeof email !== 'string' || !EMAIL_PATTERN$1.test(email.trim())) {
            throw new ValidationError(`${field}.email`, `${field}.email must be an e-mail address, got ${JSON.stringify(email)}`);
        }
        return { email: email.trim(), type: validateTypes(value.type, `${field}.type`) };
    }
    // A national number as address books hold it (`0211 123-45`, `(0211) 12345`): a leading 0, then 5 to 14 digits.
    const E164 = /^\+[1-9][0-9]{1,14}$/;
    const NATIONAL_NUMBER = /^0[1-9][0-9]{4,13}$/;
    /**
     * A contact's number: international forms are normalised to E.164 (`0049 211 …` → `+49211…`); national
     * numbers, which the API stores as they are (and the official package sends unchanged), are kept as written.
     */
    function normalizeContactNumber(value, field) {
        if (typeof value === 'string') {
            if (E164.test(value))
                return value;
            const trimmed = value.trim();
            const compact = trimmed.replace(/[\s\-./()]/g, '');
            if (NATIONAL_NUMBER.test(compact) && /^[0-9\s\-./()]+$/.test(trimmed))
                return trimmed;
            if (isPhoneNumber(trimmed))
                return normalizePhoneNumber(trimmed, field);
        }
        const shown = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value;
        throw new ValidationError(field, `${field} must be a phone number, international (+4921112345678) or national (0211 12345678), got ${shown}`);
    }
    function validateNumber(value, field) {
        const number = normalizeContactNumber(value?.number, `${field}.number`);
        return { number, type: validateTypes(value.type, `${field}.type`) };
    }
    function validateAddress(value, field) {
        requireObject(value, field, 'an address object');
        const input = value;
        const address = {};
        for (const key of ADDRESS_FIELDS)
            address[key] = optionalString$1(input[key], `${field}.${key}`);
        return address;
    }
    /** Accepts one organisation (string[]) or several (string[][]), as the contract and the API differ. */
    function validateOrganization(value, field = 'organization') {
        if (value === undefined || value === null)
            return [];
        if (!Array.isArray(value))
            throw new ValidationError(field, `${field} must be an array`);
        if (value.every((part) => typeof part === 'string'))
            return value.length === 0 ? [] : [[...value]];
        return value.map((unit, index) => {
            if (!Array.isArray(unit) || unit.some((part) => typeof part !== 'string')) {
                throw new ValidationError(`${field}[${index}]`, `${field}[${index}] must be an array of strings`);
            }
            return [...unit];
        });
    }
    function list(single, many, field) {
        if (many !== undefined && !Array.isArray(many))
            throw new ValidationError(field, `${field} must be an array`);
        return [...(single === undefined || single === null ? [] : [single]), ...(many ?? [])];
    }
    /** Turns a ContactImport into the POST /contacts body, checking every part. */
    function toContactBody(contact, scope, field = 'contact') {
        requireObject(contact, field);
        const given = optionalString$1(contact.firstname, `${field}.firstname`).trim();
        const family = optionalString$1(contact.lastname, `${field}.lastname`).trim();
        const name = optionalString$1(contact.name, `${field}.name`).trim() || [given, family].filter(Boolean).join(' ');
        if (name === '')
            throw new ValidationError(`${field}.firstname`, `${field} needs a firstname, a lastname or a name`);
        const body = {
            name,
            family,
            given,
            emails: list(contact.email, contact.emails, `${field}.emails`).map((email, index) => validateEmail(email, `${field}.emails[${index}]`)),
            numbers: list(contact.phone, contact.numbers, `${field}.numbers`).map((number, index) => validateNumber(number, `${field}.numbers[${index}]`)),
            addresses: list(contact.address, contact.addresses, `${field}.addresses`).map((address, index) => validateAddress(address, `${field}.addresses[${index}]`)),
            organization: validateOrganization(contact.organization, `${field}.organization`),
            scope: validateScope(scope),
        };
        // The spec types picture as a string; leave it out rather than send null.
        if (contact.picture !== undefined && contact.picture !== null)
            body.picture = optionalString$1(contact.picture, `${field}.picture`);
        return body;
    }
    /** Checks a ContactUpdate and builds the PUT /contacts/{id} body. */
    function toUpdateBody(contact) {
        requireObject(contact, 'contact');
        const id = validateContactId(contact.id, 'contact.id');
        const name = requireString$1(contact.name, 'contact.name');
        const parts = name.trim().split(/\s+/);
        const body = toContactBody({
            name,
            firstname: contact.given ?? parts.slice(0, -1).join(' '),
            lastname: contact.family ?? parts[parts.length - 1],
            numbers: contact.numbers ?? [],
            emails: contact.emails ?? [],
            addresses: contact.addresses ?? [],
            organization: contact.organization,
            picture: contact.picture ?? undefined,
        }, validateScope(contact.scope, 'contact.scope'));
        return { id, ...body };
    }

    /**
     * Reads a contacts CSV the way people write them (any column order, any header case, extra columns, quoted
     * fields, blank lines, `,` or `;`) and plans the import: which records can be stored, which columns and rows
     * are dropped and why, and whether the CSV upload (firstname, lastname, number only) can carry everything or
     * each contact must be created on its own to keep e-mail, company and address.
     */
    const CSV_COLUMNS = ['firstname', 'lastname', 'number'];
    /** Header spellings (lower case, without spaces, dashes, dots and underscores) and what they hold. */
    const HEADER_ROLES = {
        firstname: 'firstname',
        givenname: 'firstname',
        lastname: 'lastname',
        familyname: 'lastname',
        surname: 'lastname',
        number: 'number',
        name: 'name',
        displayname: 'name',
        email: 'email',
        emailaddress: 'email',
        mail: 'email',
        company: 'company',
        organization: 'company',
        organisation: 'company',
        org: 'company',
        department: 'department',
        mobile: 'phone:cell',
        mobilephone: 'phone:cell',
        cell: 'phone:cell',
        cellphone: 'phone:cell',
        homephone: 'phone:home',
        workphone: 'phone:work',
        businessphone: 'phone:work',
        fax: 'phone:fax',
        pobox: 'address:poBox',
        extendedaddress: 'address:extendedAddress',
        street: 'address:streetAddress',
        streetaddress: 'address:streetAddress',
        city: 'address:locality',
        locality: 'address:locality',
        region: 'address:region',
        state: 'address:region',
        postalcode: 'address:postalCode',
        postcode: 'address:postalCode',
        zip: 'address:postalCode',
        zipcode: 'address:postalCode',
        country: 'address:country',
    };
    function roleOf(header) {
        return HEADER_ROLES[header.toLowerCase().replace(/[\s\-._]/g, '')];
    }
    function parse(csvContent, options) {
        if (typeof csvContent !== 'string' || csvContent.trim() === '') {
            throw new ValidationError('csvContent', 'csvContent must be a CSV string with a header row firstname,lastname,number');
        }
        if (csvContent.length > CSV_IMPORT_LIMITS.maxInputChars) {
            throw new ValidationError('csvContent', `csvContent has ${csvContent.length} characters; at most ${CSV_IMPORT_LIMITS.maxInputChars} are accepted in one call`);
        }
        try {
            return parseCsv(csvContent, { delimiter: options.delimiter, meter: options.meter });
        }
        catch (error) {
            if (error instanceof CsvFormatError)
                throw new ValidationError('csvContent', `CSV ${error.message}`);
            throw error;
        }
    }
    /** Row-independent column layout: where each role is, and which columns nothing reads. */
    function layout(header) {
        const columns = new Map();
        const unused = [];
        header.forEach((name, index) => {
            const role = roleOf(name.trim());
            if (role === undefined || columns.has(role))
                unused.push(index);
            else
                columns.set(role, index);
        });
        const missing = CSV_COLUMNS.filter((column) => !columns.has(column));
        if (missing.length > 0) {
            throw new ValidationError('csvContent', `CSV header is missing the column(s) ${missing.join(', ')} (found: ${header.map((h) => h.trim()).join(', ') || 'none'})`);
        }
        return { columns, unused };
    }
    function extraOf(cell, columns, row, warnings) {
        const extra = {};
        const name = cell('name');
        if (name !== '')
            extra.name = name;
        const numbers = [];
        const emails = [];
        const address = {};
        for (const role of columns.keys()) {
            const value = cell(role);
            if (value === '')
                continue;
            if (role.startsWith('phone:')) {
                try {
                    numbers.push({ number: normalizeContactNumber(value, 'number'), type: [role.slice(6)] });
                }
                catch {
                    warnings.push(`CSV row ${row}: the ${role.slice(6)} number ${JSON.stringify(value)} is not a phone number and was dropped`);
                }
            }
            else if (role === 'email') {
                try {
                    emails.push(validateEmail({ email: value, type: [] }, 'email'));
                }
                catch {
                    warnings.push(`CSV row ${row}: the e-mail address ${JSON.stringify(value)} is invalid and was dropped`);
                }
            }
            else if (role.startsWith('address:'))
                address[role.slice(8)] = value;
        }
        if (numbers.length > 0)
            extra.numbers = numbers;
        if (emails.length > 0)
            extra.emails = emails;
        if (Object.keys(address).length > 0)
            extra.addresses = [address];
        const company = [cell('company'), cell('department')].filter((part) => part !== '');
        if (company.length > 0)
            extra.organization = [company];
        return Object.keys(extra).length > 0 ? extra : undefined;
    }
    /** Plans the import of a CSV; throws a ValidationError (before any request) for unusable input. */
    function planCsvImport(csvContent, options = {}) {
        const rows = parse(csvContent, options);
        while (rows.length > 0 && isBlankRow(rows[0]))
            rows.shift();
        const header = rows.shift() ?? [];
        if (rows.length > CSV_IMPORT_LIMITS.maxRecords) {
            throw new ValidationError('csvContent', `csvContent has more than ${CSV_IMPORT_LIMITS.maxRecords} records`);
        }
        const { columns, unused } = layout(header);
        const used = (index) => rows.some((cells) => (cells[index] ?? '').trim() !== '');
        const droppedColumns = unused.filter(used).map((index) => header[index].trim() || `column ${index + 1}`);
        const warnings = [];
        if (droppedColumns.length > 0) {
            warnings.push(`CSV column(s) ${droppedColumns.join(', ')} cannot be stored in a contact and were dropped`);
        }
        const records = [];
        const droppedRows = [];
        const hasExtras = [...columns.keys()].some((role) => !CSV_COLUMNS.includes(role));
        const drop = (row, field, reason) => {
            if (options.strict)
                throw new ValidationError(`csvContent[${row}].${field}`, `CSV row ${row} ${reason}`);
            droppedRows.push({ row, reason });
            warnings.push(`CSV row ${row} ${reason} and was dropped`);
        };
        const firstnameAt = columns.get('firstname') ?? -1;
        const lastnameAt = columns.get('lastname') ?? -1;
        const numberAt = columns.get('number') ?? -1;
        const nameAt = columns.get('name') ?? -1;
        rows.forEach((cells, index) => {
            const row = index + 1;
            if (isBlankRow(cells)) {
                // A blank line is layout; a record of empty fields (`,,`) may be a mistake worth a word.
                if (cells.length > 1)
                    warnings.push(`CSV row ${row} is an empty record and was skipped`);
                return;
            }
            const firstname = (cells[firstnameAt] ?? '').trim();
            const lastname = (cells[lastnameAt] ?? '').trim();
            const rawNumber = (cells[numberAt] ?? '').trim();
            if (firstname === '' && lastname === '' && (cells[nameAt] ?? '').trim() === '') {
                return drop(row, 'firstname', 'has neither a firstname nor a lastname');
            }
            let number;
            try {
                number = normalizeContactNumber(rawNumber, 'number');
            }
            catch {
                const who = [firstname, lastname].filter(Boolean).join(' ') || (cells[nameAt] ?? '').trim();
                const what = rawNumber === '' ? 'no number' : `an invalid number ${JSON.stringify(rawNumber)}`;
                const reason = `(${who}) has ${what}`;
                return drop(row, 'number', reason);
            }
            const record = { row, firstname, lastname, number };
            if (hasExtras) {
                const cell = (role) => (cells[columns.get(role) ?? -1] ?? '').trim();
                record.extra = extraOf(cell, columns, row, warnings);
            }
            records.push(record);
        });
        if (records.length === 0) {
            warnings.push('CSV contains no contacts to import (only a header row, empty or dropped records); nothing was sent');
        }
        return { records, needsCreate: records.some((record) => record.extra), droppedColumns, droppedRows, warnings };
    }
    /** The body of POST /contacts/import/csv: exactly `firstname,lastname,number`, written directly. */
    function uploadCsv(records) {
        let csv = 'firstname,lastname,number';
        for (const record of records) {
            csv += `\n${csvCell(record.firstname)},${csvCell(record.lastname)},${csvCell(record.number)}`;
        }
        return csv;
    }
    /** A record as the ContactImport that POST /contacts (and a retry through `create`) takes. */
    function recordToContact(record) {
        const { numbers = [], ...rest } = record.extra ?? {};
        return {
            firstname: record.firstname,
            lastname: record.lastname,
            ...rest,
            numbers: [{ number: record.number, type: [] }, ...numbers],
        };
    }

    /**
     * A vCard 3.0 / 4.0 reader (RFC 2426, RFC 6350) that is linear in its input: lines are split and unfolded in
     * one pass, and every property line is cut into group, name, parameters and value by one scan. No regular
     * expression ever runs over an unbounded part of the input, so no card can stall the event loop.
     */
    const LF = 10;
    const CR = 13;
    const SPACE = 32;
    const TAB = 9;
    const QUOTE = 34;
    function tooLarge(field, message) {
        return new ValidationError(field, message);
    }
    /**
     * Splits into physical lines (CRLF, LF or CR) and joins folded continuation lines (those starting with a
     * space or tab). Blank lines are dropped. Each character is looked at once.
     */
    function unfold(text, meter) {
        const lines = [];
        let pieces = [];
        let logicalLength = 0;
        let logicalStart = 0;
        let lineNumber = 0;
        let position = text.charCodeAt(0) === 0xfeff ? 1 : 0;
        const flush = () => {
            if (pieces.length > 0)
                lines.push({ text: pieces.length === 1 ? pieces[0] : pieces.join(''), line: logicalStart });
            pieces = [];
            logicalLength = 0;
        };
        while (position < text.length) {
            let end = position;
            while (end < text.length) {
                const code = text.charCodeAt(end);
                if (code === LF || code === CR)
                    break;
                end += 1;
            }
            meter.steps += end - position + 1;
            lineNumber += 1;
            const first = text.charCodeAt(position);
            if (end > position && (first === SPACE || first === TAB) && pieces.length > 0) {
                pieces.push(text.slice(position + 1, end));
                logicalLength += end - position - 1;
            }
            else {
                flush();
                if (end > position) {
                    pieces.push(text.slice(position, end));
                    logicalLength = end - position;
                    logicalStart = lineNumber;
                }
            }
            if (logicalLength > VCARD_LIMITS.maxLineChars) {
                throw tooLarge('vcardContent', `vCard line ${logicalStart} is longer than ${VCARD_LIMITS.maxLineChars} characters (after unfolding)`);
            }
            position = end;
            if (text.charCodeAt(position) === CR)
                position += 1;
            if (text.charCodeAt(position) === LF)
                position += 1;
        }
        flush();
        return lines;
    }
    /** RFC 6868 parameter value escapes: ^n, ^^ and ^'. */
    function caretDecode(value) {
        if (!value.includes('^'))
            return value;
        return value.replace(/\^([n^'])/g, (_, char) => (char === 'n' ? '\n' : char === "'" ? '"' : '^'));
    }
    /** Splits a parameter value on commas outside double quotes and removes the quotes. */
    function paramValues(raw) {
        const values = [];
        let current = '';
        let quoted = false;
        for (let i = 0; i < raw.length; i++) {
            const char = raw[i];
            if (char === '"')
                quoted = !quoted;
            else if (char === ',' && !quoted) {
                values.push(caretDecode(current));
                current = '';
            }
            else
                current += char;
        }
        values.push(caretDecode(current));
        return values;
    }
    /** Cuts `[group.]NAME *(;PARAM[=VALUE]) : value`; the colon is the first one outside a quoted parameter. */
    function parseProperty(line, meter, field) {
        const text = line.text;
        const segments = [];
        let start = 0;
        let quoted = false;
        let colon = -1;
        for (let i = 0; i < text.length; i++) {
            meter.steps += 1;
            const code = text.charCodeAt(i);
            if (code === QUOTE)
                quoted = !quoted;
            else if (!quoted && code === 59 /* ; */) {
                segments.push(text.slice(start, i));
                start = i + 1;
            }
            else if (!quoted && code === 58 /* : */) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw new ValidationError(field, `vCard line ${line.line} has no ':' between property name and value`);
        }
        segments.push(text.slice(start, colon));
        const qualified = segments[0].trim();
        const dot = qualified.lastIndexOf('.');
        const name = (dot < 0 ? qualified : qualified.slice(dot + 1)).toUpperCase();
        if (name === '')
            throw new ValidationError(field, `vCard line ${line.line} has no property name`);
        const params = {};
        for (const segment of segments.slice(1)) {
            const equals = segment.indexOf('=');
            // vCard 2.1 style bare parameters (`TEL;CELL:`) are types.
            const key = equals < 0 ? 'TYPE' : segment.slice(0, equals).trim().toUpperCase();
            const values = paramValues(equals < 0 ? segment : segment.slice(equals + 1));
            const list = (params[key] ??= []);
            for (const value of values)
                list.push(value);
        }
        return { name, params, value: text.slice(colon + 1) };
    }
    function isMarker(line, marker) {
        // Cheap checks first: only lines of the right length and start are compared fully.
        const text = line.text;
        if (text.length > 40 || text.length < marker.length + 6)
            return false;
        const colon = text.indexOf(':');
        return (colon >= 0 &&
            text.slice(0, colon).trim().toUpperCase() === marker &&
            text
                .slice(colon + 1)
                .trim()
                .toUpperCase() === 'VCARD');
    }
    /**
     * Reads every card of the input. Throws a ValidationError naming the card (`vcardContent[n]`) or the input
     * for text outside cards, a card without END, unsupported versions and input beyond VCARD_LIMITS.
     */
    function readVCards(input, meter = { steps: 0 }) {
        if (typeof input !== 'string' || input.trim() === '') {
            throw new ValidationError('vcardContent', 'vcardContent must be a non-empty vCard string');
        }
        if (input.length > VCARD_LIMITS.maxInputChars) {
            throw tooLarge('vcardContent', `vcardContent has ${input.length} characters; at most ${VCARD_LIMITS.maxInputChars} are accepted in one call`);
        }
        const cards = [];
        let current;
        for (const line of unfold(input, meter)) {
            if (current === undefined) {
                if (!isMarker(line, 'BEGIN')) {
                    const where = cards.length === 0 ? 'must start with BEGIN:VCARD' : `has text outside a card at line ${line.line}`;
                    throw new ValidationError('vcardContent', `vcardContent ${where}`);
                }
                if (cards.length >= VCARD_LIMITS.maxCards) {
                    throw tooLarge('vcardContent', `vcardContent has more than ${VCARD_LIMITS.maxCards} cards`);
                }
                current = { number: cards.length + 1, line: line.line, version: '', properties: [] };
                continue;
            }
            const field = `vcardContent[${current.number}]`;
            if (isMarker(line, 'END')) {
                if (current.version !== '3.0' && current.version !== '4.0') {
                    const found = current.version === '' ? 'no VERSION' : `version ${current.version}`;
                    throw new ValidationError(field, `vCard ${current.number} has ${found}; 3.0 and 4.0 are supported`);
                }
                cards.push(current);
                current = undefined;
                continue;
            }
            if (isMarker(line, 'BEGIN')) {
                throw new ValidationError(field, `vCard ${current.number} has no END:VCARD before line ${line.line}`);
            }
            const property = parseProperty(line, meter, field);
            if (property.name === 'VERSION')
                current.version = property.value.trim();
            else if (current.properties.length >= VCARD_LIMITS.maxPropertiesPerCard) {
                throw tooLarge(field, `vCard ${current.number} has more than ${VCARD_LIMITS.maxPropertiesPerCard} properties`);
            }
            else
                current.properties.push(property);
        }
        if (current !== undefined) {
            throw new ValidationError(`vcardContent[${current.number}]`, `vCard ${current.number} has no END:VCARD`);
        }
        return cards;
    }

    /**
     * vCard 3.0/4.0 in and out. Reading goes through the linear reader in vcard-parse.ts; this file maps cards to
     * contacts (RFC 6350 unescaping, structured N/ADR/ORG values split on unescaped semicolons) and writes
     * contacts as vCard 4.0 text directly, with one escape pass per value and lines folded at 75 octets.
     */
    const ESCAPES = {
        '\\': '\\\\',
        ',': '\\,',
        ';': '\\;',
        '\r\n': '\\n',
        '\r': '\\n',
        '\n': '\\n',
    };
    const NEEDS_ESCAPE = /[\\,;\r\n]/;
    const ESCAPE_ALL = /\r\n|[\\,;\r\n]/g;
    /** RFC 6350 text escaping in one pass (`\\`, `\,`, `\;`, line breaks as `\n`). */
    function escapeText(value) {
        return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPE_ALL, (match) => ESCAPES[match]) : value;
    }
    function unescapeText(value) {
        if (!value.includes('\\'))
            return value;
        return value.replace(/\\([\\,;nN])/g, (_, char) => (char === 'n' || char === 'N' ? '\n' : char));
    }
    /** Splits a structured value on semicolons that are not escaped, then unescapes each part. */
    function splitStructured(value) {
        const parts = [];
        let start = 0;
        for (let i = 0; i < value.length; i++) {
            const code = value.charCodeAt(i);
            if (code === 92 /* \ */)
                i += 1;
            else if (code === 59 /* ; */) {
                parts.push(unescapeText(value.slice(start, i)));
                start = i + 1;
            }
        }
        parts.push(unescapeText(value.slice(start)));
        return parts;
    }
    function all(card, name) {
        return card.properties.filter((property) => property.name === name);
    }
    /** TYPE parameters, lower-cased; `internet` and `pref` say nothing the API stores. */
    function types(property) {
        return (property.params.TYPE ?? [])
            .flatMap((type) => type.split(','))
            .map((type) => type.trim().toLowerCase())
            .filter((type) => type !== '' && type !== 'internet' && type !== 'pref');
    }
    function toAddress(property) {
        const [poBox = '', extendedAddress = '', streetAddress = '', locality = '', region = '', postalCode = '', country = '',] = splitStructured(property.value);
        return { poBox, extendedAddress, streetAddress, locality, region, postalCode, country };
    }
    /** One parsed card as a ContactImport; numbers are checked later, together with the rest of the contact. */
    function cardToContact(card) {
        const cardNumber = card.number;
        const nameProperty = all(card, 'N')[0];
        const [family = '', given = ''] = nameProperty ? splitStructured(nameProperty.value) : [];
        const formatted = unescapeText(all(card, 'FN')[0]?.value ?? '').trim();
        if (formatted === '' && given.trim() === '' && family.trim() === '') {
            throw new ValidationError(`vcardContent[${cardNumber}]`, `vCard ${cardNumber} has no name (N or FN)`);
        }
        const numbers = all(card, 'TEL')
            .filter((property) => property.value.trim() !== '')
            .map((property) => ({
            number: unescapeText(property.value).trim().replace(/^tel:/i, ''),
            type: types(property),
        }));
        if (numbers.length === 0) {
            throw new ValidationError(`vcardContent[${cardNumber}]`, `vCard ${cardNumber} (${formatted || `${given} ${family}`}) has no phone number (TEL)`);
        }
        const emails = all(card, 'EMAIL')
            .filter((property) => property.value.trim() !== '')
            .map((property) => ({
            email: unescapeText(property.value)
                .trim()
                .replace(/^mailto:/i, ''),
            type: types(property),
        }));
        return {
            firstname: given.trim(),
            lastname: family.trim(),
            name: formatted || undefined,
            numbers,
            emails,
            addresses: all(card, 'ADR').map(toAddress),
            organization: all(card, 'ORG').map((property) => splitStructured(property.value).filter((part) => part !== '')),
        };
    }
    /**
     * Parses one or many vCards (3.0 or 4.0) into contacts, in time linear in the input. Throws a ValidationError
     * naming the card; input beyond VCARD_LIMITS is refused.
     */
    function parseVCards(vcardContent, meter) {
        return readVCards(vcardContent, meter).map(cardToContact);
    }
    /** TYPE parameter values must not break the line syntax; anything but letters, digits and dashes is dropped. */
    function typeParam(typeList) {
        if (typeList === undefined || typeList.length === 0)
            return '';
        const clean = typeList.filter((type) => /^[A-Za-z0-9-]+$/.test(type));
        return clean.length === 0 ? '' : `;TYPE=${clean.join(',')}`;
    }
    /** The API returns only a display name; N is derived from it (last word = family name). */
    function nameParts(name) {
        const words = name.trim().split(/\s+/).filter(Boolean);
        if (words.length <= 1)
            return [words[0] ?? '', ''];
        return [words[words.length - 1], words.slice(0, -1).join(' ')];
    }
    const FOLD_OCTETS = 75;
    /** Folds a content line after at most 75 UTF-8 octets (RFC 6350 3.2), never inside a character. */
    function foldLine(line) {
        // Every UTF-16 unit is at most 3 octets, so short lines need no counting.
        if (line.length * 3 <= FOLD_OCTETS)
            return line;
        let out = '';
        let start = 0;
        let octets = 0;
        let limit = FOLD_OCTETS;
        for (let i = 0; i < line.length; i++) {
            const code = line.charCodeAt(i);
            const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < line.length;
            const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
            if (octets + size > limit) {
                out += `${line.slice(start, i)}\r\n `;
                start = i;
                octets = 0;
                limit = FOLD_OCTETS - 1;
            }
            octets += size;
            if (pair)
                i += 1;
        }
        return start === 0 ? line : out + line.slice(start);
    }
    /** One standard vCard 4.0 (FN, N, TEL;TYPE=…, EMAIL, ADR with 7 components, ORG). */
    function contactToVCard(contact) {
        const name = contact.name ?? '';
        const [family, given] = nameParts(name);
        let card = `BEGIN:VCARD\r\nVERSION:4.0\r\n${foldLine(`FN:${escapeText(name)}`)}\r\n`;
        card += `${foldLine(`N:${escapeText(family)};${escapeText(given)};;;`)}\r\n`;
        for (const number of contact.numbers ?? []) {
            card += `${foldLine(`TEL${typeParam(number.type)}:${escapeText(number.number ?? '')}`)}\r\n`;
        }
        for (const email of contact.emails ?? []) {
            card += `${foldLine(`EMAIL${typeParam(email.type)}:${escapeText(email.email ?? '')}`)}\r\n`;
        }
        for (const address of contact.addresses ?? []) {
            const value = `${escapeText(address.poBox ?? '')};${escapeText(address.extendedAddress ?? '')};` +
                `${escapeText(address.streetAddress ?? '')};${escapeText(address.locality ?? '')};` +
                `${escapeText(address.region ?? '')};${escapeText(address.postalCode ?? '')};${escapeText(address.country ?? '')}`;
            card += `${foldLine(`ADR:${value}`)}\r\n`;
        }
        for (const unit of contact.organization ?? []) {
            if (unit.length > 0)
                card += `${foldLine(`ORG:${unit.map(escapeText).join(';')}`)}\r\n`;
        }
        return `${card}END:VCARD`;
    }
    /** Several cards as one address book. */
    function contactsToAddressBook(contacts) {
        return contacts.map(contactToVCard).join('\r\n');
    }

    /**
     * The codecs of ./codecs.ts loaded up front, for the script-tag bundles (bundle/), which are one file with
     * nothing to load later; rollup.config.js swaps this file in. Inlined dynamic imports would keep every
     * export of each module in a namespace object, so plain imports make the smaller bundle.
     */
    const codecs = {
        csvImport: { planCsvImport, recordToContact, uploadCsv },
        csvExport: { contactsToCsv },
        vCard: { contactsToAddressBook, contactToVCard, parseVCards },
    };
    const loadCodecs = {
        csvImport: async () => codecs.csvImport,
        csvExport: async () => codecs.csvExport,
        vCard: async () => codecs.vCard,
    };

    /**
     * The error of a bulk operation (vCard import, CSV import one contact at a time, deleting all shared contacts)
     * in which some requests failed. It carries every failed item with its error, so exactly those can be retried.
     */
    class ContactsBulkError extends SipgateIOError {
        failures;
        succeeded;
        total;
        constructor(action, failures, total) {
            const shown = failures
                .slice(0, 5)
                .map((failure) => `${failure.label}: ${failure.error instanceof Error ? failure.error.message : String(failure.error)}`);
            const more = failures.length > shown.length ? ` (and ${failures.length - shown.length} more)` : '';
            super(`${action}: ${failures.length} of ${total} failed — ${shown.join('; ')}${more}`, {
                retryable: failures.every((failure) => failure.error instanceof SipgateIOError && failure.error.retryable),
            });
            this.name = 'ContactsBulkError';
            this.failures = failures;
            this.total = total;
            this.succeeded = total - failures.length;
        }
        /** The items that failed, in input order: pass them to the same operation again to retry just those. */
        get failedItems() {
            return this.failures.map((failure) => failure.item);
        }
    }
    keepErrorNames({ ContactsBulkError });

    /** The API's own default page size for GET /contacts. */
    const DEFAULT_CONTACTS_PAGE_SIZE = 5000;
    const DEFAULT_CONCURRENCY = 4;
    const ERRORS = {
        400: 'Invalid contact or pagination input',
        403: 'Not allowed to access contacts (check the contacts:read / contacts:write scope)',
        404: 'Contact could not be found',
    };
    const CSV_ERRORS = { ...ERRORS, 400: 'Invalid CSV string', 500: 'Invalid CSV string (rejected by the server)' };
    /** The official package's JSON export: selected fields, lists of plain strings, and the count. */
    function toOfficialJson(page) {
        return {
            contacts: page.response.map((contact) => ({
                id: contact.id,
                name: contact.name,
                emails: (contact.emails ?? []).map((email) => email.email),
                numbers: (contact.numbers ?? []).map((number) => number.number),
                addresses: contact.addresses,
                organizations: contact.organization,
                scope: contact.scope,
            })),
            totalCount: page.totalCount,
        };
    }
    function defaultWarning(message) {
        // eslint-disable-next-line no-console -- the default when the app passes no onWarning, as the official package does
        console.warn(`[sipgate-io contacts] ${message}`);
    }
    function createContactsModule(client) {
        const requests = moduleRequests(client, ERRORS);
        function getPage(offset, limit, phonenumbers, options) {
            return requests.get('/contacts', options, { params: { phonenumbers, offset, limit } });
        }
        async function* walk(scope, pageSize, phonenumbers, options) {
            const all = paginate(async (offset, limit) => {
                const page = await getPage(offset, limit, phonenumbers, options);
                return { items: page?.items ?? [], totalCount: page?.totalCount };
            }, { pageSize, path: '/contacts' });
            for await (const contact of all)
                if (scope === 'ALL' || contact.scope === scope)
                    yield contact;
        }
        /**
         * A window of one scope. For ALL the server pages directly; for one scope every page is read and filtered
         * first, so pages are full and `hasMore` is right (filtering each server page would give short pages).
         */
        async function listContacts(request) {
            const { scope, pagination, phonenumbers, options } = request;
            const offset = pagination?.offset ?? 0;
            if (scope === 'ALL' && pagination?.limit !== undefined) {
                const page = await getPage(offset, pagination.limit, phonenumbers, options);
                const items = page?.items ?? [];
                const totalCount = typeof page?.totalCount === 'number' ? page.totalCount : offset + items.length;
                return { response: items, hasMore: offset + items.length < totalCount, totalCount };
            }
            const matching = await collect(walk(scope, DEFAULT_CONTACTS_PAGE_SIZE, phonenumbers, options));
            const end = pagination?.limit === undefined ? matching.length : offset + pagination.limit;
            return { response: matching.slice(offset, end), hasMore: end < matching.length, totalCount: matching.length };
        }
        async function checkedList(scope, pagination, filter, options) {
            const checkedScope = validateExportScope(scope);
            validateContactsPagination(pagination);
            const { phonenumbers } = validateExportFilter(filter);
            requestConfig(options);
            return listContacts({ scope: checkedScope, pagination, phonenumbers, options });
        }
        async function create(contact, scope, options) {
            const body = toContactBody(contact, validateScope(scope));
            await requests.post('/contacts', body, options);
        }
        /**
         * Runs `task` over items with bounded concurrency and reports every failure at the end, in one error that
         * carries each failed item (as `retryItem` gives it to the caller) with its error.
         */
        async function runBulk(action, items, describe, task, options) {
            const concurrency = validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
            const results = await mapWithConcurrency(items, concurrency, (item) => task(item), options.onProgress);
            const failures = results
                .filter((result) => !result.ok)
                .map((result) => ({
                index: result.index,
                label: describe.label(items[result.index]),
                item: describe.retryItem(items[result.index]),
                error: result.error,
            }));
            // A cancelled bulk run reports the cancellation, not one failure per skipped item.
            const abort = failures.find((failure) => failure.error instanceof AbortError);
            if (abort && options.signal?.aborted)
                throw abort.error;
            if (failures.length > 0)
                throw new ContactsBulkError(action, failures, items.length);
        }
        const module = {
            import(contact, scope, options) {
                return create(contact, scope, options);
            },
            create(contact, scope, options) {
                return create(contact, scope, options);
            },
            async update(contact, options) {
                const { id, ...body } = toUpdateBody(contact);
                await requests.put(apiPath `/contacts/${{ 'contact.id': id }}`, { id, ...body }, options);
            },
            async delete(id, options) {
                validateContactId(id);
                await requests.delete(apiPath `/contacts/${{ id }}`, options, {
                    errorMessages: { 404: `Contact ${id} could not be found` },
                });
            },
            async deleteAllPrivate(options) {
                await requests.delete('/contacts', options);
            },
            async deleteAllShared(options = {}) {
                validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
                const pageSize = validatePageSize$2(options.pageSize ?? DEFAULT_CONTACTS_PAGE_SIZE);
                // Collect every page before deleting: deleting while paging shifts offsets and skips contacts.
                requestConfig(options);
                const shared = await collect(walk('SHARED', pageSize, undefined, options));
                await runBulk('Deleting shared contacts', shared, { label: (contact) => `${contact.name} (${contact.id})`, retryItem: (contact) => contact }, (contact) => requests.delete(apiPath `/contacts/${{ id: contact.id }}`, options), options);
            },
            async importFromCsvString(csvContent, options = {}) {
                const delimiter = validateDelimiter(options.delimiter ?? ',');
                const scope = validateScope(options.scope ?? 'PRIVATE', 'options.scope');
                validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
                requestConfig(options);
                const { planCsvImport, recordToContact, uploadCsv } = await loadCodecs.csvImport();
                const plan = planCsvImport(csvContent, { delimiter, strict: options.strict });
                plan.warnings.forEach((warning) => (options.onWarning ?? defaultWarning)(warning));
                // The CSV upload stores firstname, lastname and number as private contacts; anything more needs one
                // POST /contacts per record.
                const method = plan.needsCreate || scope !== 'PRIVATE' ? 'create' : 'csv-upload';
                const report = {
                    imported: 0,
                    method,
                    droppedColumns: plan.droppedColumns,
                    droppedRows: plan.droppedRows,
                };
                const total = plan.records.length;
                if (total === 0)
                    return report;
                if (method === 'csv-upload') {
                    await requests.post('/contacts/import/csv', { base64Content: utf8ToBase64(uploadCsv(plan.records)) }, options, {
                        errorMessages: CSV_ERRORS,
                    });
                    options.onProgress?.({ done: total, total, failed: 0 });
                    return { ...report, imported: total };
                }
                // Every record is turned into a body before the first request, so a bad one creates nothing.
                const items = plan.records.map((record) => {
                    const contact = recordToContact(record);
                    return { record, contact, body: toContactBody(contact, scope, `csvContent[${record.row}]`) };
                });
                await runBulk('CSV import', items, { label: (item) => `row ${item.record.row} (${item.body.name})`, retryItem: (item) => item.contact }, (item) => requests.post('/contacts', item.body, options), options);
                return { ...report, imported: total };
            },
            async importVCardString(vcardContent, scope, options = {}) {
                const checkedScope = validateScope(scope);
                validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
                requestConfig(options);
                // Every card is parsed and checked before the first request, so bad input creates nothing.
                const { parseVCards } = await loadCodecs.vCard();
                const items = parseVCards(vcardContent).map((contact, index) => ({
                    contact,
                    body: toContactBody(contact, checkedScope, `vcardContent[${index + 1}]`),
                }));
                await runBulk('vCard import', items, { label: (item) => item.body.name, retryItem: (item) => item.contact }, (item) => requests.post('/contacts', item.body, options), options);
                return { imported: items.length };
            },
            async exportAsCsv(scope, delimiter = ',', pagination, filter, options) {
                return (await module.paginatedExportAsCsv(scope, delimiter, pagination, filter, options)).response;
            },
            async paginatedExportAsCsv(scope, delimiter = ',', pagination, filter, options) {
                const checkedDelimiter = validateDelimiter(delimiter);
                const format = validateCsvFormat(options?.format);
                const page = await checkedList(scope, pagination, filter, options);
                const { contactsToCsv } = await loadCodecs.csvExport();
                return { response: contactsToCsv(page.response, checkedDelimiter, format), hasMore: page.hasMore };
            },
            async exportAsVCards(scope, pagination, filter, options) {
                return (await module.paginatedExportAsVCards(scope, pagination, filter, options)).response;
            },
            async paginatedExportAsVCards(scope, pagination, filter, options) {
                const page = await checkedList(scope, pagination, filter, options);
                const { contactToVCard } = await loadCodecs.vCard();
                return { response: page.response.map(contactToVCard), hasMore: page.hasMore };
            },
            async exportAsSingleVCard(scope, pagination, filter, options) {
                return (await module.paginatedExportAsSingleVCard(scope, pagination, filter, options)).response;
            },
            async paginatedExportAsSingleVCard(scope, pagination, filter, options) {
                const page = await checkedList(scope, pagination, filter, options);
                const { contactsToAddressBook } = await loadCodecs.vCard();
                return { response: contactsToAddressBook(page.response), hasMore: page.hasMore };
            },
            async exportAsObjects(scope, pagination, filter, options) {
                return (await checkedList(scope, pagination, filter, options)).response;
            },
            async exportAsJSON(scope, pagination, filter, options) {
                return (await module.paginatedExportAsJSON(scope, pagination, filter, options)).response;
            },
            async paginatedExportAsJSON(scope, pagination, filter, options) {
                const page = await checkedList(scope, pagination, filter, options);
                return { response: JSON.stringify(toOfficialJson(page)), hasMore: page.hasMore };
            },
            async get(scope, pagination, filter, options) {
                return (await checkedList(scope, pagination, filter, options)).response;
            },
            async paginatedGet(scope, pagination, filter, options) {
                const { response, hasMore } = await checkedList(scope, pagination, filter, options);
                return { response, hasMore };
            },
            iterate(options = {}) {
                // Validate now, not on the first next(): bad input should fail where it was written.
                const scope = validateExportScope(options.scope ?? 'ALL', 'options.scope');
                const pageSize = validatePageSize$2(options.pageSize ?? DEFAULT_CONTACTS_PAGE_SIZE);
                const { phonenumbers } = validateExportFilter(options.filter);
                requestConfig(options);
                return walk(scope, pageSize, phonenumbers, options);
            },
        };
        return module;
    }

    class AttemptRequest {
        method;
        url;
        headers;
        body;
        maxResponseBytes;
        timedOut = false;
        cancelled = false;
        controller = undefined;
        cancelCallback = undefined;
        timer = undefined;
        constructor(method, url, headers, body, maxResponseBytes) {
            this.method = method;
            this.url = url;
            this.headers = headers;
            this.body = body;
            this.maxResponseBytes = maxResponseBytes;
        }
        /** Made only for a transport that reads it; the Node transport takes `onCancel` instead. */
        get signal() {
            if (!this.controller) {
                this.controller = new AbortController();
                if (this.cancelled)
                    this.controller.abort();
            }
            return this.controller.signal;
        }
        onCancel(callback) {
            if (this.cancelled)
                callback();
            else
                this.cancelCallback = callback;
        }
        cancel() {
            if (this.cancelled)
                return;
            this.cancelled = true;
            this.controller?.abort();
            this.cancelCallback?.();
        }
        /** As the caller's AbortSignal listener: EventTarget calls `handleEvent`, so no closure per attempt. */
        handleEvent() {
            this.cancel();
        }
        /** Arms the attempt's deadline and listens to the caller's signal (cancelling at once if it already fired). */
        start(ms, callerSignal) {
            this.timer = setTimeout(expire, ms, this);
            if (callerSignal?.aborted)
                this.cancel();
            else
                callerSignal?.addEventListener('abort', this, { once: true });
        }
        end(callerSignal) {
            clearTimeout(this.timer);
            callerSignal?.removeEventListener('abort', this);
        }
    }
    function expire(attempt) {
        attempt.timedOut = true;
        attempt.cancel();
    }

    /**
     * The three ways to authenticate against the sipgate REST API, their shape
     * checks and the Authorization header each produces. Error messages never
     * repeat a secret: they describe what is wrong, not the value.
     */
    const TOKEN_ID_PATTERN = /^token-[a-zA-Z\d]{6}$/;
    const UUID_V4_PATTERN = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/i;
    const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;
    function isObject(value) {
        return typeof value === 'object' && value !== null;
    }
    /** True when the token has the three dot-separated parts of a JWT with a JSON payload. */
    function looksLikeJwt(token) {
        const parts = token.split('.');
        if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+={0,2}$/.test(part)))
            return false;
        try {
            const payload = JSON.parse(base64ToUtf8(parts[1]));
            return isObject(payload);
        }
        catch {
            return false;
        }
    }
    /** Checks the credentials' shape and says which kind they are. */
    function classifyCredentials(credentials) {
        if (!isObject(credentials)) {
            throw new ValidationError('credentials', 'credentials must be an object: { tokenId, token }, { token } or { username, password }');
        }
        if ('tokenId' in credentials) {
            if (typeof credentials.tokenId !== 'string' || !TOKEN_ID_PATTERN.test(credentials.tokenId)) {
                throw new ValidationError('credentials.tokenId', 'credentials.tokenId must look like "token-" followed by 6 letters or digits');
            }
            if (typeof credentials.token !== 'string' || !UUID_V4_PATTERN.test(credentials.token)) {
                throw new ValidationError('credentials.token', 'credentials.token of a personal access token must be a UUID (the value is not shown here)');
            }
            return 'pat';
        }
        if ('token' in credentials) {
            if (typeof credentials.token !== 'string' || !looksLikeJwt(credentials.token)) {
                throw new ValidationError('credentials.token', 'credentials.token must be an OAuth access token (a JWT); for personal access tokens pass { tokenId, token }');
            }
            return 'oauth';
        }
        if ('username' in credentials || 'password' in credentials) {
            if (typeof credentials.username !== 'string' || !EMAIL_PATTERN.test(credentials.username)) {
                throw new ValidationError('credentials.username', 'credentials.username must be the e-mail address of the sipgate account');
            }
            if (typeof credentials.password !== 'string' || credentials.password === '') {
                throw new ValidationError('credentials.password', 'credentials.password must be a non-empty string');
            }
            return 'basic';
        }
        throw new ValidationError('credentials', 'credentials must contain { tokenId, token }, { token } or { username, password }');
    }
    function encodeBasic(user, secret) {
        return utf8ToBase64(`${user}:${secret}`);
    }
    /** The Authorization header value for validated credentials. */
    function authorizationHeader(credentials) {
        const kind = classifyCredentials(credentials);
        if (kind === 'pat') {
            const pat = credentials;
            return `Basic ${encodeBasic(pat.tokenId, pat.token)}`;
        }
        if (kind === 'oauth')
            return `Bearer ${credentials.token}`;
        const basic = credentials;
        return `Basic ${encodeBasic(basic.username, basic.password)}`;
    }
    /**
     * Every form in which the credentials could come back in a server's text (a gateway echoing the request):
     * the header value, its encoded part and the raw secrets. Error messages and bodies are scrubbed of them.
     */
    function credentialSecrets(credentials, authorization) {
        const secrets = [authorization, authorization.replace(/^\S+\s+/, '')];
        if (credentials && 'token' in credentials)
            secrets.push(credentials.token);
        if (credentials && 'password' in credentials)
            secrets.push(credentials.password, `${credentials.username}:${credentials.password}`);
        // Longest first, so a secret is replaced whole before a part of it; very short ones would mangle any text.
        return [...new Set(secrets)].filter((secret) => secret.length >= 4).sort((a, b) => b.length - a.length);
    }

    /**
     * The seam between the HTTP client and whoever knows the credentials. Static
     * credentials give the same header every time; an OAuth session (lib/oauth)
     * refreshes its token before it expires and once more after a 401.
     */
    function isAuthProvider(value) {
        return (typeof value === 'object' &&
            value !== null &&
            typeof value.getAuthorization === 'function');
    }
    /** Checks static credentials at once and wraps them; passes providers through. */
    function toAuthProvider(credentials) {
        if (isAuthProvider(credentials))
            return credentials;
        classifyCredentials(credentials);
        const header = authorizationHeader(credentials);
        return { getAuthorization: () => header };
    }

    /**
     * Response bodies carry timestamps as ISO-8601 strings; the public types say Date. Only the fields the API
     * documents as date-times are converted: each module names them (`dateFields` on the request), so free text
     * that happens to look like a date stays a string and no other string is even looked at.
     */
    const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
    function isIsoDateTime(value) {
        return ISO_DATE_TIME.test(value);
    }
    /** Two ASCII digits at `at` as a number, or -1. */
    function twoDigits$1(text, at) {
        const tens = text.charCodeAt(at) - 48;
        const ones = text.charCodeAt(at + 1) - 48;
        return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
    }
    /**
     * The milliseconds of the shape the API sends (`2024-03-01T12:30:00Z`, optionally `.123`), read digit by
     * digit: several times cheaper than the regular expression plus the engine's date parser, and a list page
     * holds hundreds of these. Anything else (other zones, odd fields) returns undefined for the general path.
     */
    function fastUtcMillis(text) {
        const length = text.length;
        if ((length !== 20 && length !== 24) || text.charCodeAt(length - 1) !== 90 /* Z */)
            return undefined;
        if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T' || text[13] !== ':' || text[16] !== ':')
            return undefined;
        const century = twoDigits$1(text, 0);
        const year = twoDigits$1(text, 2);
        const month = twoDigits$1(text, 5);
        const day = twoDigits$1(text, 8);
        const hour = twoDigits$1(text, 11);
        const minute = twoDigits$1(text, 14);
        const second = twoDigits$1(text, 17);
        // Days past 28 and hour 24 roll over in the engine's parser; they take the general path to stay identical.
        if (century < 0 || year < 0 || month < 1 || month > 12 || day < 1 || day > 28)
            return undefined;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            return undefined;
        let millis = 0;
        if (length === 24) {
            const hundreds = text.charCodeAt(20) - 48;
            const rest = twoDigits$1(text, 21);
            if (text[19] !== '.' || hundreds < 0 || hundreds > 9 || rest < 0)
                return undefined;
            millis = hundreds * 100 + rest;
        }
        const utc = Date.UTC(century * 100 + year, month - 1, day, hour, minute, second, millis);
        // Date.UTC maps years 0–99 to 1900–1999; the general path keeps those right.
        return century * 100 + year < 100 ? undefined : utc;
    }
    /** The Date for a full ISO date-time with zone; anything else is returned unchanged. */
    function reviveDate(value) {
        if (typeof value !== 'string')
            return value;
        const fast = fastUtcMillis(value);
        if (fast !== undefined)
            return new Date(fast);
        if (!isIsoDateTime(value))
            return value;
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date;
    }
    function isPlainObject(value) {
        return value !== null && typeof value === 'object' && !Array.isArray(value);
    }
    function reviveAt(value, segments, index) {
        const segment = segments[index];
        const last = index === segments.length - 1;
        if (segment === '[]') {
            if (!Array.isArray(value))
                return;
            for (let item = 0; item < value.length; item += 1) {
                if (last)
                    value[item] = reviveDate(value[item]);
                else
                    reviveAt(value[item], segments, index + 1);
            }
            return;
        }
        // Own keys only: a path never walks into the prototype.
        if (!isPlainObject(value) || !Object.prototype.hasOwnProperty.call(value, segment))
            return;
        if (last)
            value[segment] = reviveDate(value[segment]);
        else
            reviveAt(value[segment], segments, index + 1);
    }
    const compiled = new Map();
    function segmentsOf(path) {
        let segments = compiled.get(path);
        if (!segments) {
            segments = path
                .replace(/\[\]/g, '.[].')
                .split('.')
                .filter((segment) => segment !== '');
            compiled.set(path, segments);
        }
        return segments;
    }
    /**
     * Converts the date-time strings at `paths` of a freshly parsed body, in place, and returns it. A path is
     * dot-separated keys, `[]` standing for every element of an array: `items[].created`, `mnpState.releasedUntil`.
     */
    function reviveDateFields(body, paths) {
        for (const path of paths)
            reviveAt(body, segmentsOf(path), 0);
        return body;
    }

    /**
     * When a failed request may be sent again, and how long to wait first.
     *
     * Reads and replacements (GET, HEAD, OPTIONS, PUT, DELETE) are idempotent: they
     * are retried on network errors, timeouts, 429 and 5xx. A POST or PATCH may have
     * created something (an SMS, a fax, a call, a contact) even when its answer was
     * lost, so it is retried ONLY when the server certainly did not process it: the
     * connection failed before the request left the machine (refused connection,
     * failed DNS lookup), or the server answered 429 (rate limited, not processed).
     * Otherwise it is never sent twice.
     */
    const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
    /** Low-level error codes that prove no byte of the request reached the server. */
    const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
    /** Failures that the same request would meet again. */
    const PERMANENT_CODES = new Set(['ERR_BODY_TOO_LARGE', 'ERR_NO_FETCH']);
    function requestNeverLeft(code) {
        return code !== undefined && NOT_SENT_CODES.has(code);
    }
    /** Whether repeating this failed request is safe and may help. */
    function isRetrySafe(input) {
        if (requestNeverLeft(input.code) || input.status === 429)
            return true;
        if (input.code !== undefined && PERMANENT_CODES.has(input.code))
            return false;
        const idempotent = input.idempotent ?? IDEMPOTENT_METHODS.has(input.method.toUpperCase());
        if (!idempotent)
            return false;
        if (input.status !== undefined)
            return input.status >= 500;
        return input.timedOut === true || input.code !== undefined;
    }
    /** Parses Retry-After (delta seconds or an HTTP date) into milliseconds. */
    function parseRetryAfter(header, now = Date.now()) {
        if (typeof header !== 'string' || header.trim() === '')
            return undefined;
        const trimmed = header.trim();
        if (/^\d+(\.\d+)?$/.test(trimmed))
            return Math.round(Number(trimmed) * 1000);
        const date = Date.parse(trimmed);
        return Number.isNaN(date) ? undefined : Math.max(0, date - now);
    }
    /**
     * Exponential backoff with full jitter for attempt n (0-based). A Retry-After
     * from the server wins over the computed delay, capped at maxDelayMs so a
     * hostile header cannot park the caller for hours.
     */
    function retryDelayMs(attempt, options, retryAfterMs) {
        if (retryAfterMs !== undefined)
            return Math.min(retryAfterMs, options.maxDelayMs);
        const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
        const random = options.random ?? Math.random;
        return Math.round(ceiling / 2 + random() * (ceiling / 2));
    }
    /** Resolves after `ms`, or rejects with the signal's reason when aborted first. */
    function sleep(ms, signal) {
        return new Promise((resolve, reject) => {
            if (signal?.aborted) {
                reject(signal.reason);
                return;
            }
            const onAbort = () => {
                clearTimeout(timer);
                reject(signal?.reason);
            };
            const timer = setTimeout(() => {
                signal?.removeEventListener('abort', onAbort);
                resolve();
            }, ms);
            signal?.addEventListener('abort', onAbort, { once: true });
        });
    }

    /**
     * Server text that ends up in an error: bounded, free of control characters, and scrubbed of the caller's
     * credentials (a gateway may echo the request headers in its error page).
     */
    /** Longest server explanation quoted in an error message. */
    const MESSAGE_EXCERPT_CHARS = 200;
    /** Largest error body kept (parsed when it is JSON); longer bodies are cut to an excerpt. */
    const ERROR_BODY_CHARS = 4096;
    const REDACTED = '[REDACTED]';
    // C0 and C1 controls and the JavaScript line separators: they would break log lines or terminals.
    // eslint-disable-next-line no-control-regex
    const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
    function redact(text, secrets) {
        let result = text;
        for (const secret of secrets) {
            if (result.includes(secret))
                result = result.split(secret).join(REDACTED);
            // JSON may escape "/" (base64 contains it) as "\/".
            const escaped = secret.replace(/\//g, '\\/');
            if (escaped !== secret && result.includes(escaped))
                result = result.split(escaped).join(REDACTED);
        }
        return result;
    }
    /** One line of at most `maxChars` printable characters. */
    function excerpt(text, maxChars = MESSAGE_EXCERPT_CHARS) {
        const line = text.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
        return line.length > maxChars ? `${line.slice(0, maxChars - 1)}…` : line;
    }

    /**
     * Turns what went wrong into one SipgateIOError subclass. Only method, path, status, Retry-After and a bounded,
     * sanitised, credential-free excerpt of the server's body are kept; request headers never are.
     */
    const STATUS_TEXT = {
        400: 'Bad Request',
        401: 'Unauthorized',
        402: 'Payment Required',
        403: 'Forbidden',
        404: 'Not Found',
        405: 'Method Not Allowed',
        409: 'Conflict',
        415: 'Unsupported Media Type',
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout',
    };
    function requestInfo(context) {
        return { method: context.method, path: context.url.split('?')[0] };
    }
    const where = (context) => `${context.method} ${context.url.split('?')[0]}`;
    /** The server's own explanation, from either error-body shape seen in the wild. */
    function serverDetail(body) {
        if (typeof body === 'string')
            return body.trim() === '' ? undefined : body;
        if (body === null || typeof body !== 'object')
            return undefined;
        const record = body;
        if (typeof record.message === 'string')
            return record.message;
        if (Array.isArray(record.errors)) {
            const first = record.errors[0];
            if (first && typeof first.detail === 'string')
                return first.detail;
            if (first && typeof first.title === 'string')
                return first.title;
        }
        return undefined;
    }
    /** The error body as kept on the error: parsed JSON when small enough, else a bounded text excerpt. */
    function boundedBody(text, secrets) {
        if (text === '')
            return undefined;
        const clean = redact(text, secrets);
        if (clean.length > ERROR_BODY_CHARS)
            return `${clean.slice(0, ERROR_BODY_CHARS)}…`;
        try {
            return JSON.parse(clean);
        }
        catch {
            return clean;
        }
    }
    /** A non-2xx answer. */
    function httpStatusError(response, context) {
        const { status } = response;
        const body = boundedBody(response.body, context.secrets);
        const ErrorClass = errorClassForStatus(status);
        const detail = serverDetail(body);
        const shortDetail = detail === undefined ? undefined : excerpt(detail);
        const statusText = status >= 300 && status < 400 ? 'Redirect (the API never redirects)' : (STATUS_TEXT[status] ?? '');
        const base = context.config.errorMessages?.[status] ?? `${where(context)} failed with ${status} ${statusText}`.trim();
        const message = shortDetail && !base.includes(shortDetail) ? `${base}: ${shortDetail}` : base;
        return new ErrorClass(message, {
            status,
            body,
            request: requestInfo(context),
            retryAfterMs: parseRetryAfter(response.header('retry-after')),
            retryable: isRetrySafe({ method: context.method, idempotent: context.config.idempotent, status }),
        });
    }
    /** A 2xx whose body is not what a JSON endpoint returns. */
    function unexpectedBodyError(response, context) {
        const clean = redact(response.body, context.secrets);
        const what = clean.trim() === '' ? 'an empty body' : `a body that is not JSON: "${excerpt(clean, 120)}"`;
        const contentType = response.header('content-type');
        return new UnexpectedResponseError(`${where(context)} answered ${response.status} with ${what}${contentType ? ` (${excerpt(contentType, 60)})` : ''}`, { status: response.status, body: boundedBody(response.body, context.secrets), request: requestInfo(context) });
    }
    /** No HTTP answer: cancelled, timed out, or the connection failed. */
    function transportFailure(raw, context, kind) {
        const request = requestInfo(context);
        if (kind.aborted)
            return new AbortError(`${where(context)} was aborted`, { request });
        const lowLevel = excerpt(redact(raw instanceof Error ? raw.message : String(raw), context.secrets));
        if (kind.timedOut) {
            const { ms, deadlineMs } = kind.timedOut;
            const limit = deadlineMs === undefined ? `${ms} ms` : `its deadline of ${deadlineMs} ms`;
            return new TimeoutError(`${where(context)} timed out after ${limit}`, {
                request,
                retryable: isRetrySafe({ method: context.method, idempotent: context.config.idempotent, timedOut: true }),
            });
        }
        const code = raw?.code;
        const errorCode = typeof code === 'string' ? code : 'ERR_NETWORK';
        return new NetworkError(`${where(context)} failed: ${lowLevel}`, {
            request,
            requestNotSent: requestNeverLeft(errorCode),
            retryable: isRetrySafe({ method: context.method, idempotent: context.config.idempotent, code: errorCode }),
            cause: new Error(lowLevel),
        });
    }
    /** The caller cancelled while the client waited between attempts. */
    function abortedError(context) {
        return new AbortError(`${where(context)} was aborted`, { request: requestInfo(context) });
    }

    function stringify(value) {
        return value instanceof Date ? value.toISOString() : String(value);
    }
    function serializeQuery(params) {
        if (!params)
            return '';
        const search = new URLSearchParams();
        for (const [key, value] of Object.entries(params)) {
            if (value === undefined || value === null)
                continue;
            const values = Array.isArray(value) ? value : [value];
            for (const item of values) {
                if (item !== undefined && item !== null)
                    search.append(key, stringify(item));
            }
        }
        return search.toString();
    }

    /** SDK version sent as X-Sipgate-Version; a test keeps it equal to package.json. */
    const SDK_VERSION = '0.1.0';
    const SDK_NAME = 'sipgate-io-sdk';

    /**
     * The one HTTP client every module uses: base URL, auth, statistics headers, deadlines, cancellation,
     * retries, date fields and error mapping live here and nowhere else. The network itself is behind a
     * `Transport` (./transport): the package entry passes the Node or the fetch one.
     */
    const DEFAULT_BASE_URL = 'https://api.sipgate.com/v2';
    const DEFAULT_TIMEOUT_MS = 30_000;
    const DEFAULT_MAX_RETRIES = 2;
    /** Fax bodies may reach 28.3 MB of base64: answers up to 32 MB are read, larger ones refused. */
    const MAX_BODY_BYTES = 32 * 1024 * 1024;
    function environmentBaseUrl() {
        const env = typeof process !== 'undefined' ? process.env : undefined;
        const value = env?.SIPGATE_BASE_URL;
        return value && value.trim() !== '' ? value.trim() : undefined;
    }
    /** Describes the runtime for X-Sipgate-Client without fingerprinting the user. */
    function clientDescription() {
        const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
        const runtime = isNode
            ? { type: 'node', version: process.versions.node, os: process.platform }
            : { type: 'browser', version: null, os: null };
        return JSON.stringify({ name: SDK_NAME, ...runtime });
    }
    function redactHeaders(headers) {
        const copy = { ...headers };
        for (const key of Object.keys(copy)) {
            if (key.toLowerCase() === 'authorization')
                copy[key] = '[REDACTED]';
        }
        return copy;
    }
    /** A 2xx body as the caller gets it: text, or JSON (never anything else taken for data). */
    function successBody(response, method, config, context) {
        if (config.responseType === 'text')
            return response.body;
        const text = response.body;
        if (text.trim() === '') {
            // Reads return data: an empty read is a proxy or portal speaking, not the API.
            if (method === 'GET' && response.status !== 204)
                throw unexpectedBodyError(response, context);
            return undefined;
        }
        let data;
        try {
            data = JSON.parse(text);
        }
        catch {
            throw unexpectedBodyError(response, context);
        }
        return config.dateFields && config.parseDates !== false ? reviveDateFields(data, config.dateFields) : data;
    }
    /**
     * Creates the low-level client. `transport` moves the bytes: lib/index.ts passes `createNodeTransport(options)`,
     * lib/browser.ts `createFetchTransport()`.
     */
    function createHttpClient(credentials, options, transport) {
        const settings = options ?? {};
        const auth = toAuthProvider(credentials);
        const staticCredentials = isAuthProvider(credentials) ? undefined : credentials;
        let secretsCache;
        /** The forms of the credentials to scrub from server text, for the Authorization value just sent. */
        const secretsFor = (authorization) => {
            if (secretsCache?.authorization !== authorization)
                secretsCache = { authorization, secrets: credentialSecrets(staticCredentials, authorization) };
            return secretsCache.secrets;
        };
        const baseUrl = (settings.baseUrl ?? environmentBaseUrl() ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
        const defaultMaxRetries = settings.maxRetries ?? DEFAULT_MAX_RETRIES;
        const defaultTimeout = settings.timeout ?? DEFAULT_TIMEOUT_MS;
        const backoff = {
            baseDelayMs: settings.retryBaseDelayMs ?? 500,
            maxDelayMs: settings.retryMaxDelayMs ?? 30_000,
        };
        const baseHeaders = {
            Accept: 'application/json',
            'X-Sipgate-Client': clientDescription(),
            'X-Sipgate-Version': SDK_VERSION,
            ...settings.headers,
        };
        /** One attempt under its own deadline; the caller's signal cancels it too. */
        async function attempt(request, limit, context, callerSignal) {
            request.start(limit.ms, callerSignal);
            try {
                return await transport.request(request);
            }
            catch (raw) {
                throw transportFailure(raw, context, {
                    timedOut: request.timedOut ? limit : undefined,
                    aborted: !request.timedOut && callerSignal?.aborted === true,
                });
            }
            finally {
                request.end(callerSignal);
            }
        }
        async function send(method, url, data, config = {}) {
            const maxRetries = config.maxRetries ?? defaultMaxRetries;
            // Object.assign, not a spread: V8 copies these dash-named keys by spread about ten times slower (measured).
            const headers = Object.assign({}, baseHeaders, config.headers);
            if (data !== undefined)
                headers['Content-Type'] = 'application/json';
            const body = data === undefined ? undefined : JSON.stringify(data);
            const query = serializeQuery(config.params);
            const target = `${baseUrl}${url.startsWith('/') ? '' : '/'}${url}${query ? (url.includes('?') ? '&' : '?') + query : ''}`;
            const context = { method, url, config, secrets: [] };
            const timeout = config.timeout ?? defaultTimeout;
            const deadline = config.deadline ?? settings.deadline;
            const endsAt = deadline === undefined ? Infinity : Date.now() + deadline;
            // One extra attempt after a 401 when the auth provider renewed its token; it does not use the retry budget.
            let renewedAuthorization = false;
            for (let attemptNumber = 0;; attemptNumber += 1) {
                if (config.signal?.aborted)
                    throw abortedError(context);
                // A static provider answers synchronously: no await (and no extra turn) for it.
                const pending = auth.getAuthorization();
                const authorization = typeof pending === 'string' ? pending : await pending;
                headers.Authorization = authorization;
                context.secrets = secretsFor(authorization);
                // The request hook sees the headers as sent, the Authorization value masked.
                const visibleHeaders = settings.onRequest ? redactHeaders(headers) : undefined;
                const started = Date.now();
                const remaining = endsAt - started;
                const limit = remaining < timeout ? { ms: Math.max(0, remaining), deadlineMs: deadline } : { ms: timeout };
                if (visibleHeaders)
                    settings.onRequest?.({ method, url, headers: { ...visibleHeaders }, body: data, attempt: attemptNumber });
                let error;
                let status;
                try {
                    const request = new AttemptRequest(method, target, headers, body, MAX_BODY_BYTES);
                    const response = await attempt(request, limit, context, config.signal);
                    status = response.status;
                    if (status < 200 || status >= 300)
                        throw httpStatusError(response, context);
                    const result = successBody(response, method, config, context);
                    settings.onResponse?.({
                        method,
                        url,
                        attempt: attemptNumber,
                        durationMs: Date.now() - started,
                        status,
                        body: result,
                    });
                    return result;
                }
                catch (caught) {
                    error = caught;
                }
                const retriesUsed = renewedAuthorization ? attemptNumber - 1 : attemptNumber;
                const retry = !(error instanceof AbortError) && error.retryable && retriesUsed < maxRetries;
                let retryInMs = retry ? retryDelayMs(attemptNumber, backoff, error.retryAfterMs) : undefined;
                // No retry starts that the overall deadline would cut short anyway.
                if (retryInMs !== undefined && Date.now() + retryInMs >= endsAt)
                    retryInMs = undefined;
                settings.onResponse?.({
                    method,
                    url,
                    attempt: attemptNumber,
                    durationMs: Date.now() - started,
                    status: error.status ?? status,
                    body: error.body,
                    error,
                    retryInMs,
                });
                if (error instanceof AuthenticationError && !renewedAuthorization && auth.renewAfterUnauthorized) {
                    renewedAuthorization = true;
                    if (await auth.renewAfterUnauthorized(authorization))
                        continue;
                }
                if (retryInMs === undefined)
                    throw error;
                try {
                    await sleep(retryInMs, config.signal);
                }
                catch {
                    throw abortedError(context);
                }
            }
        }
        let webuserId;
        const client = {
            baseUrl,
            get: (url, config) => send('GET', url, undefined, config),
            post: (url, data, config) => send('POST', url, data, config),
            put: (url, data, config) => send('PUT', url, data, config),
            patch: (url, data, config) => send('PATCH', url, data, config),
            delete: (url, config) => send('DELETE', url, undefined, config),
            getAuthenticatedWebuserId() {
                webuserId ??= client.get('/authorization/userinfo').then((info) => {
                    if (typeof info?.sub !== 'string' || info.sub === '')
                        throw new UnexpectedResponseError('GET /authorization/userinfo answered without a web user id (sub)', {
                            status: 200,
                            request: { method: 'GET', path: '/authorization/userinfo' },
                        });
                    return info.sub;
                });
                // A failed lookup must not be cached: the next call asks again.
                webuserId.catch(() => {
                    webuserId = undefined;
                });
                return webuserId;
            },
            async getWebUsers() {
                const response = await client.get('/users');
                return response.items;
            },
        };
        return client;
    }

    /**
     * SIP credentials of VoIP devices: the REST API names them `credentials`, sipgate's newer web-app types
     * `sipCredentials`; both are read, and a device always comes back with `credentials` when it has any.
     */
    const CREDENTIAL_FIELDS = ['username', 'password', 'sipServer', 'outboundProxy', 'sipServerWebsocketUrl'];
    /** The device with `sipCredentials` copied to `credentials` when only the former is present. */
    function withCredentials(device) {
        if (!device || typeof device !== 'object' || device.credentials)
            return device;
        const alternative = device.sipCredentials;
        return alternative && typeof alternative === 'object' ? { ...device, credentials: alternative } : device;
    }
    /** Checks a credentials object (as handed in by a caller or read from a device); ValidationError names the field. */
    function validateDeviceCredentials(value, field = 'credentials') {
        if (value === null || typeof value !== 'object')
            throw new ValidationError(field, `${field} must be an object { ${CREDENTIAL_FIELDS.join(', ')} }`);
        const record = value;
        for (const name of ['username', 'password', 'sipServerWebsocketUrl']) {
            if (typeof record[name] !== 'string' || record[name] === '')
                throw new ValidationError(`${field}.${name}`, `${field}.${name} must be a non-empty string`);
        }
        for (const name of ['sipServer', 'outboundProxy']) {
            if (record[name] !== undefined && typeof record[name] !== 'string')
                throw new ValidationError(`${field}.${name}`, `${field}.${name} must be a string`);
        }
        let url;
        try {
            url = new URL(record.sipServerWebsocketUrl);
        }
        catch {
            throw new ValidationError(`${field}.sipServerWebsocketUrl`, `${field}.sipServerWebsocketUrl must be a ws:// or wss:// URL`);
        }
        if (url.protocol !== 'wss:' && url.protocol !== 'ws:')
            throw new ValidationError(`${field}.sipServerWebsocketUrl`, `${field}.sipServerWebsocketUrl must be a ws:// or wss:// URL`);
        return {
            username: record.username,
            password: record.password,
            sipServer: record.sipServer || 'sipgate.de',
            outboundProxy: record.outboundProxy ?? '',
            sipServerWebsocketUrl: record.sipServerWebsocketUrl,
        };
    }
    /** The credentials of a fetched device, or a ValidationError when it has none (not a VoIP device). */
    function readDeviceCredentials(device, what) {
        const credentials = withCredentials(device).credentials;
        if (!credentials)
            throw new ValidationError('credentials', `${what} has no SIP credentials (only VoIP devices of type REGISTER have)`);
        return validateDeviceCredentials(credentials);
    }

    /** Input checks of the devices module; each throws a ValidationError naming the field before any request. */
    /** Device ids: e = register (VoIP) device, x = external device, y = mobile device. */
    const DEVICE_EXTENSION_TYPES = ['e', 'x', 'y'];
    const MAX_ALIAS_LENGTH = 255;
    function validateDeviceId(deviceId, field = 'deviceId') {
        return validateExtension(deviceId, field, DEVICE_EXTENSION_TYPES);
    }
    /** Only VoIP devices (`e<n>`) have SIP credentials. */
    function validateRegisterDeviceId(deviceId, field = 'deviceId') {
        return validateExtension(deviceId, field, ['e']);
    }
    function validateDeviceAlias(alias, field = 'alias') {
        if (typeof alias !== 'string' || alias.trim() === '' || alias.length > MAX_ALIAS_LENGTH) {
            throw new ValidationError(field, `${field} must be a non-empty string of at most ${MAX_ALIAS_LENGTH} characters`);
        }
        return alias;
    }

    const DEVICE_ERRORS = {
        403: 'Not allowed to access this device (unknown device, foreign user or missing devices scope)',
        404: 'Device not found',
    };
    function createDevicesModule(client) {
        const requests = moduleRequests(client, DEVICE_ERRORS);
        const getDevice = async (deviceId, options) => {
            validateDeviceId(deviceId);
            const device = await requests.get(apiPath `/devices/${{ deviceId }}`, options);
            return withCredentials(device);
        };
        return {
            async getDevices(webuserId, options) {
                validateWebuserId(webuserId);
                const response = await requests.get(apiPath `/${{ webuserId }}/devices`, options, {
                    errorMessages: {
                        403: `Not allowed to list the devices of ${webuserId} (foreign user or missing devices:read scope)`,
                        404: `Web user ${webuserId} not found`,
                    },
                });
                return (response?.items ?? []).map(withCredentials);
            },
            getDevice,
            async setDeviceAlias(deviceId, alias, options) {
                validateDeviceId(deviceId);
                validateDeviceAlias(alias);
                await requests.put(apiPath `/devices/${{ deviceId }}/alias`, { value: alias }, options);
            },
            async createRegisterDevice(webuserId, device, options) {
                validateWebuserId(webuserId);
                if (device !== undefined && (device === null || typeof device !== 'object'))
                    throw new ValidationError('device', 'device must be an object { alias? }');
                const alias = device?.alias;
                if (alias !== undefined)
                    validateDeviceAlias(alias);
                const created = await requests.post(apiPath `/${{ webuserId }}/devices/register`, alias === undefined ? {} : { alias }, options, {
                    errorMessages: {
                        403: `Not allowed to create a VoIP device for ${webuserId} (restriction CAN_CREATE_REGISTER_DEVICE or devices:write scope missing)`,
                        404: `Web user ${webuserId} not found`,
                    },
                });
                return withCredentials(created);
            },
            async resetPassword(deviceId, options) {
                validateRegisterDeviceId(deviceId);
                await requests.post(apiPath `/devices/${{ deviceId }}/credentials/password`, undefined, options, {
                    errorMessages: {
                        403: 'Not allowed to change the SIP password of this device (unknown device or missing devices:write scope)',
                        404: 'Device not found',
                    },
                });
            },
            async getDeviceCredentials(deviceId, options) {
                validateRegisterDeviceId(deviceId);
                return readDeviceCredentials(await getDevice(deviceId, options), `device ${deviceId}`);
            },
        };
    }

    /** Checks of a fax before it is sent. */
    /** The API's limit for base64Content (SendFaxRequest.maxLength), about 21 MB of PDF. */
    const MAX_BASE64_LENGTH = 28_330_000;
    const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
    const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
    /** Writers may append whitespace or incremental-update padding after %%EOF. */
    const EOF_SEARCH_BYTES = 1024;
    function toBytes(content) {
        if (content instanceof Uint8Array)
            return content;
        if (content instanceof ArrayBuffer)
            return new Uint8Array(content);
        // Other views (DataView, typed arrays from a file reader) are read as their raw bytes.
        if (ArrayBuffer.isView(content))
            return new Uint8Array(content.buffer, content.byteOffset, content.byteLength);
        throw new ValidationError('fileContent', 'fileContent must be a Buffer, Uint8Array, ArrayBuffer or other ArrayBuffer view holding a PDF');
    }
    function startsWith(bytes, marker, at) {
        return marker.every((byte, index) => bytes[at + index] === byte);
    }
    /** A PDF starts with `%PDF-` and ends (within the last KiB) with `%%EOF`. */
    function validatePdf(content) {
        const bytes = toBytes(content);
        if (!startsWith(bytes, PDF_HEADER, 0)) {
            throw new ValidationError('fileContent', 'fileContent is not a PDF (it does not start with %PDF-)');
        }
        const from = Math.max(0, bytes.length - EOF_SEARCH_BYTES);
        let hasEof = false;
        for (let at = bytes.length - EOF_MARKER.length; at >= from && !hasEof; at -= 1)
            hasEof = startsWith(bytes, EOF_MARKER, at);
        if (!hasEof)
            throw new ValidationError('fileContent', 'fileContent is not a complete PDF (no %%EOF at its end)');
        if (Math.ceil(bytes.length / 3) * 4 > MAX_BASE64_LENGTH) {
            throw new ValidationError('fileContent', `fileContent is too large: ${bytes.length} bytes (the API accepts about 21 MB)`);
        }
        return bytes;
    }

    const SEND_ERRORS$1 = {
        402: 'Insufficient funds to send the fax',
        403: 'The fax line cannot be used: it does not exist, cannot send, or the token lacks the sessions:fax:write scope',
        407: 'Invalid recipient fax number',
    };
    const FAXLINE_ERRORS = { 403: 'Fax is not booked for this account, or the token lacks the faxlines:read scope' };
    const twoDigits = (value) => String(value).padStart(2, '0');
    /** `Fax_yyyyMMdd_HHmm` in UTC, the official package's default name (snapshot tests compare it). */
    function defaultFaxFilename(now = new Date()) {
        const date = `${now.getUTCFullYear()}${twoDigits(now.getUTCMonth() + 1)}${twoDigits(now.getUTCDate())}`;
        return `Fax_${date}_${twoDigits(now.getUTCHours())}${twoDigits(now.getUTCMinutes())}`;
    }
    function createFaxModule(client) {
        const send = moduleRequests(client, SEND_ERRORS$1);
        const lines = moduleRequests(client, FAXLINE_ERRORS);
        const status = moduleRequests(client, { 404: 'Fax was not found' });
        async function getFaxlinesByWebUser(webuserId, options) {
            validateWebuserId(webuserId);
            const response = await lines.get(apiPath `/${{ webuserId }}/faxlines`, options);
            return response?.items ?? [];
        }
        async function getFaxlines(options) {
            requestConfig(options);
            return getFaxlinesByWebUser(await client.getAuthenticatedWebuserId(), options);
        }
        async function defaultFaxline(options) {
            const line = (await getFaxlines(options)).find((candidate) => candidate.canSend);
            if (!line)
                throw new ValidationError('faxlineId', 'no fax line of this user can send; pass faxlineId explicitly');
            return line.id;
        }
        return {
            async send(fax, options) {
                requireObject(fax, 'fax', 'an object with to and fileContent');
                requestConfig(options);
                const recipient = normalizePhoneNumber(fax.to, 'to');
                const bytes = validatePdf(fax.fileContent);
                const filename = fax.filename === undefined ? defaultFaxFilename() : requireString$1(fax.filename, 'filename');
                const faxlineId = fax.faxlineId === undefined
                    ? await defaultFaxline(options)
                    : validateExtension(fax.faxlineId, 'faxlineId', ['f']);
                const dto = { faxlineId, recipient, filename, base64Content: bytesToBase64(bytes) };
                return send.post('/sessions/fax', dto, options);
            },
            async getFaxStatus(sessionId, options) {
                requireString$1(sessionId, 'sessionId');
                const entry = await status.get(apiPath `/history/${{ sessionId }}`, options);
                if (entry?.type !== 'FAX' || entry.faxStatusType === undefined) {
                    throw new ValidationError('sessionId', `history entry ${sessionId} is not a fax`);
                }
                return entry.faxStatusType;
            },
            getFaxlines,
            getFaxlinesByWebUser,
            async resend(fax, options) {
                requireObject(fax, 'fax', 'an object with faxId');
                const faxId = requireString$1(fax.faxId, 'faxId');
                const faxlineId = fax.faxlineId === undefined ? undefined : validateExtension(fax.faxlineId, 'faxlineId', ['f']);
                await send.post('/sessions/fax/resend', { faxId, faxlineId }, options, {
                    errorMessages: { 404: 'Fax was not found' },
                });
            },
        };
    }

    // Runtime enums, because code written for the official package compares against HistoryEntryType.CALL etc.
    var HistoryEntryType;
    (function (HistoryEntryType) {
        HistoryEntryType["CALL"] = "CALL";
        HistoryEntryType["VOICEMAIL"] = "VOICEMAIL";
        HistoryEntryType["SMS"] = "SMS";
        HistoryEntryType["FAX"] = "FAX";
    })(HistoryEntryType || (HistoryEntryType = {}));
    var HistoryDirection;
    (function (HistoryDirection) {
        HistoryDirection["INCOMING"] = "INCOMING";
        HistoryDirection["OUTGOING"] = "OUTGOING";
        HistoryDirection["MISSED_INCOMING"] = "MISSED_INCOMING";
        HistoryDirection["MISSED_OUTGOING"] = "MISSED_OUTGOING";
    })(HistoryDirection || (HistoryDirection = {}));
    var Starred;
    (function (Starred) {
        Starred["STARRED"] = "STARRED";
        Starred["UNSTARRED"] = "UNSTARRED";
    })(Starred || (Starred = {}));
    var FaxStatusType;
    (function (FaxStatusType) {
        FaxStatusType["PENDING"] = "PENDING";
        FaxStatusType["SENDING"] = "SENDING";
        FaxStatusType["FAILED"] = "FAILED";
        FaxStatusType["SENT"] = "SENT";
        FaxStatusType["SCHEDULED"] = "SCHEDULED";
    })(FaxStatusType || (FaxStatusType = {}));
    var CallStatusType;
    (function (CallStatusType) {
        CallStatusType["SUCCESS"] = "SUCCESS";
        CallStatusType["FAILURE"] = "FAILURE";
        CallStatusType["REJECTED"] = "REJECTED";
        CallStatusType["REJECTED_DND"] = "REJECTED_DND";
        CallStatusType["VOICEMAIL_NO_MESSAGE"] = "VOICEMAIL_NO_MESSAGE";
        CallStatusType["BUSY_ON_BUSY"] = "BUSY_ON_BUSY";
        CallStatusType["BUSY"] = "BUSY";
        CallStatusType["MISSED"] = "MISSED";
    })(CallStatusType || (CallStatusType = {}));

    /** Public types of the fax module (names as in the contract and the official package). */
    /**
     * The fax module's name (as in the official package) for the status values a fax's history entry carries:
     * one enum, so `FaxStatus.SENT === FaxStatusType.SENT` and the two can never drift apart.
     */
    const FaxStatus = FaxStatusType;

    /** Input checks and query mapping of the history module; each check throws a ValidationError before any request. */
    /** GET /history and /history/export accept at most 1000 entries per page. */
    const MAX_HISTORY_LIMIT = 1000;
    const EXPORT_FILTER_KEYS = new Set([
        'connectionIds',
        'types',
        'directions',
        'archived',
        'starred',
        'from',
        'to',
        'startDate',
        'endDate',
    ]);
    const FILTER_KEYS = new Set([...EXPORT_FILTER_KEYS, 'phonenumber']);
    /** Digits with the separators people type, optionally a leading `+`: national numbers (`0211 …`) included. */
    const PHONE_FILTER_PATTERN = /^\+?[0-9][0-9 \-./()]*$/;
    function validateEnumList(value, field, allowed) {
        if (!Array.isArray(value))
            throw new ValidationError(field, `${field} must be an array of ${allowed.join(', ')}`);
        return value.map((item, index) => {
            if (!allowed.includes(item)) {
                throw new ValidationError(`${field}[${index}]`, `${field}[${index}] must be one of ${allowed.join(', ')}, got ${JSON.stringify(item)}`);
            }
            return item;
        });
    }
    function validateExtensionList(value, field) {
        if (!Array.isArray(value))
            throw new ValidationError(field, `${field} must be an array of extension ids`);
        return value.map((item, index) => validateExtension(item, `${field}[${index}]`));
    }
    /** The number is passed on as given (the API matches national and international forms). */
    function phoneFilter(value) {
        const field = 'filter.phonenumber';
        if (typeof value !== 'string' || !PHONE_FILTER_PATTERN.test(value.trim())) {
            throw new ValidationError(field, `${field} must be a phone number such as +4921112345 or 021112345`);
        }
        return value.trim();
    }
    function starredParam(value) {
        if (value === true || value === Starred.STARRED)
            return Starred.STARRED;
        if (value === false || value === Starred.UNSTARRED)
            return Starred.UNSTARRED;
        throw new ValidationError('filter.starred', `filter.starred must be true, false, STARRED or UNSTARRED, got ${JSON.stringify(value)}`);
    }
    function dateParam(primary, alias, field, aliasField) {
        if (primary !== undefined)
            return validateDate(primary, `filter.${field}`);
        if (alias !== undefined)
            return validateDate(alias, `filter.${aliasField}`);
        return undefined;
    }
    /**
     * Checks a filter and turns it into query parameters: arrays stay arrays (repeated keys),
     * `starred` becomes STARRED/UNSTARRED, dates ISO strings. `forExport`: the export endpoint has no phone
     * number filter, and, as in the official package, keys it does not know are left out rather than refused
     * (the same filter object often serves fetchAll and the export).
     */
    function historyFilterToQuery(input, forExport) {
        if (input === undefined || input === null)
            return {};
        if (typeof input !== 'object' || Array.isArray(input)) {
            throw new ValidationError('filter', 'filter must be an object');
        }
        let filter = input;
        if (forExport) {
            filter = Object.fromEntries(Object.entries(input).filter(([key]) => EXPORT_FILTER_KEYS.has(key)));
        }
        for (const key of Object.keys(filter)) {
            if (!FILTER_KEYS.has(key))
                throw new ValidationError(`filter.${key}`, `filter.${key} is not a known history filter`);
        }
        const from = dateParam(filter.from, filter.startDate, 'from', 'startDate');
        const to = dateParam(filter.to, filter.endDate, 'to', 'endDate');
        if (from && to && from.getTime() > to.getTime()) {
            throw new ValidationError('filter.from', 'filter.from must not be after filter.to');
        }
        return {
            connectionIds: filter.connectionIds === undefined
                ? undefined
                : validateExtensionList(filter.connectionIds, 'filter.connectionIds'),
            types: filter.types === undefined
                ? undefined
                : validateEnumList(filter.types, 'filter.types', Object.values(HistoryEntryType)),
            directions: filter.directions === undefined
                ? undefined
                : validateEnumList(filter.directions, 'filter.directions', Object.values(HistoryDirection)),
            archived: filter.archived === undefined ? undefined : validateBoolean(filter.archived, 'filter.archived'),
            starred: filter.starred === undefined ? undefined : starredParam(filter.starred),
            from: from?.toISOString(),
            to: to?.toISOString(),
            phonenumber: filter.phonenumber === undefined ? undefined : phoneFilter(filter.phonenumber),
        };
    }
    function validateHistoryPagination(pagination) {
        validatePagination(pagination, MAX_HISTORY_LIMIT);
    }
    function validatePageSize$1(pageSize) {
        return validateInteger(pageSize, 'pageSize', 1, MAX_HISTORY_LIMIT);
    }
    function validateEntryId(entryId, field = 'entryId') {
        return requirePathValue(entryId, field);
    }
    function validateEntryIds(entryIds) {
        if (!Array.isArray(entryIds))
            throw new ValidationError('entryIds', 'entryIds must be an array of entry ids');
        return entryIds.map((id, index) => validateEntryId(id, `entryIds[${index}]`));
    }
    /** Checks an update and keeps only the fields that are set. */
    function validateUpdate(update, field) {
        if (update === null || typeof update !== 'object' || Array.isArray(update)) {
            throw new ValidationError(field, `${field} must be an object with archived, starred, read and/or note`);
        }
        const input = update;
        const result = {};
        for (const [key, value] of Object.entries(input)) {
            if (value === undefined || key === 'id')
                continue;
            if (key === 'archived' || key === 'starred' || key === 'read')
                result[key] = validateBoolean(value, `${field}.${key}`);
            else if (key === 'note') {
                if (typeof value !== 'string')
                    throw new ValidationError(`${field}.note`, `${field}.note must be a string`);
                result.note = value;
            }
            else
                throw new ValidationError(`${field}.${key}`, `${field}.${key} cannot be updated`);
        }
        return result;
    }
    function validateUpdateWithId(update, field) {
        const id = validateEntryId(update?.id, `${field}.id`);
        return { id, ...validateUpdate(update, field) };
    }

    /** The API wants "less than 150" entries per batch update. */
    const MAX_BATCH_UPDATE = 149;
    /** Ids per DELETE /history request, so the query string stays well below common URL limits. */
    const DELETE_CHUNK_SIZE = 100;
    const READ_ERRORS = {
        400: 'Invalid filter or pagination input',
        403: 'Not allowed to read the history (check the history:read scope)',
        404: 'History entry could not be found',
    };
    const WRITE_ERRORS = {
        400: 'Invalid history update',
        403: 'Not allowed to change the history (check the history:write scope)',
        404: 'History entry could not be found',
    };
    /** The API names the fax state `faxStatusType`; the public type (as in the official package) says `faxStatus`. */
    function toHistoryEntry(item) {
        if (item && typeof item === 'object' && 'faxStatusType' in item) {
            const { faxStatusType, ...rest } = item;
            return { ...rest, faxStatus: faxStatusType };
        }
        return item;
    }
    function chunk(items, size) {
        const chunks = [];
        for (let start = 0; start < items.length; start += size)
            chunks.push(items.slice(start, start + size));
        return chunks;
    }
    /** The entry fields the API sends as ISO date-times (returned as Date). */
    const ENTRY_DATE_FIELDS = ['created', 'lastModified', 'scheduled'];
    const PAGE_DATE_FIELDS = ENTRY_DATE_FIELDS.map((field) => `items[].${field}`);
    function createHistoryModule(client) {
        const read = moduleRequests(client, READ_ERRORS);
        const write = moduleRequests(client, WRITE_ERRORS);
        const notFound = (entryId) => ({ errorMessages: { 404: `History entry ${entryId} could not be found` } });
        async function getPage(filter, pagination, options) {
            const query = historyFilterToQuery(filter, false);
            validateHistoryPagination(pagination);
            const response = await read.get('/history', options, {
                params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
                dateFields: PAGE_DATE_FIELDS,
            });
            const items = (response?.items ?? []).map(toHistoryEntry);
            const totalCount = typeof response?.totalCount === 'number' ? response.totalCount : items.length;
            return { ...toListPage({ items, totalCount }, pagination), totalCount };
        }
        async function batchUpdate(updates, options) {
            if (!Array.isArray(updates))
                throw new ValidationError('updates', 'updates must be an array');
            const checked = updates.map((update, index) => validateUpdateWithId(update, `updates[${index}]`));
            // PUT /history cannot change notes, so those entries take the single-entry endpoint.
            const withNote = checked.filter((update) => update.note !== undefined);
            const batchable = checked.filter((update) => update.note === undefined && Object.keys(update).length > 1);
            for (const { id, ...update } of withNote) {
                await write.put(apiPath `/history/${{ 'updates[].id': id }}`, update, options, notFound(id));
            }
            for (const part of chunk(batchable, MAX_BATCH_UPDATE))
                await write.put('/history', part, options);
        }
        return {
            async fetchAll(filter, pagination, options) {
                return (await getPage(filter, pagination, options)).items;
            },
            fetchPage: getPage,
            iterate(filter, options = {}) {
                // Validate now, not on the first next(): bad input should fail where it was written.
                historyFilterToQuery(filter, false);
                const pageSize = validatePageSize$1(options.pageSize ?? 1000);
                validateHistoryPagination({ offset: options.offset });
                requestConfig(options);
                return paginate((offset, limit) => getPage(filter, { offset, limit }, options), {
                    pageSize,
                    offset: options.offset,
                    maxItems: options.maxItems,
                    path: '/history',
                });
            },
            async fetchById(entryId, options) {
                validateEntryId(entryId);
                const item = await read.get(apiPath `/history/${{ entryId }}`, options, {
                    ...notFound(entryId),
                    dateFields: ENTRY_DATE_FIELDS,
                });
                return toHistoryEntry(item);
            },
            async deleteByListOfIds(entryIds, options) {
                const ids = validateEntryIds(entryIds);
                for (const part of chunk(ids, DELETE_CHUNK_SIZE)) {
                    await write.delete('/history', options, { params: { id: part } });
                }
            },
            async deleteById(entryId, options) {
                validateEntryId(entryId);
                await write.delete(apiPath `/history/${{ entryId }}`, options, notFound(entryId));
            },
            async updateById(entryId, update, options) {
                validateEntryId(entryId);
                const body = validateUpdate(update, 'update');
                await write.put(apiPath `/history/${{ entryId }}`, body, options, notFound(entryId));
            },
            batchUpdate,
            async batchUpdateEvents(events, callback, options) {
                if (!Array.isArray(events))
                    throw new ValidationError('events', 'events must be an array of history entries');
                if (typeof callback !== 'function')
                    throw new ValidationError('callback', 'callback must be a function');
                const updates = events.map((event, index) => ({
                    ...validateUpdate(callback(event), `callback(events[${index}])`),
                    id: validateEntryId(event?.id, `events[${index}].id`),
                }));
                await batchUpdate(updates, options);
            },
            async exportAsCsvString(filter, pagination, options) {
                const query = historyFilterToQuery(filter, true);
                validateHistoryPagination(pagination);
                const csv = await read.get('/history/export', options, {
                    params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
                    responseType: 'text',
                });
                // The export is opened in spreadsheets: cells that would run as formulas are neutralised.
                return typeof csv === 'string' ? sanitiseCsvText(csv) : csv;
            },
        };
    }

    /** Input checks of the numbers module; each throws a ValidationError naming the field before any request. */
    /** offset/limit are int32 in the spec; no smaller maximum is declared for /numbers. */
    const MAX_NUMBERS_LIMIT = 2147483647;
    function validateNumbersPagination(pagination) {
        validatePagination(pagination, MAX_NUMBERS_LIMIT);
    }
    function validatePageSize(pageSize) {
        return validateInteger(pageSize, 'pageSize', 1, MAX_NUMBERS_LIMIT);
    }

    const DEFAULT_PAGE_SIZE = 100;
    /** The number fields the API sends as ISO date-times (returned as Date). */
    const DATE_FIELDS = ['items[].mnpState.releasedUntil'];
    const NUMBERS_ERRORS = {
        400: 'Invalid pagination input',
        403: 'Not allowed to read phone numbers (check the numbers:read scope)',
    };
    function createNumbersModule(client) {
        const api = moduleRequests(client, NUMBERS_ERRORS);
        function requestPage(pagination, options) {
            return api.get('/numbers', options, {
                params: { offset: pagination?.offset, limit: pagination?.limit },
                dateFields: DATE_FIELDS,
            });
        }
        return {
            async getAllNumbers(pagination, options) {
                validateNumbersPagination(pagination);
                const response = await requestPage(pagination, options);
                return { items: response?.items ?? [] };
            },
            async fetchPage(pagination, options) {
                validateNumbersPagination(pagination);
                // Always with a limit: without a total, only a known page size tells whether more may follow.
                const window = { offset: pagination?.offset ?? 0, limit: pagination?.limit ?? DEFAULT_PAGE_SIZE };
                const response = await requestPage(window, options);
                return toListPage({ items: response?.items ?? [] }, window);
            },
            iterate(options = {}) {
                // Validate now, not on the first next(): a bad page size should fail where it was written.
                const pageSize = validatePageSize(options.pageSize ?? DEFAULT_PAGE_SIZE);
                requestConfig(options);
                return paginate(async (offset, limit) => ({ items: (await requestPage({ offset, limit }, options))?.items ?? [] }), { pageSize, path: '/numbers' });
            },
            async getUserNumbers(webuserId, options) {
                validateWebuserId(webuserId);
                const response = await api.get(apiPath `/${{ webuserId }}/numbers`, options, {
                    errorMessages: { 404: `Web user ${webuserId} not found` },
                    dateFields: DATE_FIELDS,
                });
                return response?.items ?? [];
            },
        };
    }

    // A runtime enum, because code written for the official package compares against NumberResponseItemType.MOBILE.
    var NumberResponseItemType;
    (function (NumberResponseItemType) {
        NumberResponseItemType["MOBILE"] = "MOBILE";
        NumberResponseItemType["LANDLINE"] = "LANDLINE";
        NumberResponseItemType["QUICKDIAL"] = "QUICKDIAL";
        NumberResponseItemType["INTERNATIONAL"] = "INTERNATIONAL";
    })(NumberResponseItemType || (NumberResponseItemType = {}));

    /** Checks of RTCM input. */
    function validateCall(call) {
        requireObject(call, 'call', 'an object with a callId');
        return requireString$1(call.callId, 'call.callId');
    }
    /** The body of POST /calls/{callId}/transfer, numbers in E.164. */
    function validateTransferOptions(transferOptions) {
        requireObject(transferOptions, 'transferOptions', '{ attended: boolean, phoneNumber: string }');
        return {
            attended: validateBoolean(transferOptions.attended, 'transferOptions.attended'),
            phoneNumber: normalizePhoneNumber(transferOptions.phoneNumber, 'transferOptions.phoneNumber'),
            callerId: transferOptions.callerId === undefined
                ? undefined
                : normalizePhoneNumber(transferOptions.callerId, 'transferOptions.callerId'),
        };
    }

    const CALL_ERRORS = {
        403: 'Not allowed to list or change calls (the token needs the rtcm:read or rtcm:write scope)',
        404: 'Call could not be found',
        // Documented by sipgate for hold: a ringing call cannot be held yet.
        409: 'The call is not established yet',
    };
    function createRTCMModule(client) {
        const api = moduleRequests(client, CALL_ERRORS);
        return {
            async getEstablishedCalls(options) {
                const response = await api.get('/calls', options);
                return response?.data ?? [];
            },
            async mute(call, status, options) {
                const callId = validateCall(call);
                await api.put(apiPath `/calls/${{ 'call.callId': callId }}/muted`, { value: validateBoolean(status, 'status') }, options);
            },
            async record(call, recordOptions, options) {
                const callId = validateCall(call);
                requireObject(recordOptions, 'recordOptions', '{ announcement: boolean, value: boolean }');
                const body = {
                    announcement: validateBoolean(recordOptions.announcement, 'recordOptions.announcement'),
                    value: validateBoolean(recordOptions.value, 'recordOptions.value'),
                };
                await api.put(apiPath `/calls/${{ 'call.callId': callId }}/recording`, body, options);
            },
            async announce(call, announcement, options) {
                const callId = validateCall(call);
                await api.post(apiPath `/calls/${{ 'call.callId': callId }}/announcements`, { url: validateHttpUrl(announcement, 'announcement') }, options);
            },
            async transfer(call, transferOptions, options) {
                const callId = validateCall(call);
                const body = validateTransferOptions(transferOptions);
                await api.post(apiPath `/calls/${{ 'call.callId': callId }}/transfer`, body, options);
            },
            async sendDTMF(call, sequence, options) {
                const callId = validateCall(call);
                await api.post(apiPath `/calls/${{ 'call.callId': callId }}/dtmf`, { sequence: normalizeDtmf(sequence, 'sequence') }, options);
            },
            async hold(call, status, options) {
                const callId = validateCall(call);
                await api.put(apiPath `/calls/${{ 'call.callId': callId }}/hold`, { value: validateBoolean(status, 'status') }, options);
            },
            async hangUp(call, options) {
                const callId = validateCall(call);
                await api.delete(apiPath `/calls/${{ 'call.callId': callId }}`, options);
            },
        };
    }

    const settled = (promise) => promise.then(() => undefined, () => undefined);
    function createSerialQueue() {
        /** Settles when the latest exclusive operation has settled. */
        let exclusiveTail = Promise.resolve();
        /** Shared operations started since the latest exclusive one and still running. */
        let sharedRunning = new Set();
        return {
            run(operation) {
                const before = Promise.all([exclusiveTail, ...sharedRunning]);
                // `then(() => operation())` also turns a synchronous throw into a rejection.
                const result = before.then(() => operation());
                exclusiveTail = settled(result);
                sharedRunning = new Set();
                return result;
            },
            runShared(operation) {
                const result = exclusiveTail.then(() => operation());
                const running = sharedRunning;
                const done = settled(result);
                running.add(done);
                // Dropped once settled, so a long run of shared operations keeps no history.
                void done.then(() => running.delete(done));
                return result;
            },
        };
    }
    const queuesByOwner = new WeakMap();
    /**
     * The queue named `name` of `owner` (e.g. one HTTP client), created on first use. Two module
     * instances over the same client then share one queue, as they share the account they change.
     */
    function serialQueueFor(owner, name) {
        let queues = queuesByOwner.get(owner);
        if (!queues) {
            queues = new Map();
            queuesByOwner.set(owner, queues);
        }
        let queue = queues.get(name);
        if (!queue) {
            queue = createSerialQueue();
            queues.set(name, queue);
        }
        return queue;
    }

    /** Checks of webhook settings input. */
    /** Only phone lines (p) and groups (g) can be whitelisted (sipgate's ID formats: p0, g1, ...). */
    const WHITELIST_EXTENSION_TYPES = ['p', 'g'];
    function validateWebhookUrl(url, field) {
        return validateHttpUrl(url, field);
    }
    function validateWhitelist(extensions) {
        if (!Array.isArray(extensions))
            throw new ValidationError('extensions', 'extensions must be an array of p or g extension ids');
        return extensions.map((extension, index) => validateExtension(extension, `extensions[${index}]`, WHITELIST_EXTENSION_TYPES));
    }

    const SETTINGS_PATH = '/settings/sipgateio';
    const SETTINGS_ERRORS = {
        403: 'sipgate.io is not booked for this account, or the token lacks the settings:sipgateio scope',
    };
    /**
     * "No whitelist" (`null` in sipgate's docs) is sent by leaving the key out: spec/openapi.yaml types whitelist as a
     * non-nullable array (SetSipgateIoAccountSettingsRequest), and a PUT replaces the whole
     * object, so an absent whitelist is the unset one. GET answers likewise without the key (read as null).
     */
    function toRequest({ incomingUrl, outgoingUrl, log, whitelist }) {
        return whitelist === null ? { incomingUrl, outgoingUrl, log } : { incomingUrl, outgoingUrl, log, whitelist };
    }
    function createSettingsModule(client) {
        const queue = serialQueueFor(client, 'webhook-settings');
        const api = moduleRequests(client, SETTINGS_ERRORS);
        async function read(options) {
            const settings = await api.get(SETTINGS_PATH, options);
            return {
                incomingUrl: settings?.incomingUrl ?? '',
                outgoingUrl: settings?.outgoingUrl ?? '',
                log: settings?.log ?? false,
                whitelist: settings?.whitelist ?? null,
            };
        }
        function update(change, options) {
            requestConfig(options);
            return queue.run(async () => {
                const current = await read(options);
                await api.put(SETTINGS_PATH, toRequest({ ...current, ...change }), options);
            });
        }
        // Arguments are checked before queueing, so bad input never waits behind other operations nor reaches the API.
        return {
            setIncomingUrl: async (url, options) => update({ incomingUrl: validateWebhookUrl(url, 'url') }, options),
            setOutgoingUrl: async (url, options) => update({ outgoingUrl: validateWebhookUrl(url, 'url') }, options),
            setWhitelist: async (extensions, options) => update({ whitelist: validateWhitelist(extensions) }, options),
            setLog: async (value, options) => update({ log: validateBoolean(value, 'value') }, options),
            clearIncomingUrl: async (options) => update({ incomingUrl: '' }, options),
            clearOutgoingUrl: async (options) => update({ outgoingUrl: '' }, options),
            clearWhitelist: async (options) => update({ whitelist: [] }, options),
            disableWhitelist: async (options) => update({ whitelist: null }, options),
            // A read waits for earlier setters (it sees their result) but may overlap other reads.
            getWebhookSettings: async (options) => queue.runShared(() => read(options)),
        };
    }

    /** Errors specific to sending an SMS from a phone number. */
    /**
     * Sending from a number changes the SMS extension's default sender for one request; this error says
     * that changing it back failed, so the account may still show `from` as its default sender. `sent` tells
     * whether the SMS itself went out (do not resend it when true); `sendError` is the send failure, if any.
     */
    class SmsSenderRestoreError extends SipgateIOError {
        sent;
        sendError;
        constructor(details) {
            const outcome = details.sent ? 'The SMS was sent' : 'The SMS was not sent';
            const restoreStatus = details.restoreError instanceof SipgateIOError ? details.restoreError.status : undefined;
            super(`${outcome}, but the previous default sender of SMS extension ${details.smsId} could not be restored, so ${details.from} may still be its default sender`, { status: restoreStatus, cause: details.restoreError, retryable: false });
            this.sent = details.sent;
            this.sendError = details.sendError;
        }
    }
    keepErrorNames({ SmsSenderRestoreError });

    /**
     * The seam that makes sending from a phone number safe across processes. The API has no per-message sender:
     * such a send switches the SMS extension's default sender, sends, and switches back. Within one client the SDK
     * orders these sends itself; a second process (or a second client) sharing the account needs a lock both
     * respect. Every SMS send of a module with a lock holds it: a plain send from `smsId` would otherwise go out
     * with the sender another process has just switched to.
     */
    /** One key for every SMS send: the default sender is a setting of the account's SMS extension. */
    const SMS_SENDER_LOCK_KEY = 'sipgate-io-sms-default-sender';
    /** Runs `operation` while holding `lock` (when there is one), and gives the lock back however it ends. */
    async function withSenderLock(lock, signal, operation) {
        if (!lock)
            return operation();
        const release = await lock.acquire(SMS_SENDER_LOCK_KEY, signal);
        try {
            return await operation();
        }
        finally {
            await release();
        }
    }

    /** Checks of an SMS before it is sent. */
    const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 60 * 60 * 1000;
    function validateShortMessage(sms) {
        requireObject(sms, 'sms', 'an object with to, message and smsId or from');
        const to = normalizePhoneNumber(sms.to, 'to');
        const message = requireString$1(sms.message, 'message');
        if (sms.smsId !== undefined && sms.from !== undefined) {
            throw new ValidationError('smsId', 'give either smsId or from, not both');
        }
        if (sms.smsId !== undefined)
            return { to, message, smsId: validateExtension(sms.smsId, 'smsId', ['s']) };
        if (sms.from !== undefined)
            return { to, message, from: normalizePhoneNumber(sms.from, 'from') };
        throw new ValidationError('smsId', 'smsId (e.g. s0) or from (a verified sender number) is required');
    }
    /** `sendAt` must lie in the future and at most 30 days ahead; returns Unix seconds. */
    function validateSendAt(sendAt, now = Date.now()) {
        const date = validateDate(sendAt, 'sendAt');
        if (date.getTime() <= now) {
            throw new ValidationError('sendAt', `sendAt must be in the future, got ${date.toISOString()}`);
        }
        if (date.getTime() > now + MAX_SCHEDULE_AHEAD_MS) {
            throw new ValidationError('sendAt', `sendAt must be at most 30 days ahead, got ${date.toISOString()}`);
        }
        return Math.floor(date.getTime() / 1000);
    }

    const SEND_ERRORS = {
        402: 'Insufficient funds to send the SMS',
        403: 'The SMS extension cannot be used: it does not exist, belongs to someone else, or the token lacks the sessions:sms:write scope',
    };
    const LOOKUP_ERRORS = {
        403: 'Cannot read the SMS extensions or their sender numbers: SMS is not available to this user, or the token lacks the sms:read scope',
    };
    const SWITCH_ERRORS = {
        403: 'Cannot change the default SMS sender number: the token lacks the sms:write or sms:callerid:write scope',
    };
    const samePhoneNumber = (listed, wanted) => (isPhoneNumber(listed) ? normalizePhoneNumber(listed) : listed) === wanted;
    function createSMSModule(client, moduleOptions = {}) {
        const lock = moduleOptions.senderLock;
        // Keyed by the client: every SMS module over this client (and thus this account) shares it.
        const queue = serialQueueFor(client, 'sms-default-sender');
        const sending = moduleRequests(client, SEND_ERRORS);
        const lookup = moduleRequests(client, LOOKUP_ERRORS);
        const switching = moduleRequests(client, SWITCH_ERRORS);
        async function getSmsExtensions(webuserId, options) {
            validateWebuserId(webuserId);
            const response = await lookup.get(apiPath `/${{ webuserId }}/sms`, options);
            return response?.items ?? [];
        }
        async function listCallerIds(webuserId, smsId, options) {
            const path = apiPath `/${{ webuserId }}/sms/${{ smsId }}/callerids`;
            const response = await lookup.get(path, options);
            return response?.items ?? [];
        }
        async function getSmsCallerIds(smsExtensionId, options) {
            validateExtension(smsExtensionId, 'smsId', ['s']);
            requestConfig(options);
            return listCallerIds(await client.getAuthenticatedWebuserId(), smsExtensionId, options);
        }
        /** The SMS extension that lists `from` as a verified sender number, searched in the API's order. */
        async function chooseSender(webuserId, from, options) {
            const extensions = await getSmsExtensions(webuserId, options);
            if (extensions.length === 0) {
                throw new ValidationError('from', `web user ${webuserId} has no SMS extension, so the SMS cannot be sent from ${from}`);
            }
            let unverifiedIn;
            for (const extension of extensions) {
                const senders = await listCallerIds(webuserId, extension.id, options);
                const sender = senders.find((candidate) => samePhoneNumber(candidate.phonenumber, from));
                if (sender?.verified)
                    return { smsId: extension.id, sender, previous: senders.find((candidate) => candidate.defaultNumber) };
                if (sender)
                    unverifiedIn ??= extension.id;
            }
            if (unverifiedIn !== undefined) {
                throw new ValidationError('from', `${from} is a sender number of SMS extension ${unverifiedIn} but is not verified yet`);
            }
            throw new ValidationError('from', `${from} is not a sender number of any SMS extension of web user ${webuserId}; add and verify it first`);
        }
        function post(dto, options) {
            return sending.post('/sessions/sms', dto, options);
        }
        function setDefault(webuserId, smsId, callerId, isDefault, options) {
            const path = apiPath `/${{ webuserId }}/sms/${{ smsId }}/callerids/${{ callerId }}`;
            return switching.put(path, { defaultNumber: isDefault }, options);
        }
        async function sendFromNumber(from, message, options) {
            const webuserId = await client.getAuthenticatedWebuserId();
            const { smsId, sender, previous } = await chooseSender(webuserId, from, options);
            const dto = { smsId, ...message };
            if (previous?.id === sender.id)
                return post(dto, options);
            let switchRefused = false;
            let sent = false;
            let sendError;
            try {
                await setDefault(webuserId, smsId, sender.id, true, options).catch((error) => {
                    // A 4xx answer changed nothing. Anything else (abort, timeout, lost answer, 5xx) may have switched it.
                    switchRefused = error instanceof SipgateIOError && error.status !== undefined && error.status < 500;
                    throw error;
                });
                await post(dto, options);
                sent = true;
            }
            catch (error) {
                sendError = error;
            }
            if (!switchRefused) {
                try {
                    // Without the caller's signal: an abort must not leave the account's default changed.
                    const restoreOptions = { timeout: options?.timeout, maxRetries: options?.maxRetries };
                    if (previous)
                        await setDefault(webuserId, smsId, previous.id, true, restoreOptions);
                    else
                        await setDefault(webuserId, smsId, sender.id, false, restoreOptions);
                }
                catch (restoreError) {
                    throw new SmsSenderRestoreError({ smsId, from, sent, sendError, restoreError });
                }
            }
            if (!sent)
                throw sendError;
        }
        async function send(sms, sendAt, options) {
            const checked = validateShortMessage(sms);
            requestConfig(options);
            const sendAtSeconds = sendAt === undefined ? undefined : validateSendAt(sendAt);
            const base = { recipient: checked.to, message: checked.message, sendAt: sendAtSeconds };
            if (checked.smsId !== undefined) {
                const dto = { smsId: checked.smsId, ...base };
                return queue.runShared(() => withSenderLock(lock, options?.signal, () => post(dto, options)));
            }
            const from = checked.from;
            return queue.run(() => withSenderLock(lock, options?.signal, () => sendFromNumber(from, base, options)));
        }
        return {
            send,
            async schedule(sms, sendAt, options) {
                if (sendAt === undefined)
                    throw new ValidationError('sendAt', 'schedule needs a sendAt date');
                return send(sms, sendAt, options);
            },
            getSmsExtensions,
            getSmsCallerIds,
        };
    }

    /** Input checks of the voicemails module; each throws a ValidationError naming the field before any request. */
    function validateVoicemailId(voicemailId, field = 'voicemailId') {
        return validateExtension(voicemailId, field, ['v']);
    }
    function validatePhonelineId(phonelineId, field = 'phonelineId') {
        return validateExtension(phonelineId, field, ['p']);
    }

    const READ_FORBIDDEN = 'Not allowed to read voicemails (missing voicemails:read scope or feature not booked)';
    function createVoicemailsModule(client) {
        const api = moduleRequests(client, { 403: READ_FORBIDDEN });
        return {
            async getVoicemails(options) {
                const response = await api.get('/voicemails', options);
                return response?.items ?? [];
            },
            async getVoicemail(voicemailId, options) {
                validateVoicemailId(voicemailId);
                return api.get(apiPath `/voicemails/${{ voicemailId }}`, options, {
                    errorMessages: { 404: `Voicemail ${voicemailId} not found` },
                });
            },
            async getPhonelineVoicemails(webuserId, phonelineId, options) {
                validateWebuserId(webuserId);
                validatePhonelineId(phonelineId);
                const response = await api.get(apiPath `/${{ webuserId }}/phonelines/${{ phonelineId }}/voicemails`, options, {
                    errorMessages: {
                        403: 'Voicemail feature not booked for this phone line (or missing phonelines:voicemails:read scope)',
                        404: `Phone line ${phonelineId} of ${webuserId} not found`,
                    },
                });
                return response?.items ?? [];
            },
        };
    }

    /**
     * The REST modules every client carries, built on one shared HTTP client.
     * Shared by the Node entry (lib/index.ts) and the browser entry (lib/browser.ts),
     * which differ only in their webhook member.
     */
    function createRestModules(client) {
        return {
            sms: createSMSModule(client),
            fax: createFaxModule(client),
            call: createCallModule(client),
            settings: createSettingsModule(client),
            rtcm: createRTCMModule(client),
            contacts: createContactsModule(client),
            history: createHistoryModule(client),
            numbers: createNumbersModule(client),
            devices: createDevicesModule(client),
            voicemails: createVoicemailsModule(client),
        };
    }
    /** Each package entry passes its transport: Node's (lib/index.ts) or fetch (lib/browser.ts, edge entries). */
    function createRestClient(credentials, options, transport) {
        const http = createHttpClient(credentials, options, transport);
        return { ...http, ...createRestModules(http) };
    }

    /**
     * What a WAV announcement's header says (format, length), read without downloading the audio:
     * one Range request for the first 4 KiB, and reading stops there. playAudioAndHangUp and
     * playAudioAndTransfer need the length; checkAnnouncementAudio is the opt-in format check.
     * Web globals only (fetch).
     */
    const HEADER_BYTES = 4096;
    const READ_TIMEOUT_MS = 10_000;
    const CODECS = { 1: 'PCM', 3: 'IEEE_FLOAT', 6: 'ALAW', 7: 'MULAW' };
    function fourCC(bytes, offset) {
        return String.fromCharCode(bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3]);
    }
    /** The format described by a RIFF/WAVE header, or undefined when the bytes are no such header. */
    function readWavHeader(header) {
        if (header.length < 12 || fourCC(header, 0) !== 'RIFF' || fourCC(header, 8) !== 'WAVE')
            return undefined;
        const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
        let format;
        let byteRate = 0;
        for (let offset = 12; offset + 8 <= header.length;) {
            const id = fourCC(header, offset);
            const size = view.getUint32(offset + 4, true);
            // fmt chunk: format (2), channels (2), sample rate (4), byte rate (4), block align (2), bits per sample (2).
            if (id === 'fmt ' && offset + 24 <= header.length) {
                const code = view.getUint16(offset + 8, true);
                format = {
                    container: 'WAVE',
                    codec: CODECS[code] ?? `format ${code}`,
                    numberOfChannels: view.getUint16(offset + 10, true),
                    sampleRate: view.getUint32(offset + 12, true),
                    bitsPerSample: view.getUint16(offset + 22, true),
                };
                byteRate = view.getUint32(offset + 16, true);
            }
            if (id === 'data')
                return format && byteRate > 0 ? { ...format, duration: size / byteRate } : undefined;
            offset += 8 + size + (size & 1);
        }
        return undefined;
    }
    async function readHead(body, limit) {
        const reader = body.getReader();
        const head = new Uint8Array(limit);
        let filled = 0;
        while (filled < limit) {
            const { done, value } = await reader.read();
            if (done)
                break;
            const take = Math.min(value.byteLength, limit - filled);
            head.set(value.subarray(0, take), filled);
            filled += take;
        }
        await reader.cancel().catch(() => undefined);
        return head.subarray(0, filled);
    }
    /** Reads the announcement's header; a ValidationError names `announcement` when it is not a readable WAV. */
    async function fetchWavHeader(url) {
        let head;
        try {
            const response = await fetch(url, {
                headers: { range: `bytes=0-${HEADER_BYTES - 1}` },
                signal: AbortSignal.timeout(READ_TIMEOUT_MS),
            });
            if (!response.ok || response.body === null) {
                await response.body?.cancel().catch(() => undefined);
                throw new Error(`HTTP ${response.status}`);
            }
            head = await readHead(response.body, HEADER_BYTES);
        }
        catch (error) {
            throw new ValidationError('announcement', 'announcement could not be read', { cause: error });
        }
        const format = readWavHeader(head);
        if (format === undefined) {
            throw new ValidationError('announcement', 'announcement is not a WAV file whose header states its format and length');
        }
        return format;
    }
    async function fetchWavDurationMs(url) {
        return Math.round((await fetchWavHeader(url)).duration * 1000);
    }

    /**
     * The rule for every value the XML answer carries, shared by the builder, the renderer and the
     * server's own address: refused when XML (or a URL parser) would not carry it exactly as validated.
     * No Node imports (part of the browser bundle).
     */
    /*
     * What may appear in a value the builder writes. XML 1.0 cannot carry C0 controls (other than tab, LF, CR),
     * U+FFFE, U+FFFF or lone surrogates; tab, LF and CR are legal but an XML parser turns them into spaces inside
     * attributes, and DEL is a control character. A URL may not contain any control character or space at all:
     * URL parsers silently drop tabs and newlines, so the URL fetched would not be the one validated.
     */
    const LONE_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
    const UNSAFE_URL = new RegExp(`[\\u0000-\\u0020\\u007F-\\u009F\\uFFFE\\uFFFF]|${LONE_SURROGATE}`);
    function describeUnsafe(value, pattern) {
        const match = pattern.exec(value);
        if (match === null)
            return undefined;
        const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
        return `U+${code} at index ${match.index}`;
    }
    /** Refuses a URL with a control character, whitespace or a character XML cannot carry; returns it unchanged. */
    function refuseUnsafeUrl(url, field) {
        const unsafe = describeUnsafe(url, UNSAFE_URL);
        if (unsafe !== undefined) {
            throw new ValidationError(field, `${field} contains a control character, whitespace or a character XML cannot carry (${unsafe})`);
        }
        return url;
    }
    /** A validated announcement URL, exactly as given. */
    function announcementUrl(value) {
        return refuseUnsafeUrl(validateHttpUrl(value, 'announcement'), 'announcement');
    }

    /**
     * playAudioAndHangUp / playAudioAndTransfer: answer with <Play>, and when the announcement has
     * ended (plus `timeout` ms) hang the call up or transfer it through the real-time call API.
     */
    /** Announcements are few and answer many calls: their lengths are kept, for a while, so a new upload shows. */
    const DURATION_CACHE_SIZE = 32;
    const DURATION_CACHE_MS = 5 * 60_000;
    const durations = new Map();
    /** The announcement's length from its WAV header, read once per URL (failures are not kept: retried next time). */
    function announcementDurationMs(url) {
        const now = Date.now();
        const cached = durations.get(url);
        durations.delete(url);
        if (cached && cached.until > now) {
            durations.set(url, cached); // most recently used last
            return cached.ms;
        }
        const ms = fetchWavDurationMs(url);
        const entry = { ms, until: now + DURATION_CACHE_MS };
        durations.set(url, entry);
        if (durations.size > DURATION_CACHE_SIZE)
            durations.delete(durations.keys().next().value);
        ms.catch(() => {
            if (durations.get(url) === entry)
                durations.delete(url);
        });
        return ms;
    }
    function reportTimedFailure(error) {
        // eslint-disable-next-line no-console
        console.error('[sipgate-io webhook] action after the announcement failed:', error);
    }
    async function schedule(playOptions, client, callId, timeout, onError, action) {
        requireObject(playOptions, 'playOptions', '{ announcement: string }');
        const url = announcementUrl(playOptions.announcement);
        requireString$1(callId, 'callId');
        if (client === null || typeof client !== 'object' || typeof client.post !== 'function') {
            throw new ValidationError('client', 'client must be a sipgate-io client');
        }
        const extra = timeout === undefined ? 0 : validateInteger(timeout, 'timeout', 0);
        const known = playOptions.durationMs;
        const duration = known === undefined ? await announcementDurationMs(url) : validateInteger(known, 'durationMs', 0);
        const rtcm = createRTCMModule(client);
        setTimeout(() => {
            action(rtcm).catch((error) => {
                // The caller may have hung up before the announcement ended: nothing is left to do then.
                if (!(error instanceof NotFoundError))
                    onError(error);
            });
        }, duration + extra);
        return { Play: { Url: url } };
    }
    async function playAudioAndHangUp(playOptions, client, callId, timeout, onError = reportTimedFailure) {
        return schedule(playOptions, client, callId, timeout, onError, (rtcm) => rtcm.hangUp({ callId }));
    }
    async function playAudioAndTransfer(playOptions, transferOptions, client, callId, timeout, onError = reportTimedFailure) {
        // Checked now, not when the timer fires: a mistake belongs to the handler that made it.
        const transfer = validateTransferOptions(transferOptions);
        return schedule(playOptions, client, callId, timeout, onError, (rtcm) => rtcm.transfer({ callId }, transfer));
    }

    /**
     * The `WebhookResponse` builder and the XML renderer for handler results.
     * Imports nothing Node-specific: the browser bundle ships this file.
     * Options are validated when an action is built, so a mistake surfaces as a
     * ValidationError in the handler that made it, naming the field.
     */
    /** sipgate redirects an incoming call to at most this many targets at once. */
    const MAX_REDIRECT_TARGETS = 5;
    function requireOptions(options, field) {
        if (options === null || typeof options !== 'object') {
            throw new ValidationError(field, `${field} must be an options object`);
        }
        return options;
    }
    /** International digits without the `+`, the form sipgate's XML examples (and its webhooks) use. */
    const WIRE_NUMBER = /^[1-9]\d{6,14}$/;
    /** sipgate's XML examples write numbers as digits without the leading `+`; that form is accepted too. */
    function toWireNumber(value, field) {
        if (typeof value === 'string' && WIRE_NUMBER.test(value))
            return value;
        return normalizePhoneNumber(value, field).slice(1);
    }
    function redirectCall(options) {
        const opts = requireOptions(options, 'redirectOptions');
        const numbers = opts.numbers;
        if (!Array.isArray(numbers) || numbers.length < 1 || numbers.length > MAX_REDIRECT_TARGETS) {
            throw new ValidationError('numbers', `numbers must be an array of 1 to ${MAX_REDIRECT_TARGETS} phone numbers`);
        }
        const attributes = {};
        if (opts.callerId !== undefined)
            attributes.callerId = toWireNumber(opts.callerId, 'callerId');
        if (opts.anonymous !== undefined)
            attributes.anonymous = String(validateBoolean(opts.anonymous, 'anonymous'));
        return {
            Dial: { _attributes: attributes, Number: numbers.map((n, i) => toWireNumber(n, `numbers[${i}]`)) },
        };
    }
    function sendToVoicemail() {
        return { Dial: { Voicemail: {} } };
    }
    function rejectCall(options) {
        const reason = requireOptions(options, 'rejectOptions').reason;
        if (reason !== 'busy' && reason !== 'rejected') {
            throw new ValidationError('reason', `reason must be "busy" or "rejected", got ${JSON.stringify(reason) ?? typeof reason}`);
        }
        return { Reject: { _attributes: { reason } } };
    }
    function playAudio(options) {
        return { Play: { Url: announcementUrl(requireOptions(options, 'playOptions').announcement) } };
    }
    function gatherDTMF(options) {
        const opts = requireOptions(options, 'gatherOptions');
        const maxDigits = validateInteger(opts.maxDigits, 'maxDigits', 1);
        const timeout = validateInteger(opts.timeout, 'timeout', 0);
        const gather = {
            _attributes: { maxDigits: String(maxDigits), timeout: String(timeout) },
        };
        if (opts.announcement !== undefined) {
            gather.Play = { Url: announcementUrl(opts.announcement) };
        }
        return { Gather: gather };
    }
    function hangUpCall() {
        return { Hangup: {} };
    }
    const WebhookResponse = Object.freeze({
        redirectCall,
        sendToVoicemail,
        rejectCall,
        playAudio,
        gatherDTMF,
        hangUpCall,
        playAudioAndHangUp,
        playAudioAndTransfer,
    });

    function createBrowserClient(credentials, options, transport) {
        const client = createRestClient(credentials, options, transport);
        return { ...client, webhook: { response: WebhookResponse } };
    }

    /**
     * Where the authorization server lives. sipgate runs Keycloak at login.sipgate.com,
     * realm "sipgate-apps" for new clients ("third-party" for older ones). Every URL
     * can be replaced, so the offline sandbox can play the server.
     */
    const DEFAULT_OAUTH_REALM = 'sipgate-apps';
    function environmentAuthServerUrl() {
        const value = typeof process !== 'undefined' ? process.env?.SIPGATE_OAUTH_URL : undefined;
        return value && value.trim() !== '' ? value.trim() : undefined;
    }
    function checkedUrl(value, field) {
        let url;
        try {
            url = new URL(value);
        }
        catch {
            throw new ValidationError(field, `${field} must be an absolute http(s) URL`);
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:')
            throw new ValidationError(field, `${field} must be an absolute http(s) URL`);
        return url.toString().replace(/\/+$/, '');
    }
    function resolveEndpoints(options) {
        const realm = options.realm ?? DEFAULT_OAUTH_REALM;
        if (!/^[\w.-]+$/.test(realm))
            throw new ValidationError('realm', 'realm must consist of letters, digits, ".", "_", "-"');
        const base = checkedUrl(options.authServerUrl ??
            environmentAuthServerUrl() ??
            `https://login.sipgate.com/auth/realms/${realm}/protocol/openid-connect`, 'authServerUrl');
        return {
            authorization: checkedUrl(options.authorizationEndpoint ?? `${base}/auth`, 'authorizationEndpoint'),
            token: checkedUrl(options.tokenEndpoint ?? `${base}/token`, 'tokenEndpoint'),
            revocation: checkedUrl(options.revocationEndpoint ?? `${base}/revoke`, 'revocationEndpoint'),
        };
    }

    /** Errors of the OAuth sign-in and token refresh; part of the SDK's one hierarchy. */
    /**
     * The authorization server refused (an `error` from the token endpoint or the
     * sign-in callback, e.g. invalid_grant, access_denied) or answered something
     * that is not a token response. `code` is the OAuth error code.
     */
    class OAuthError extends SipgateIOError {
        code;
        constructor(code, message, options = {}) {
            super(message, options);
            this.code = code;
        }
    }
    /**
     * The session's tokens cannot be renewed any more (refresh token revoked or
     * expired, client no longer allowed): the user must sign in again. The session
     * answers every later request with this error without asking the server again.
     */
    class OAuthSessionExpiredError extends OAuthError {
    }
    keepErrorNames({ OAuthError, OAuthSessionExpiredError });

    /**
     * PKCE (RFC 7636) and state values from WebCrypto, which browsers, edge
     * runtimes and Node 20+ all provide as globalThis.crypto.
     */
    function webCrypto() {
        const crypto = globalThis.crypto;
        if (!crypto?.subtle || typeof crypto.getRandomValues !== 'function') {
            throw new SipgateIOError('OAuth sign-in needs WebCrypto (globalThis.crypto); use Node 20+ or a current browser');
        }
        return crypto;
    }
    function base64Url(bytes) {
        return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }
    /** A URL-safe random string carrying `bytes` bytes of entropy (32 bytes give the 43-character PKCE verifier). */
    function randomUrlSafe(bytes = 32) {
        return base64Url(webCrypto().getRandomValues(new Uint8Array(bytes)));
    }
    /** The S256 code challenge of a verifier: BASE64URL(SHA-256(verifier)). */
    async function codeChallengeS256(verifier) {
        const digest = await webCrypto().subtle.digest('SHA-256', new TextEncoder().encode(verifier));
        return base64Url(new Uint8Array(digest));
    }

    /**
     * Form posts to the token and revocation endpoints (RFC 6749 §4.1.3, §6; RFC 7009).
     * They go to the login server, not the REST API, with client credentials in the form,
     * so they use fetch directly (injectable for tests and unusual runtimes). Errors never
     * carry the form: it holds codes and refresh tokens.
     */
    const MAX_ERROR_BODY = 2000;
    function bounded(text) {
        return text.length > MAX_ERROR_BODY ? `${text.slice(0, MAX_ERROR_BODY)}…` : text;
    }
    function endpointPath(url) {
        try {
            return new URL(url).pathname;
        }
        catch {
            return url;
        }
    }
    /** POSTs the form; resolves with the parsed JSON body of a 2xx answer (undefined when empty). */
    async function postForm(url, fields, options) {
        const form = new URLSearchParams();
        for (const [key, value] of Object.entries(fields))
            if (value !== undefined)
                form.set(key, value);
        const fetchImpl = options.fetch ?? globalThis.fetch;
        const request = { method: 'POST', path: endpointPath(url) };
        if (!fetchImpl)
            throw new NetworkError('no fetch implementation available for the OAuth token request', { request });
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), options.timeoutMs);
        let response;
        let text;
        try {
            response = await fetchImpl(url, {
                method: 'POST',
                headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
                body: form.toString(),
                signal: controller.signal,
            });
            text = await response.text();
        }
        catch (cause) {
            const error = controller.signal.aborted
                ? new TimeoutError(`OAuth request timed out after ${options.timeoutMs} ms`, { request, retryable: true, cause })
                : new NetworkError(`OAuth request failed: ${cause?.message ?? cause}`, {
                    request,
                    retryable: true,
                    cause,
                });
            throw error;
        }
        finally {
            clearTimeout(timer);
        }
        let body = undefined;
        if (text !== '') {
            try {
                body = JSON.parse(text);
            }
            catch {
                body = bounded(text);
            }
        }
        if (response.ok)
            return body;
        const status = response.status;
        const json = (typeof body === 'object' && body !== null ? body : {});
        if (status >= 500 || status === 429) {
            throw new ServerError(`OAuth server answered ${status}`, { status, body, request, retryable: true });
        }
        const code = typeof json.error === 'string' ? json.error : `http_${status}`;
        const description = typeof json.error_description === 'string' ? `: ${bounded(json.error_description)}` : '';
        throw new OAuthError(code, `OAuth server refused the request (${code})${description}`, { status, body, request });
    }

    /** The tokens of one signed-in user, in the form the SDK keeps and hands to the app to persist. */
    function optionalString(value) {
        return typeof value === 'string' && value !== '' ? value : undefined;
    }
    /** Reads a token endpoint answer (RFC 6749 §5.1; Keycloak adds refresh_expires_in). */
    function tokenSetFromResponse(body, now, previousRefreshToken) {
        const json = (typeof body === 'object' && body !== null ? body : {});
        const accessToken = optionalString(json.access_token);
        const expiresIn = Number(json.expires_in);
        if (!accessToken || !Number.isFinite(expiresIn) || expiresIn <= 0) {
            throw new OAuthError('invalid_token_response', 'the token endpoint answered without access_token and expires_in', {
                body: json.error ? json : undefined,
            });
        }
        const refreshExpiresIn = Number(json.refresh_expires_in);
        return {
            accessToken,
            // A refresh answer without a new refresh token keeps the old one valid (RFC 6749 §6).
            refreshToken: optionalString(json.refresh_token) ?? previousRefreshToken,
            expiresAt: now + expiresIn * 1000,
            refreshExpiresAt: refreshExpiresIn > 0 ? now + refreshExpiresIn * 1000 : undefined,
            issuedAt: now,
            scope: optionalString(json.scope),
            idToken: optionalString(json.id_token),
            tokenType: optionalString(json.token_type) ?? 'bearer',
        };
    }

    /**
     * The authorization-code flow with PKCE (RFC 6749 §4.1, RFC 7636): build the
     * sign-in URL, check the callback, exchange the code, refresh, revoke.
     *
     *   const oauth = createOAuthClient({ clientId, redirectUri });
     *   const { url, state, codeVerifier } = await oauth.startSignIn({ scopes: ['history:read'] });
     *   // keep state + codeVerifier (session storage), send the user to url; on the way back:
     *   const tokens = await oauth.completeSignIn(callbackUrl, { state, codeVerifier });
     */
    const SCOPE_PATTERN = /^[\x21\x23-\x5b\x5d-\x7e]+$/;
    function requireString(value, field) {
        if (typeof value !== 'string' || value.trim() === '')
            throw new ValidationError(field, `${field} must be a non-empty string`);
        return value;
    }
    function callbackParams(callback) {
        if (callback instanceof URL)
            return callback.searchParams;
        const text = requireString(callback, 'callback');
        const query = text.includes('?') ? text.slice(text.indexOf('?') + 1) : text;
        return new URLSearchParams(query.split('#')[0]);
    }
    function createOAuthClient(options) {
        if (options === null || typeof options !== 'object')
            throw new ValidationError('options', 'options must be an object');
        const clientId = requireString(options.clientId, 'clientId');
        if (options.clientSecret !== undefined)
            requireString(options.clientSecret, 'clientSecret');
        const endpoints = resolveEndpoints(options);
        const now = options.now ?? Date.now;
        const post = { fetch: options.fetch, timeoutMs: options.timeout ?? 30_000 };
        const clientFields = { client_id: clientId, client_secret: options.clientSecret };
        const redirectFor = (override) => {
            const uri = requireString(override ?? options.redirectUri, 'redirectUri');
            try {
                new URL(uri);
            }
            catch {
                throw new ValidationError('redirectUri', 'redirectUri must be an absolute URL');
            }
            return uri;
        };
        const client = {
            clientId,
            endpoints,
            async startSignIn(request = {}) {
                const scopes = request.scopes ?? ['all'];
                if (!Array.isArray(scopes) ||
                    scopes.length === 0 ||
                    scopes.some((s) => typeof s !== 'string' || !SCOPE_PATTERN.test(s)))
                    throw new ValidationError('scopes', 'scopes must be a non-empty list of scope names without spaces');
                const redirectUri = redirectFor(request.redirectUri);
                const state = randomUrlSafe(16);
                const codeVerifier = randomUrlSafe(32);
                const url = new URL(endpoints.authorization);
                for (const [key, value] of Object.entries(request.extraParams ?? {}))
                    url.searchParams.set(key, String(value));
                url.searchParams.set('response_type', 'code');
                url.searchParams.set('client_id', clientId);
                url.searchParams.set('redirect_uri', redirectUri);
                url.searchParams.set('scope', scopes.join(' '));
                url.searchParams.set('state', state);
                url.searchParams.set('code_challenge', await codeChallengeS256(codeVerifier));
                url.searchParams.set('code_challenge_method', 'S256');
                return { url: url.toString(), state, codeVerifier, redirectUri };
            },
            async completeSignIn(callback, pending) {
                const params = callbackParams(callback);
                if (params.get('state') !== requireString(pending?.state, 'state')) {
                    throw new OAuthError('state_mismatch', 'the sign-in callback does not belong to this sign-in (state differs)');
                }
                const error = params.get('error');
                if (error) {
                    const description = params.get('error_description');
                    throw new OAuthError(error, `sign-in failed (${error})${description ? `: ${description}` : ''}`);
                }
                const code = params.get('code');
                if (!code)
                    throw new OAuthError('invalid_request', 'the sign-in callback carries no code');
                return client.exchangeCode(code, pending.codeVerifier, pending.redirectUri);
            },
            async exchangeCode(code, codeVerifier, redirectUri) {
                const body = await postForm(endpoints.token, {
                    grant_type: 'authorization_code',
                    code: requireString(code, 'code'),
                    redirect_uri: redirectFor(redirectUri),
                    code_verifier: requireString(codeVerifier, 'codeVerifier'),
                    ...clientFields,
                }, post);
                return tokenSetFromResponse(body, now());
            },
            async refresh(refreshToken) {
                const body = await postForm(endpoints.token, { grant_type: 'refresh_token', refresh_token: requireString(refreshToken, 'refreshToken'), ...clientFields }, post);
                return tokenSetFromResponse(body, now(), refreshToken);
            },
            async revoke(token, hint = 'refresh_token') {
                await postForm(endpoints.revocation, { token: requireString(token, 'token'), token_type_hint: hint, ...clientFields }, post);
            },
        };
        return client;
    }

    function isOAuthClient(value) {
        return typeof value.refresh === 'function';
    }
    function checkTokens(tokens) {
        const t = tokens;
        if (t === null || typeof t !== 'object')
            throw new ValidationError('tokens', 'tokens must be a token set object');
        if (typeof t.accessToken !== 'string' || t.accessToken === '')
            throw new ValidationError('tokens.accessToken', 'tokens.accessToken must be a non-empty string');
        if (typeof t.expiresAt !== 'number' || !Number.isFinite(t.expiresAt))
            throw new ValidationError('tokens.expiresAt', 'tokens.expiresAt must be a time in milliseconds since the epoch');
        if (t.refreshToken !== undefined && (typeof t.refreshToken !== 'string' || t.refreshToken === ''))
            throw new ValidationError('tokens.refreshToken', 'tokens.refreshToken must be a non-empty string when given');
        return { ...t };
    }
    const bearer = (tokens) => `Bearer ${tokens.accessToken}`;
    function createOAuthSession(options) {
        if (options === null || typeof options !== 'object')
            throw new ValidationError('options', 'options must be an object');
        const client = isOAuthClient(options.client) ? options.client : createOAuthClient(options.client);
        const now = options.now ?? Date.now;
        const marginMs = options.refreshMarginMs ?? 30_000;
        if (!Number.isFinite(marginMs) || marginMs < 0)
            throw new ValidationError('refreshMarginMs', 'refreshMarginMs must be a non-negative number');
        let tokens = checkTokens(options.tokens);
        let ended;
        let renewing;
        const end = (error) => (ended = error);
        const dueForRenewal = (t) => {
            const lifetime = t.issuedAt !== undefined ? t.expiresAt - t.issuedAt : Infinity;
            return now() >= t.expiresAt - Math.min(marginMs, lifetime / 5);
        };
        async function renew() {
            const current = tokens;
            if (!current.refreshToken)
                throw end(new OAuthSessionExpiredError('no_refresh_token', 'the access token cannot be renewed: no refresh token'));
            if (current.refreshExpiresAt !== undefined && now() >= current.refreshExpiresAt)
                throw end(new OAuthSessionExpiredError('refresh_token_expired', 'the refresh token expired: sign in again'));
            let next;
            try {
                next = await client.refresh(current.refreshToken);
            }
            catch (error) {
                // 4xx from the token endpoint (invalid_grant: revoked or expired; invalid_client) will not heal by itself.
                if (error instanceof OAuthError && error.status !== undefined && error.status < 500) {
                    throw end(new OAuthSessionExpiredError(error.code, `the session cannot be renewed, sign in again (${error.code})`, {
                        status: error.status,
                        body: error.body,
                        cause: error,
                    }));
                }
                throw error;
            }
            tokens = next;
            await options.onTokens?.(next);
            return next;
        }
        /** One renewal at a time: every caller waiting for new tokens shares it. */
        const renewOnce = () => {
            if (ended)
                return Promise.reject(ended);
            renewing ??= renew().finally(() => {
                renewing = undefined;
            });
            return renewing;
        };
        const session = {
            get tokens() {
                return { ...tokens };
            },
            async getAuthorization() {
                if (ended)
                    throw ended;
                if (renewing)
                    return bearer(await renewing);
                const current = tokens;
                if (!current.refreshToken || !dueForRenewal(current))
                    return bearer(current);
                try {
                    return bearer(await renewOnce());
                }
                catch (error) {
                    // A renewal that failed for a passing reason (network) still leaves a token that has not expired yet.
                    if (!(error instanceof OAuthSessionExpiredError) && now() < current.expiresAt)
                        return bearer(current);
                    throw error;
                }
            },
            async renewAfterUnauthorized(rejected) {
                if (ended)
                    throw ended;
                if (bearer(tokens) !== rejected)
                    return true; // another request renewed meanwhile
                if (!tokens.refreshToken)
                    return false;
                await renewOnce();
                return true;
            },
            refresh: renewOnce,
            async signOut() {
                const refreshToken = tokens.refreshToken;
                end(new OAuthSessionExpiredError('signed_out', 'the session was signed out'));
                if (refreshToken)
                    await client.revoke(refreshToken, 'refresh_token');
            },
        };
        return session;
    }

    var EventType;
    (function (EventType) {
        EventType["NEW_CALL"] = "newCall";
        EventType["ANSWER"] = "answer";
        EventType["HANGUP"] = "hangup";
        EventType["DATA"] = "dtmf";
    })(EventType || (EventType = {}));
    var WebhookDirection;
    (function (WebhookDirection) {
        WebhookDirection["IN"] = "in";
        WebhookDirection["OUT"] = "out";
    })(WebhookDirection || (WebhookDirection = {}));
    var HangUpCause;
    (function (HangUpCause) {
        HangUpCause["NORMAL_CLEARING"] = "normalClearing";
        HangUpCause["BUSY"] = "busy";
        HangUpCause["CANCEL"] = "cancel";
        HangUpCause["NO_ANSWER"] = "noAnswer";
        HangUpCause["CONGESTION"] = "congestion";
        HangUpCause["NOT_FOUND"] = "notFound";
        HangUpCause["FORWARDED"] = "forwarded";
    })(HangUpCause || (HangUpCause = {}));
    var RejectReason;
    (function (RejectReason) {
        RejectReason["BUSY"] = "busy";
        RejectReason["REJECTED"] = "rejected";
    })(RejectReason || (RejectReason = {}));

    function sipgateIO(credentials, options) {
        return createBrowserClient(credentials, options, createFetchTransport());
    }

    var sdk = /*#__PURE__*/Object.freeze({
        __proto__: null,
        AbortError: AbortError,
        AuthenticationError: AuthenticationError,
        BadRequestError: BadRequestError,
        CSV_IMPORT_LIMITS: CSV_IMPORT_LIMITS,
        get CallStatusType () { return CallStatusType; },
        ConflictError: ConflictError,
        ContactsBulkError: ContactsBulkError,
        DEFAULT_BASE_URL: DEFAULT_BASE_URL,
        DEFAULT_OAUTH_REALM: DEFAULT_OAUTH_REALM,
        get Direction () { return HistoryDirection; },
        get EventType () { return EventType; },
        FaxStatus: FaxStatus,
        get FaxStatusType () { return FaxStatusType; },
        get HangUpCause () { return HangUpCause; },
        get HangupCause () { return HangUpCause; },
        get HistoryDirection () { return HistoryDirection; },
        get HistoryEntryType () { return HistoryEntryType; },
        NetworkError: NetworkError,
        NotFoundError: NotFoundError,
        get NumberResponseItemType () { return NumberResponseItemType; },
        OAuthError: OAuthError,
        OAuthSessionExpiredError: OAuthSessionExpiredError,
        PaginationStalledError: PaginationStalledError,
        PaymentRequiredError: PaymentRequiredError,
        PermissionError: PermissionError,
        RateLimitError: RateLimitError,
        get RejectReason () { return RejectReason; },
        SDK_VERSION: SDK_VERSION,
        SMS_SENDER_LOCK_KEY: SMS_SENDER_LOCK_KEY,
        ServerError: ServerError,
        SipgateIOError: SipgateIOError,
        SmsSenderRestoreError: SmsSenderRestoreError,
        get Starred () { return Starred; },
        TimeoutError: TimeoutError,
        TransportError: TransportError,
        UnexpectedResponseError: UnexpectedResponseError,
        VCARD_LIMITS: VCARD_LIMITS,
        ValidationError: ValidationError,
        get WebhookDirection () { return WebhookDirection; },
        WebhookResponse: WebhookResponse,
        createCallModule: createCallModule,
        createContactsModule: createContactsModule,
        createDevicesModule: createDevicesModule,
        createFaxModule: createFaxModule,
        createFetchTransport: createFetchTransport,
        createHistoryModule: createHistoryModule,
        createNumbersModule: createNumbersModule,
        createOAuthClient: createOAuthClient,
        createOAuthSession: createOAuthSession,
        createRTCMModule: createRTCMModule,
        createSMSModule: createSMSModule,
        createSettingsModule: createSettingsModule,
        createSmsModule: createSMSModule,
        createVoicemailsModule: createVoicemailsModule,
        sipgateIO: sipgateIO
    });

    /**
     * The script-tag build's global: `sipgateIO` is the client factory itself, so
     * `sipgateIO({ tokenId, token })` works as in the README, and every other export
     * hangs off it (`sipgateIO.ValidationError`, `sipgateIO.WebhookResponse`, ...).
     */
    const factory = Object.assign((...args) => sipgateIO(...args), sdk);

    return factory;

})();
