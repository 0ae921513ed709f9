(function (global, factory) {
    typeof exports === 'object' && typeof module !== 'undefined' ? factory(exports) :
    typeof define === 'function' && define.amd ? define(['exports'], factory) :
    (global = typeof globalThis !== 'undefined' ? globalThis : global || self, factory(global.sipgateIO = {}));
})(this, (function (exports) { 'use strict';

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
    /** The request did not get an HTTP answer (DNS, refused, reset). */
    class NetworkError extends SipgateIOError {
        /** True when the connection failed before any byte of the request was sent. */
        requestNotSent;
        constructor(message, options = {}) {
            super(message, options);
            this.requestNotSent = options.requestNotSent ?? false;
        }
    }
    /** The request took longer than the configured timeout. */
    class TimeoutError extends SipgateIOError {
    }
    /** The caller aborted the request through its AbortSignal. */
    class AbortError extends SipgateIOError {
    }
    /** The error class for an HTTP status. */
    function errorClassForStatus(status) {
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
     * attempt, change the retry budget. Modules never forward them one by one: they call the client through
     * `moduleRequests`, which checks the options once and adds the module's error wording.
     */
    const isAbortSignal = (value) => typeof value === 'object' &&
        value !== null &&
        typeof value.aborted === 'boolean' &&
        typeof value.addEventListener === 'function';
    /** The per-call part of a request config; a wrong option is refused before any request. */
    function requestConfig(options) {
        if (options === undefined || options === null)
            return {};
        if (typeof options !== 'object')
            throw new ValidationError('options', 'options must be an object');
        const { signal, timeout, maxRetries } = options;
        const config = {};
        if (signal !== undefined) {
            if (!isAbortSignal(signal))
                throw new ValidationError('options.signal', 'options.signal must be an AbortSignal');
            config.signal = signal;
        }
        if (timeout !== undefined) {
            if (typeof timeout !== 'number' || !Number.isFinite(timeout) || timeout <= 0) {
                throw new ValidationError('options.timeout', 'options.timeout must be a positive number of milliseconds');
            }
            config.timeout = timeout;
        }
        if (maxRetries !== undefined) {
            if (!Number.isSafeInteger(maxRetries) || maxRetries < 0) {
                throw new ValidationError('options.maxRetries', 'options.maxRetries must be an integer >= 0');
            }
            config.maxRetries = maxRetries;
        }
        return config;
    }
    function moduleRequests(client, errorMessages = {}) {
        const config = (options, extra = {}) => ({
            ...extra,
            ...requestConfig(options),
            errorMessages: { ...errorMessages, ...extra.errorMessages },
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
        const deviceId = call.deviceId === undefined ? undefined : validateExtension(call.deviceId, 'deviceId', CALLER_EXTENSION_TYPES);
        const callerId = call.callerId === undefined ? undefined : normalizePhoneNumber(call.callerId, 'callerId');
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
    /** A 53-bit hash (cyrb53) of a page's content: pages are compared without keeping them in memory. */
    function fingerprint(items) {
        const text = JSON.stringify(items);
        let h1 = 0xdeadbeef;
        let h2 = 0x41c6ce57;
        for (let i = 0; i < text.length; i += 1) {
            const code = text.charCodeAt(i);
            h1 = Math.imul(h1 ^ code, 2654435761);
            h2 = Math.imul(h2 ^ code, 1597334677);
        }
        h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
        h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
        return 4294967296 * (2097151 & h2) + (h1 >>> 0);
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

    /** Base64 with platform APIs only (TextEncoder + btoa), so browsers need no Buffer polyfill. */
    const CHUNK = 0x8000;
    function bytesToBase64(bytes) {
        let binary = '';
        // Chunks keep String.fromCharCode's argument list below engine limits for large files.
        for (let start = 0; start < bytes.length; start += CHUNK) {
            binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
        }
        return btoa(binary);
    }
    function utf8ToBase64(text) {
        return bytesToBase64(new TextEncoder().encode(text));
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
    function formatAddress(address) {
        const cityLine = [address.postalCode, address.locality].filter(Boolean).join(' ');
        return [address.poBox, address.extendedAddress, address.streetAddress, cityLine, address.region, address.country]
            .filter(Boolean)
            .join(', ');
    }
    /** A JSON cell (always starts with `[`, so it never starts a formula). */
    function jsonCell(value) {
        return quotedCsvCell(JSON.stringify(value ?? []));
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
        const rows = [FLAT_EXPORT_COLUMNS.join(delimiter)];
        for (const contact of contacts) {
            rows.push([
                cell(contact.id ?? ''),
                cell(contact.name ?? ''),
                cell((contact.emails ?? []).map((email) => email.email).join(FLAT_SEPARATOR)),
                cell((contact.numbers ?? []).map((number) => number.number).join(FLAT_SEPARATOR), true),
                cell((contact.addresses ?? []).map(formatAddress).join(FLAT_SEPARATOR)),
                cell((contact.organization ?? []).map((unit) => unit.join(', ')).join(FLAT_SEPARATOR)),
                cell(contact.scope ?? ''),
            ].join(delimiter));
        }
        return rows.join('\n');
    }
    function contactsToCsv(contacts, delimiter, format = 'official') {
        return format === 'flat' ? flatCsv(contacts, delimiter) : officialCsv(contacts, delimiter);
    }

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
    /** Limits of `importFromCsvString`; larger input is refused with a ValidationError before any request. */
    const CSV_IMPORT_LIMITS = {
        /** Characters of the whole input (10 MB of ASCII). */
        maxInputChars: 10_000_000,
        /** Records (rows after the header). */
        maxRecords: 100_000,
    };
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

    /**
     * A vCard 3.0 / 4.0 reader (RFC 2426, RFC 6350) that is linear in its input: lines are split and unfolded in
     * one pass, and every property line is cut into group, name, parameters and value by one scan. No regular
     * expression ever runs over an unbounded part of the input, so no card can stall the event loop.
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
    function all$1(card, name) {
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
        const nameProperty = all$1(card, 'N')[0];
        const [family = '', given = ''] = nameProperty ? splitStructured(nameProperty.value) : [];
        const formatted = unescapeText(all$1(card, 'FN')[0]?.value ?? '').trim();
        if (formatted === '' && given.trim() === '' && family.trim() === '') {
            throw new ValidationError(`vcardContent[${cardNumber}]`, `vCard ${cardNumber} has no name (N or FN)`);
        }
        const numbers = all$1(card, 'TEL')
            .filter((property) => property.value.trim() !== '')
            .map((property) => ({
            number: unescapeText(property.value).trim().replace(/^tel:/i, ''),
            type: types(property),
        }));
        if (numbers.length === 0) {
            throw new ValidationError(`vcardContent[${cardNumber}]`, `vCard ${cardNumber} (${formatted || `${given} ${family}`}) has no phone number (TEL)`);
        }
        const emails = all$1(card, 'EMAIL')
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
            addresses: all$1(card, 'ADR').map(toAddress),
            organization: all$1(card, 'ORG').map((property) => splitStructured(property.value).filter((part) => part !== '')),
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
        function getPage(offset, limit, phonenumbers, signal) {
            return client.get('/contacts', {
                params: { phonenumbers, offset, limit },
                signal,
                errorMessages: ERRORS,
            });
        }
        async function* walk(scope, pageSize, phonenumbers, signal) {
            const all = paginate(async (offset, limit, pageSignal) => {
                const page = await getPage(offset, limit, phonenumbers, pageSignal);
                return { items: page?.items ?? [], totalCount: page?.totalCount };
            }, { pageSize, signal });
            for await (const contact of all)
                if (scope === 'ALL' || contact.scope === scope)
                    yield contact;
        }
        /**
         * A window of one scope. For ALL the server pages directly; for one scope every page is read and filtered
         * first, so pages are full and `hasMore` is right (filtering each server page would give short pages).
         */
        async function listContacts(request) {
            const { scope, pagination, phonenumbers, signal } = request;
            const offset = pagination?.offset ?? 0;
            if (scope === 'ALL' && pagination?.limit !== undefined) {
                const page = await getPage(offset, pagination.limit, phonenumbers, signal);
                const items = page?.items ?? [];
                const totalCount = typeof page?.totalCount === 'number' ? page.totalCount : offset + items.length;
                return { response: items, hasMore: offset + items.length < totalCount, totalCount };
            }
            const matching = await collect(walk(scope, DEFAULT_CONTACTS_PAGE_SIZE, phonenumbers, signal));
            const end = pagination?.limit === undefined ? matching.length : offset + pagination.limit;
            return { response: matching.slice(offset, end), hasMore: end < matching.length, totalCount: matching.length };
        }
        async function checkedList(scope, pagination, filter, signal) {
            const checkedScope = validateExportScope(scope);
            validateContactsPagination(pagination);
            const { phonenumbers } = validateExportFilter(filter);
            return listContacts({ scope: checkedScope, pagination, phonenumbers, signal });
        }
        async function create(contact, scope, signal) {
            const body = toContactBody(contact, validateScope(scope));
            await client.post('/contacts', body, { signal, errorMessages: ERRORS });
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
                return create(contact, scope, options?.signal);
            },
            create(contact, scope, options) {
                return create(contact, scope, options?.signal);
            },
            async update(contact, options) {
                const { id, ...body } = toUpdateBody(contact);
                await client.put(apiPath `/contacts/${{ 'contact.id': id }}`, { id, ...body }, { signal: options?.signal, errorMessages: ERRORS });
            },
            async delete(id, options) {
                validateContactId(id);
                await client.delete(apiPath `/contacts/${{ id }}`, {
                    signal: options?.signal,
                    errorMessages: { ...ERRORS, 404: `Contact ${id} could not be found` },
                });
            },
            async deleteAllPrivate(options) {
                await client.delete('/contacts', { signal: options?.signal, errorMessages: ERRORS });
            },
            async deleteAllShared(options = {}) {
                validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
                const pageSize = validatePageSize$2(options.pageSize ?? DEFAULT_CONTACTS_PAGE_SIZE);
                // Collect every page before deleting: deleting while paging shifts offsets and skips contacts.
                const shared = await collect(walk('SHARED', pageSize, undefined, options.signal));
                await runBulk('Deleting shared contacts', shared, { label: (contact) => `${contact.name} (${contact.id})`, retryItem: (contact) => contact }, (contact) => client.delete(apiPath `/contacts/${{ id: contact.id }}`, { signal: options.signal, errorMessages: ERRORS }), options);
            },
            async importFromCsvString(csvContent, options = {}) {
                const delimiter = validateDelimiter(options.delimiter ?? ',');
                const scope = validateScope(options.scope ?? 'PRIVATE', 'options.scope');
                validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
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
                    await client.post('/contacts/import/csv', { base64Content: utf8ToBase64(uploadCsv(plan.records)) }, { signal: options.signal, errorMessages: CSV_ERRORS });
                    options.onProgress?.({ done: total, total, failed: 0 });
                    return { ...report, imported: total };
                }
                // Every record is turned into a body before the first request, so a bad one creates nothing.
                const items = plan.records.map((record) => {
                    const contact = recordToContact(record);
                    return { record, contact, body: toContactBody(contact, scope, `csvContent[${record.row}]`) };
                });
                await runBulk('CSV import', items, { label: (item) => `row ${item.record.row} (${item.body.name})`, retryItem: (item) => item.contact }, (item) => client.post('/contacts', item.body, { signal: options.signal, errorMessages: ERRORS }), options);
                return { ...report, imported: total };
            },
            async importVCardString(vcardContent, scope, options = {}) {
                const checkedScope = validateScope(scope);
                validateConcurrency(options.concurrency ?? DEFAULT_CONCURRENCY);
                // Every card is parsed and checked before the first request, so bad input creates nothing.
                const items = parseVCards(vcardContent).map((contact, index) => ({
                    contact,
                    body: toContactBody(contact, checkedScope, `vcardContent[${index + 1}]`),
                }));
                await runBulk('vCard import', items, { label: (item) => item.body.name, retryItem: (item) => item.contact }, (item) => client.post('/contacts', item.body, { signal: options.signal, errorMessages: ERRORS }), options);
                return { imported: items.length };
            },
            async exportAsCsv(scope, delimiter = ',', pagination, filter, options) {
                return (await module.paginatedExportAsCsv(scope, delimiter, pagination, filter, options)).response;
            },
            async paginatedExportAsCsv(scope, delimiter = ',', pagination, filter, options) {
                const checkedDelimiter = validateDelimiter(delimiter);
                const format = validateCsvFormat(options?.format);
                const page = await checkedList(scope, pagination, filter, options?.signal);
                return { response: contactsToCsv(page.response, checkedDelimiter, format), hasMore: page.hasMore };
            },
            async exportAsVCards(scope, pagination, filter, options) {
                return (await module.paginatedExportAsVCards(scope, pagination, filter, options)).response;
            },
            async paginatedExportAsVCards(scope, pagination, filter, options) {
                const page = await checkedList(scope, pagination, filter, options?.signal);
                return { response: page.response.map(contactToVCard), hasMore: page.hasMore };
            },
            async exportAsSingleVCard(scope, pagination, filter, options) {
                return (await module.paginatedExportAsSingleVCard(scope, pagination, filter, options)).response;
            },
            async paginatedExportAsSingleVCard(scope, pagination, filter, options) {
                const page = await checkedList(scope, pagination, filter, options?.signal);
                return { response: contactsToAddressBook(page.response), hasMore: page.hasMore };
            },
            async exportAsObjects(scope, pagination, filter, options) {
                return (await checkedList(scope, pagination, filter, options?.signal)).response;
            },
            async exportAsJSON(scope, pagination, filter, options) {
                return (await module.paginatedExportAsJSON(scope, pagination, filter, options)).response;
            },
            async paginatedExportAsJSON(scope, pagination, filter, options) {
                const page = await checkedList(scope, pagination, filter, options?.signal);
                return { response: JSON.stringify(toOfficialJson(page)), hasMore: page.hasMore };
            },
            async get(scope, pagination, filter, options) {
                return (await checkedList(scope, pagination, filter, options?.signal)).response;
            },
            async paginatedGet(scope, pagination, filter, options) {
                const { response, hasMore } = await checkedList(scope, pagination, filter, options?.signal);
                return { response, hasMore };
            },
            iterate(options = {}) {
                // Validate now, not on the first next(): bad input should fail where it was written.
                const scope = validateExportScope(options.scope ?? 'ALL', 'options.scope');
                const pageSize = validatePageSize$2(options.pageSize ?? DEFAULT_CONTACTS_PAGE_SIZE);
                const { phonenumbers } = validateExportFilter(options.filter);
                return walk(scope, pageSize, phonenumbers, options.signal);
            },
        };
        return module;
    }

    /**
     * The three ways to authenticate against the sipgate REST API, their shape
     * checks and the Authorization header each produces. Error messages never
     * repeat a secret: they describe what is wrong, not the value.
     */
    const TOKEN_ID_PATTERN = /^token-[a-zA-Z\d]{6}$/;
    const UUID_V4_PATTERN = /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/i;
    const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+$/;
    function isObject$1(value) {
        return typeof value === 'object' && value !== null;
    }
    function decodeBase64Url(segment) {
        const base64 = segment.replace(/-/g, '+').replace(/_/g, '/');
        const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
        if (typeof atob === 'function') {
            const binary = atob(padded);
            const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
            return new TextDecoder().decode(bytes);
        }
        return Buffer.from(padded, 'base64').toString('utf8');
    }
    /** True when the token has the three dot-separated parts of a JWT with a JSON payload. */
    function looksLikeJwt(token) {
        const parts = token.split('.');
        if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+={0,2}$/.test(part)))
            return false;
        try {
            const payload = JSON.parse(decodeBase64Url(parts[1]));
            return isObject$1(payload);
        }
        catch {
            return false;
        }
    }
    /** Checks the credentials' shape and says which kind they are. */
    function classifyCredentials(credentials) {
        if (!isObject$1(credentials)) {
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
     * Response bodies carry timestamps as ISO-8601 strings; the public types say
     * Date. Only full date-time strings with a time zone are converted, so free
     * text that merely contains a date stays untouched. Parsing uses the platform's
     * Date, which handles exactly this ISO form, and needs no date library.
     */
    const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;
    function isIsoDateTime(value) {
        return ISO_DATE_TIME.test(value);
    }
    function reviveString(value) {
        // Cheap shape test first: most strings are not timestamps and skip the regex.
        if (value.length < 16 || value.charCodeAt(4) !== 45 /* - */ || !isIsoDateTime(value))
            return value;
        // The pattern admits only full ISO-8601 date-times with a zone, which Date parses exactly.
        const date = new Date(value);
        return Number.isNaN(date.getTime()) ? value : date;
    }
    /**
     * Replaces every ISO date-time string in `value` by a Date, in place, and
     * returns it. Bodies are freshly parsed JSON owned by the caller, so changing
     * them in place saves a copy of every response (and never assigns a parsed
     * `__proto__` key onto a new object).
     */
    function reviveDates(value) {
        if (typeof value === 'string')
            return reviveString(value);
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index += 1)
                value[index] = reviveDates(value[index]);
            return value;
        }
        if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
            const record = value;
            for (const key of Object.keys(record)) {
                const item = record[key];
                if (item !== null && typeof item !== 'number' && typeof item !== 'boolean')
                    record[key] = reviveDates(item);
            }
        }
        return value;
    }

    /**
     * When a failed request may be sent again, and how long to wait first.
     *
     * Reads and replacements (GET, HEAD, OPTIONS, PUT, DELETE) are idempotent: they
     * are retried on network errors, timeouts, 429 and 5xx. A POST or PATCH may have
     * created something (an SMS, a fax, a call, a contact) even when its answer was
     * lost, so it is retried ONLY when the connection failed before the request left
     * the machine (refused connection, failed DNS lookup). It is never sent twice.
     */
    const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
    /** Low-level error codes that prove no byte of the request reached the server. */
    const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
    function requestNeverLeft(code) {
        return code !== undefined && NOT_SENT_CODES.has(code);
    }
    /** Whether repeating this failed request is safe and may help. */
    function isRetrySafe(input) {
        if (requestNeverLeft(input.code))
            return true;
        const idempotent = input.idempotent ?? IDEMPOTENT_METHODS.has(input.method.toUpperCase());
        if (!idempotent)
            return false;
        if (input.status !== undefined)
            return input.status === 429 || input.status >= 500;
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

    /** axios' own marker, checked here so this file does not load axios (see http-client.ts). */
    function isAxiosError$2(raw) {
        return typeof raw === 'object' && raw !== null && raw.isAxiosError === true;
    }
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
    /** The server's own explanation, from either error-body shape seen in the wild. */
    function serverDetail(body) {
        if (typeof body === 'string')
            return body.trim() === '' ? undefined : body.slice(0, 300);
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
    function parseMaybeJson(data) {
        if (typeof data !== 'string')
            return data;
        try {
            return JSON.parse(data);
        }
        catch {
            return data;
        }
    }
    function toSipgateIOError(raw, context) {
        if (raw instanceof SipgateIOError)
            return raw;
        const request = requestInfo(context);
        const where = `${request.method} ${request.path}`;
        const idempotent = context.config.idempotent;
        if (context.aborted || (isAxiosError$2(raw) && raw.code === 'ERR_CANCELED')) {
            return new AbortError(`${where} was aborted`, { request });
        }
        if (!isAxiosError$2(raw)) {
            const message = raw instanceof Error ? raw.message : String(raw);
            return new NetworkError(`${where} failed: ${message}`, { request, cause: new Error(message) });
        }
        if (raw.response) {
            const status = raw.response.status;
            const body = parseMaybeJson(raw.response.data);
            const retryAfterMs = parseRetryAfter(raw.response.headers?.['retry-after']);
            const ErrorClass = errorClassForStatus(status);
            const detail = serverDetail(body);
            const base = context.config.errorMessages?.[status] ?? `${where} failed with ${status} ${STATUS_TEXT[status] ?? ''}`.trim();
            const message = detail && !base.includes(detail) ? `${base}: ${detail}` : base;
            return new ErrorClass(message, {
                status,
                body,
                request,
                retryAfterMs,
                retryable: isRetrySafe({ method: request.method, idempotent, status }),
            });
        }
        const code = raw.code;
        const lowLevelMessage = raw.message;
        const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
        if (timedOut) {
            return new TimeoutError(`${where} timed out`, {
                request,
                retryable: isRetrySafe({ method: request.method, idempotent, timedOut: true }),
                cause: new Error(lowLevelMessage),
            });
        }
        return new NetworkError(`${where} failed: ${lowLevelMessage}`, {
            request,
            requestNotSent: requestNeverLeft(code),
            retryable: isRetrySafe({ method: request.method, idempotent, code: code ?? 'ERR_NETWORK' }),
            cause: new Error(lowLevelMessage),
        });
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

    const DEFAULT_BASE_URL = 'https://api.sipgate.com/v2';
    const DEFAULT_TIMEOUT_MS = 30_000;
    const DEFAULT_MAX_RETRIES = 2;
    /** Fax bodies may reach 28.3 MB of base64; axios' Node default of 10 MB would cut them. */
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
    function createHttpClient(credentials, options = {}) {
        const auth = toAuthProvider(credentials);
        const baseUrl = (options.baseUrl ?? environmentBaseUrl() ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
        const defaultMaxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
        const backoff = {
            baseDelayMs: options.retryBaseDelayMs ?? 500,
            maxDelayMs: options.retryMaxDelayMs ?? 30_000,
        };
        const baseHeaders = {
            Accept: 'application/json',
            'X-Sipgate-Client': clientDescription(),
            'X-Sipgate-Version': SDK_VERSION,
            ...options.headers,
        };
        const axiosDefaults = {
            baseURL: baseUrl,
            timeout: options.timeout ?? DEFAULT_TIMEOUT_MS,
            maxBodyLength: MAX_BODY_BYTES,
            maxContentLength: MAX_BODY_BYTES,
            paramsSerializer: { serialize: serializeQuery },
            // Status handling is ours: every non-2xx becomes a typed error below.
            validateStatus: (status) => status >= 200 && status < 300,
        };
        // axios and the Node http stack under it cost more to load than the rest of the SDK
        // together (~200 ms, ~20 MB in Node): load them with the first request, not at require time.
        let instance;
        const axiosInstance = () => (instance ??= Promise.resolve().then(function () { return index; }).then((module) => module.default.create(axiosDefaults)));
        async function send(method, url, data, config = {}) {
            const maxRetries = config.maxRetries ?? defaultMaxRetries;
            const headers = { ...baseHeaders, ...config.headers };
            if (data !== undefined)
                headers['Content-Type'] = 'application/json';
            // One extra attempt after a 401 when the auth provider renewed its token; it does not use the retry budget.
            let renewedAuthorization = false;
            for (let attempt = 0;; attempt += 1) {
                const authorization = await auth.getAuthorization();
                headers.Authorization = authorization;
                // The request hook sees the headers as sent, the Authorization value masked.
                const visibleHeaders = options.onRequest ? redactHeaders(headers) : undefined;
                const started = Date.now();
                if (visibleHeaders)
                    options.onRequest?.({ method, url, headers: { ...visibleHeaders }, body: data, attempt });
                let response;
                try {
                    response = await (await axiosInstance()).request({
                        method,
                        url,
                        data,
                        params: config.params,
                        signal: config.signal,
                        timeout: config.timeout,
                        responseType: config.responseType === 'text' ? 'text' : 'json',
                        headers,
                    });
                }
                catch (raw) {
                    const error = toSipgateIOError(raw, { method, url, config });
                    const retriesUsed = renewedAuthorization ? attempt - 1 : attempt;
                    const retry = !(error instanceof AbortError) && error.retryable && retriesUsed < maxRetries;
                    const retryInMs = retry ? retryDelayMs(attempt, backoff, error.retryAfterMs) : undefined;
                    options.onResponse?.({
                        method,
                        url,
                        attempt,
                        durationMs: Date.now() - started,
                        status: error.status,
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
                    await waitBeforeRetry(retryInMs, config.signal, { method, url, config });
                    continue;
                }
                const body = parseBody(response.data, config);
                options.onResponse?.({ method, url, attempt, durationMs: Date.now() - started, status: response.status, body });
                return body;
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
                webuserId ??= client.get('/authorization/userinfo').then((info) => info.sub);
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
    function parseBody(data, config) {
        if (config.responseType === 'text')
            return typeof data === 'string' ? data : data === undefined || data === null ? '' : String(data);
        if (data === '' || data === undefined || data === null)
            return undefined;
        return config.parseDates === false ? data : reviveDates(data);
    }
    async function waitBeforeRetry(ms, signal, context) {
        try {
            await sleep(ms, signal);
        }
        catch (reason) {
            throw toSipgateIOError(reason ?? new Error('aborted'), { ...context, aborted: true });
        }
    }

    /** Input checks of the devices module; each throws a ValidationError naming the field before any request. */
    /** Device ids: e = register (VoIP) device, x = external device, y = mobile device. */
    const DEVICE_EXTENSION_TYPES = ['e', 'x', 'y'];
    const MAX_ALIAS_LENGTH = 255;
    function validateDeviceId(deviceId, field = 'deviceId') {
        return validateExtension(deviceId, field, DEVICE_EXTENSION_TYPES);
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
        return {
            async getDevices(webuserId, options) {
                validateWebuserId(webuserId);
                const response = await client.get(apiPath `/${{ webuserId }}/devices`, {
                    signal: options?.signal,
                    errorMessages: {
                        403: `Not allowed to list the devices of ${webuserId} (foreign user or missing devices:read scope)`,
                        404: `Web user ${webuserId} not found`,
                    },
                });
                return response?.items ?? [];
            },
            async getDevice(deviceId, options) {
                validateDeviceId(deviceId);
                return client.get(apiPath `/devices/${{ deviceId }}`, {
                    signal: options?.signal,
                    errorMessages: DEVICE_ERRORS,
                });
            },
            async setDeviceAlias(deviceId, alias, options) {
                validateDeviceId(deviceId);
                validateDeviceAlias(alias);
                await client.put(apiPath `/devices/${{ deviceId }}/alias`, { value: alias }, { signal: options?.signal, errorMessages: DEVICE_ERRORS });
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
    /** Fax_yyyyMMdd_HHmmss.pdf in local time. Built by hand: date-fns' format() would add its locale
     * machinery (~5 KB gzipped) to the browser bundle and all of date-fns to Node's require(). */
    function defaultFaxFilename(now = new Date()) {
        const date = `${now.getFullYear()}${twoDigits(now.getMonth() + 1)}${twoDigits(now.getDate())}`;
        const time = `${twoDigits(now.getHours())}${twoDigits(now.getMinutes())}${twoDigits(now.getSeconds())}`;
        return `Fax_${date}_${time}.pdf`;
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
    exports.HistoryEntryType = void 0;
    (function (HistoryEntryType) {
        HistoryEntryType["CALL"] = "CALL";
        HistoryEntryType["VOICEMAIL"] = "VOICEMAIL";
        HistoryEntryType["SMS"] = "SMS";
        HistoryEntryType["FAX"] = "FAX";
    })(exports.HistoryEntryType || (exports.HistoryEntryType = {}));
    exports.HistoryDirection = void 0;
    (function (HistoryDirection) {
        HistoryDirection["INCOMING"] = "INCOMING";
        HistoryDirection["OUTGOING"] = "OUTGOING";
        HistoryDirection["MISSED_INCOMING"] = "MISSED_INCOMING";
        HistoryDirection["MISSED_OUTGOING"] = "MISSED_OUTGOING";
    })(exports.HistoryDirection || (exports.HistoryDirection = {}));
    exports.Starred = void 0;
    (function (Starred) {
        Starred["STARRED"] = "STARRED";
        Starred["UNSTARRED"] = "UNSTARRED";
    })(exports.Starred || (exports.Starred = {}));
    exports.FaxStatusType = void 0;
    (function (FaxStatusType) {
        FaxStatusType["PENDING"] = "PENDING";
        FaxStatusType["SENDING"] = "SENDING";
        FaxStatusType["FAILED"] = "FAILED";
        FaxStatusType["SENT"] = "SENT";
        FaxStatusType["SCHEDULED"] = "SCHEDULED";
    })(exports.FaxStatusType || (exports.FaxStatusType = {}));
    exports.CallStatusType = void 0;
    (function (CallStatusType) {
        CallStatusType["SUCCESS"] = "SUCCESS";
        CallStatusType["FAILURE"] = "FAILURE";
        CallStatusType["REJECTED"] = "REJECTED";
        CallStatusType["REJECTED_DND"] = "REJECTED_DND";
        CallStatusType["VOICEMAIL_NO_MESSAGE"] = "VOICEMAIL_NO_MESSAGE";
        CallStatusType["BUSY_ON_BUSY"] = "BUSY_ON_BUSY";
        CallStatusType["BUSY"] = "BUSY";
        CallStatusType["MISSED"] = "MISSED";
    })(exports.CallStatusType || (exports.CallStatusType = {}));

    /** Public types of the fax module (names as in the contract and the official package). */
    /**
     * The fax module's name (as in the official package) for the status values a fax's history entry carries:
     * one enum, so `FaxStatus.SENT === FaxStatusType.SENT` and the two can never drift apart.
     */
    const FaxStatus = exports.FaxStatusType;

    /** Input checks and query mapping of the history module; each check throws a ValidationError before any request. */
    /** GET /history and /history/export accept at most 1000 entries per page. */
    const MAX_HISTORY_LIMIT = 1000;
    const FILTER_KEYS = new Set([
        'connectionIds',
        'types',
        'directions',
        'archived',
        'starred',
        'from',
        'to',
        'startDate',
        'endDate',
        'phonenumber',
    ]);
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
    function validateStringList(value, field) {
        if (!Array.isArray(value))
            throw new ValidationError(field, `${field} must be an array of strings`);
        return value.map((item, index) => requireString$1(item, `${field}[${index}]`));
    }
    function starredParam(value) {
        if (value === true || value === exports.Starred.STARRED)
            return exports.Starred.STARRED;
        if (value === false || value === exports.Starred.UNSTARRED)
            return exports.Starred.UNSTARRED;
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
     * `starred` becomes STARRED/UNSTARRED, dates ISO strings, the phone number E.164.
     */
    function historyFilterToQuery(filter, allowPhonenumber) {
        if (filter === undefined || filter === null)
            return {};
        if (typeof filter !== 'object' || Array.isArray(filter)) {
            throw new ValidationError('filter', 'filter must be an object');
        }
        for (const key of Object.keys(filter)) {
            if (!FILTER_KEYS.has(key))
                throw new ValidationError(`filter.${key}`, `filter.${key} is not a known history filter`);
        }
        if (!allowPhonenumber && filter.phonenumber !== undefined) {
            throw new ValidationError('filter.phonenumber', 'filter.phonenumber is not supported by the history export');
        }
        const from = dateParam(filter.from, filter.startDate, 'from', 'startDate');
        const to = dateParam(filter.to, filter.endDate, 'to', 'endDate');
        if (from && to && from.getTime() > to.getTime()) {
            throw new ValidationError('filter.from', 'filter.from must not be after filter.to');
        }
        return {
            connectionIds: filter.connectionIds === undefined ? undefined : validateStringList(filter.connectionIds, 'filter.connectionIds'),
            types: filter.types === undefined
                ? undefined
                : validateEnumList(filter.types, 'filter.types', Object.values(exports.HistoryEntryType)),
            directions: filter.directions === undefined
                ? undefined
                : validateEnumList(filter.directions, 'filter.directions', Object.values(exports.HistoryDirection)),
            archived: filter.archived === undefined ? undefined : validateBoolean(filter.archived, 'filter.archived'),
            starred: filter.starred === undefined ? undefined : starredParam(filter.starred),
            from: from?.toISOString(),
            to: to?.toISOString(),
            phonenumber: filter.phonenumber === undefined ? undefined : normalizePhoneNumber(filter.phonenumber, 'filter.phonenumber'),
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
    function createHistoryModule(client) {
        const read = moduleRequests(client, READ_ERRORS);
        const write = moduleRequests(client, WRITE_ERRORS);
        const notFound = (entryId) => ({ errorMessages: { 404: `History entry ${entryId} could not be found` } });
        async function getPage(filter, pagination, options) {
            const query = historyFilterToQuery(filter, true);
            validateHistoryPagination(pagination);
            const response = await read.get('/history', options, {
                params: { ...query, offset: pagination?.offset, limit: pagination?.limit },
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
                historyFilterToQuery(filter, true);
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
                const item = await read.get(apiPath `/history/${{ entryId }}`, options, notFound(entryId));
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
                const query = historyFilterToQuery(filter, false);
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
    const NUMBERS_ERRORS = {
        400: 'Invalid pagination input',
        403: 'Not allowed to read phone numbers (check the numbers:read scope)',
    };
    function createNumbersModule(client) {
        const api = moduleRequests(client, NUMBERS_ERRORS);
        function requestPage(pagination, options) {
            return api.get('/numbers', options, {
                params: { offset: pagination?.offset, limit: pagination?.limit },
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
                });
                return response?.items ?? [];
            },
        };
    }

    // A runtime enum, because code written for the official package compares against NumberResponseItemType.MOBILE.
    exports.NumberResponseItemType = void 0;
    (function (NumberResponseItemType) {
        NumberResponseItemType["MOBILE"] = "MOBILE";
        NumberResponseItemType["LANDLINE"] = "LANDLINE";
        NumberResponseItemType["QUICKDIAL"] = "QUICKDIAL";
        NumberResponseItemType["INTERNATIONAL"] = "INTERNATIONAL";
    })(exports.NumberResponseItemType || (exports.NumberResponseItemType = {}));

    /** Checks of RTCM input. */
    function validateCall(call) {
        requireObject(call, 'call', 'an object with a callId');
        return requireString$1(call.callId, 'call.callId');
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
                requireObject(transferOptions, 'transferOptions', '{ attended: boolean, phoneNumber: string }');
                const body = {
                    attended: validateBoolean(transferOptions.attended, 'transferOptions.attended'),
                    phoneNumber: normalizePhoneNumber(transferOptions.phoneNumber, 'transferOptions.phoneNumber'),
                    callerId: transferOptions.callerId === undefined
                        ? undefined
                        : normalizePhoneNumber(transferOptions.callerId, 'transferOptions.callerId'),
                };
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
    function createSMSModule(client) {
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
                return queue.runShared(() => post(dto, options));
            }
            const from = checked.from;
            return queue.run(() => sendFromNumber(from, base, options));
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
    function createRestClient(credentials, options) {
        const http = createHttpClient(credentials, options);
        return { ...http, ...createRestModules(http) };
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
    /** sipgate's XML examples write numbers as digits without the leading `+`. */
    function toWireNumber(value, field) {
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
        const announcement = validateHttpUrl(requireOptions(options, 'playOptions').announcement, 'announcement');
        return { Play: { Url: announcement } };
    }
    function gatherDTMF(options) {
        const opts = requireOptions(options, 'gatherOptions');
        const maxDigits = validateInteger(opts.maxDigits, 'maxDigits', 1);
        const timeout = validateInteger(opts.timeout, 'timeout', 0);
        const gather = {
            _attributes: { maxDigits: String(maxDigits), timeout: String(timeout) },
        };
        if (opts.announcement !== undefined) {
            gather.Play = { Url: validateHttpUrl(opts.announcement, 'announcement') };
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
    });

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

    /**
     * Public types of the webhook module. Shapes follow the contract (and the
     * official package's declarations) so existing handler code keeps compiling.
     * This file must stay free of Node imports: the browser bundle includes it.
     */
    exports.EventType = void 0;
    (function (EventType) {
        EventType["NEW_CALL"] = "newCall";
        EventType["ANSWER"] = "answer";
        EventType["HANGUP"] = "hangup";
        EventType["DATA"] = "dtmf";
    })(exports.EventType || (exports.EventType = {}));
    exports.WebhookDirection = void 0;
    (function (WebhookDirection) {
        WebhookDirection["IN"] = "in";
        WebhookDirection["OUT"] = "out";
    })(exports.WebhookDirection || (exports.WebhookDirection = {}));
    exports.HangupCause = void 0;
    (function (HangUpCause) {
        HangUpCause["NORMAL_CLEARING"] = "normalClearing";
        HangUpCause["BUSY"] = "busy";
        HangUpCause["CANCEL"] = "cancel";
        HangUpCause["NO_ANSWER"] = "noAnswer";
        HangUpCause["CONGESTION"] = "congestion";
        HangUpCause["NOT_FOUND"] = "notFound";
        HangUpCause["FORWARDED"] = "forwarded";
    })(exports.HangupCause || (exports.HangupCause = {}));
    exports.RejectReason = void 0;
    (function (RejectReason) {
        RejectReason["BUSY"] = "busy";
        RejectReason["REJECTED"] = "rejected";
    })(exports.RejectReason || (exports.RejectReason = {}));

    function sipgateIO(credentials, options) {
        return { ...createRestClient(credentials, options), webhook: { response: WebhookResponse } };
    }

    /**
     * Create a bound version of a function with a specified `this` context
     *
     * @param {Function} fn - The function to bind
     * @param {*} thisArg - The value to be passed as the `this` parameter
     * @returns {Function} A new function that will call the original function with the specified `this` context
     */
    function bind(fn, thisArg) {
      return function wrap() {
        return fn.apply(thisArg, arguments);
      };
    }

    // utils is a library of generic helper functions non-specific to axios

    const { toString } = Object.prototype;
    const { getPrototypeOf } = Object;
    const { iterator, toStringTag } = Symbol;

    /* Creating a function that will check if an object has a property. */
    const hasOwnProperty = (
      ({ hasOwnProperty }) =>
      (obj, prop) =>
        hasOwnProperty.call(obj, prop)
    )(Object.prototype);

    const isUnsafeObjectKey = (prop) =>
      typeof prop === 'string' &&
      (prop === '__proto__' || prop === 'constructor' || prop === 'prototype');

    /**
     * Determine whether an inherited object must be treated as a shared-prototype
     * boundary. Cross-realm Object.prototype objects cannot be distinguished
     * reliably from application-created null-prototype objects because their
     * properties are mutable, so all inherited terminal prototypes are excluded
     * as a fail-closed boundary. A null-prototype source still keeps its own
     * properties, as produced by mergeConfig and other safe materialization paths.
     *
     * @param {*} obj The object to inspect
     * @param {*} prototype The object's prototype
     * @param {boolean} source Whether obj is the original traversal source
     *
     * @returns {boolean} True when obj is a safe prototype traversal boundary
     */
    const isPrototypeBoundary = (obj, prototype, source) =>
      obj === Object.prototype || (!source && prototype === null);

    /**
     * Determine whether an object can retain its identity through code paths that
     * add, replace, and remove config properties without bypassing unsafe-key
     * filtering. Immutable objects, unsafe-key-bearing objects, and objects with
     * accessor or restricted data properties must be materialized instead.
     *
     * @param {*} obj The object to inspect
     *
     * @returns {boolean} True when every own property is safe and fully mutable
     */
    const isSafeAndFullyMutable = (obj) => {
      if (!Object.isExtensible(obj)) {
        return false;
      }

      const props = Object.getOwnPropertyNames(obj);

      if (Object.getOwnPropertySymbols) {
        props.push(...Object.getOwnPropertySymbols(obj));
      }

      return props.every((prop) => {
        if (isUnsafeObjectKey(prop)) {
          return false;
        }

        const descriptor = Object.getOwnPropertyDescriptor(obj, prop);

        return !!descriptor && descriptor.configurable && descriptor.writable === true;
      });
    };

    /**
     * Walk the prototype chain (excluding the source realm's Object.prototype)
     * looking for an own `prop`. This distinguishes genuine own/inherited members
     * — including class accessors and template prototypes — from members injected
     * via Object.prototype pollution (e.g. `Object.prototype.username = '...'`),
     * which live on Object.prototype itself and are therefore never matched.
     *
     * @param {*} thing The value whose chain to inspect
     * @param {string|symbol} prop The property key to look for
     *
     * @returns {boolean} True when `prop` is owned below Object.prototype
     */
    const hasOwnInPrototypeChain = (thing, prop) => {
      let obj = thing;
      const seen = [];

      while (obj != null) {
        if (seen.indexOf(obj) !== -1) {
          return false;
        }
        seen.push(obj);

        const prototype = getPrototypeOf(obj);

        if (isPrototypeBoundary(obj, prototype, obj === thing)) {
          return false;
        }

        if (hasOwnProperty(obj, prop)) {
          return true;
        }
        obj = prototype;
      }
      return false;
    };

    /**
     * Read `obj[prop]` only when it is safe from Object.prototype pollution. Own
     * properties and members inherited from a non-Object.prototype source (a class
     * instance or template object) are honored; a value reachable only through a
     * polluted Object.prototype is ignored and `undefined` is returned.
     *
     * @param {*} obj The source object
     * @param {string|symbol} prop The property key to read
     *
     * @returns {*} The resolved value, or undefined when unsafe/absent
     */
    const getSafeProp = (obj, prop) =>
      obj != null && hasOwnInPrototypeChain(obj, prop) ? obj[prop] : undefined;

    /**
     * Flatten an object and its application-defined prototype chain into a
     * null-prototype object. Members inherited only from the source realm's
     * Object.prototype are deliberately excluded, while class/template members
     * below that boundary are preserved.
     *
     * @param {*} thing The value to flatten
     *
     * @returns {*} A null-prototype copy, or the original value when it is already
     * structurally safe or is not an object
     */
    const toSafeFlatObject = (thing) => {
      if (thing == null || (typeof thing !== 'object' && typeof thing !== 'function')) {
        return thing;
      }

      const sourcePrototype = getPrototypeOf(thing);

      if (sourcePrototype === null && isSafeAndFullyMutable(thing)) {
        return thing;
      }

      const result = Object.create(null);
      const merged = Object.create(null);
      const seen = [];
      let current = thing;

      while (current != null) {
        if (seen.indexOf(current) !== -1) {
          break;
        }

        seen.push(current);

        const prototype = current === thing ? sourcePrototype : getPrototypeOf(current);

        if (isPrototypeBoundary(current, prototype, current === thing)) {
          break;
        }

        const props = Object.getOwnPropertyNames(current);

        if (Object.getOwnPropertySymbols) {
          props.push(...Object.getOwnPropertySymbols(current));
        }

        for (const prop of props) {
          if (isUnsafeObjectKey(prop)) {
            continue;
          }

          if (!hasOwnProperty(merged, prop)) {
            result[prop] = thing[prop];
            merged[prop] = true;
          }
        }

        current = prototype;
      }

      return result;
    };

    const kindOf = ((cache) => (thing) => {
      const str = toString.call(thing);
      return cache[str] || (cache[str] = str.slice(8, -1).toLowerCase());
    })(Object.create(null));

    const kindOfTest = (type) => {
      type = type.toLowerCase();
      return (thing) => kindOf(thing) === type;
    };

    const typeOfTest = (type) => (thing) => typeof thing === type;

    /**
     * Determine if a value is a non-null object
     *
     * @param {Object} val The value to test
     *
     * @returns {boolean} True if value is an Array, otherwise false
     */
    const { isArray } = Array;

    /**
     * Determine if a value is undefined
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if the value is undefined, otherwise false
     */
    const isUndefined = typeOfTest('undefined');

    /**
     * Determine if a value is a Buffer
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a Buffer, otherwise false
     */
    function isBuffer(val) {
      return (
        val !== null &&
        !isUndefined(val) &&
        val.constructor !== null &&
        !isUndefined(val.constructor) &&
        isFunction$1(val.constructor.isBuffer) &&
        val.constructor.isBuffer(val)
      );
    }

    /**
     * Determine if a value is an ArrayBuffer
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is an ArrayBuffer, otherwise false
     */
    const isArrayBuffer = kindOfTest('ArrayBuffer');

    /**
     * Determine if a value is a view on an ArrayBuffer
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a view on an ArrayBuffer, otherwise false
     */
    function isArrayBufferView(val) {
      let result;
      if (typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView) {
        result = ArrayBuffer.isView(val);
      } else {
        result = val && val.buffer && isArrayBuffer(val.buffer);
      }
      return result;
    }

    /**
     * Determine if a value is a String
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a String, otherwise false
     */
    const isString = typeOfTest('string');

    /**
     * Determine if a value is a Function
     *
     * @param {*} val The value to test
     * @returns {boolean} True if value is a Function, otherwise false
     */
    const isFunction$1 = typeOfTest('function');

    /**
     * Determine if a value is a Number
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a Number, otherwise false
     */
    const isNumber = typeOfTest('number');

    /**
     * Determine if a value is an Object
     *
     * @param {*} thing The value to test
     *
     * @returns {boolean} True if value is an Object, otherwise false
     */
    const isObject = (thing) => thing !== null && typeof thing === 'object';

    /**
     * Determine if a value is a Boolean
     *
     * @param {*} thing The value to test
     * @returns {boolean} True if value is a Boolean, otherwise false
     */
    const isBoolean = (thing) => thing === true || thing === false;

    /**
     * Determine if a value is a plain Object
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a plain Object, otherwise false
     */
    const isPlainObject = (val) => {
      if (!isObject(val)) {
        return false;
      }

      const prototype = getPrototypeOf(val);
      return (
        (prototype === null || prototype === Object.prototype || getPrototypeOf(prototype) === null) &&
        // Treat own Symbol.toStringTag or Symbol.iterator members as evidence the
        // value is tagged/iterable, ignoring members reachable only through shared
        // or terminal prototype boundaries. This is exactly what
        // hasOwnInPrototypeChain(val, prop) computes here: every prototype admitted
        // above (null, Object.prototype, or a terminal null-prototype template) is
        // a boundary, so the walk never inspects anything but `val`'s own members,
        // and stops before even those when `val` is itself the boundary
        // Object.prototype. Checking that inline avoids allocating the walker's
        // `seen` list twice per call on the mergeConfig / merge hot path.
        (isPrototypeBoundary(val, prototype, true) ||
          (!hasOwnProperty(val, toStringTag) && !hasOwnProperty(val, iterator)))
      );
    };

    /**
     * Determine if a value is an empty object (safely handles Buffers)
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is an empty object, otherwise false
     */
    const isEmptyObject = (val) => {
      // Early return for non-objects or Buffers to prevent RangeError
      if (!isObject(val) || isBuffer(val)) {
        return false;
      }

      try {
        return Object.keys(val).length === 0 && Object.getPrototypeOf(val) === Object.prototype;
      } catch (e) {
        // Fallback for any other objects that might cause RangeError with Object.keys()
        return false;
      }
    };

    /**
     * Determine if a value is a Date
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a Date, otherwise false
     */
    const isDate = kindOfTest('Date');

    /**
     * Determine if a value is a File
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a File, otherwise false
     */
    const isFile = kindOfTest('File');

    /**
     * Determine if a value is a React Native Blob
     * React Native "blob": an object with a `uri` attribute. Optionally, it can
     * also have a `name` and `type` attribute to specify filename and content type
     *
     * @see https://github.com/facebook/react-native/blob/26684cf3adf4094eb6c405d345a75bf8c7c0bf88/Libraries/Network/FormData.js#L68-L71
     *
     * @param {*} value The value to test
     *
     * @returns {boolean} True if value is a React Native Blob, otherwise false
     */
    const isReactNativeBlob = (value) => {
      return !!(value && typeof value.uri !== 'undefined');
    };

    /**
     * Determine if environment is React Native
     * ReactNative `FormData` has a non-standard `getParts()` method
     *
     * @param {*} formData The formData to test
     *
     * @returns {boolean} True if environment is React Native, otherwise false
     */
    const isReactNative = (formData) => formData && typeof formData.getParts !== 'undefined';

    /**
     * Determine if a value is a Blob
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a Blob, otherwise false
     */
    const isBlob = kindOfTest('Blob');

    /**
     * Determine if a value is a FileList
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a FileList, otherwise false
     */
    const isFileList = kindOfTest('FileList');
    const isSet = kindOfTest('Set');

    /**
     * Determine if a value is a Stream
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a Stream, otherwise false
     */
    const isStream = (val) => isObject(val) && isFunction$1(val.pipe);

    /**
     * Determine if a value is a FormData
     *
     * @param {*} thing The value to test
     *
     * @returns {boolean} True if value is an FormData, otherwise false
     */
    function getGlobal() {
      if (typeof globalThis !== 'undefined') return globalThis;
      if (typeof self !== 'undefined') return self;
      if (typeof window !== 'undefined') return window;
      if (typeof global !== 'undefined') return global;
      return {};
    }

    const G = getGlobal();
    const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;

    const isFormData = (thing) => {
      if (!thing) return false;
      if (FormDataCtor && thing instanceof FormDataCtor) return true;
      // Reject plain objects inheriting directly from Object.prototype so prototype-pollution gadgets can't spoof FormData.
      const proto = getPrototypeOf(thing);
      if (!proto || proto === Object.prototype) return false;
      if (!isFunction$1(thing.append)) return false;
      const kind = kindOf(thing);
      return (
        kind === 'formdata' ||
        // detect form-data instance
        (kind === 'object' && isFunction$1(thing.toString) && thing.toString() === '[object FormData]')
      );
    };

    /**
     * Determine if a value is a URLSearchParams object
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a URLSearchParams object, otherwise false
     */
    const isURLSearchParams = kindOfTest('URLSearchParams');

    const [isReadableStream, isRequest, isResponse, isHeaders] = [
      'ReadableStream',
      'Request',
      'Response',
      'Headers',
    ].map(kindOfTest);

    /**
     * Trim excess whitespace off the beginning and end of a string
     *
     * @param {String} str The String to trim
     *
     * @returns {String} The String freed of excess whitespace
     */
    const trim = (str) => {
      return str.trim ? str.trim() : str.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g, '');
    };
    /**
     * Iterate over an Array or an Object invoking a function for each item.
     *
     * If `obj` is an Array callback will be called passing
     * the value, index, and complete array for each item.
     *
     * If 'obj' is an Object callback will be called passing
     * the value, key, and complete object for each property.
     *
     * @param {Object|Array<unknown>} obj The object to iterate
     * @param {Function} fn The callback to invoke for each item
     *
     * @param {Object} [options]
     * @param {Boolean} [options.allOwnKeys = false]
     * @returns {any}
     */
    function forEach(obj, fn, { allOwnKeys = false } = {}) {
      // Don't bother if no value provided
      if (obj === null || typeof obj === 'undefined') {
        return;
      }

      let i;
      let l;

      // Force an array if not already something iterable
      if (typeof obj !== 'object') {
        /*eslint no-param-reassign:0*/
        obj = [obj];
      }

      if (isArray(obj)) {
        // Iterate over array values
        for (i = 0, l = obj.length; i < l; i++) {
          fn.call(null, obj[i], i, obj);
        }
      } else {
        // Buffer check
        if (isBuffer(obj)) {
          return;
        }

        // Iterate over object keys
        const keys = allOwnKeys ? Object.getOwnPropertyNames(obj) : Object.keys(obj);
        const len = keys.length;
        let key;

        for (i = 0; i < len; i++) {
          key = keys[i];
          fn.call(null, obj[key], key, obj);
        }
      }
    }

    /**
     * Finds a key in an object, case-insensitive, returning the actual key name.
     * Returns null if the object is a Buffer or if no match is found.
     *
     * @param {Object} obj - The object to search.
     * @param {string} key - The key to find (case-insensitive).
     * @returns {?string} The actual key name if found, otherwise null.
     */
    function findKey(obj, key) {
      if (isBuffer(obj)) {
        return null;
      }

      key = key.toLowerCase();
      const keys = Object.keys(obj);
      let i = keys.length;
      let _key;
      while (i-- > 0) {
        _key = keys[i];
        if (key === _key.toLowerCase()) {
          return _key;
        }
      }
      return null;
    }

    const _global = (() => {
      /*eslint no-undef:0*/
      if (typeof globalThis !== 'undefined') return globalThis;
      return typeof self !== 'undefined' ? self : typeof window !== 'undefined' ? window : global;
    })();

    const isContextDefined = (context) => !isUndefined(context) && context !== _global;

    /**
     * Accepts varargs expecting each argument to be an object, then
     * immutably merges the properties of each object and returns result.
     *
     * When multiple objects contain the same key the later object in
     * the arguments list will take precedence.
     *
     * Example:
     *
     * ```js
     * const result = merge({foo: 123}, {foo: 456});
     * console.log(result.foo); // outputs 456
     * ```
     *
     * @param {Object} obj1 Object to merge
     *
     * @returns {Object} Result of all merge properties
     */
    function merge(...objs) {
      const { caseless, skipUndefined } = (isContextDefined(this) && this) || {};
      const result = {};
      // Caseless lookup only applies to string keys — symbol keys are
      // identity-matched. Every string key that reaches `result` passes through
      // this index first, so it can never hold two case variants of one key and a
      // lowercase -> key map is exactly what findKey(result, key) would rescan
      // Object.keys(result) for on each assignment.
      const lowerCaseKeys = caseless ? Object.create(null) : null;
      const assignValue = (val, key) => {
        // Skip dangerous property names to prevent prototype pollution
        if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
          return;
        }

        let targetKey = key;
        if (lowerCaseKeys && typeof key === 'string') {
          const lowerKey = key.toLowerCase();
          const knownKey = lowerCaseKeys[lowerKey];
          // A key recorded but absent from `result` was skipped by skipUndefined;
          // the later spelling wins then, as it does for findKey.
          if (knownKey !== undefined && hasOwnProperty(result, knownKey)) {
            targetKey = knownKey;
          } else {
            lowerCaseKeys[lowerKey] = key;
          }
        }
        // Read via own-prop only — a bare `result[targetKey]` walks the prototype
        // chain, so a polluted Object.prototype value could surface here and get
        // copied into the merged result.
        const existing = hasOwnProperty(result, targetKey) ? result[targetKey] : undefined;
        if (isPlainObject(existing) && isPlainObject(val)) {
          result[targetKey] = merge(existing, val);
        } else if (isPlainObject(val)) {
          result[targetKey] = merge({}, val);
        } else if (isArray(val)) {
          result[targetKey] = val.slice();
        } else if (!skipUndefined || !isUndefined(val)) {
          result[targetKey] = val;
        }
      };

      for (let i = 0, l = objs.length; i < l; i++) {
        const source = objs[i];
        if (!source || isBuffer(source)) {
          continue;
        }

        forEach(source, assignValue);

        if (typeof source !== 'object' || isArray(source) || !Object.getOwnPropertySymbols) {
          continue;
        }

        const symbols = Object.getOwnPropertySymbols(source);
        for (let j = 0; j < symbols.length; j++) {
          const symbol = symbols[j];
          if (propertyIsEnumerable.call(source, symbol)) {
            assignValue(source[symbol], symbol);
          }
        }
      }
      return result;
    }

    /**
     * Extends object a by mutably adding to it the properties of object b.
     *
     * @param {Object} a The object to be extended
     * @param {Object} b The object to copy properties from
     * @param {Object} thisArg The object to bind function to
     *
     * @param {Object} [options]
     * @param {Boolean} [options.allOwnKeys]
     * @returns {Object} The resulting value of object a
     */
    const extend = (a, b, thisArg, { allOwnKeys } = {}) => {
      forEach(
        b,
        (val, key) => {
          if (thisArg && isFunction$1(val)) {
            Object.defineProperty(a, key, {
              // Null-proto descriptor so a polluted Object.prototype.get cannot
              // hijack defineProperty's accessor-vs-data resolution.
              __proto__: null,
              value: bind(val, thisArg),
              writable: true,
              enumerable: true,
              configurable: true,
            });
          } else {
            Object.defineProperty(a, key, {
              __proto__: null,
              value: val,
              writable: true,
              enumerable: true,
              configurable: true,
            });
          }
        },
        { allOwnKeys }
      );
      return a;
    };

    /**
     * Remove byte order marker. This catches EF BB BF (the UTF-8 BOM)
     *
     * @param {string} content with BOM
     *
     * @returns {string} content value without BOM
     */
    const stripBOM = (content) => {
      if (content.charCodeAt(0) === 0xfeff) {
        content = content.slice(1);
      }
      return content;
    };

    /**
     * Inherit the prototype methods from one constructor into another
     * @param {function} constructor
     * @param {function} superConstructor
     * @param {object} [props]
     * @param {object} [descriptors]
     *
     * @returns {void}
     */
    const inherits = (constructor, superConstructor, props, descriptors) => {
      constructor.prototype = Object.create(superConstructor.prototype, descriptors);
      Object.defineProperty(constructor.prototype, 'constructor', {
        __proto__: null,
        value: constructor,
        writable: true,
        enumerable: false,
        configurable: true,
      });
      Object.defineProperty(constructor, 'super', {
        __proto__: null,
        value: superConstructor.prototype,
      });
      props && Object.assign(constructor.prototype, props);
    };

    /**
     * Resolve object with deep prototype chain to a flat object
     * @param {Object} sourceObj source object
     * @param {Object} [destObj]
     * @param {Function|Boolean} [filter]
     * @param {Function} [propFilter]
     *
     * @returns {Object}
     */
    const toFlatObject = (sourceObj, destObj, filter, propFilter) => {
      let props;
      let i;
      let prop;
      const merged = {};

      destObj = destObj || {};
      // eslint-disable-next-line no-eq-null,eqeqeq
      if (sourceObj == null) return destObj;

      do {
        props = Object.getOwnPropertyNames(sourceObj);
        i = props.length;
        while (i-- > 0) {
          prop = props[i];
          if ((!propFilter || propFilter(prop, sourceObj, destObj)) && !merged[prop]) {
            destObj[prop] = sourceObj[prop];
            merged[prop] = true;
          }
        }
        sourceObj = filter !== false && getPrototypeOf(sourceObj);
      } while (sourceObj && (!filter || filter(sourceObj, destObj)) && sourceObj !== Object.prototype);

      return destObj;
    };

    /**
     * Determines whether a string ends with the characters of a specified string
     *
     * @param {String} str
     * @param {String} searchString
     * @param {Number} [position= 0]
     *
     * @returns {boolean}
     */
    const endsWith = (str, searchString, position) => {
      str = String(str);
      if (position === undefined || position > str.length) {
        position = str.length;
      }
      position -= searchString.length;
      const lastIndex = str.indexOf(searchString, position);
      return lastIndex !== -1 && lastIndex === position;
    };

    /**
     * Returns new array from array like object or null if failed
     *
     * @param {*} [thing]
     *
     * @returns {?Array}
     */
    const toArray = (thing) => {
      if (!thing) return null;
      if (isArray(thing)) return thing;
      let i = thing.length;
      if (!Number.isSafeInteger(i) || i < 0 || i > 0xffffffff) return null;

      // Bound the copy by actual indexed properties, including hidden and inherited
      // members of array-like collections, rather than by the declared length alone.
      const indexes = new Set();
      const seen = new Set();
      let source = thing;

      while (source != null && indexes.size < i) {
        if (seen.has(source)) return null;
        seen.add(source);

        const prototype = getPrototypeOf(source);
        if (isPrototypeBoundary(source, prototype, source === thing)) break;

        Object.getOwnPropertyNames(source).forEach((key) => {
          const index = +key;
          if (
            Number.isInteger(index) &&
            index >= 0 &&
            index < i &&
            String(index) === key &&
            hasOwnProperty(source, key)
          ) {
            indexes.add(index);
          }
        });
        source = prototype;
      }

      if (indexes.size !== i) return null;
      const arr = new Array(i);
      while (i-- > 0) {
        arr[i] = thing[i];
      }
      return arr;
    };

    /**
     * Checking if the Uint8Array exists and if it does, it returns a function that checks if the
     * thing passed in is an instance of Uint8Array
     *
     * @param {TypedArray}
     *
     * @returns {Array}
     */
    // eslint-disable-next-line func-names
    const isTypedArray = ((TypedArray) => {
      // eslint-disable-next-line func-names
      return (thing) => {
        return TypedArray && thing instanceof TypedArray;
      };
    })(typeof Uint8Array !== 'undefined' && getPrototypeOf(Uint8Array));

    /**
     * For each entry in the object, call the function with the key and value.
     *
     * @param {Object<any, any>} obj - The object to iterate over.
     * @param {Function} fn - The function to call for each entry.
     *
     * @returns {void}
     */
    const forEachEntry = (obj, fn) => {
      const generator = obj && obj[iterator];

      const _iterator = generator.call(obj);

      let result;

      while ((result = _iterator.next()) && !result.done) {
        const pair = result.value;
        fn.call(obj, pair[0], pair[1]);
      }
    };

    /**
     * It takes a regular expression and a string, and returns an array of all the matches
     *
     * @param {string} regExp - The regular expression to match against.
     * @param {string} str - The string to search.
     *
     * @returns {Array<boolean>}
     */
    const matchAll = (regExp, str) => {
      let matches;
      const arr = [];

      while ((matches = regExp.exec(str)) !== null) {
        arr.push(matches);
      }

      return arr;
    };

    /* Checking if the kindOfTest function returns true when passed an HTMLFormElement. */
    const isHTMLForm = kindOfTest('HTMLFormElement');

    const toCamelCase = (str) => {
      return str.toLowerCase().replace(/[-_\s]([a-z\d])(\w*)/g, function replacer(m, p1, p2) {
        return p1.toUpperCase() + p2;
      });
    };

    const { propertyIsEnumerable } = Object.prototype;

    /**
     * Determine if a value is a RegExp object
     *
     * @param {*} val The value to test
     *
     * @returns {boolean} True if value is a RegExp object, otherwise false
     */
    const isRegExp = kindOfTest('RegExp');

    const reduceDescriptors = (obj, reducer) => {
      const descriptors = Object.getOwnPropertyDescriptors(obj);
      const reducedDescriptors = {};

      forEach(descriptors, (descriptor, name) => {
        let ret;
        if ((ret = reducer(descriptor, name, obj)) !== false) {
          reducedDescriptors[name] = ret || descriptor;
        }
      });

      Object.defineProperties(obj, reducedDescriptors);
    };

    /**
     * Makes all methods read-only
     * @param {Object} obj
     */

    const freezeMethods = (obj) => {
      reduceDescriptors(obj, (descriptor, name) => {
        // skip restricted props in strict mode
        if (isFunction$1(obj) && ['arguments', 'caller', 'callee'].includes(name)) {
          return false;
        }

        const value = obj[name];

        if (!isFunction$1(value)) return;

        descriptor.enumerable = false;

        if ('writable' in descriptor) {
          descriptor.writable = false;
          return;
        }

        if (!descriptor.set) {
          descriptor.set = () => {
            throw Error("Can not rewrite read-only method '" + name + "'");
          };
        }
      });
    };

    /**
     * Converts an array or a delimited string into an object set with values as keys and true as values.
     * Useful for fast membership checks.
     *
     * @param {Array|string} arrayOrString - The array or string to convert.
     * @param {string} delimiter - The delimiter to use if input is a string.
     * @returns {Object} An object with keys from the array or string, values set to true.
     */
    const toObjectSet = (arrayOrString, delimiter) => {
      const obj = {};

      const define = (arr) => {
        arr.forEach((value) => {
          obj[value] = true;
        });
      };

      isArray(arrayOrString) ? define(arrayOrString) : define(String(arrayOrString).split(delimiter));

      return obj;
    };

    const noop = () => {};

    const toFiniteNumber = (value, defaultValue) => {
      return value != null && Number.isFinite((value = +value)) ? value : defaultValue;
    };

    /**
     * If the thing is a FormData object, return true, otherwise return false.
     *
     * @param {unknown} thing - The thing to check.
     *
     * @returns {boolean}
     */
    function isSpecCompliantForm(thing) {
      return !!(
        thing &&
        isFunction$1(thing.append) &&
        thing[toStringTag] === 'FormData' &&
        thing[iterator]
      );
    }

    /**
     * Recursively converts an object to a JSON-compatible object, handling circular references and Buffers.
     *
     * @param {Object} obj - The object to convert.
     * @returns {Object} The JSON-compatible object.
     */
    const toJSONObject = (obj) => {
      const visited = new WeakSet();

      const visit = (source) => {
        if (isObject(source)) {
          if (visited.has(source)) {
            return;
          }

          //Buffer check
          if (isBuffer(source)) {
            return source;
          }

          if (!('toJSON' in source)) {
            // add-on descent / delete-on-ascent: preserves path semantics, so DAG nodes serialise at every occurrence (see #7230).
            visited.add(source);

            let target;

            if (isSet(source)) {
              target = [];
              for (const value of source) {
                const reducedValue = visit(value);
                !isUndefined(reducedValue) && target.push(reducedValue);
              }
            } else {
              target = isArray(source) ? [] : {};

              forEach(source, (value, key) => {
                const reducedValue = visit(value);
                !isUndefined(reducedValue) && (target[key] = reducedValue);
              });
            }

            visited.delete(source);

            return target;
          }
        }

        return source;
      };

      return visit(obj);
    };

    /**
     * Determines if a value is an async function.
     *
     * @param {*} thing - The value to test.
     * @returns {boolean} True if value is an async function, otherwise false.
     */
    const isAsyncFn = kindOfTest('AsyncFunction');

    /**
     * Determines if a value is thenable (has then and catch methods).
     *
     * @param {*} thing - The value to test.
     * @returns {boolean} True if value is thenable, otherwise false.
     */
    const isThenable = (thing) =>
      thing &&
      (isObject(thing) || isFunction$1(thing)) &&
      isFunction$1(thing.then) &&
      isFunction$1(thing.catch);

    // original code
    // https://github.com/DigitalBrainJS/AxiosPromise/blob/16deab13710ec09779922131f3fa5954320f83ab/lib/utils.js#L11-L34

    /**
     * Provides a cross-platform setImmediate implementation.
     * Uses native setImmediate if available, otherwise falls back to postMessage or setTimeout.
     *
     * @param {boolean} setImmediateSupported - Whether setImmediate is supported.
     * @param {boolean} postMessageSupported - Whether postMessage is supported.
     * @returns {Function} A function to schedule a callback asynchronously.
     */
    const _setImmediate = ((setImmediateSupported, postMessageSupported) => {
      if (setImmediateSupported) {
        return setImmediate;
      }

      return postMessageSupported
        ? ((token, callbacks) => {
            _global.addEventListener(
              'message',
              ({ source, data }) => {
                if (source === _global && data === token) {
                  callbacks.length && callbacks.shift()();
                }
              },
              false
            );

            return (cb) => {
              callbacks.push(cb);
              _global.postMessage(token, '*');
            };
          })(`axios@${Math.random()}`, [])
        : (cb) => setTimeout(cb);
    })(typeof setImmediate === 'function', isFunction$1(_global.postMessage));

    /**
     * Schedules a microtask or asynchronous callback as soon as possible.
     * Uses queueMicrotask if available, otherwise falls back to process.nextTick or _setImmediate.
     *
     * @type {Function}
     */
    const asap =
      typeof queueMicrotask !== 'undefined'
        ? queueMicrotask.bind(_global)
        : (typeof process !== 'undefined' && process.nextTick) || _setImmediate;

    // *********************

    const isIterable = (thing) => thing != null && isFunction$1(thing[iterator]);

    /**
     * Determine if a value is iterable via an iterator that is NOT sourced solely
     * from a polluted Object.prototype. Use this instead of `isIterable` whenever
     * the iterable comes from untrusted input (e.g. user-supplied header sources),
     * so `Object.prototype[Symbol.iterator] = ...` cannot turn an ordinary object
     * into an attacker-controlled entries iterator.
     *
     * @param {*} thing The value to test
     *
     * @returns {boolean} True if value has a non-polluted iterator
     */
    const isSafeIterable = (thing) =>
      thing != null && hasOwnInPrototypeChain(thing, iterator) && isIterable(thing);

    var utils$1 = {
      isArray,
      isArrayBuffer,
      isBuffer,
      isFormData,
      isArrayBufferView,
      isString,
      isNumber,
      isBoolean,
      isObject,
      isPlainObject,
      isEmptyObject,
      isReadableStream,
      isRequest,
      isResponse,
      isHeaders,
      isUndefined,
      isDate,
      isFile,
      isReactNativeBlob,
      isReactNative,
      isBlob,
      isRegExp,
      isFunction: isFunction$1,
      isStream,
      isURLSearchParams,
      isTypedArray,
      isFileList,
      forEach,
      merge,
      extend,
      trim,
      stripBOM,
      inherits,
      toFlatObject,
      kindOf,
      kindOfTest,
      endsWith,
      toArray,
      forEachEntry,
      matchAll,
      isHTMLForm,
      hasOwnProperty,
      hasOwnProp: hasOwnProperty, // an alias to avoid ESLint no-prototype-builtins detection
      hasOwnInPrototypeChain,
      getSafeProp,
      toSafeFlatObject,
      reduceDescriptors,
      freezeMethods,
      toObjectSet,
      toCamelCase,
      noop,
      toFiniteNumber,
      findKey,
      global: _global,
      isContextDefined,
      isSpecCompliantForm,
      toJSONObject,
      isAsyncFn,
      isThenable,
      setImmediate: _setImmediate,
      asap,
      isIterable,
      isSafeIterable,
    };

    // RawAxiosHeaders whose duplicates are ignored by node
    // c.f. https://nodejs.org/api/http.html#http_message_headers
    const ignoreDuplicateOf = utils$1.toObjectSet([
      'age',
      'authorization',
      'content-length',
      'content-type',
      'etag',
      'expires',
      'from',
      'host',
      'if-modified-since',
      'if-unmodified-since',
      'last-modified',
      'location',
      'max-forwards',
      'proxy-authorization',
      'referer',
      'retry-after',
      'user-agent',
    ]);

    /**
     * Parse headers into an object
     *
     * ```
     * Date: Wed, 27 Aug 2014 08:58:49 GMT
     * Content-Type: application/json
     * Connection: keep-alive
     * Transfer-Encoding: chunked
     * ```
     *
     * @param {String} rawHeaders Headers needing to be parsed
     *
     * @returns {Object} Headers parsed into an object
     */
    var parseHeaders = (rawHeaders) => {
      // Header names are data, including __proto__; avoid inherited setters.
      const parsed = Object.create(null);
      let key;
      let val;
      let i;

      rawHeaders &&
        rawHeaders.split('\n').forEach(function parser(line) {
          i = line.indexOf(':');
          key = line.substring(0, i).trim().toLowerCase();
          val = line.substring(i + 1).trim();

          const hasKey = utils$1.hasOwnProp(parsed, key);

          if (!key || (hasKey && utils$1.hasOwnProp(ignoreDuplicateOf, key))) {
            return;
          }

          if (key === 'set-cookie') {
            if (hasKey) {
              parsed[key].push(val);
            } else {
              parsed[key] = [val];
            }
          } else {
            parsed[key] = hasKey ? parsed[key] + ', ' + val : val;
          }
        });

      return parsed;
    };

    function trimSPorHTAB(str) {
      let start = 0;
      let end = str.length;

      while (start < end) {
        const code = str.charCodeAt(start);

        if (code !== 0x09 && code !== 0x20) {
          break;
        }

        start += 1;
      }

      while (end > start) {
        const code = str.charCodeAt(end - 1);

        if (code !== 0x09 && code !== 0x20) {
          break;
        }

        end -= 1;
      }

      return start === 0 && end === str.length ? str : str.slice(start, end);
    }

    // The control-code ranges are intentional: header sanitization strips C0/DEL bytes.
    // eslint-disable-next-line no-control-regex
    const INVALID_UNICODE_HEADER_VALUE_CHARS = new RegExp('[\\u0000-\\u0008\\u000a-\\u001f\\u007f]+', 'g');
    // eslint-disable-next-line no-control-regex
    const INVALID_BYTE_STRING_HEADER_VALUE_CHARS = new RegExp('[^\\u0009\\u0020-\\u007e\\u0080-\\u00ff]+', 'g');

    function sanitizeValue(value, invalidChars) {
      if (utils$1.isArray(value)) {
        return value.map((item) => sanitizeValue(item, invalidChars));
      }

      return trimSPorHTAB(String(value).replace(invalidChars, ''));
    }

    const sanitizeHeaderValue = (value) =>
      sanitizeValue(value, INVALID_UNICODE_HEADER_VALUE_CHARS);

    const sanitizeByteStringHeaderValue = (value) =>
      sanitizeValue(value, INVALID_BYTE_STRING_HEADER_VALUE_CHARS);

    function toByteStringHeaderObject(headers) {
      const byteStringHeaders = Object.create(null);

      utils$1.forEach(headers.toJSON(), (value, header) => {
        byteStringHeaders[header] = sanitizeByteStringHeaderValue(value);
      });

      return byteStringHeaders;
    }

    const $internals$1 = Symbol('internals');

    function normalizeHeader(header) {
      return header && String(header).trim().toLowerCase();
    }

    function normalizeValue(value) {
      if (value === false || value == null) {
        return value;
      }

      return utils$1.isArray(value) ? value.map(normalizeValue) : sanitizeHeaderValue(String(value));
    }

    function parseTokens(str) {
      const tokens = Object.create(null);
      const tokensRE = /([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g;
      let match;

      while ((match = tokensRE.exec(str))) {
        tokens[match[1]] = match[2];
      }

      return tokens;
    }

    const parameterNameRE = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

    function trimOWS(value) {
      let start = 0;
      let end = value.length;

      while (start < end) {
        const code = value.charCodeAt(start);

        if (code !== 0x09 && code !== 0x20) {
          break;
        }

        start += 1;
      }

      while (end > start) {
        const code = value.charCodeAt(end - 1);

        if (code !== 0x09 && code !== 0x20) {
          break;
        }

        end -= 1;
      }

      return start === 0 && end === value.length ? value : value.slice(start, end);
    }

    function decodeQuotedString(value) {
      const last = value.length - 1;

      if (last < 1 || value.charCodeAt(0) !== 0x22 || value.charCodeAt(last) !== 0x22) {
        return value;
      }

      let decoded = '';

      for (let i = 1; i < last; i++) {
        const code = value.charCodeAt(i);

        if (code === 0x22) {
          return value;
        }

        if (code === 0x5c) {
          i += 1;

          if (i >= last) {
            return value;
          }
        }

        decoded += value[i];
      }

      return decoded;
    }

    function parseParameters(value) {
      const parameters = Object.create(null);
      const str = String(value);
      let start = 0;
      let quoted = false;
      let escaped = false;

      function parseParameter(end) {
        const part = trimOWS(str.slice(start, end));
        const equals = part.indexOf('=');

        if (equals < 1) {
          return;
        }

        const name = trimOWS(part.slice(0, equals));

        if (!parameterNameRE.test(name)) {
          return;
        }

        const normalizedName = name.toLowerCase();

        if (
          normalizedName === '__proto__' ||
          normalizedName === 'constructor' ||
          normalizedName === 'prototype'
        ) {
          return;
        }

        const parameterValue = trimOWS(part.slice(equals + 1));
        parameters[normalizedName] = decodeQuotedString(parameterValue);
      }

      for (let i = 0; i < str.length; i++) {
        const code = str.charCodeAt(i);

        if (quoted) {
          if (escaped) {
            escaped = false;
          } else if (code === 0x5c) {
            escaped = true;
          } else if (code === 0x22) {
            quoted = false;
          }
        } else if (code === 0x22) {
          quoted = true;
        } else if (code === 0x2c || code === 0x3b) {
          parseParameter(i);
          start = i + 1;
        }
      }

      parseParameter(str.length);

      return parameters;
    }

    const isValidHeaderName = (str) => /^[-_a-zA-Z0-9^`|~,!#$%&'*+.]+$/.test(str.trim());

    // `__proto__` is a valid field name, and the one name the uppercase mapping at
    // the bottom of this file cannot reach: it is inherited from Object.prototype
    // instead of being declared on AxiosHeaders.prototype, so `self.__proto__ = v`
    // runs the inherited setter. That silently discards the header, and an array
    // value replaces the instance prototype, taking every method with it.
    // Store it under the same kind of case variant that mapping uses for `set` and
    // `constructor`. Header lookup is caseless, so it reads back under either
    // spelling, and no own `__proto__` slot is ever created for a later
    // `Object.assign` to copy onto a plain object through the same setter.
    const PROTO_HEADER_SLOT = '__Proto__';

    const headerSlot = (name) => (name === '__proto__' ? PROTO_HEADER_SLOT : name);

    function matchHeaderValue(context, value, header, filter, isHeaderNameFilter) {
      if (utils$1.isFunction(filter)) {
        return filter.call(context, value, header);
      }

      if (isHeaderNameFilter) {
        value = header;
      }

      if (!utils$1.isString(value)) return;

      if (utils$1.isString(filter)) {
        return value.indexOf(filter) !== -1;
      }

      if (utils$1.isRegExp(filter)) {
        return filter.test(value);
      }
    }

    function formatHeader(header) {
      return header
        .trim()
        .toLowerCase()
        .replace(/([a-z\d])(\w*)/g, (w, char, str) => {
          return char.toUpperCase() + str;
        });
    }

    function buildAccessors(obj, header) {
      const accessorName = utils$1.toCamelCase(' ' + header);

      ['get', 'set', 'has'].forEach((methodName) => {
        Object.defineProperty(obj, methodName + accessorName, {
          // Null-proto descriptor so a polluted Object.prototype.get cannot turn
          // this data descriptor into an accessor descriptor on the way in.
          __proto__: null,
          value: function (arg1, arg2, arg3) {
            return this[methodName].call(this, header, arg1, arg2, arg3);
          },
          configurable: true,
        });
      });
    }

    let AxiosHeaders$1 = class AxiosHeaders {
      constructor(headers) {
        headers && this.set(headers);
      }

      set(header, valueOrRewrite, rewrite) {
        const self = this;

        function setHeader(_value, _header, _rewrite) {
          const lHeader = normalizeHeader(_header);

          if (!lHeader) {
            return;
          }

          const key = utils$1.findKey(self, lHeader);

          if (
            !key ||
            self[key] === undefined ||
            _rewrite === true ||
            (_rewrite === undefined && self[key] !== false)
          ) {
            self[headerSlot(key || _header)] = normalizeValue(_value);
          }
        }

        const setHeaders = (headers, _rewrite) =>
          utils$1.forEach(headers, (_value, _header) => setHeader(_value, _header, _rewrite));

        if (utils$1.isPlainObject(header) || header instanceof this.constructor) {
          setHeaders(header, valueOrRewrite);
        } else if (utils$1.isString(header) && (header = header.trim()) && !isValidHeaderName(header)) {
          setHeaders(parseHeaders(header), valueOrRewrite);
        } else if (utils$1.isObject(header) && utils$1.isSafeIterable(header)) {
          let obj = Object.create(null),
            dest,
            key;
          for (const entry of header) {
            if (!utils$1.isArray(entry)) {
              throw new TypeError('Object iterator must return a key-value pair');
            }

            key = entry[0];

            if (utils$1.hasOwnProp(obj, key)) {
              dest = obj[key];
              obj[key] = utils$1.isArray(dest) ? [...dest, entry[1]] : [dest, entry[1]];
            } else {
              obj[key] = entry[1];
            }
          }

          setHeaders(obj, valueOrRewrite);
        } else {
          header != null && setHeader(valueOrRewrite, header, rewrite);
        }

        return this;
      }

      get(header, parser) {
        header = normalizeHeader(header);

        if (header) {
          const key = utils$1.findKey(this, header);

          if (key) {
            const value = this[key];

            if (!parser) {
              return value;
            }

            if (parser === true) {
              return parseTokens(value);
            }

            if (utils$1.isFunction(parser)) {
              return parser.call(this, value, key);
            }

            if (utils$1.isRegExp(parser)) {
              return parser.exec(value);
            }

            throw new TypeError('parser must be boolean|regexp|function');
          }
        }
      }

      has(header, matcher) {
        header = normalizeHeader(header);

        if (header) {
          const key = utils$1.findKey(this, header);

          return !!(
            key &&
            this[key] !== undefined &&
            (!matcher || matchHeaderValue(this, this[key], key, matcher))
          );
        }

        return false;
      }

      delete(header, matcher) {
        const self = this;
        let deleted = false;

        function deleteHeader(_header) {
          _header = normalizeHeader(_header);

          if (_header) {
            const key = utils$1.findKey(self, _header);

            if (key && (!matcher || matchHeaderValue(self, self[key], key, matcher))) {
              delete self[key];

              deleted = true;
            }
          }
        }

        if (utils$1.isArray(header)) {
          header.forEach(deleteHeader);
        } else {
          deleteHeader(header);
        }

        return deleted;
      }

      clear(matcher) {
        const keys = Object.keys(this);
        let i = keys.length;
        let deleted = false;

        while (i--) {
          const key = keys[i];
          if (!matcher || matchHeaderValue(this, this[key], key, matcher, true)) {
            delete this[key];
            deleted = true;
          }
        }

        return deleted;
      }

      normalize(format) {
        const self = this;
        const headers = Object.create(null);

        utils$1.forEach(this, (value, header) => {
          const key = utils$1.findKey(headers, header);

          if (key) {
            self[key] = normalizeValue(value);
            delete self[header];
            return;
          }

          const normalized = headerSlot(format ? formatHeader(header) : String(header).trim());

          if (normalized !== header) {
            delete self[header];
          }

          self[normalized] = normalizeValue(value);

          headers[normalized] = true;
        });

        return this;
      }

      concat(...targets) {
        return this.constructor.concat(this, ...targets);
      }

      toJSON(asStrings) {
        const obj = Object.create(null);

        utils$1.forEach(this, (value, header) => {
          value != null &&
            value !== false &&
            (obj[header] = asStrings && utils$1.isArray(value) ? value.join(', ') : value);
        });

        return obj;
      }

      [Symbol.iterator]() {
        return Object.entries(this.toJSON())[Symbol.iterator]();
      }

      toString() {
        return Object.entries(this.toJSON())
          .map(([header, value]) => header + ': ' + value)
          .join('\n');
      }

      getSetCookie() {
        const value = this.get('set-cookie');
        return utils$1.isArray(value) ? value : value == null || value === false ? [] : [value];
      }

      get [Symbol.toStringTag]() {
        return 'AxiosHeaders';
      }

      static from(thing) {
        return thing instanceof this ? thing : new this(thing);
      }

      static parseParameters(value) {
        return parseParameters(value);
      }

      static concat(first, ...targets) {
        const computed = new this(first);

        targets.forEach((target) => computed.set(target));

        return computed;
      }

      static accessor(header) {
        const internals =
          (this[$internals$1] =
          this[$internals$1] =
            {
              accessors: {},
            });

        const accessors = internals.accessors;
        const prototype = this.prototype;

        function defineAccessor(_header) {
          const lHeader = normalizeHeader(_header);

          if (!accessors[lHeader]) {
            buildAccessors(prototype, _header);
            accessors[lHeader] = true;
          }
        }

        utils$1.isArray(header) ? header.forEach(defineAccessor) : defineAccessor(header);

        return this;
      }
    };

    AxiosHeaders$1.accessor([
      'Content-Type',
      'Content-Length',
      'Accept',
      'Accept-Encoding',
      'User-Agent',
      'Authorization',
    ]);

    // reserved names hotfix
    utils$1.reduceDescriptors(AxiosHeaders$1.prototype, ({ value }, key) => {
      let mapped = key[0].toUpperCase() + key.slice(1); // map `set` => `Set`
      return {
        get: () => value,
        set(headerValue) {
          this[mapped] = headerValue;
        },
      };
    });

    utils$1.freezeMethods(AxiosHeaders$1);

    const REDACTED = '[REDACTED ****]';

    function hasOwnOrPrototypeToJSON(source) {
      if (utils$1.hasOwnProp(source, 'toJSON')) {
        return true;
      }

      let prototype = Object.getPrototypeOf(source);

      while (prototype && prototype !== Object.prototype) {
        if (utils$1.hasOwnProp(prototype, 'toJSON')) {
          return true;
        }

        prototype = Object.getPrototypeOf(prototype);
      }

      return false;
    }

    // Build a plain-object snapshot of `config` and replace the value of any key
    // (case-insensitive) listed in `redactKeys` with REDACTED. Walks through arrays
    // and AxiosHeaders, and short-circuits on circular references.
    function redactConfig(config, redactKeys) {
      const lowerKeys = new Set(redactKeys.map((k) => String(k).toLowerCase()));
      const seen = [];

      const visit = (source) => {
        if (source === null || typeof source !== 'object') return source;
        if (utils$1.isBuffer(source)) return source;
        if (seen.indexOf(source) !== -1) return undefined;

        if (source instanceof AxiosHeaders$1) {
          source = source.toJSON();
        }

        seen.push(source);

        let result;
        if (utils$1.isArray(source)) {
          result = [];
          source.forEach((v, i) => {
            const reducedValue = visit(v);
            if (!utils$1.isUndefined(reducedValue)) {
              result[i] = reducedValue;
            }
          });
        } else {
          if (!utils$1.isPlainObject(source) && hasOwnOrPrototypeToJSON(source)) {
            seen.pop();
            return source;
          }

          result = Object.create(null);
          for (const [key, value] of Object.entries(source)) {
            const reducedValue = lowerKeys.has(key.toLowerCase()) ? REDACTED : visit(value);
            if (!utils$1.isUndefined(reducedValue)) {
              result[key] = reducedValue;
            }
          }
        }

        seen.pop();
        return result;
      };

      return visit(config);
    }

    function stringifySafely$1(value) {
      try {
        return String(value);
      } catch (err) {
        return '';
      }
    }

    function aggregateErrorMessage(error) {
      const message = error.errors
        .map((entry) => {
          try {
            return entry && entry.message ? stringifySafely$1(entry.message) : stringifySafely$1(entry);
          } catch (err) {
            return '';
          }
        })
        .filter(Boolean)
        .join('; ');

      return message || error.name || 'AggregateError';
    }

    // Shared with `Axios.prototype.request`, which splices the reconstructed
    // caller frames in ahead of this marker.
    const CAUSED_BY_SEPARATOR = '\nCaused by: ';
    const $causeStack = Symbol('causeStack');

    // Match the section we appended, not marker-like text in an error message or
    // a replacement stack supplied by the caller. Do not re-read the cause's stack.
    function getCauseStackIndex(error, stack) {
      const causeStack = utils$1.hasOwnProp(error, $causeStack) && error[$causeStack];

      return causeStack && stack.endsWith(causeStack) ? stack.length - causeStack.length : -1;
    }

    /**
     * Append the stack of a wrapped error to `target.stack`.
     *
     * `cause` already exposes the original error for tooling that walks the standard
     * cause chain, but many error reporters read `stack` and nothing else. Inlining
     * the wrapped stack there means those reporters surface the underlying failure
     * instead of the axios frames that normalized it (see #6670).
     *
     * Every read is defensive: a custom `Error.prepareStackTrace` hook, a runtime
     * without stack support, or a replaced `stack` property can leave the value
     * missing, non-string, or read-only, and normalizing an error must not throw
     * because of that.
     *
     * @param {Error} target The AxiosError being built.
     * @param {Error} source The error being wrapped.
     *
     * @returns {void}
     */
    function appendCauseStack(target, source) {
      try {
        const sourceStack = source && source.stack;

        if (typeof sourceStack !== 'string' || !sourceStack) {
          return;
        }

        const targetStack = target.stack;

        if (typeof targetStack !== 'string' || !targetStack) {
          return;
        }

        // Each call to `from()` creates a fresh target. Re-wrapping includes the
        // previous stack verbatim, adding one cause section per wrap.
        const causeStack = CAUSED_BY_SEPARATOR + sourceStack;
        target.stack = targetStack + causeStack;
        Object.defineProperty(target, $causeStack, { __proto__: null, value: causeStack });
      } catch (e) {
        // Ignore failures from custom stack hooks or un-writable stack properties.
      }
    }

    let AxiosError$1 = class AxiosError extends Error {
      static from(error, code, config, request, response, customProps) {
        // `AggregateError` (thrown by Node on dual-stack/Happy-Eyeballs connection
        // failures) has an empty `message`; its detail lives in `errors[]`. Without
        // this, the wrapped error surfaces with a blank message (see #6721).
        let message = error.message;
        if (!message && utils$1.isArray(error.errors) && error.errors.length) {
          message = aggregateErrorMessage(error);
        }

        const axiosError = new AxiosError(message, code || error.code, config, request, response);
        // Match native `Error` `cause` semantics: non-enumerable. The wrapped
        // error often carries circular internals (sockets, requests, agents), so
        // an enumerable `cause` makes structured loggers (pino/winston) and any
        // own-property walk throw "Converting circular structure to JSON".
        // Regression from #6982; see #7205. `__proto__: null` mirrors the
        // `message` descriptor below (prototype-pollution-safe descriptor).
        Object.defineProperty(axiosError, 'cause', {
          __proto__: null,
          value: error,
          writable: true,
          enumerable: false,
          configurable: true,
        });
        axiosError.name = error.name;

        // Inline the wrapped stack for reporters that read only `stack`; the `cause`
        // property above already covers cause-aware tooling.
        appendCauseStack(axiosError, error);

        // Preserve status from the original error if not already set from response
        if (error.status != null && axiosError.status == null) {
          axiosError.status = error.status;
        }

        customProps && Object.assign(axiosError, customProps);
        return axiosError;
      }

      /**
       * Create an Error with the specified message, config, error code, request and response.
       *
       * @param {string} message The error message.
       * @param {string} [code] The error code (for example, 'ECONNABORTED').
       * @param {Object} [config] The config.
       * @param {Object} [request] The request.
       * @param {Object} [response] The response.
       *
       * @returns {Error} The created error.
       */
      constructor(message, code, config, request, response) {
        super(message);

        // Make message enumerable to maintain backward compatibility
        // The native Error constructor sets message as non-enumerable,
        // but axios < v1.13.3 had it as enumerable
        Object.defineProperty(this, 'message', {
          // Null-proto descriptor so a polluted Object.prototype.get cannot turn
          // this data descriptor into an accessor descriptor on the way in.
          __proto__: null,
          value: message,
          enumerable: true,
          writable: true,
          configurable: true,
        });

        this.name = 'AxiosError';
        this.isAxiosError = true;
        code && (this.code = code);
        config && (this.config = config);
        request && (this.request = request);
        if (response) {
          this.response = response;
          this.status = response.status;
        }
      }

      toJSON() {
        // Opt-in redaction: when the request config carries a `redact` array, the
        // value of any matching key (case-insensitive, at any depth) is replaced
        // with REDACTED in the serialized snapshot. Undefined or empty leaves the
        // existing serialization behavior unchanged.
        const config = this.config;
        const redactKeys = config && utils$1.hasOwnProp(config, 'redact') ? config.redact : undefined;
        const serializedConfig =
          utils$1.isArray(redactKeys) && redactKeys.length > 0
            ? redactConfig(config, redactKeys)
            : utils$1.toJSONObject(config);

        return {
          // Standard
          message: this.message,
          name: this.name,
          // Microsoft
          description: this.description,
          number: this.number,
          // Mozilla
          fileName: this.fileName,
          lineNumber: this.lineNumber,
          columnNumber: this.columnNumber,
          stack: this.stack,
          // Axios
          config: serializedConfig,
          code: this.code,
          status: this.status,
        };
      }
    };

    // This can be changed to static properties as soon as the parser options in .eslint.cjs are updated.
    AxiosError$1.ERR_BAD_OPTION_VALUE = 'ERR_BAD_OPTION_VALUE';
    AxiosError$1.ERR_BAD_OPTION = 'ERR_BAD_OPTION';
    AxiosError$1.ECONNABORTED = 'ECONNABORTED';
    AxiosError$1.ETIMEDOUT = 'ETIMEDOUT';
    AxiosError$1.ECONNREFUSED = 'ECONNREFUSED';
    AxiosError$1.ERR_NETWORK = 'ERR_NETWORK';
    AxiosError$1.ERR_FR_TOO_MANY_REDIRECTS = 'ERR_FR_TOO_MANY_REDIRECTS';
    AxiosError$1.ERR_DEPRECATED = 'ERR_DEPRECATED';
    AxiosError$1.ERR_BAD_RESPONSE = 'ERR_BAD_RESPONSE';
    AxiosError$1.ERR_BAD_REQUEST = 'ERR_BAD_REQUEST';
    AxiosError$1.ERR_CANCELED = 'ERR_CANCELED';
    AxiosError$1.ERR_NOT_SUPPORT = 'ERR_NOT_SUPPORT';
    AxiosError$1.ERR_INVALID_URL = 'ERR_INVALID_URL';
    AxiosError$1.ERR_FORM_DATA_DEPTH_EXCEEDED = 'ERR_FORM_DATA_DEPTH_EXCEEDED';

    // eslint-disable-next-line strict
    var httpAdapter = null;

    // Default nesting limit shared with the inverse transform (formDataToJSON) so
    // the FormData <-> JSON round-trip stays symmetric.
    const DEFAULT_FORM_DATA_MAX_DEPTH = 100;

    /**
     * Determines if the given thing is a array or js object.
     *
     * @param {string} thing - The object or array to be visited.
     *
     * @returns {boolean}
     */
    function isVisitable(thing) {
      return utils$1.isPlainObject(thing) || utils$1.isArray(thing);
    }

    /**
     * It removes the brackets from the end of a string
     *
     * @param {string} key - The key of the parameter.
     *
     * @returns {string} the key without the brackets.
     */
    function removeBrackets(key) {
      return utils$1.endsWith(key, '[]') ? key.slice(0, -2) : key;
    }

    /**
     * It takes a path, a key, and a boolean, and returns a string
     *
     * @param {string} path - The path to the current key.
     * @param {string} key - The key of the current object being iterated over.
     * @param {string} dots - If true, the key will be rendered with dots instead of brackets.
     *
     * @returns {string} The path to the current key.
     */
    function renderKey(path, key, dots) {
      if (!path) return key;
      return path
        .concat(key)
        .map(function each(token, i) {
          // eslint-disable-next-line no-param-reassign
          token = removeBrackets(token);
          return !dots && i ? '[' + token + ']' : token;
        })
        .join(dots ? '.' : '');
    }

    /**
     * If the array is an array and none of its elements are visitable, then it's a flat array.
     *
     * @param {Array<any>} arr - The array to check
     *
     * @returns {boolean}
     */
    function isFlatArray(arr) {
      return utils$1.isArray(arr) && !arr.some(isVisitable);
    }

    const predicates = utils$1.toFlatObject(utils$1, {}, null, function filter(prop) {
      return /^is[A-Z]/.test(prop);
    });

    /**
     * Convert a data object to FormData
     *
     * @param {Object} obj
     * @param {?Object} [formData]
     * @param {?Object} [options]
     * @param {Function} [options.visitor]
     * @param {Boolean} [options.metaTokens = true]
     * @param {Boolean} [options.dots = false]
     * @param {?Boolean} [options.indexes = false]
     *
     * @returns {Object}
     **/

    /**
     * It converts an object into a FormData object
     *
     * @param {Object<any, any>} obj - The object to convert to form data.
     * @param {string} formData - The FormData object to append to.
     * @param {Object<string, any>} options
     *
     * @returns
     */
    function toFormData$1(obj, formData, options) {
      if (!utils$1.isObject(obj)) {
        throw new TypeError('target must be an object');
      }

      // eslint-disable-next-line no-param-reassign
      formData = formData || new (FormData)();

      const option = (name, fallback) => {
        const value = utils$1.getSafeProp(options, name);
        return utils$1.isUndefined(value) ? fallback : value;
      };

      const metaTokens = option('metaTokens', true);
      // eslint-disable-next-line no-use-before-define
      const visitor = option('visitor') || defaultVisitor;
      const dots = option('dots', false);
      const indexes = option('indexes', false);
      const _Blob = option('Blob') || (typeof Blob !== 'undefined' && Blob);
      const maxDepth = option('maxDepth', DEFAULT_FORM_DATA_MAX_DEPTH);
      const useBlob = _Blob && utils$1.isSpecCompliantForm(formData);
      const stack = [];

      if (!utils$1.isFunction(visitor)) {
        throw new TypeError('visitor must be a function');
      }

      function convertValue(value) {
        if (value === null) return '';

        if (utils$1.isDate(value)) {
          return value.toISOString();
        }

        if (utils$1.isBoolean(value)) {
          return value.toString();
        }

        if (!useBlob && utils$1.isBlob(value)) {
          throw new AxiosError$1('Blob is not supported. Use a Buffer instead.');
        }

        if (utils$1.isArrayBuffer(value) || utils$1.isTypedArray(value)) {
          if (useBlob && typeof _Blob === 'function') {
            return new _Blob([value]);
          }
          throw new AxiosError$1(
            'Blob is not supported. Use a Buffer instead.',
            AxiosError$1.ERR_NOT_SUPPORT
          );
        }

        return value;
      }

      function throwIfMaxDepthExceeded(depth) {
        if (depth > maxDepth) {
          throw new AxiosError$1(
            'Object is too deeply nested (' + depth + ' levels). Max depth: ' + maxDepth,
            AxiosError$1.ERR_FORM_DATA_DEPTH_EXCEEDED
          );
        }
      }

      function stringifyWithDepthLimit(value, depth) {
        if (maxDepth === Infinity) {
          return JSON.stringify(value);
        }

        const ancestors = [];

        return JSON.stringify(value, function limitDepth(_key, currentValue) {
          if (!utils$1.isObject(currentValue)) {
            return currentValue;
          }

          while (ancestors.length && ancestors[ancestors.length - 1] !== this) {
            ancestors.pop();
          }

          ancestors.push(currentValue);
          throwIfMaxDepthExceeded(depth + ancestors.length - 1);

          return currentValue;
        });
      }

      /**
       * Default visitor.
       *
       * @param {*} value
       * @param {String|Number} key
       * @param {Array<String|Number>} path
       * @this {FormData}
       *
       * @returns {boolean} return true to visit the each prop of the value recursively
       */
      function defaultVisitor(value, key, path) {
        let arr = value;

        if (utils$1.isReactNative(formData) && utils$1.isReactNativeBlob(value)) {
          formData.append(renderKey(path, key, dots), convertValue(value));
          return false;
        }

        if (value && !path && typeof value === 'object') {
          if (utils$1.endsWith(key, '{}')) {
            // eslint-disable-next-line no-param-reassign
            key = metaTokens ? key : key.slice(0, -2);
            // eslint-disable-next-line no-param-reassign
            value = stringifyWithDepthLimit(value, 1);
          } else if (
            (utils$1.isArray(value) && isFlatArray(value)) ||
            ((utils$1.isFileList(value) || utils$1.endsWith(key, '[]')) && (arr = utils$1.toArray(value)))
          ) {
            // eslint-disable-next-line no-param-reassign
            key = removeBrackets(key);

            arr.forEach(function each(el, index) {
              !(utils$1.isUndefined(el) || el === null) &&
                formData.append(
                  // eslint-disable-next-line no-nested-ternary
                  indexes === true
                    ? renderKey([key], index, dots)
                    : indexes === null
                      ? key
                      : key + '[]',
                  convertValue(el)
                );
            });
            return false;
          }
        }

        if (isVisitable(value)) {
          return true;
        }

        formData.append(renderKey(path, key, dots), convertValue(value));

        return false;
      }

      const exposedHelpers = Object.assign(predicates, {
        defaultVisitor,
        convertValue,
        isVisitable,
      });

      function build(value, path, depth = 0) {
        if (utils$1.isUndefined(value)) return;

        throwIfMaxDepthExceeded(depth);

        if (stack.indexOf(value) !== -1) {
          throw new Error('Circular reference detected in ' + path.join('.'));
        }

        stack.push(value);

        utils$1.forEach(value, function each(el, key) {
          const result =
            !(utils$1.isUndefined(el) || el === null) &&
            visitor.call(formData, el, utils$1.isString(key) ? key.trim() : key, path, exposedHelpers);

          if (result === true) {
            build(el, path ? path.concat(key) : [key], depth + 1);
          }
        });

        stack.pop();
      }

      if (!utils$1.isObject(obj)) {
        throw new TypeError('data must be an object');
      }

      build(obj);

      return formData;
    }

    /**
     * It encodes a string by replacing all characters that are not in the unreserved set with
     * their percent-encoded equivalents
     *
     * @param {string} str - The string to encode.
     *
     * @returns {string} The encoded string.
     */
    function encode$1(str) {
      const charMap = {
        '!': '%21',
        "'": '%27',
        '(': '%28',
        ')': '%29',
        '~': '%7E',
        '%20': '+',
      };
      return encodeURIComponent(str).replace(/[!'()~]|%20/g, function replacer(match) {
        return charMap[match];
      });
    }

    /**
     * It takes a params object and converts it to a FormData object
     *
     * @param {Object<string, any>} params - The parameters to be converted to a FormData object.
     * @param {Object<string, any>} options - The options object passed to the Axios constructor.
     *
     * @returns {void}
     */
    function AxiosURLSearchParams(params, options) {
      this._pairs = [];

      params && toFormData$1(params, this, options);
    }

    const prototype = AxiosURLSearchParams.prototype;

    prototype.append = function append(name, value) {
      this._pairs.push([name, value]);
    };

    prototype.toString = function toString(encoder) {
      const _encode = encoder
        ? (value) => encoder.call(this, value, encode$1)
        : encode$1;

      return this._pairs
        .map(function each(pair) {
          return _encode(pair[0]) + '=' + _encode(pair[1]);
        }, '')
        .join('&');
    };

    /**
     * It replaces URL-encoded forms of `:`, `$`, `,`, and spaces with
     * their plain counterparts (`:`, `$`, `,`, `+`).
     *
     * @param {string} val The value to be encoded.
     *
     * @returns {string} The encoded value.
     */
    function encode(val) {
      return encodeURIComponent(val)
        .replace(/%3A/gi, ':')
        .replace(/%24/g, '$')
        .replace(/%2C/gi, ',')
        .replace(/%20/g, '+');
    }

    /**
     * Build a URL by appending params to the end
     *
     * @param {string} url The base of the url (e.g., http://www.google.com)
     * @param {object} [params] The params to be appended
     * @param {?(object|Function)} options
     *
     * @returns {string} The formatted url
     */
    function buildURL(url, params, options) {
      if (!params) {
        return url;
      }
      url = url || '';

      const _options = utils$1.isFunction(options)
        ? {
            serialize: options,
          }
        : options;

      // Read serializer options pollution-safely: own properties and methods on a
      // class/template prototype are honored, but values injected onto a polluted
      // Object.prototype are ignored.
      const _encode = utils$1.getSafeProp(_options, 'encode') || encode;
      const serializeFn = utils$1.getSafeProp(_options, 'serialize');

      let serializedParams;

      if (serializeFn) {
        serializedParams = serializeFn(params, _options);
      } else {
        serializedParams = utils$1.isURLSearchParams(params)
          ? params.toString()
          : new AxiosURLSearchParams(params, _options).toString(_encode);
      }

      if (serializedParams) {
        const hashmarkIndex = url.indexOf('#');

        if (hashmarkIndex !== -1) {
          url = url.slice(0, hashmarkIndex);
        }
        url += (url.indexOf('?') === -1 ? '?' : '&') + serializedParams;
      }

      return url;
    }

    const $internals = Symbol('internals');

    // `handlers` is public and may be replaced with a nullish value by user code;
    // `clear()` has always tolerated that. Treat it as an empty stack rather than
    // dereferencing it.
    function countHandlers(handlers) {
      return handlers ? handlers.length : 0;
    }

    function trimHandlers(handlers) {
      if (!handlers) {
        return;
      }

      while (handlers.length && handlers[handlers.length - 1] === null) {
        handlers.pop();
      }
    }

    // Preserve the array-key coercion used before IDs were stored in a Map, without
    // treating null, empty strings, or noncanonical numeric strings as ID zero.
    function normalizeHandlerId(id) {
      if (typeof id === 'string' && id !== '' && String(Number(id)) === id) {
        return Number(id);
      }

      return id;
    }

    function syncHandlerEntries(manager, internals) {
      const handlers = manager.handlers;
      const length = countHandlers(handlers);

      if (handlers !== internals.handlersRef) {
        internals.handlersRef = handlers;
        internals.handlerEntries.clear();
      } else if (length !== internals.handlersLength) {
        if (!length) {
          internals.handlerEntries.clear();
        } else {
          internals.handlerEntries.forEach(function removeStaleEntry(entry, id) {
            if (handlers[entry.index] !== entry.handler) {
              internals.handlerEntries.delete(id);
            }
          });
        }
      }

      internals.handlersLength = length;
    }

    class InterceptorManager {
      constructor() {
        this.handlers = [];
        this[$internals] = {
          handlersRef: this.handlers,
          handlersLength: this.handlers.length,
          handlerEntries: new Map(),
          iterationDepth: 0,
          nextId: 0,
        };
      }

      /**
       * Add a new interceptor to the stack
       *
       * @param {Function} fulfilled The function to handle `then` for a `Promise`
       * @param {Function} rejected The function to handle `reject` for a `Promise`
       * @param {Object} options The options for the interceptor, synchronous and runWhen
       *
       * @return {Number} An ID used to remove interceptor later
       */
      use(fulfilled, rejected, options) {
        const handler = {
          fulfilled,
          rejected,
          synchronous: options ? options.synchronous : false,
          runWhen: options ? options.runWhen : null,
        };
        const internals = this[$internals];

        if (this.handlers == null) {
          this.handlers = [];
        }

        syncHandlerEntries(this, internals);

        const id = internals.nextId++;

        this.handlers.push(handler);
        internals.handlerEntries.set(id, {
          handler,
          index: this.handlers.length - 1,
        });
        internals.handlersLength = this.handlers.length;

        return id;
      }

      /**
       * Remove an interceptor from the stack
       *
       * @param {Number} id The ID that was returned by `use`
       *
       * @returns {void}
       */
      eject(id) {
        const internals = this[$internals];

        syncHandlerEntries(this, internals);

        const handlerId = normalizeHandlerId(id);
        const entry = internals.handlerEntries.get(handlerId);

        if (entry) {
          internals.handlerEntries.delete(handlerId);

          // Ignore IDs invalidated by clear or direct replacement of handlers.
          if (this.handlers[entry.index] !== entry.handler) {
            return;
          }

          this.handlers[entry.index] = null;

          // Do not reuse an index while forEach is walking its length snapshot.
          if (!internals.iterationDepth) {
            trimHandlers(this.handlers);
            internals.handlersLength = this.handlers.length;
          }
        }
      }

      /**
       * Clear all interceptors from the stack
       *
       * @returns {void}
       */
      clear() {
        if (this.handlers) {
          this.handlers = [];
          syncHandlerEntries(this, this[$internals]);
        }
      }

      /**
       * Iterate over all the registered interceptors
       *
       * This method is particularly useful for skipping over any
       * interceptors that may have become `null` calling `eject`.
       *
       * @param {Function} fn The function to call for each interceptor
       *
       * @returns {void}
       */
      forEach(fn) {
        const internals = this[$internals];

        syncHandlerEntries(this, internals);

        internals.iterationDepth++;

        try {
          utils$1.forEach(this.handlers, function forEachHandler(h) {
            if (h !== null) {
              fn(h);
            }
          });
        } finally {
          if (!--internals.iterationDepth) {
            syncHandlerEntries(this, internals);
            trimHandlers(this.handlers);
            internals.handlersLength = countHandlers(this.handlers);
          }
        }
      }
    }

    var transitionalDefaults = {
      silentJSONParsing: true,
      forcedJSONParsing: true,
      clarifyTimeoutError: false,
      legacyInterceptorReqResOrdering: true,
      advertiseZstdAcceptEncoding: false,
      validateStatusUndefinedResolves: true,
      encodeBasicAuthUsername: false,
    };

    var URLSearchParams$1 = typeof URLSearchParams !== 'undefined' ? URLSearchParams : AxiosURLSearchParams;

    var FormData$1 = typeof FormData !== 'undefined' ? FormData : null;

    var Blob$1 = typeof Blob !== 'undefined' ? Blob : null;

    var platform$1 = {
      isBrowser: true,
      classes: {
        URLSearchParams: URLSearchParams$1,
        FormData: FormData$1,
        Blob: Blob$1,
      },
      protocols: ['http', 'https', 'file', 'blob', 'url', 'data'],
    };

    const hasBrowserEnv = typeof window !== 'undefined' && typeof document !== 'undefined';

    const _navigator = (typeof navigator === 'object' && navigator) || undefined;

    /**
     * Determine if we're running in a standard browser environment
     *
     * This allows axios to run in a web worker, and react-native.
     * Both environments support XMLHttpRequest, but not fully standard globals.
     *
     * web workers:
     *  typeof window -> undefined
     *  typeof document -> undefined
     *
     * react-native:
     *  navigator.product -> 'ReactNative'
     * nativescript
     *  navigator.product -> 'NativeScript' or 'NS'
     *
     * @returns {boolean}
     */
    const hasStandardBrowserEnv =
      hasBrowserEnv &&
      (!_navigator || ['ReactNative', 'NativeScript', 'NS'].indexOf(_navigator.product) < 0);

    /**
     * Determine if we're running in a standard browser webWorker environment
     *
     * Although the `isStandardBrowserEnv` method indicates that
     * `allows axios to run in a web worker`, the WebWorker will still be
     * filtered out due to its judgment standard
     * `typeof window !== 'undefined' && typeof document !== 'undefined'`.
     * This leads to a problem when axios post `FormData` in webWorker
     */
    const hasStandardBrowserWebWorkerEnv = (() => {
      return (
        typeof WorkerGlobalScope !== 'undefined' &&
        // eslint-disable-next-line no-undef
        self instanceof WorkerGlobalScope &&
        typeof self.importScripts === 'function'
      );
    })();

    const origin = (hasBrowserEnv && window.location.href) || 'http://localhost';

    var utils = /*#__PURE__*/Object.freeze({
        __proto__: null,
        hasBrowserEnv: hasBrowserEnv,
        hasStandardBrowserEnv: hasStandardBrowserEnv,
        hasStandardBrowserWebWorkerEnv: hasStandardBrowserWebWorkerEnv,
        navigator: _navigator,
        origin: origin
    });

    var platform = {
      ...utils,
      ...platform$1,
    };

    function toURLEncodedForm(data, options) {
      return toFormData$1(data, new platform.classes.URLSearchParams(), {
        visitor: function (value, key, path, helpers) {
          if (platform.isNode && utils$1.isBuffer(value)) {
            this.append(key, value.toString('base64'));
            return false;
          }

          return helpers.defaultVisitor.apply(this, arguments);
        },
        ...options,
      });
    }

    const MAX_DEPTH = DEFAULT_FORM_DATA_MAX_DEPTH;

    function throwIfDepthExceeded(index) {
      if (index > MAX_DEPTH) {
        throw new AxiosError$1(
          'FormData field is too deeply nested (' + index + ' levels). Max depth: ' + MAX_DEPTH,
          AxiosError$1.ERR_FORM_DATA_DEPTH_EXCEEDED
        );
      }
    }

    /**
     * It takes a string like `foo[x][y][z]` and returns an array like `['foo', 'x', 'y', 'z']
     *
     * @param {string} name - The name of the property to get.
     *
     * @returns An array of strings.
     */
    function parsePropPath(name) {
      // foo[x][y][z] -> ['foo', 'x', 'y', 'z']
      // foo.x.y.z    -> ['foo', 'x', 'y', 'z']
      // A path is split on `.` and on `[...]` groups. A segment — whether written
      // in dot notation or captured inside brackets — may contain any character
      // except `.`, `[` and `]`, so a key like `user-name` or `user name` is kept
      // literal instead of being split (#5402). `.`, `[` and `]` keep their existing
      // meaning, e.g. `foo[bar.baz]` -> ['foo', 'bar', 'baz'] and `[]` is an array push.
      // Excluding `[` from the bracket group also makes the match fail fast at the
      // next `[`, so a malformed name cannot rescan to the end of the string from
      // every unmatched `[` — parsing stays linear in the length of the name.
      const path = [];
      const pattern = /[^.[\]]+|\[([^.[\]]*)]/g;
      let match;

      while ((match = pattern.exec(name)) !== null) {
        throwIfDepthExceeded(path.length);
        path.push(match[0] === '[]' ? '' : match[1] || match[0]);
      }

      return path;
    }

    /**
     * Convert an array to an object.
     *
     * @param {Array<any>} arr - The array to convert to an object.
     *
     * @returns An object with the same keys and values as the array.
     */
    function arrayToObject(arr) {
      const obj = {};
      const keys = Object.keys(arr);
      let i;
      const len = keys.length;
      let key;
      for (i = 0; i < len; i++) {
        key = keys[i];
        obj[key] = arr[key];
      }
      return obj;
    }

    function normalizeArray(value) {
      if (!utils$1.isArray(value)) return value;

      const keys = Object.keys(value);
      return keys.length !== value.length || keys.some((key, index) => key !== String(index))
        ? arrayToObject(value)
        : value;
    }

    function normalizeArrays(obj) {
      const pending = [obj];
      while (pending.length) {
        const target = pending.pop();
        Object.keys(target).forEach((key) => {
          const value = (target[key] = normalizeArray(target[key]));
          if (utils$1.isArray(value) || utils$1.isPlainObject(value)) {
            pending.push(value);
          }
        });
      }
      return obj;
    }

    /**
     * It takes a FormData object and returns a JavaScript object
     *
     * @param {string} formData The FormData object to convert to JSON.
     *
     * @returns {Object<string, any> | null} The converted object.
     */
    function formDataToJSON(formData) {
      function buildPath(path, value, target, index) {
        throwIfDepthExceeded(index);

        let name = path[index++];

        if (name === '__proto__') return true;

        const isNumericKey = Number.isFinite(+name);
        const isLast = index >= path.length;
        name = !name && utils$1.isArray(target) ? target.length : name;

        if (isLast) {
          if (utils$1.hasOwnProp(target, name)) {
            target[name] = normalizeArray(target[name]);
            target[name] = utils$1.isArray(target[name])
              ? target[name].concat(value)
              : [target[name], value];
          } else {
            target[name] = value;
          }

          return !isNumericKey;
        }

        if (!utils$1.hasOwnProp(target, name) || !utils$1.isObject(target[name])) {
          target[name] = [];
        }

        const result = buildPath(path, value, target[name], index);

        if (result && utils$1.isArray(target[name])) {
          target[name] = arrayToObject(target[name]);
        }

        return !isNumericKey;
      }

      if (utils$1.isFormData(formData) && utils$1.isFunction(formData.entries)) {
        const obj = {};

        utils$1.forEachEntry(formData, (name, value) => {
          buildPath(parsePropPath(name), value, obj, 0);
        });

        return normalizeArrays(obj);
      }

      return null;
    }

    const methodList = Object.freeze([
      'get',
      'delete',
      'head',
      'options',
      'post',
      'put',
      'patch',
      'purge',
      'link',
      'unlink',
      'query',
    ]);

    const own = (obj, key) => (obj != null && utils$1.hasOwnProp(obj, key) ? obj[key] : undefined);

    /**
     * It takes a string, tries to parse it, and if it fails, it returns the stringified version
     * of the input
     *
     * @param {any} rawValue - The value to be stringified.
     * @param {Function} parser - A function that parses a string into a JavaScript object.
     * @param {Function} encoder - A function that takes a value and returns a string.
     *
     * @returns {string} A stringified version of the rawValue.
     */
    function stringifySafely(rawValue, parser, encoder) {
      if (utils$1.isString(rawValue)) {
        try {
          (parser || JSON.parse)(rawValue);
          return utils$1.trim(rawValue);
        } catch (e) {
          if (e.name !== 'SyntaxError') {
            throw e;
          }
        }
      }

      return (encoder || JSON.stringify)(rawValue);
    }

    const defaults = {
      transitional: transitionalDefaults,

      adapter: ['xhr', 'http', 'fetch'],

      transformRequest: [
        function transformRequest(data, headers) {
          const contentType = headers.getContentType() || '';
          const hasJSONContentType = contentType.indexOf('application/json') > -1;
          const isObjectPayload = utils$1.isObject(data);

          if (isObjectPayload && utils$1.isHTMLForm(data)) {
            data = new FormData(data);
          }

          const isFormData = utils$1.isFormData(data);

          if (isFormData) {
            return hasJSONContentType ? JSON.stringify(formDataToJSON(data)) : data;
          }

          if (
            utils$1.isArrayBuffer(data) ||
            utils$1.isBuffer(data) ||
            utils$1.isStream(data) ||
            utils$1.isFile(data) ||
            utils$1.isBlob(data) ||
            utils$1.isReadableStream(data)
          ) {
            return data;
          }
          if (utils$1.isArrayBufferView(data)) {
            return data.buffer;
          }
          if (utils$1.isURLSearchParams(data)) {
            headers.setContentType('application/x-www-form-urlencoded;charset=utf-8', false);
            return data.toString();
          }

          let isFileList;

          if (isObjectPayload) {
            const formSerializer = own(this, 'formSerializer');
            if (contentType.indexOf('application/x-www-form-urlencoded') > -1) {
              return toURLEncodedForm(data, formSerializer).toString();
            }

            if (
              (isFileList = utils$1.isFileList(data)) ||
              contentType.indexOf('multipart/form-data') > -1
            ) {
              const env = own(this, 'env');
              const _FormData = env && env.FormData;

              return toFormData$1(
                isFileList ? { 'files[]': data } : data,
                _FormData && new _FormData(),
                formSerializer
              );
            }
          }

          if (isObjectPayload || hasJSONContentType) {
            headers.setContentType('application/json', false);
            return stringifySafely(data);
          }

          return data;
        },
      ],

      transformResponse: [
        function transformResponse(data) {
          const transitional = own(this, 'transitional') || defaults.transitional;
          const forcedJSONParsing = transitional && transitional.forcedJSONParsing;
          const responseType = own(this, 'responseType');
          const JSONRequested = responseType === 'json';

          if (utils$1.isResponse(data) || utils$1.isReadableStream(data)) {
            return data;
          }

          if (
            data &&
            utils$1.isString(data) &&
            ((forcedJSONParsing && !responseType) || JSONRequested)
          ) {
            const silentJSONParsing = transitional && transitional.silentJSONParsing;
            const strictJSONParsing = !silentJSONParsing && JSONRequested;

            try {
              return JSON.parse(data, own(this, 'parseReviver'));
            } catch (e) {
              if (strictJSONParsing) {
                if (e.name === 'SyntaxError') {
                  throw AxiosError$1.from(e, AxiosError$1.ERR_BAD_RESPONSE, this, null, own(this, 'response'));
                }
                throw e;
              }
            }
          }

          return data;
        },
      ],

      /**
       * A timeout in milliseconds to abort a request. If set to 0 (default) a
       * timeout is not created.
       */
      timeout: 0,

      xsrfCookieName: 'XSRF-TOKEN',
      xsrfHeaderName: 'X-XSRF-TOKEN',

      maxContentLength: -1,
      maxBodyLength: -1,

      env: {
        FormData: platform.classes.FormData,
        Blob: platform.classes.Blob,
      },

      validateStatus: function validateStatus(status) {
        return status >= 200 && status < 300;
      },

      headers: {
        common: {
          Accept: 'application/json, text/plain, */*',
          'Content-Type': undefined,
        },
      },
    };

    utils$1.forEach(methodList, (method) => {
      defaults.headers[method] = {};
    });

    /**
     * Transform the data for a request or a response
     *
     * @param {Array|Function} fns A single function or Array of functions
     * @param {?Object} response The response object
     *
     * @returns {*} The resulting transformed data
     */
    function transformData(fns, response) {
      const config = this || defaults;
      const context = response || config;
      const headers = AxiosHeaders$1.from(context.headers);
      let data = context.data;

      utils$1.forEach(fns, function transform(fn) {
        data = fn.call(config, data, headers.normalize(), response ? response.status : undefined);
      });

      headers.normalize();

      return data;
    }

    function isCancel$1(value) {
      return !!(value && value.__CANCEL__);
    }

    let CanceledError$1 = class CanceledError extends AxiosError$1 {
      /**
       * A `CanceledError` is an object that is thrown when an operation is canceled.
       *
       * @param {string=} message The message.
       * @param {Object=} config The config.
       * @param {Object=} request The request.
       *
       * @returns {CanceledError} The created error.
       */
      constructor(message, config, request) {
        super(message == null ? 'canceled' : message, AxiosError$1.ERR_CANCELED, config, request);
        this.name = 'CanceledError';
        this.__CANCEL__ = true;
      }
    };

    /**
     * Resolve or reject a Promise based on response status.
     *
     * @param {Function} resolve A function that resolves the promise.
     * @param {Function} reject A function that rejects the promise.
     * @param {object} response The response.
     *
     * @returns {object} The response.
     */
    function settle(resolve, reject, response) {
      const validateStatus = response.config.validateStatus;
      if (!response.status || !validateStatus || validateStatus(response.status)) {
        resolve(response);
      } else {
        reject(new AxiosError$1(
          'Request failed with status code ' + response.status,
          response.status >= 400 && response.status < 500 ? AxiosError$1.ERR_BAD_REQUEST : AxiosError$1.ERR_BAD_RESPONSE,
          response.config,
          response.request,
          response
        ));
      }
    }

    const urlParserControlCharacters = /[\t\n\r]/g;

    /**
     * Match WHATWG URL preprocessing before checking a URL's protocol.
     *
     * @param {string} url
     *
     * @returns {string}
     */
    function normalizeURLForProtocolCheck(url) {
      if (typeof url !== 'string') {
        return url;
      }

      let start = 0;

      while (start < url.length && url.charCodeAt(start) <= 0x20) {
        start++;
      }

      return url.slice(start).replace(urlParserControlCharacters, '');
    }

    function parseProtocol(url) {
      const match = /^([-+\w]{1,25}):(?:\/\/)?/.exec(url);
      return (match && match[1].toLowerCase()) || '';
    }

    const decodeCookieValue = (value) => {
      try {
        return decodeURIComponent(value);
      } catch (e) {
        return value;
      }
    };

    var cookies = platform.hasStandardBrowserEnv
      ? // Standard browser envs support document.cookie
        {
          write(name, value, expires, path, domain, secure, sameSite) {
            if (typeof document === 'undefined') return;

            const cookie = [`${name}=${encodeURIComponent(value)}`];

            if (utils$1.isNumber(expires)) {
              cookie.push(`expires=${new Date(expires).toUTCString()}`);
            }
            if (utils$1.isString(path)) {
              cookie.push(`path=${path}`);
            }
            if (utils$1.isString(domain)) {
              cookie.push(`domain=${domain}`);
            }
            if (secure === true) {
              cookie.push('secure');
            }
            if (utils$1.isString(sameSite)) {
              cookie.push(`SameSite=${sameSite}`);
            }

            document.cookie = cookie.join('; ');
          },

          read(name) {
            if (typeof document === 'undefined') return null;
            const cookieString = document.cookie;
            if (!cookieString) return null;
            // Match name=value by splitting on the semicolon separator instead of building a
            // RegExp from `name` — interpolating an unescaped string into a RegExp would let
            // metacharacters (e.g. `.+?` in an attacker-influenced cookie name) cause ReDoS or
            // match the wrong cookie. Browsers may serialize cookie pairs as either ";" or
            // "; ", so ignore optional whitespace before each cookie name.
            const cookies = cookieString.split(';');
            for (let i = 0; i < cookies.length; i++) {
              const cookie = cookies[i].replace(/^\s+/, '');
              const eq = cookie.indexOf('=');
              if (eq !== -1 && cookie.slice(0, eq) === name) {
                return decodeCookieValue(cookie.slice(eq + 1));
              }
            }
            return null;
          },

          async readAsync(name) {
            try {
              const store = typeof window !== 'undefined' && window.cookieStore;
              if (store && utils$1.isFunction(store.get)) {
                const cookie = await store.get(name);
                // Both APIs expose stored bytes; preserve Axios's existing URI decoding.
                return cookie ? decodeCookieValue(cookie.value) : null;
              }
            } catch (e) {
              // Restricted or unavailable storage retains the synchronous fallback.
            }

            return this.read(name);
          },

          remove(name) {
            this.write(name, '', Date.now() - 86400000, '/');
          },
        }
      : // Non-standard browser env (web workers, react-native) lack needed support.
        {
          write() {},
          read() {
            return null;
          },
          async readAsync() {
            return null;
          },
          remove() {},
        };

    /**
     * Calculate data maxRate
     * @param {Number} [samplesCount= 10]
     * @param {Number} [min= 1000]
     * @returns {Function}
     */
    function speedometer(samplesCount, min) {
      samplesCount = samplesCount || 10;
      const bytes = new Array(samplesCount);
      const timestamps = new Array(samplesCount);
      let head = 0;
      let tail = 0;
      let firstSampleTS;

      min = min !== undefined ? min : 1000;

      return function push(chunkLength) {
        const now = Date.now();

        const startedAt = timestamps[tail];

        if (!firstSampleTS) {
          firstSampleTS = now;
        }

        bytes[head] = chunkLength;
        timestamps[head] = now;

        let i = tail;
        let bytesCount = 0;

        while (i !== head) {
          bytesCount += bytes[i++];
          i = i % samplesCount;
        }

        head = (head + 1) % samplesCount;

        if (head === tail) {
          tail = (tail + 1) % samplesCount;
        }

        if (now - firstSampleTS < min) {
          return;
        }

        const passed = startedAt && now - startedAt;

        return passed ? Math.round((bytesCount * 1000) / passed) : undefined;
      };
    }

    /**
     * Throttle decorator
     * @param {Function} fn
     * @param {Number} freq
     * @return {Array<Function>}
     */
    function throttle(fn, freq) {
      let timestamp = 0;
      let threshold = 1000 / freq;
      let lastArgs;
      let timer;

      const invoke = (args, now = Date.now()) => {
        timestamp = now;
        lastArgs = null;
        if (timer) {
          clearTimeout(timer);
          timer = null;
        }
        fn(...args);
      };

      const throttled = (...args) => {
        const now = Date.now();
        const passed = now - timestamp;
        if (passed >= threshold) {
          invoke(args, now);
        } else {
          lastArgs = args;
          if (!timer) {
            timer = setTimeout(() => {
              timer = null;
              invoke(lastArgs);
            }, threshold - passed);
          }
        }
      };

      const flush = () => lastArgs && invoke(lastArgs);
      const flushWith = (...args) => invoke(args);

      return [throttled, flush, flushWith];
    }

    const progressEventReducer = (listener, isDownloadStream, freq = 3) => {
      let bytesNotified = 0;
      const _speedometer = speedometer(50, 250);

      return throttle((e) => {
        if (!e || !utils$1.isNumber(e.loaded)) {
          return;
        }
        const rawLoaded = e.loaded;
        const total = e.lengthComputable ? e.total : undefined;
        const loaded = Math.max(0, total != null ? Math.min(rawLoaded, total) : rawLoaded);
        const progressBytes = Math.max(0, loaded - bytesNotified);
        const rate = _speedometer(progressBytes);

        bytesNotified = Math.max(bytesNotified, loaded);

        const data = {
          loaded,
          total,
          progress: total ? loaded / total : undefined,
          bytes: progressBytes,
          rate: rate ? rate : undefined,
          estimated: rate && total ? (total - loaded) / rate : undefined,
          event: e,
          lengthComputable: total != null,
          [isDownloadStream ? 'download' : 'upload']: true,
        };

        listener(data);
      }, freq);
    };

    const progressEventDecorator = (total, throttled) => {
      const lengthComputable = total != null;

      return [
        (loaded) =>
          throttled[0]({
            lengthComputable,
            total,
            loaded,
          }),
        throttled[1],
      ];
    };

    const asyncDecorator =
      (fn, scheduler = utils$1.asap) =>
      (...args) =>
        scheduler(() => fn(...args));

    var isURLSameOrigin = platform.hasStandardBrowserEnv
      ? ((origin) => (url) => {
          url = new URL(url, document.baseURI || platform.origin);

          return (
            origin.protocol === url.protocol && origin.host === url.host && origin.port === url.port
          );
        })(new URL(platform.origin))
      : () => true;

    /**
     * Determines whether the specified URL is absolute
     *
     * @param {string} url The URL to test
     *
     * @returns {boolean} True if the specified URL is absolute, otherwise false
     */
    function isAbsoluteURL(url) {
      // A URL is considered absolute if it begins with "<scheme>://" or "//" (protocol-relative URL).
      // RFC 3986 defines scheme name as a sequence of characters beginning with a letter and followed
      // by any combination of letters, digits, plus, period, or hyphen.
      if (typeof url !== 'string') {
        return false;
      }

      return /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url);
    }

    /**
     * Creates a new URL by combining the specified URLs
     *
     * @param {string} baseURL The base URL
     * @param {string} relativeURL The relative URL
     *
     * @returns {string} The combined URL
     */
    function combineURLs(baseURL, relativeURL) {
      if (!relativeURL) {
        return baseURL;
      }

      let end = baseURL.length;

      while (end > 0 && baseURL.charCodeAt(end - 1) === 47) {
        end--;
      }

      return baseURL.slice(0, end) + '/' + relativeURL.replace(/^\/+/, '');
    }

    const malformedHttpProtocol = /^https?:(?!\/\/)/i;

    // Redact the parts of a URL that can carry secrets before it is embedded in an
    // error message. AxiosError.toJSON() serializes `message` verbatim and errors
    // are commonly logged, while the opt-in `config.redact` model only cleans
    // config keys — it cannot reach the message. Redact only the genuinely
    // sensitive substrings — userinfo (credentials), query parameter values and
    // fragment contents — with the same REDACTED marker the config redaction uses,
    // while keeping the scheme, host, path and parameter names so the offending
    // request stays accurately identifiable.
    function redactFragment(fragment) {
      if (!fragment) {
        return fragment;
      }

      return fragment.replace(/(^|&)([^=&]*=)?[^&]+/g, (match, separator, parameterName = '') => {
        return `${separator}${parameterName}${REDACTED}`;
      });
    }

    function redactSensitiveURLParts(url) {
      const redactedURL = url.replace(/^(https?:\/{0,2})[^/?#]*@/i, `$1${REDACTED}@`);
      const fragmentIndex = redactedURL.indexOf('#');
      const urlWithoutFragment =
        fragmentIndex === -1 ? redactedURL : redactedURL.slice(0, fragmentIndex);
      const redactedURLWithoutFragment = urlWithoutFragment.replace(
        /([?&][^=&#]*=)[^&#]*/g,
        `$1${REDACTED}`
      );

      if (fragmentIndex === -1) {
        return redactedURLWithoutFragment;
      }

      return `${redactedURLWithoutFragment}#${redactFragment(redactedURL.slice(fragmentIndex + 1))}`;
    }

    function assertValidHttpProtocolURL(url, config) {
      if (typeof url === 'string') {
        const normalizedURL = normalizeURLForProtocolCheck(url);
        if (malformedHttpProtocol.test(normalizedURL)) {
          throw new AxiosError$1(
            `Invalid URL ${JSON.stringify(redactSensitiveURLParts(normalizedURL))}: missing "//" after protocol`,
            AxiosError$1.ERR_INVALID_URL,
            config
          );
        }
      }
    }

    /**
     * Creates a new URL by combining the baseURL with the requestedURL,
     * only when the requestedURL is not already an absolute URL.
     * If the requestURL is absolute, this function returns the requestedURL untouched.
     *
     * @param {string} baseURL The base URL
     * @param {string} requestedURL Absolute or relative URL to combine
     *
     * @returns {string} The combined full path
     */
    function buildFullPath(baseURL, requestedURL, allowAbsoluteUrls, config) {
      assertValidHttpProtocolURL(requestedURL, config);
      let isRelativeUrl = !isAbsoluteURL(requestedURL);
      if (baseURL && (isRelativeUrl || allowAbsoluteUrls === false)) {
        assertValidHttpProtocolURL(baseURL, config);
        return combineURLs(baseURL, requestedURL);
      }
      return requestedURL;
    }

    function assertParamsAcyclic(params) {
      const pending = [{ value: params }];
      const active = new WeakSet();
      const visited = new WeakSet();

      while (pending.length) {
        const { value, done } = pending.pop();
        if (!utils$1.isPlainObject(value) && !utils$1.isArray(value)) continue;
        if (done) {
          active.delete(value);
          continue;
        }
        if (active.has(value)) {
          throw new AxiosError$1(
            'Circular reference detected in params',
            AxiosError$1.ERR_BAD_OPTION_VALUE
          );
        }
        if (visited.has(value)) continue;
        visited.add(value);
        active.add(value);
        pending.push({ value, done: true });

        const keys = Object.keys(value);
        if (Object.getOwnPropertySymbols && Object.getOwnPropertyDescriptor) {
          Object.getOwnPropertySymbols(value).forEach((key) => {
            const descriptor = Object.getOwnPropertyDescriptor(value, key);
            if (descriptor && descriptor.enumerable) keys.push(key);
          });
        }
        // Shallow array elements retain fields filtered during plain-object merges.
        // Inspect reserved data properties without evaluating their accessors.
        keys.forEach((key) => {
          if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
            const descriptor = Object.getOwnPropertyDescriptor(value, key);
            if (descriptor && utils$1.hasOwnProp(descriptor, 'value')) {
              pending.push({ value: descriptor.value });
            }
          } else {
            pending.push({ value: value[key] });
          }
        });
      }
    }

    const headersToObject = (thing) => (thing instanceof AxiosHeaders$1 ? { ...thing } : thing);

    const ownEnumerableKeys = (thing) => {
      if (Object.getOwnPropertySymbols && Object.getOwnPropertyDescriptor) {
        return Object.keys(thing).concat(
          Object.getOwnPropertySymbols(thing).filter((symbol) => {
            const descriptor = Object.getOwnPropertyDescriptor(thing, symbol);
            return descriptor && descriptor.enumerable;
          })
        );
      }
      return Object.keys(thing);
    };

    // Copy params without recursive merges so the serializer remains responsible
    // for its depth policy. Only visit defaults that contribute to the result.
    function mergeParams(a, b) {
      const pending = [];
      const copies = new WeakMap();
      const empty = {};

      function copy(target, source) {
        if (!utils$1.isPlainObject(source)) {
          return utils$1.isArray(source) ? source.slice() : source;
        }

        const base = utils$1.isPlainObject(target) ? target : empty;
        let bases = copies.get(source);
        if (!bases) {
          bases = new WeakMap();
          copies.set(source, bases);
        }
        if (bases.has(base)) return bases.get(base);

        const result = {};
        bases.set(base, result);
        pending.push({ base, source, result });
        return result;
      }

      const result = utils$1.isUndefined(b) ? copy(undefined, a) : copy(a, b);
      while (pending.length) {
        const { base, source, result: target } = pending.pop();
        const baseKeys = new Set(ownEnumerableKeys(base));
        const sourceKeys = new Set(ownEnumerableKeys(source));
        const keys = new Set([...baseKeys, ...sourceKeys]);

        keys.forEach((key) => {
          if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
          const hasSource = sourceKeys.has(key);
          const value = hasSource ? source[key] : undefined;
          const previous =
            (!hasSource || utils$1.isPlainObject(value)) && baseKeys.has(key) ? base[key] : undefined;
          target[key] = hasSource ? copy(previous, value) : copy(undefined, previous);
        });
      }

      assertParamsAcyclic(result);
      return result;
    }

    function getMergedValue(target, source, prop, caseless) {
      if (utils$1.isPlainObject(target) && utils$1.isPlainObject(source)) {
        return utils$1.merge.call({ caseless }, target, source);
      } else if (utils$1.isPlainObject(source)) {
        return utils$1.merge({}, source);
      } else if (utils$1.isArray(source)) {
        return source.slice();
      }
      return source;
    }

    function mergeDeepProperties(a, b, prop, caseless) {
      if (!utils$1.isUndefined(b)) {
        return getMergedValue(a, b, prop, caseless);
      } else if (!utils$1.isUndefined(a)) {
        return getMergedValue(undefined, a, prop, caseless);
      }
    }

    // eslint-disable-next-line consistent-return
    function valueFromConfig2(a, b) {
      if (!utils$1.isUndefined(b)) {
        return getMergedValue(undefined, b);
      }
    }

    // eslint-disable-next-line consistent-return
    function defaultToConfig2(a, b) {
      if (!utils$1.isUndefined(b)) {
        return getMergedValue(undefined, b);
      } else if (!utils$1.isUndefined(a)) {
        return getMergedValue(undefined, a);
      }
    }

    function getMergedTransitionalOption(config1, config2, prop) {
      const transitional2 = utils$1.hasOwnProp(config2, 'transitional')
        ? config2.transitional
        : undefined;

      if (!utils$1.isUndefined(transitional2)) {
        if (utils$1.isPlainObject(transitional2)) {
          if (utils$1.hasOwnProp(transitional2, prop)) {
            return transitional2[prop];
          }
        } else {
          return undefined;
        }
      }

      const transitional1 = utils$1.hasOwnProp(config1, 'transitional')
        ? config1.transitional
        : undefined;

      if (utils$1.isPlainObject(transitional1) && utils$1.hasOwnProp(transitional1, prop)) {
        return transitional1[prop];
      }

      return undefined;
    }

    // eslint-disable-next-line consistent-return
    function mergeDirectKeys(a, b, prop, config1, config2) {
      if (utils$1.hasOwnProp(config2, prop)) {
        return getMergedValue(a, b);
      } else if (utils$1.hasOwnProp(config1, prop)) {
        return getMergedValue(undefined, a);
      }
    }

    function mergeHeaders(a, b, prop) {
      return mergeDeepProperties(headersToObject(a), headersToObject(b), prop, true);
    }

    // Null-proto, frozen descriptor so a polluted Object.prototype.get cannot turn
    // this data descriptor into an accessor descriptor on the way in.
    // defineProperty only reads it, so one shared instance serves every call.
    const hasOwnPropertyDescriptor = Object.freeze({
      __proto__: null,
      value: Object.prototype.hasOwnProperty,
      enumerable: false,
      writable: true,
      configurable: true,
    });

    // The strategy table and the strategies above are stateless, so they are
    // built once at module load instead of on every call: mergeConfig runs at
    // most twice per request (once from a method alias, once from `_request`).
    const mergeMap = {
      url: valueFromConfig2,
      method: valueFromConfig2,
      data: valueFromConfig2,
      baseURL: defaultToConfig2,
      transformRequest: defaultToConfig2,
      transformResponse: defaultToConfig2,
      params: mergeParams,
      paramsSerializer: defaultToConfig2,
      timeout: defaultToConfig2,
      timeoutErrorMessage: defaultToConfig2,
      withCredentials: defaultToConfig2,
      withXSRFToken: defaultToConfig2,
      adapter: defaultToConfig2,
      responseType: defaultToConfig2,
      xsrfCookieName: defaultToConfig2,
      xsrfHeaderName: defaultToConfig2,
      onUploadProgress: defaultToConfig2,
      onDownloadProgress: defaultToConfig2,
      decompress: defaultToConfig2,
      maxContentLength: defaultToConfig2,
      maxBodyLength: defaultToConfig2,
      beforeRedirect: defaultToConfig2,
      transport: defaultToConfig2,
      httpAgent: defaultToConfig2,
      httpsAgent: defaultToConfig2,
      cancelToken: defaultToConfig2,
      socketPath: defaultToConfig2,
      allowedSocketPaths: defaultToConfig2,
      responseEncoding: defaultToConfig2,
      validateStatus: mergeDirectKeys,
      headers: mergeHeaders,
    };

    /**
     * Config-specific merge-function which creates a new config-object
     * by merging two configuration objects together.
     *
     * @param {Object} config1
     * @param {Object} config2
     *
     * @returns {Object} New object resulting from merging config2 to config1
     */
    function mergeConfig$1(config1, config2) {
      // eslint-disable-next-line no-param-reassign
      config1 = config1 || {};
      config2 = config2 || {};

      // Use a null-prototype object so that downstream reads such as `config.auth`
      // or `config.baseURL` cannot inherit polluted values from Object.prototype.
      // `hasOwnProperty` is restored as a non-enumerable own slot to preserve
      // ergonomics for user code that relies on it.
      const config = Object.create(null);
      Object.defineProperty(config, 'hasOwnProperty', hasOwnPropertyDescriptor);

      const keys = ownEnumerableKeys({ ...config1, ...config2 });

      for (let i = 0, len = keys.length; i < len; i++) {
        const prop = keys[i];
        if (prop === '__proto__' || prop === 'constructor' || prop === 'prototype') continue;
        const merge = utils$1.hasOwnProp(mergeMap, prop) ? mergeMap[prop] : mergeDeepProperties;
        const a = utils$1.hasOwnProp(config1, prop) ? config1[prop] : undefined;
        const b = utils$1.hasOwnProp(config2, prop) ? config2[prop] : undefined;
        const configValue =
          merge === mergeDirectKeys ? merge(a, b, prop, config1, config2) : merge(a, b, prop);
        (utils$1.isUndefined(configValue) && merge !== mergeDirectKeys) || (config[prop] = configValue);
      }

      if (
        utils$1.hasOwnProp(config2, 'validateStatus') &&
        utils$1.isUndefined(config2.validateStatus) &&
        getMergedTransitionalOption(config1, config2, 'validateStatusUndefinedResolves') === false
      ) {
        if (utils$1.hasOwnProp(config1, 'validateStatus')) {
          config.validateStatus = getMergedValue(undefined, config1.validateStatus);
        } else {
          delete config.validateStatus;
        }
      }

      return config;
    }

    const FORM_DATA_CONTENT_HEADERS = ['content-type', 'content-length'];

    /**
     * Apply the headers generated by a FormData implementation to the request headers,
     * honoring the `formDataHeaderPolicy` option: with 'content-only', copy only the
     * content-* headers; otherwise merge all of them.
     *
     * @param {AxiosHeaders} headers - the request headers to mutate
     * @param {Object | null | undefined} formHeaders - headers produced by the FormData implementation
     * @param {String} [policy] - the resolved `formDataHeaderPolicy` config value
     *
     * @returns {void}
     */
    function setFormDataHeaders(headers, formHeaders, policy) {
      if (policy !== 'content-only') {
        headers.set(formHeaders);
        return;
      }

      Object.entries(formHeaders || {}).forEach(([key, val]) => {
        if (FORM_DATA_CONTENT_HEADERS.includes(key.toLowerCase())) {
          headers.set(key, val);
        }
      });
    }

    /**
     * Encode a UTF-8 string to a Latin-1 byte string for use with btoa().
     * This is a modern replacement for the deprecated unescape(encodeURIComponent(str)) pattern.
     *
     * @param {string} str The string to encode
     *
     * @returns {string} UTF-8 bytes as a Latin-1 string
     */
    const encodeUTF8$1 = (str) =>
      encodeURIComponent(str).replace(/%([0-9A-F]{2})/gi, (_, hex) =>
        String.fromCharCode(parseInt(hex, 16))
      );

    const readCookie = (name) => cookies.read(name);

    function resolveConfig(config, readXsrfCookie = readCookie) {
      const newConfig = mergeConfig$1({}, config);

      // Read only own properties to prevent prototype pollution gadgets
      // (e.g. Object.prototype.baseURL = 'https://evil.com').
      const own = (key) => (utils$1.hasOwnProp(newConfig, key) ? newConfig[key] : undefined);

      const data = own('data');
      let withXSRFToken = own('withXSRFToken');
      const xsrfHeaderName = own('xsrfHeaderName');
      const xsrfCookieName = own('xsrfCookieName');
      let headers = own('headers');
      const auth = own('auth');
      const baseURL = own('baseURL');
      const allowAbsoluteUrls = own('allowAbsoluteUrls');
      const url = own('url');

      newConfig.headers = headers = AxiosHeaders$1.from(headers);

      newConfig.url = buildURL(
        buildFullPath(baseURL, url, allowAbsoluteUrls, newConfig),
        own('params'),
        own('paramsSerializer')
      );

      // HTTP basic authentication
      if (auth) {
        const username = utils$1.getSafeProp(auth, 'username') || '';
        const password = utils$1.getSafeProp(auth, 'password') || '';
        const transitional = own('transitional');
        const encodeUsername =
          transitional &&
          utils$1.hasOwnProp(transitional, 'encodeBasicAuthUsername') &&
          transitional.encodeBasicAuthUsername === true;

        try {
          headers.set(
            'Authorization',
            // Preserve legacy username bytes unless the caller opts in to UTF-8.
            'Basic ' +
              btoa(
                (encodeUsername ? encodeUTF8$1(username) : username) +
                  ':' +
                  (password ? encodeUTF8$1(password) : '')
              )
          );
        } catch (e) {
          throw AxiosError$1.from(e, AxiosError$1.ERR_BAD_OPTION_VALUE, config);
        }
      }

      if (utils$1.isFormData(data)) {
        const getHeaders = utils$1.getSafeProp(data, 'getHeaders');

        if (
          platform.hasStandardBrowserEnv ||
          platform.hasStandardBrowserWebWorkerEnv ||
          utils$1.isReactNative(data)
        ) {
          headers.setContentType(undefined); // browser/web worker/RN handles it
        } else if (utils$1.isFunction(getHeaders)) {
          // Node.js FormData (like form-data package)
          setFormDataHeaders(headers, getHeaders.call(data), own('formDataHeaderPolicy'));
        }
      }

      // Add xsrf header
      // This is only done if running in a standard browser environment.
      // Specifically not if we're in a web worker, or react-native.

      if (platform.hasStandardBrowserEnv) {
        if (utils$1.isFunction(withXSRFToken)) {
          withXSRFToken = withXSRFToken(newConfig);
        }

        // Strict boolean check — prevents proto-pollution gadgets (e.g. Object.prototype.withXSRFToken = 1)
        // and misconfigurations (e.g. "false") from short-circuiting the same-origin check and leaking
        // the XSRF token cross-origin.
        const shouldSendXSRF =
          withXSRFToken === true || (withXSRFToken == null && isURLSameOrigin(newConfig.url));

        if (shouldSendXSRF) {
          const xsrfValue = xsrfHeaderName && xsrfCookieName && readXsrfCookie(xsrfCookieName);

          if (xsrfValue) {
            headers.set(xsrfHeaderName, xsrfValue);
          }
        }
      }

      return newConfig;
    }

    const isXHRAdapterSupported = typeof XMLHttpRequest !== 'undefined';

    var xhrAdapter = isXHRAdapterSupported &&
      function (config) {
        return new Promise(function dispatchXhrRequest(resolve, reject) {
          let useAsyncXsrf;
          try {
            const store =
              platform.hasStandardBrowserEnv && typeof window !== 'undefined' && window.cookieStore;
            useAsyncXsrf = store && utils$1.isFunction(store.get);
          } catch (e) {
            // A restricted Cookie Store getter must retain the synchronous fallback.
          }
          let xsrfCookieName;
          const _config = resolveConfig(
            config,
            useAsyncXsrf
              ? (name) => {
                  xsrfCookieName = name;
                  return null;
                }
              : undefined
          );
          let requestData = _config.data;
          const requestHeaders = AxiosHeaders$1.from(_config.headers).normalize();
          let { responseType, onUploadProgress, onDownloadProgress } = _config;
          let onCanceled;
          let timeoutId;
          let uploadThrottled, downloadThrottled;
          let flushUpload, flushDownload, flushDownloadWithEvent;

          function done() {
            clearTimeout(timeoutId);
            // A final progress callback must not prevent the remaining cleanup.
            // Report errors asynchronously, as onloadend and the throttle timer do.
            try {
              flushUpload && flushUpload(); // flush events
            } catch (err) {
              setTimeout(() => {
                throw err;
              });
            }
            try {
              flushDownload && flushDownload(); // flush events
            } catch (err) {
              setTimeout(() => {
                throw err;
              });
            }

            // A flush can synchronously cancel the request and reenter done().
            // In that case the inner call has already detached these listeners.
            if (request) {
              downloadThrottled && request.removeEventListener('progress', downloadThrottled);
              if (request.upload) {
                uploadThrottled && request.upload.removeEventListener('progress', uploadThrottled);
                flushUpload && request.upload.removeEventListener('loadend', flushUpload);
              }
            }

            _config.cancelToken && _config.cancelToken.unsubscribe(onCanceled);

            _config.signal && _config.signal.removeEventListener('abort', onCanceled);
          }

          let request = new XMLHttpRequest();

          request.open(_config.method.toUpperCase(), _config.url, true);

          // Set the request timeout in MS
          request.timeout = _config.timeout;

          function onloadend(event) {
            if (!request) {
              return;
            }

            // Status 0 means no response was received, which onerror and onabort normally
            // reject before this runs. Firefox 152 fires only readystatechange and loadend for
            // navigation-canceled requests (https://bugzilla.mozilla.org/show_bug.cgi?id=1505389),
            // leaving settle() to resolve them as an empty success. ECONNABORTED is the error
            // onabort raised on Firefox 151. Reads over file:, which some environments report as
            // status 0 on success, are excluded by the request URL's scheme after browser-style
            // preprocessing, by the page origin's scheme for relative URLs (which inherit it), or
            // by responseURL where implemented.
            if (
              request.status === 0 &&
              (parseProtocol(normalizeURLForProtocolCheck(_config.url)) ||
                parseProtocol(platform.origin)) !== 'file' &&
              !(request.responseURL && request.responseURL.startsWith('file:'))
            ) {
              reject(new AxiosError$1('Request aborted', AxiosError$1.ECONNABORTED, config, request));
              done();

              // Clean up request
              request = null;
              return;
            }

            // When loadend is still dispatching, flushing with it gives progress
            // listeners a final delivery whose event has a live target. The legacy
            // ready-state fallback has no event, so replay its pending progress.
            // A throwing listener must not block settlement; rethrow asynchronously,
            // matching how listener errors surface on the throttle timer path.
            try {
              if (event) {
                flushDownloadWithEvent && flushDownloadWithEvent(event);
              } else {
                flushDownload && flushDownload();
              }
            } catch (err) {
              setTimeout(() => {
                throw err;
              });
            }

            // A final progress callback can cancel the request synchronously.
            if (!request) {
              return;
            }

            // Prepare the response
            const responseHeaders = AxiosHeaders$1.from(
              'getAllResponseHeaders' in request && request.getAllResponseHeaders()
            );
            const responseData =
              !responseType || responseType === 'text' || responseType === 'json'
                ? request.responseText
                : request.response;
            const response = {
              data: responseData,
              status: request.status,
              statusText: request.statusText,
              headers: responseHeaders,
              config,
              request,
            };

            settle(
              function _resolve(value) {
                resolve(value);
                done();
              },
              function _reject(err) {
                reject(err);
                done();
              },
              response
            );

            // Clean up request
            request = null;
          }

          if ('onloadend' in request) {
            // Use onloadend if available
            request.onloadend = onloadend;
          } else {
            // Listen for ready state to emulate onloadend
            request.onreadystatechange = function handleLoad() {
              if (!request || request.readyState !== 4) {
                return;
              }

              // The request errored out and we didn't get a response, this will be
              // handled by onerror instead
              // With one exception: request that using file: protocol, most browsers
              // will return status as 0 even though it's a successful request
              if (
                request.status === 0 &&
                !(request.responseURL && request.responseURL.startsWith('file:'))
              ) {
                return;
              }
              // readystate handler is calling before onerror or ontimeout handlers,
              // so we should call onloadend on the next 'tick'
              setTimeout(onloadend);
            };
          }

          // Handle browser request cancellation (as opposed to a manual cancellation)
          request.onabort = function handleAbort() {
            if (!request) {
              return;
            }

            reject(new AxiosError$1('Request aborted', AxiosError$1.ECONNABORTED, config, request));
            done();

            // Clean up request
            request = null;
          };

          // Handle low level network errors
          request.onerror = function handleError(event) {
            // Browsers deliver a ProgressEvent in XHR onerror
            // (message may be empty; when present, surface it)
            // See https://developer.mozilla.org/docs/Web/API/XMLHttpRequest/error_event
            const msg = event && event.message ? event.message : 'Network Error';
            const err = new AxiosError$1(msg, AxiosError$1.ERR_NETWORK, config, request);
            // attach the underlying event for consumers who want details
            err.event = event || null;
            reject(err);
            done();
            request = null;
          };

          // Handle timeout
          request.ontimeout = function handleTimeout() {
            if (!request) return;
            let timeoutErrorMessage = _config.timeout
              ? 'timeout of ' + _config.timeout + 'ms exceeded'
              : 'timeout exceeded';
            const transitional = _config.transitional || transitionalDefaults;
            if (_config.timeoutErrorMessage) {
              timeoutErrorMessage = _config.timeoutErrorMessage;
            }
            reject(
              new AxiosError$1(
                timeoutErrorMessage,
                transitional.clarifyTimeoutError ? AxiosError$1.ETIMEDOUT : AxiosError$1.ECONNABORTED,
                config,
                request
              )
            );
            done();

            // Clean up request
            request = null;
          };

          // Remove Content-Type if data is undefined
          requestData === undefined && requestHeaders.setContentType(null);

          // Add withCredentials to request if needed
          if (!utils$1.isUndefined(_config.withCredentials)) {
            request.withCredentials = !!_config.withCredentials;
          }

          // Add responseType to request if needed
          if (responseType && responseType !== 'json') {
            request.responseType = _config.responseType;
          }

          // Handle progress if needed
          if (onDownloadProgress) {
            [downloadThrottled, flushDownload, flushDownloadWithEvent] = progressEventReducer(
              onDownloadProgress,
              true
            );
            request.addEventListener('progress', downloadThrottled);
          }

          // Not all browsers support upload events
          if (onUploadProgress && request.upload) {
            [uploadThrottled, flushUpload] = progressEventReducer(onUploadProgress);

            request.upload.addEventListener('progress', uploadThrottled);

            request.upload.addEventListener('loadend', flushUpload);
          }

          if (_config.cancelToken || _config.signal) {
            // Handle cancellation
            // eslint-disable-next-line func-names
            onCanceled = (cancel) => {
              if (!request) {
                return;
              }
              reject(!cancel || cancel.type ? new CanceledError$1(null, config, request) : cancel);
              const xhr = request;
              done();
              request = null;
              xhr.abort();
            };

            _config.cancelToken && _config.cancelToken.subscribe(onCanceled);
            if (!request) return;
            if (_config.signal) {
              _config.signal.aborted
                ? onCanceled()
                : _config.signal.addEventListener('abort', onCanceled);
            }
          }

          if (!request) return;

          const protocol = parseProtocol(_config.url);

          if (protocol && !platform.protocols.includes(protocol)) {
            reject(
              new AxiosError$1(
                'Unsupported protocol ' + protocol + ':',
                AxiosError$1.ERR_BAD_REQUEST,
                config
              )
            );
            done();
            return;
          }

          const sendRequest = () => {
            if (!request) return;
            // Apply headers after an asynchronous XSRF read so existing headers are
            // replaced through AxiosHeaders rather than appended by the native XHR.
            if ('setRequestHeader' in request) {
              utils$1.forEach(
                toByteStringHeaderObject(requestHeaders),
                function setRequestHeader(val, key) {
                  request.setRequestHeader(key, val);
                }
              );
            }
            request.send(requestData || null);
          };

          if (xsrfCookieName) {
            // Native XHR timeout starts at send(). Cover cookie preparation and the
            // subsequent request with the same budget and existing timeout handler.
            const now =
              typeof performance !== 'undefined' && utils$1.isFunction(performance.now)
                ? () => performance.now()
                : Date.now;
            const deadline = request.timeout > 0 ? now() + Number(request.timeout) : undefined;
            const abortOnTimeout = () => {
              if (!request) return;
              const xhr = request;
              xhr.ontimeout();
              xhr.abort();
            };
            if (deadline !== undefined) {
              const scheduleTimeout = () => {
                const remaining = deadline - now();
                if (remaining > 0) {
                  // Browser timers overflow above the signed 32-bit delay limit.
                  timeoutId = setTimeout(scheduleTimeout, Math.min(remaining, 0x7fffffff));
                } else {
                  abortOnTimeout();
                }
              };
              scheduleTimeout();
            }

            cookies
              .readAsync(xsrfCookieName)
              .then((value) => {
                if (!request) return;
                // Promise callbacks may run before an overdue timer after a busy task.
                if (deadline !== undefined && now() >= deadline) {
                  abortOnTimeout();
                  return;
                }
                if (value) {
                  const headerName =
                    utils$1.hasOwnProp(_config, 'xsrfHeaderName') && _config.xsrfHeaderName;
                  requestHeaders.set(headerName, value);
                }
                sendRequest();
              })
              .catch((error) => {
                if (!request) return;
                reject(AxiosError$1.from(error, null, config, request));
                done();
                request = null;
              });
          } else {
            sendRequest();
          }
        });
      };

    const composeSignals = (signals, timeout) => {
      signals = signals ? signals.filter(Boolean) : [];

      if (!timeout && !signals.length) {
        return;
      }

      const controller = new AbortController();

      let aborted = false;

      const onabort = function (reason) {
        if (!aborted) {
          aborted = true;
          unsubscribe();
          const err = reason instanceof Error ? reason : this.reason;
          controller.abort(
            err instanceof AxiosError$1
              ? err
              : new CanceledError$1(err instanceof Error ? err.message : err)
          );
        }
      };

      let timer =
        timeout &&
        setTimeout(() => {
          timer = null;
          onabort(new AxiosError$1(`timeout of ${timeout}ms exceeded`, AxiosError$1.ETIMEDOUT));
        }, timeout);

      const unsubscribe = () => {
        if (!signals) {
          return;
        }
        timer && clearTimeout(timer);
        timer = null;
        signals.forEach((signal) => {
          const unsubscribeSignal = utils$1.getSafeProp(signal, 'unsubscribe');
          utils$1.isFunction(unsubscribeSignal)
            ? unsubscribeSignal.call(signal, onabort)
            : signal.removeEventListener('abort', onabort);
        });
        signals = null;
      };

      signals.forEach((signal) => {
        if (aborted) {
          return;
        }

        if (signal.aborted) {
          onabort.call(signal);
          return;
        }

        signal.addEventListener('abort', onabort, { once: true });
      });

      const { signal } = controller;

      signal.unsubscribe = () => utils$1.asap(unsubscribe);

      return signal;
    };

    const streamChunk = function* (chunk, chunkSize) {
      let len = chunk.byteLength;

      if (len < chunkSize) {
        yield chunk;
        return;
      }

      let pos = 0;
      let end;

      while (pos < len) {
        end = pos + chunkSize;
        yield chunk.slice(pos, end);
        pos = end;
      }
    };

    const readBytes = async function* (iterable, chunkSize) {
      for await (const chunk of readStream(iterable)) {
        yield* streamChunk(chunk, chunkSize);
      }
    };

    const readStream = async function* (stream) {
      if (stream[Symbol.asyncIterator]) {
        yield* stream;
        return;
      }

      const reader = stream.getReader();
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          yield value;
        }
      } finally {
        await reader.cancel();
      }
    };

    const trackStream = (stream, chunkSize, onProgress, onFinish) => {
      const iterator = readBytes(stream, chunkSize);

      let bytes = 0;
      let done;
      let _onFinish = (e) => {
        if (!done) {
          done = true;
          onFinish && onFinish(e);
        }
      };

      return new ReadableStream(
        {
          async pull(controller) {
            try {
              const { done, value } = await iterator.next();

              if (done) {
                _onFinish();
                controller.close();
                return;
              }

              let len = value.byteLength;
              if (onProgress) {
                let loadedBytes = (bytes += len);
                onProgress(loadedBytes);
              }
              controller.enqueue(new Uint8Array(value));
            } catch (err) {
              _onFinish(err);
              throw err;
            }
          },
          cancel(reason) {
            _onFinish(reason);
            return iterator.return();
          },
        },
        {
          highWaterMark: 2,
        }
      );
    };

    const CRLF = '\r\n';
    const normalizeLines = (value) => String(value).replace(/\r\n|\r|\n/g, CRLF);
    const escapeName = (value) =>
      String(value).replace(/[\r\n"]/g, (char) =>
        char === '\r' ? '%0D' : char === '\n' ? '%0A' : '%22'
      );

    // Count UTF-8 bytes without allocating an encoded copy of a field. FormData
    // string values normalize line endings; Blob/File contents remain unchanged.
    const stringBytes = (value, normalize) => {
      let length = 0;
      for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (normalize && (code === 13 || code === 10)) {
          if (code === 13 && value.charCodeAt(i + 1) === 10) i++;
          length += 2;
        } else if (code < 0x80) {
          length++;
        } else if (code < 0x800) {
          length += 2;
        } else if (
          code >= 0xd800 &&
          code <= 0xdbff &&
          value.charCodeAt(i + 1) >= 0xdc00 &&
          value.charCodeAt(i + 1) <= 0xdfff
        ) {
          length += 4;
          i++;
        } else {
          length += 3;
        }
      }
      return length;
    };

    // Describe serialization failures independently of any request library.
    class FormDataError extends TypeError {
      constructor(message, reason) {
        super(message);
        this.name = 'FormDataError';
        this.reason = reason;
      }
    }

    // The caller supplies the boundary, Blob implementation, and limit error.
    function formDataToBlob(form, Blob, limit, limitError, boundary) {
      if (!utils$1.isFunction(Blob)) {
        throw new FormDataError('Blob is not supported', 'blob');
      }

      if (
        !utils$1.isString(boundary) ||
        !/^[A-Za-z0-9'()+_,./:=? -]{1,70}$/.test(boundary) ||
        / $/.test(boundary)
      ) {
        throw new FormDataError('Invalid multipart boundary', 'boundary');
      }
      const footer = '--' + boundary + '--' + CRLF;
      let length = footer.length;
      const parts = [];
      const checkLength = (extra) => {
        if (length + extra > limit) throw limitError();
      };
      checkLength(0);

      for (const [name, value] of form) {
        const isString = utils$1.isString(value);
        const valueLength = isString ? stringBytes(value, true) : value.size;
        if (!Number.isFinite(valueLength) || valueLength < 0) {
          throw new FormDataError('Unsupported FormData part size', 'part');
        }
        // Reject large values and names before building normalized header strings.
        checkLength(
          valueLength +
            stringBytes(name, true) +
            (!isString && value.name ? stringBytes(value.name, false) : 0) +
            (!isString && value.type ? stringBytes(value.type, false) : 0)
        );

        let header =
          '--' +
          boundary +
          CRLF +
          'Content-Disposition: form-data; name="' +
          escapeName(normalizeLines(name)) +
          '"';
        if (!isString) {
          header +=
            '; filename="' +
            escapeName(utils$1.isString(value.name) ? value.name : 'blob') +
            '"' +
            CRLF +
            'Content-Type: ' +
            String(value.type || 'application/octet-stream').replace(/[\r\n]/g, '');
        }
        header += CRLF + CRLF;
        const partLength = stringBytes(header, false) + valueLength + CRLF.length;
        checkLength(partLength);
        length += partLength;
        parts.push({ header, value, isString });
      }

      // Native Blob composition retains existing Blob/File data. No file is read
      // and no complete multipart ArrayBuffer is created to determine its length.
      const blobParts = [];
      for (const part of parts) {
        blobParts.push(part.header, part.isString ? normalizeLines(part.value) : part.value, CRLF);
      }
      blobParts.push(footer);
      return new Blob(blobParts, { type: 'multipart/form-data; boundary=' + boundary });
    }

    function createMultipartBody(form, Blob, limit, limitError, boundary) {
      // Report missing Blob support before trying to select a random source.
      if (!utils$1.isFunction(Blob)) {
        throw new AxiosError$1('Blob is not supported', AxiosError$1.ERR_NOT_SUPPORT);
      }

      if (boundary === undefined) {
        if (utils$1.isFunction(platform.generateString)) {
          boundary = 'axios-' + platform.generateString(36, '0123456789abcdef');
        } else {
          const crypto = utils$1.global.crypto;
          if (!crypto || !utils$1.isFunction(crypto.getRandomValues)) {
            throw new AxiosError$1('Random byte generation is not supported', AxiosError$1.ERR_NOT_SUPPORT);
          }
          const random = new Uint8Array(18);
          crypto.getRandomValues(random);
          boundary =
            'axios-' + Array.from(random, (value) => ('0' + value.toString(16)).slice(-2)).join('');
        }
      }

      try {
        return formDataToBlob(form, Blob, limit, limitError, boundary);
      } catch (error) {
        if (error instanceof FormDataError) {
          const code =
            error.reason === 'boundary' ? AxiosError$1.ERR_BAD_OPTION_VALUE : AxiosError$1.ERR_BAD_REQUEST;
          throw new AxiosError$1(error.message, code);
        }
        throw error;
      }
    }

    /**
     * Estimate data: URL byte lengths *without* allocating large buffers.
     * - Fetch percent-decodes a base64 body before decoding it.
     * - Node's Buffer.from(body, 'base64') sizes its backing allocation from the
     *   percent-decoded body, including ignored characters and content after padding.
     * - Non-base64 data is percent-decoded and then encoded as UTF-8.
     */
    const isHexDigit = (charCode) =>
      (charCode >= 48 && charCode <= 57) ||
      (charCode >= 65 && charCode <= 70) ||
      (charCode >= 97 && charCode <= 102);

    const isPercentEncodedByte = (str, i, len) =>
      i + 2 < len && isHexDigit(str.charCodeAt(i + 1)) && isHexDigit(str.charCodeAt(i + 2));

    const hexValue = (charCode) => (charCode <= 57 ? charCode - 48 : (charCode & 0xdf) - 55);

    const isBase64Char = (charCode) =>
      (charCode >= 65 && charCode <= 90) || // A-Z
      (charCode >= 97 && charCode <= 122) || // a-z
      (charCode >= 48 && charCode <= 57) || // 0-9
      charCode === 43 || // +
      charCode === 47 || // /
      charCode === 45 || // - (base64url)
      charCode === 95; // _ (base64url)

    const isBase64Whitespace = (charCode) =>
      charCode === 9 || charCode === 10 || charCode === 12 || charCode === 13 || charCode === 32;

    const base64Bytes = (significant) => {
      const groups = Math.floor(significant / 4);
      const remainder = significant % 4;
      return groups * 3 + (remainder === 2 ? 1 : remainder === 3 ? 2 : 0);
    };

    // Buffer.byteLength(body, 'base64') uses the raw string length as an allocation
    // upper bound even when Buffer.from later ignores characters or stops at '='.
    const estimateBase64BufferAllocation = (body) => {
      const len = body.length;
      let padding = 0;

      if (len > 0 && body.charCodeAt(len - 1) === 61 /* '=' */) {
        padding++;

        if (len > 1 && body.charCodeAt(len - 2) === 61 /* '=' */) {
          padding++;
        }
      }

      return Math.floor(((len - padding) * 3) / 4);
    };

    const estimatePercentDecodedBase64Bytes = (body) => {
      const len = body.length;
      let significant = 0;
      let padding = 0;
      let invalid = false;

      for (let i = 0; i < len; i++) {
        let code = body.charCodeAt(i);

        if (code === 37 /* '%' */ && isPercentEncodedByte(body, i, len)) {
          code = hexValue(body.charCodeAt(i + 1)) * 16 + hexValue(body.charCodeAt(i + 2));
          i += 2;
        }

        if (isBase64Whitespace(code)) {
          continue;
        }

        if (code === 61 /* '=' */) {
          padding++;
          continue;
        }

        if (!isBase64Char(code) || padding > 0) {
          invalid = true;
          continue;
        }

        significant++;
      }

      // Fetch rejects malformed forgiving-base64 input. Returning the raw-size
      // allocation bound keeps that invalid input from becoming a pre-check bypass.
      if (
        invalid ||
        padding > 2 ||
        (padding > 0 && (significant + padding) % 4 !== 0) ||
        significant % 4 === 1
      ) {
        return estimateBase64BufferAllocation(body);
      }

      return base64Bytes(significant);
    };

    const estimateDataURLBytes = (url, estimateBase64, base64Pattern) => {
      if (!url || typeof url !== 'string') return 0;
      if (!/^data:/i.test(url)) return 0;

      const comma = url.indexOf(',');
      if (comma < 0) return 0;

      const meta = url.slice(5, comma);
      const body = url.slice(comma + 1);
      const isBase64 = base64Pattern.test(meta);

      if (isBase64) {
        return estimateBase64(body);
      }

      // Compute UTF-8 byte length directly from UTF-16 code units without allocating
      // a byte buffer (TextEncoder.encode would defeat the DoS guard on large bodies).
      // Valid %XX triplets count as one decoded byte; this matches the bytes that
      // decodeURIComponent(body) would produce before Buffer re-encodes the string.
      let bytes = 0;
      for (let i = 0, len = body.length; i < len; i++) {
        const c = body.charCodeAt(i);
        if (c === 37 /* '%' */ && isPercentEncodedByte(body, i, len)) {
          bytes += 1;
          i += 2;
        } else if (c < 0x80) {
          bytes += 1;
        } else if (c < 0x800) {
          bytes += 2;
        } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
          const next = body.charCodeAt(i + 1);
          if (next >= 0xdc00 && next <= 0xdfff) {
            bytes += 4;
            i++;
          } else {
            bytes += 3;
          }
        } else {
          bytes += 3;
        }
      }
      return bytes;
    };

    /**
     * Estimate the percent-decoded payload size used by Fetch data: URLs.
     *
     * @param {string} url
     * @returns {number}
     */
    function estimateDataURLDecodedBytes(url) {
      // Fetch removes URL fragments before processing a data: URL.
      const fragmentIndex = typeof url === 'string' ? url.indexOf('#') : -1;

      return estimateDataURLBytes(
        fragmentIndex === -1 ? url : url.slice(0, fragmentIndex),
        estimatePercentDecodedBase64Bytes,
        /; *base64[\t\n\f\r ]*$/i
      );
    }

    const VERSION$1 = "1.21.1";

    const DEFAULT_CHUNK_SIZE = 64 * 1024;

    const DEFAULT_REQUEST_OPTIONS = {
      cache: 'default',
      redirect: 'follow',
      referrer: 'about:client',
      referrerPolicy: '',
      mode: 'cors',
      integrity: '',
      keepalive: false,
      priority: 'auto',
      window: null,
    };

    const { isFunction } = utils$1;

    /**
     * Encode a UTF-8 string to a Latin-1 byte string for use with btoa().
     * This is a modern replacement for the deprecated unescape(encodeURIComponent(str)) pattern.
     *
     * @param {string} str The string to encode
     *
     * @returns {string} UTF-8 bytes as a Latin-1 string
     */
    const encodeUTF8 = (str) =>
      encodeURIComponent(str).replace(/%([0-9A-F]{2})/gi, (_, hex) =>
        String.fromCharCode(parseInt(hex, 16))
      );

    // Node's WHATWG URL parser returns `username` and `password` percent-encoded.
    // Decode before composing the `auth` option so credentials such as
    // `my%40email.com:pass` are sent as `my@email.com:pass`. Falls back to the
    // original value for malformed input so a bad encoding never throws.
    const decodeURIComponentSafe = (value) => {
      if (!utils$1.isString(value)) {
        return value;
      }

      try {
        return decodeURIComponent(value);
      } catch (error) {
        return value;
      }
    };

    const test = (fn, ...args) => {
      try {
        return !!fn(...args);
      } catch (e) {
        return false;
      }
    };

    const maybeWithAuthCredentials = (url) => {
      const protocolIndex = url.indexOf('://');
      let urlToCheck = url;
      if (protocolIndex !== -1) {
        urlToCheck = urlToCheck.slice(protocolIndex + 3);
      }
      return urlToCheck.includes('@') || urlToCheck.includes(':');
    };

    const factory = (env) => {
      const globalObject =
        utils$1.global !== undefined && utils$1.global !== null ? utils$1.global : globalThis;
      const { ReadableStream, TextEncoder } = globalObject;

      env = utils$1.merge.call(
        {
          skipUndefined: true,
        },
        {
          Request: globalObject.Request,
          Response: globalObject.Response,
          Blob: globalObject.Blob,
        },
        env
      );

      const envFetch = utils$1.hasOwnProp(env, 'fetch') ? env.fetch : undefined;
      const { Request, Response, Blob } = env;
      const isFetchSupported = envFetch ? isFunction(envFetch) : typeof fetch === 'function';
      const isRequestSupported = isFunction(Request);
      const isResponseSupported = isFunction(Response);

      if (!isFetchSupported) {
        return false;
      }

      const isReadableStreamSupported = isFetchSupported && isFunction(ReadableStream);

      const encodeText =
        isFetchSupported &&
        (typeof TextEncoder === 'function'
          ? (
              (encoder) => (str) =>
                encoder.encode(str)
            )(new TextEncoder())
          : async (str) => new Uint8Array(await new Request(str).arrayBuffer()));

      const supportsRequestStream =
        isRequestSupported &&
        isReadableStreamSupported &&
        test(() => {
          let duplexAccessed = false;

          const request = new Request(platform.origin, {
            body: new ReadableStream(),
            method: 'POST',
            get duplex() {
              duplexAccessed = true;
              return 'half';
            },
          });

          const hasContentType = request.headers.has('Content-Type');

          if (request.body != null) {
            request.body.cancel();
          }

          return duplexAccessed && !hasContentType;
        });

      const supportsResponseStream =
        isResponseSupported &&
        isReadableStreamSupported &&
        test(() => utils$1.isReadableStream(new Response('').body));

      // Some runtimes reject every explicit cache mode. Use own defaults for both
      // probes so unrelated polluted options cannot affect cache-mode detection.
      const requestDefaults = Object.assign(Object.create(null), DEFAULT_REQUEST_OPTIONS);

      if (isRequestSupported && !test(() => new Request(platform.origin, requestDefaults))) {
        delete requestDefaults.cache;

        // Only omit cache when that makes Request construction succeed. Otherwise
        // retain the explicit default that protects supporting runtimes from pollution.
        if (!test(() => new Request(platform.origin, requestDefaults))) {
          requestDefaults.cache = DEFAULT_REQUEST_OPTIONS.cache;
        }
      }

      const resolvers = {
        stream: supportsResponseStream && ((res) => res.body),
      };

      isFetchSupported &&
        (() => {
          ['text', 'arrayBuffer', 'blob', 'formData', 'stream'].forEach((type) => {
            !resolvers[type] &&
              (resolvers[type] = (res, config) => {
                let method = res && res[type];

                if (method) {
                  return method.call(res);
                }

                throw new AxiosError$1(
                  `Response type '${type}' is not supported`,
                  AxiosError$1.ERR_NOT_SUPPORT,
                  config
                );
              });
          });
        })();

      const getBodyLength = async (body) => {
        if (body == null) {
          return 0;
        }

        if (utils$1.isBlob(body)) {
          return body.size;
        }

        if (utils$1.isArrayBufferView(body) || utils$1.isArrayBuffer(body)) {
          return body.byteLength;
        }

        if (utils$1.isURLSearchParams(body)) {
          body = body + '';
        }

        if (utils$1.isString(body)) {
          return (await encodeText(body)).byteLength;
        }
      };

      const resolveBodyLength = async (headers, body) => {
        const length = utils$1.toFiniteNumber(headers.getContentLength());

        return length == null ? getBodyLength(body) : length;
      };

      return async (config) => {
        let {
          url,
          method,
          data,
          signal,
          cancelToken,
          timeout,
          onDownloadProgress,
          onUploadProgress,
          responseType,
          headers,
          withCredentials = 'same-origin',
          fetchOptions,
          maxContentLength,
          maxBodyLength,
          maxRedirects,
        } = resolveConfig(config);

        const hasMaxContentLength = utils$1.isNumber(maxContentLength) && maxContentLength > -1;
        const hasMaxBodyLength = utils$1.isNumber(maxBodyLength) && maxBodyLength > -1;
        const own = (key) => (utils$1.hasOwnProp(config, key) ? config[key] : undefined);

        let _fetch = envFetch || fetch;

        responseType = responseType ? (responseType + '').toLowerCase() : 'text';

        let composedSignal = composeSignals(
          [signal, cancelToken && cancelToken.toAbortSignal()],
          timeout
        );

        let request = null;

        const unsubscribe =
          composedSignal &&
          composedSignal.unsubscribe &&
          (() => {
            composedSignal.unsubscribe();
          });

        let requestContentLength;

        // AxiosErrors we raise while request or response bodies are being streamed. Captured
        // by identity so the catch block can surface it directly, regardless of
        // how the runtime wraps the resulting fetch rejection (undici exposes it
        // as `err.cause`; some browsers drop the original error entirely).
        let pendingBodyError = null;
        let pendingResponseError = null;

        const maxBodyLengthError = () =>
          new AxiosError$1(
            'Request body larger than maxBodyLength limit',
            AxiosError$1.ERR_BAD_REQUEST,
            config,
            request
          );

        try {
          // HTTP basic authentication
          let auth = undefined;
          const configAuth = own('auth');

          if (configAuth) {
            const username = utils$1.getSafeProp(configAuth, 'username') || '';
            const password = utils$1.getSafeProp(configAuth, 'password') || '';
            auth = {
              username,
              password,
            };
          }

          let parsedURL;
          if (maybeWithAuthCredentials(url)) {
            parsedURL = new URL(url, platform.origin);

            if (!auth && (parsedURL.username || parsedURL.password)) {
              const urlUsername = decodeURIComponentSafe(parsedURL.username);
              const urlPassword = decodeURIComponentSafe(parsedURL.password);
              auth = {
                username: urlUsername,
                password: urlPassword,
              };
            }

            if (parsedURL.username || parsedURL.password) {
              parsedURL.username = '';
              parsedURL.password = '';
              url = parsedURL.href;
            }
          }

          if (auth) {
            headers.delete('authorization');
            headers.set(
              'Authorization',
              'Basic ' + btoa(encodeUTF8((auth.username || '') + ':' + (auth.password || '')))
            );
          }

          // Enforce maxContentLength for data: URLs up-front so we never materialize
          // an oversized payload. The HTTP adapter applies the same check (see http.js
          // "if (protocol === 'data:')" branch).
          if (hasMaxContentLength && parsedURL && parsedURL.protocol === 'data:') {
            const estimated = estimateDataURLDecodedBytes(parsedURL.href);
            if (estimated > maxContentLength) {
              throw new AxiosError$1(
                'maxContentLength size of ' + maxContentLength + ' exceeded',
                AxiosError$1.ERR_BAD_RESPONSE,
                config,
                request
              );
            }
          }

          const formContentType =
            utils$1.isSpecCompliantForm(data) && AxiosHeaders$1.from(own('headers')).getContentType();
          let formBoundary;
          if (
            utils$1.isString(formContentType) &&
            /^multipart\/form-data(?:\s*;|$)/i.test(formContentType.trim())
          ) {
            const parameters = AxiosHeaders$1.parseParameters(formContentType);
            if (utils$1.hasOwnProp(parameters, 'boundary')) formBoundary = parameters.boundary;
          }

          if (
            utils$1.isSpecCompliantForm(data) &&
            method !== 'get' &&
            method !== 'head' &&
            (hasMaxBodyLength ||
              (onUploadProgress && supportsRequestStream) ||
              formBoundary !== undefined)
          ) {
            data = createMultipartBody(
              data,
              Blob,
              hasMaxBodyLength ? maxBodyLength : Infinity,
              maxBodyLengthError,
              formBoundary
            );
            // Blob.type lowercases its value, including a case-sensitive boundary.
            // Retain the caller's header when an explicit boundary was serialized.
            headers.setContentType(formBoundary === undefined ? data.type : formContentType);
            requestContentLength = data.size;
          }

          // Enforce maxBodyLength against known-size bodies before dispatch using
          // the body's *actual* size — never a caller-declared Content-Length,
          // which could under-report to slip an oversized body past the check.
          // Unknown-size streams return undefined here and are counted per-chunk
          // below as fetch consumes them.
          if (hasMaxBodyLength && method !== 'get' && method !== 'head') {
            const outboundLength = await getBodyLength(data);
            if (typeof outboundLength === 'number' && isFinite(outboundLength)) {
              requestContentLength = outboundLength;
              if (outboundLength > maxBodyLength) {
                throw maxBodyLengthError();
              }
            }
          }

          // A streamed body under maxBodyLength must be counted as fetch consumes
          // it; its size is never trusted from a caller-declared Content-Length.
          const mustEnforceStreamBody =
            hasMaxBodyLength && (utils$1.isReadableStream(data) || utils$1.isStream(data));

          const trackRequestStream = (stream, onProgress, flush) =>
            trackStream(
              stream,
              DEFAULT_CHUNK_SIZE,
              (loadedBytes) => {
                if (hasMaxBodyLength && loadedBytes > maxBodyLength) {
                  throw (pendingBodyError = maxBodyLengthError());
                }
                onProgress && onProgress(loadedBytes);
              },
              flush
            );

          if (
            supportsRequestStream &&
            method !== 'get' &&
            method !== 'head' &&
            (onUploadProgress || mustEnforceStreamBody)
          ) {
            requestContentLength =
              requestContentLength == null
                ? await resolveBodyLength(headers, data)
                : requestContentLength;

            // A declared length of 0 is only trusted to skip the wrap when we are
            // not enforcing a stream limit (which must not rely on that header).
            if (requestContentLength !== 0 || mustEnforceStreamBody) {
              let _request = new Request(url, {
                method: 'POST',
                body: data,
                duplex: 'half',
              });

              let contentTypeHeader;

              if (
                utils$1.isFormData(data) &&
                (contentTypeHeader = _request.headers.get('content-type'))
              ) {
                headers.setContentType(contentTypeHeader);
              }

              if (_request.body) {
                const [onProgress, flush] =
                  (onUploadProgress &&
                    progressEventDecorator(
                      requestContentLength,
                      progressEventReducer(asyncDecorator(onUploadProgress))
                    )) ||
                  [];

                data = trackRequestStream(_request.body, onProgress, flush);
              }
            }
          } else if (
            mustEnforceStreamBody &&
            !isRequestSupported &&
            isReadableStreamSupported &&
            method !== 'get' &&
            method !== 'head'
          ) {
            data = trackRequestStream(data);
          } else if (
            mustEnforceStreamBody &&
            isRequestSupported &&
            !supportsRequestStream &&
            method !== 'get' &&
            method !== 'head'
          ) {
            throw new AxiosError$1(
              'Stream request bodies are not supported by the current fetch implementation',
              AxiosError$1.ERR_NOT_SUPPORT,
              config,
              request
            );
          }

          if (!utils$1.isString(withCredentials)) {
            withCredentials = withCredentials ? 'include' : 'omit';
          }

          // Cloudflare Workers throws when credentials are defined
          // see https://github.com/cloudflare/workerd/issues/902
          const isCredentialsSupported = isRequestSupported && 'credentials' in Request.prototype;

          // If data is FormData and Content-Type is multipart/form-data without boundary,
          // delete it so fetch can set it correctly with the boundary
          if (utils$1.isFormData(data)) {
            const contentType = headers.getContentType();
            if (
              contentType &&
              /^multipart\/form-data/i.test(contentType) &&
              !/boundary=/i.test(contentType)
            ) {
              headers.delete('content-type');
            }
          }

          // Set User-Agent header if not already set (fetch defaults to 'node' in Node.js)
          headers.set('User-Agent', 'axios/' + VERSION$1, false);

          const safeFetchOptions =
            fetchOptions == null ? fetchOptions : Object.assign(Object.create(null), fetchOptions);

          if (safeFetchOptions) {
            // These options are owned by Axios and are already reflected in the
            // resolved Request passed to fetch.
            delete safeFetchOptions.body;
            delete safeFetchOptions.headers;
            delete safeFetchOptions.method;
            delete safeFetchOptions.signal;
            delete safeFetchOptions.duplex;
            delete safeFetchOptions.credentials;
          }

          const resolvedOptions = Object.assign(Object.create(null), safeFetchOptions, {
            signal: composedSignal,
            method: method.toUpperCase(),
            headers: toByteStringHeaderObject(headers.normalize()),
            body: data,
            duplex: 'half',
            credentials: isCredentialsSupported ? withCredentials : undefined,
          });

          if (isRequestSupported) {
            utils$1.forEach(requestDefaults, (value, key) => {
              if (resolvedOptions[key] === undefined) {
                resolvedOptions[key] = value;
              }
            });

            if (resolvedOptions.signal === undefined) {
              resolvedOptions.signal = null;
            }

            if (resolvedOptions.body === undefined) {
              resolvedOptions.body = null;
            }
          }

          if (maxRedirects === 0) {
            resolvedOptions.redirect = 'manual';

            if (safeFetchOptions) {
              safeFetchOptions.redirect = 'manual';
            }
          }

          request = isRequestSupported && new Request(url, resolvedOptions);

          let response = await (isRequestSupported
            ? _fetch(request, safeFetchOptions)
            : _fetch(url, resolvedOptions));

          const responseHeaders = AxiosHeaders$1.from(response.headers);

          // Cheap pre-check: if the server honestly declares a content-length that
          // already exceeds the cap, reject before we start streaming.
          if (hasMaxContentLength) {
            const declaredLength = utils$1.toFiniteNumber(responseHeaders.getContentLength());
            if (declaredLength != null && declaredLength > maxContentLength) {
              throw new AxiosError$1(
                'maxContentLength size of ' + maxContentLength + ' exceeded',
                AxiosError$1.ERR_BAD_RESPONSE,
                config,
                request
              );
            }
          }

          const isStreamResponse =
            supportsResponseStream && (responseType === 'stream' || responseType === 'response');

          if (
            supportsResponseStream &&
            response.body &&
            (onDownloadProgress || hasMaxContentLength || (isStreamResponse && unsubscribe))
          ) {
            const options = {};

            ['status', 'statusText', 'headers'].forEach((prop) => {
              options[prop] = response[prop];
            });

            const responseContentLength = utils$1.toFiniteNumber(responseHeaders.getContentLength());

            const [onProgress, flush] =
              (onDownloadProgress &&
                progressEventDecorator(
                  responseContentLength,
                  progressEventReducer(asyncDecorator(onDownloadProgress), true)
                )) ||
              [];

            let bytesRead = 0;
            const onChunkProgress = (loadedBytes) => {
              if (hasMaxContentLength) {
                bytesRead = loadedBytes;
                if (bytesRead > maxContentLength) {
                  throw (pendingResponseError = new AxiosError$1(
                    'maxContentLength size of ' + maxContentLength + ' exceeded',
                    AxiosError$1.ERR_BAD_RESPONSE,
                    config,
                    request
                  ));
                }
              }
              onProgress && onProgress(loadedBytes);
            };

            response = new Response(
              trackStream(response.body, DEFAULT_CHUNK_SIZE, onChunkProgress, () => {
                flush && flush();
                unsubscribe && unsubscribe();
              }),
              options
            );
          }

          responseType = responseType || 'text';

          let responseData = await resolvers[utils$1.findKey(resolvers, responseType) || 'text'](
            response,
            config
          );

          // Fallback enforcement for environments without ReadableStream support
          // (legacy runtimes). Detect materialized size from typed output; skip
          // streams/Response passthrough since the user will read those themselves.
          if (hasMaxContentLength && !supportsResponseStream && !isStreamResponse) {
            let materializedSize;
            if (responseData != null) {
              if (typeof responseData.byteLength === 'number') {
                materializedSize = responseData.byteLength;
              } else if (typeof responseData.size === 'number') {
                materializedSize = responseData.size;
              } else if (typeof responseData === 'string') {
                materializedSize =
                  typeof TextEncoder === 'function'
                    ? new TextEncoder().encode(responseData).byteLength
                    : responseData.length;
              }
            }
            if (typeof materializedSize === 'number' && materializedSize > maxContentLength) {
              throw new AxiosError$1(
                'maxContentLength size of ' + maxContentLength + ' exceeded',
                AxiosError$1.ERR_BAD_RESPONSE,
                config,
                request
              );
            }
          }

          !isStreamResponse && unsubscribe && unsubscribe();

          return await new Promise((resolve, reject) => {
            settle(resolve, reject, {
              data: responseData,
              headers: AxiosHeaders$1.from(response.headers),
              status: response.status,
              statusText: response.statusText,
              config,
              request,
            });
          });
        } catch (err) {
          unsubscribe && unsubscribe();

          // Safari can surface fetch aborts as a DOMException-like object whose
          // branded getters throw. Prefer our composed signal reason before reading
          // the caught error, preserving timeout vs cancellation semantics.
          if (composedSignal && composedSignal.aborted && composedSignal.reason instanceof AxiosError$1) {
            const canceledError = composedSignal.reason;
            canceledError.config = config;
            request && (canceledError.request = request);
            if (err !== canceledError) {
              // Non-enumerable to match native Error `cause` semantics so loggers
              // don't recurse into circular fetch internals (see #7205).
              Object.defineProperty(canceledError, 'cause', {
                __proto__: null,
                value: err,
                writable: true,
                enumerable: false,
                configurable: true,
              });
            }
            throw canceledError;
          }

          // Surface a maxBodyLength violation we raised while the request body was
          // being streamed. Keeping the original error (rather than reading
          // `err.cause.isAxiosError`) keeps the error deterministic across runtimes
          // and avoids both prototype-pollution reads and mis-attributing a foreign
          // AxiosError that merely happened to land in `err.cause`.
          if (pendingBodyError) {
            request && !pendingBodyError.request && (pendingBodyError.request = request);
            throw pendingBodyError;
          }

          if (pendingResponseError) {
            throw pendingResponseError;
          }

          // Re-throw AxiosErrors we raised synchronously (data: URL / content-length
          // pre-checks, response size enforcement) without re-wrapping them.
          if (err instanceof AxiosError$1) {
            request && !err.request && (err.request = request);
            throw err;
          }

          if (err && err.name === 'TypeError' && /Load failed|fetch/i.test(err.message)) {
            const networkError = new AxiosError$1(
              'Network Error',
              AxiosError$1.ERR_NETWORK,
              config,
              request,
              err && err.response
            );
            // Non-enumerable to match native Error `cause` semantics so loggers
            // don't recurse into circular fetch internals (see #7205).
            Object.defineProperty(networkError, 'cause', {
              __proto__: null,
              value: err.cause || err,
              writable: true,
              enumerable: false,
              configurable: true,
            });
            throw networkError;
          }

          throw AxiosError$1.from(err, err && err.code, config, request, err && err.response);
        }
      };
    };

    const seedCache = new Map();

    const getFetch = (config) => {
      const env = Object.create(null);
      const configuredEnv = config && utils$1.hasOwnProp(config, 'env') && config.env;
      ['fetch', 'Request', 'Response', 'Blob'].forEach((key) => {
        if (configuredEnv && utils$1.hasOwnProp(configuredEnv, key)) {
          env[key] = configuredEnv[key];
        }
      });
      const { fetch, Request, Response, Blob } = env;
      const seeds = [Request, Response, fetch, Blob];

      let len = seeds.length,
        i = len,
        seed,
        target,
        map = seedCache;

      while (i--) {
        seed = seeds[i];
        target = map.get(seed);

        target === undefined && map.set(seed, (target = i ? new Map() : factory(env)));

        map = target;
      }

      return target;
    };

    getFetch();

    /**
     * Known adapters mapping.
     * Provides environment-specific adapters for Axios:
     * - `http` for Node.js
     * - `xhr` for browsers
     * - `fetch` for fetch API-based requests
     *
     * @type {Object<string, Function|Object>}
     */
    const knownAdapters = {
      http: httpAdapter,
      xhr: xhrAdapter,
      fetch: {
        get: getFetch,
      },
    };

    // Assign adapter names for easier debugging and identification
    utils$1.forEach(knownAdapters, (fn, value) => {
      if (fn) {
        try {
          // Null-proto descriptors so a polluted Object.prototype.get cannot turn
          // these data descriptors into accessor descriptors on the way in.
          Object.defineProperty(fn, 'name', { __proto__: null, value });
        } catch (e) {
          // eslint-disable-next-line no-empty
        }
        Object.defineProperty(fn, 'adapterName', { __proto__: null, value });
      }
    });

    /**
     * Render a rejection reason string for unknown or unsupported adapters
     *
     * @param {string} reason
     * @returns {string}
     */
    const renderReason = (reason) => `- ${reason}`;

    /**
     * Check if the adapter is resolved (function, null, or false)
     *
     * @param {Function|null|false} adapter
     * @returns {boolean}
     */
    const isResolvedHandle = (adapter) =>
      utils$1.isFunction(adapter) || adapter === null || adapter === false;

    /**
     * Get the first suitable adapter from the provided list.
     * Tries each adapter in order until a supported one is found.
     * Throws an AxiosError if no adapter is suitable.
     *
     * @param {Array<string|Function>|string|Function} adapters - Adapter(s) by name or function.
     * @param {Object} config - Axios request configuration
     * @throws {AxiosError} If no suitable adapter is available
     * @returns {Function} The resolved adapter function
     */
    function getAdapter$1(adapters, config) {
      adapters = utils$1.isArray(adapters) ? adapters : [adapters];

      const { length } = adapters;
      let nameOrAdapter;
      let adapter;

      const rejectedReasons = {};

      for (let i = 0; i < length; i++) {
        nameOrAdapter = adapters[i];
        let id;

        adapter = nameOrAdapter;

        if (!isResolvedHandle(nameOrAdapter)) {
          adapter = knownAdapters[(id = String(nameOrAdapter)).toLowerCase()];

          if (adapter === undefined) {
            throw new AxiosError$1(`Unknown adapter '${id}'`);
          }
        }

        if (adapter && (utils$1.isFunction(adapter) || (adapter = adapter.get(config)))) {
          break;
        }

        rejectedReasons[id || '#' + i] = adapter;
      }

      if (!adapter) {
        const reasons = Object.entries(rejectedReasons).map(
          ([id, state]) =>
            `adapter ${id} ` +
            (state === false ? 'is not supported by the environment' : 'is not available in the build')
        );

        let s = length
          ? reasons.length > 1
            ? 'since :\n' + reasons.map(renderReason).join('\n')
            : ' ' + renderReason(reasons[0])
          : 'as no adapter specified';

        throw new AxiosError$1(
          `There is no suitable adapter to dispatch the request ` + s,
          AxiosError$1.ERR_NOT_SUPPORT
        );
      }

      return adapter;
    }

    /**
     * Exports Axios adapters and utility to resolve an adapter
     */
    var adapters = {
      /**
       * Resolve an adapter from a list of adapter names or functions.
       * @type {Function}
       */
      getAdapter: getAdapter$1,

      /**
       * Exposes all known adapters
       * @type {Object<string, Function|Object>}
       */
      adapters: knownAdapters,
    };

    /**
     * Throws a `CanceledError` if cancellation has been requested.
     *
     * @param {Object} config The config that is to be used for the request
     *
     * @returns {void}
     */
    function throwIfCancellationRequested(config) {
      if (config.cancelToken) {
        config.cancelToken.throwIfRequested();
      }

      if (config.signal && config.signal.aborted) {
        throw new CanceledError$1(null, config);
      }
    }

    /**
     * Resolve the clock used to time adapter execution.
     *
     * Prefers the monotonic `performance.now()` so wall-clock adjustments do not
     * skew the measurement, and so frameworks that forbid reading the current
     * time during prerendering (e.g. Next.js Cache Components) accept it. Falls
     * back to `Date.now()` in runtimes without the High Resolution Time API.
     *
     * @returns {() => number} Millisecond clock
     */
    function resolveClock() {
      return typeof performance !== 'undefined' && utils$1.isFunction(performance.now)
        ? () => performance.now()
        : Date.now;
    }

    /**
     * Whole milliseconds elapsed since `start`, floored at zero.
     *
     * Rounded so the value stays an integer as with `Date.now()`. The fallback
     * wall clock can move backwards mid-request, so the result is clamped.
     *
     * @param {() => number} now Clock returned by `resolveClock()`
     * @param {number} start Timestamp read from `now`
     *
     * @returns {number} Non-negative elapsed milliseconds
     */
    function elapsedSince(now, start) {
      return Math.max(0, Math.round(now() - start));
    }

    /**
     * Dispatch a request to the server using the configured adapter.
     *
     * @param {object} config The config that is to be used for the request
     *
     * @returns {Promise} The Promise to be fulfilled
     */
    function dispatchRequest(_config) {
      // Interceptors may replace the merged config with an ordinary object. Flatten
      // it at the dispatch boundary so shared prototype members cannot become
      // request behavior, while preserving intentional template/class members.
      const config = utils$1.toSafeFlatObject(_config);

      throwIfCancellationRequested(config);

      config.headers = AxiosHeaders$1.from(utils$1.getSafeProp(config, 'headers'));

      // Transform request data
      config.data = transformData.call(config, config.transformRequest);

      if (['post', 'put', 'patch'].indexOf(config.method) !== -1) {
        config.headers.setContentType('application/x-www-form-urlencoded', false);
      }

      const adapter = adapters.getAdapter(config.adapter || defaults.adapter, config);

      const now = resolveClock();
      const start = now();

      return adapter(config).then(
        function onAdapterResolution(response) {
          throwIfCancellationRequested(config);

          response.duration = elapsedSince(now, start);

          // Expose the current response on config so that transformResponse can
          // attach it to any AxiosError it throws (e.g. on JSON parse failure).
          // We clean it up afterwards to avoid polluting the config object.
          config.response = response;
          try {
            response.data = transformData.call(config, config.transformResponse, response);
          } finally {
            delete config.response;
          }

          response.headers = AxiosHeaders$1.from(response.headers);

          return response;
        },
        function onAdapterRejection(reason) {
          if (!isCancel$1(reason)) {
            throwIfCancellationRequested(config);

            // Transform response data
            if (reason && reason.response) {
              reason.response.duration = elapsedSince(now, start);
              config.response = reason.response;
              try {
                reason.response.data = transformData.call(
                  config,
                  config.transformResponse,
                  reason.response
                );
              } finally {
                delete config.response;
              }
              reason.response.headers = AxiosHeaders$1.from(reason.response.headers);
            }
          }

          return Promise.reject(reason);
        }
      );
    }

    const validators$1 = {};

    // eslint-disable-next-line func-names
    ['object', 'boolean', 'number', 'function', 'string', 'symbol'].forEach((type, i) => {
      validators$1[type] = function validator(thing) {
        return typeof thing === type || 'a' + (i < 1 ? 'n ' : ' ') + type;
      };
    });

    const deprecatedWarnings = {};

    /**
     * Transitional option validator
     *
     * @param {function|boolean?} validator - set to false if the transitional option has been removed
     * @param {string?} version - deprecated version / removed since version
     * @param {string?} message - some message with additional info
     *
     * @returns {function}
     */
    validators$1.transitional = function transitional(validator, version, message) {
      function formatMessage(opt, desc) {
        return (
          '[Axios v' +
          VERSION$1 +
          "] Transitional option '" +
          opt +
          "'" +
          desc +
          (message ? '. ' + message : '')
        );
      }

      // eslint-disable-next-line func-names
      return (value, opt, opts) => {
        if (validator === false) {
          throw new AxiosError$1(
            formatMessage(opt, ' has been removed' + (version ? ' in ' + version : '')),
            AxiosError$1.ERR_DEPRECATED
          );
        }

        if (version && !deprecatedWarnings[opt]) {
          deprecatedWarnings[opt] = true;
          // eslint-disable-next-line no-console
          console.warn(
            formatMessage(
              opt,
              ' has been deprecated since v' + version + ' and will be removed in the near future'
            )
          );
        }

        return validator ? validator(value, opt, opts) : true;
      };
    };

    validators$1.spelling = function spelling(correctSpelling) {
      return (value, opt) => {
        // eslint-disable-next-line no-console
        console.warn(`${opt} is likely a misspelling of ${correctSpelling}`);
        return true;
      };
    };

    /**
     * Assert object's properties type
     *
     * @param {object} options
     * @param {object} schema
     * @param {boolean?} allowUnknown
     *
     * @returns {object}
     */

    function assertOptions(options, schema, allowUnknown) {
      if (typeof options !== 'object' || options === null) {
        throw new AxiosError$1('options must be an object', AxiosError$1.ERR_BAD_OPTION_VALUE);
      }
      const keys = Object.keys(options);
      let i = keys.length;
      while (i-- > 0) {
        const opt = keys[i];
        // Use hasOwnProperty so a polluted Object.prototype.<opt> cannot supply
        // a non-function validator and cause a TypeError.
        const validator = Object.prototype.hasOwnProperty.call(schema, opt) ? schema[opt] : undefined;
        if (validator) {
          const value = options[opt];
          const result = value === undefined || validator(value, opt, options);
          if (result !== true) {
            throw new AxiosError$1(
              'option ' + opt + ' must be ' + result,
              AxiosError$1.ERR_BAD_OPTION_VALUE
            );
          }
          continue;
        }
        if (allowUnknown !== true) {
          throw new AxiosError$1('Unknown option ' + opt, AxiosError$1.ERR_BAD_OPTION);
        }
      }
    }

    var validator = {
      assertOptions,
      validators: validators$1,
    };

    const validators = validator.validators;

    // Recognize header maps without consuming objects intended as literal values.
    // AxiosHeaders from other builds share a brand and header-container interface,
    // but not constructor identity. A tag and toJSON alone can describe a literal.
    const isHeadersBucket = (value) => {
      if (value == null || utils$1.isPlainObject(value) || value instanceof AxiosHeaders$1) {
        return true;
      }

      try {
        return (
          utils$1.isObject(value) &&
          utils$1.getSafeProp(value, Symbol.toStringTag) === 'AxiosHeaders' &&
          [
            'toJSON',
            'set',
            'get',
            'has',
            'delete',
            'clear',
            'normalize',
            'concat',
            'toString',
            Symbol.iterator,
          ].every((method) => utils$1.isFunction(utils$1.getSafeProp(value, method)))
        );
      } catch (e) {
        // A failed optional brand probe must not prevent literal header serialization.
        return false;
      }
    };

    /**
     * Create a new instance of Axios
     *
     * @param {Object} instanceConfig The default config for the instance
     *
     * @return {Axios} A new instance of Axios
     */
    let Axios$1 = class Axios {
      constructor(instanceConfig) {
        this.defaults = instanceConfig || {};
        this.interceptors = {
          request: new InterceptorManager(),
          response: new InterceptorManager(),
        };
      }

      /**
       * Dispatch a request
       *
       * @param {String|Object} configOrUrl The config specific for this request (merged with this.defaults)
       * @param {?Object} config
       *
       * @returns {Promise} The Promise to be fulfilled
       */
      async request(configOrUrl, config) {
        try {
          return await this._request(configOrUrl, config);
        } catch (err) {
          if (err instanceof Error) {
            try {
              let dummy = {};

              Error.captureStackTrace ? Error.captureStackTrace(dummy) : (dummy = new Error());

              const dummyStack = dummy.stack;
              let stack = '';

              // slice off the Error: ... line
              if (typeof dummyStack === 'string') {
                const firstNewlineIndex = dummyStack.indexOf('\n');

                stack = firstNewlineIndex === -1 ? '' : dummyStack.slice(firstNewlineIndex + 1);
              }

              if (!err.stack) {
                err.stack = stack;
              } else if (stack) {
                // Match a common suffix after the 2 top frames when available,
                // otherwise compare the full reconstructed stack.
                const firstNewlineIndex = stack.indexOf('\n');
                const secondNewlineIndex =
                  firstNewlineIndex === -1 ? -1 : stack.indexOf('\n', firstNewlineIndex + 1);
                const duplicateCheckSuffix =
                  secondNewlineIndex === -1 ? stack : stack.slice(secondNewlineIndex + 1);

                // `AxiosError.from()` may have already inlined the wrapped error's
                // stack under a `Caused by:` marker. Keep the reconstructed caller
                // frames ahead of that marker so stack-only reporters do not read
                // them as part of the low-level cause.
                const currentStack = String(err.stack);
                const causeIndex = getCauseStackIndex(err, currentStack);
                const stackHead = causeIndex === -1 ? currentStack : currentStack.slice(0, causeIndex);
                const causeSection = causeIndex === -1 ? '' : currentStack.slice(causeIndex);

                if (!stackHead.endsWith(duplicateCheckSuffix)) {
                  err.stack = stackHead + '\n' + stack + causeSection;
                }
              }
            } catch (e) {
              // Ignore failures from custom stack hooks or un-writable stack properties.
            }
          }

          throw err;
        }
      }

      _request(configOrUrl, config) {
        /*eslint no-param-reassign:0*/
        // Allow for axios('example/url'[, config]) a la fetch API
        if (typeof configOrUrl === 'string') {
          config = config || {};
          config.url = configOrUrl;
        } else {
          config = configOrUrl || {};
        }

        config = mergeConfig$1(this.defaults, config);

        const { transitional, paramsSerializer, headers } = config;

        if (transitional !== undefined) {
          validator.assertOptions(
            transitional,
            {
              silentJSONParsing: validators.transitional(validators.boolean),
              forcedJSONParsing: validators.transitional(validators.boolean),
              clarifyTimeoutError: validators.transitional(validators.boolean),
              legacyInterceptorReqResOrdering: validators.transitional(validators.boolean),
              advertiseZstdAcceptEncoding: validators.transitional(validators.boolean),
              validateStatusUndefinedResolves: validators.transitional(validators.boolean),
              encodeBasicAuthUsername: validators.transitional(validators.boolean),
            },
            false
          );
        }

        if (paramsSerializer != null) {
          if (utils$1.isFunction(paramsSerializer)) {
            config.paramsSerializer = {
              serialize: paramsSerializer,
            };
          } else {
            validator.assertOptions(
              paramsSerializer,
              {
                encode: validators.function,
                serialize: validators.function,
              },
              true
            );
          }
        }

        // Set config.allowAbsoluteUrls
        if (config.allowAbsoluteUrls !== undefined) ; else if (
          utils$1.hasOwnProp(this.defaults, 'allowAbsoluteUrls') &&
          this.defaults.allowAbsoluteUrls !== undefined
        ) {
          config.allowAbsoluteUrls = this.defaults.allowAbsoluteUrls;
        } else {
          config.allowAbsoluteUrls = true;
        }

        validator.assertOptions(
          config,
          {
            baseUrl: validators.spelling('baseURL'),
            withXsrfToken: validators.spelling('withXSRFToken'),
          },
          true
        );

        // Set config.method
        config.method = (
          utils$1.getSafeProp(config, 'method') ||
          utils$1.getSafeProp(this.defaults, 'method') ||
          'get'
        ).toLowerCase();

        // Flatten header defaults without consuming literal method-named headers.
        const commonHeaders = utils$1.getSafeProp(headers, 'common');
        const methodHeaders = utils$1.getSafeProp(headers, config.method);
        const contextHeaders =
          headers &&
          utils$1.merge(
            isHeadersBucket(commonHeaders) ? commonHeaders : undefined,
            isHeadersBucket(methodHeaders) ? methodHeaders : undefined
          );

        headers &&
          utils$1.forEach(methodList.concat('common'), (method) => {
            if (isHeadersBucket(utils$1.getSafeProp(headers, method))) {
              delete headers[method];
            }
          });

        config.headers = AxiosHeaders$1.concat(contextHeaders, headers);

        // filter out skipped interceptors
        const requestInterceptorChain = [];
        let synchronousRequestInterceptors = true;
        this.interceptors.request.forEach(function unshiftRequestInterceptors(interceptor) {
          if (typeof interceptor.runWhen === 'function' && interceptor.runWhen(config) === false) {
            return;
          }

          synchronousRequestInterceptors = synchronousRequestInterceptors && interceptor.synchronous;

          const transitional = config.transitional || transitionalDefaults;
          const legacyInterceptorReqResOrdering =
            transitional && transitional.legacyInterceptorReqResOrdering;

          if (legacyInterceptorReqResOrdering) {
            requestInterceptorChain.unshift(interceptor.fulfilled, interceptor.rejected);
          } else {
            requestInterceptorChain.push(interceptor.fulfilled, interceptor.rejected);
          }
        });

        const responseInterceptorChain = [];
        this.interceptors.response.forEach(function pushResponseInterceptors(interceptor) {
          responseInterceptorChain.push(interceptor.fulfilled, interceptor.rejected);
        });

        let promise;
        let i = 0;
        let len;

        if (!synchronousRequestInterceptors) {
          const chain = [dispatchRequest.bind(this), undefined];
          chain.unshift(...requestInterceptorChain);
          chain.push(...responseInterceptorChain);
          len = chain.length;

          promise = Promise.resolve(config);

          while (i < len) {
            promise = promise.then(chain[i++], chain[i++]);
          }

          return promise;
        }

        len = requestInterceptorChain.length;

        let newConfig = config;

        while (i < len) {
          const onFulfilled = requestInterceptorChain[i++];
          const onRejected = requestInterceptorChain[i++];
          try {
            newConfig = onFulfilled ? onFulfilled(newConfig) : newConfig;
          } catch (error) {
            if (!onRejected) {
              promise = Promise.reject(error);
              break;
            }

            try {
              const rejectedResult = onRejected.call(this, error);

              if (utils$1.isThenable(rejectedResult)) {
                promise = Promise.resolve(rejectedResult).then(() =>
                  dispatchRequest.call(this, newConfig)
                );
              }
            } catch (rejectedError) {
              promise = Promise.reject(rejectedError);
            }

            break;
          }
        }

        if (!promise) {
          try {
            promise = dispatchRequest.call(this, newConfig);
          } catch (error) {
            promise = Promise.reject(error);
          }
        }

        i = 0;
        len = responseInterceptorChain.length;

        while (i < len) {
          promise = promise.then(responseInterceptorChain[i++], responseInterceptorChain[i++]);
        }

        return promise;
      }

      getUri(config) {
        config = mergeConfig$1(this.defaults, config);
        const fullPath = buildFullPath(config.baseURL, config.url, config.allowAbsoluteUrls, config);
        return buildURL(fullPath, config.params, config.paramsSerializer);
      }
    };

    // Provide aliases for supported request methods
    utils$1.forEach(['delete', 'get', 'head', 'options'], function forEachMethodNoData(method) {
      /*eslint func-names:0*/
      Axios$1.prototype[method] = async function (url, config) {
        return this.request(
          mergeConfig$1(config || {}, {
            method,
            url,
            data: config && utils$1.hasOwnProp(config, 'data') ? config.data : undefined,
          })
        );
      };
    });

    utils$1.forEach(['post', 'put', 'patch', 'query'], function forEachMethodWithData(method) {
      function generateHTTPMethod(isForm) {
        return async function httpMethod(url, data, config) {
          return this.request(
            mergeConfig$1(config || {}, {
              method,
              headers: isForm
                ? {
                    'Content-Type': 'multipart/form-data',
                  }
                : {},
              url,
              data,
            })
          );
        };
      }

      Axios$1.prototype[method] = generateHTTPMethod();

      // QUERY is a safe/idempotent read method; multipart form bodies don't fit
      // its semantics, so no queryForm shorthand is generated.
      if (method !== 'query') {
        Axios$1.prototype[method + 'Form'] = generateHTTPMethod(true);
      }
    });

    /**
     * A `CancelToken` is an object that can be used to request cancellation of an operation.
     *
     * @param {Function} executor The executor function.
     *
     * @returns {CancelToken}
     */
    let CancelToken$1 = class CancelToken {
      constructor(executor) {
        if (typeof executor !== 'function') {
          throw new TypeError('executor must be a function.');
        }

        let resolvePromise;

        this.promise = new Promise(function promiseExecutor(resolve) {
          resolvePromise = resolve;
        });

        const token = this;

        // eslint-disable-next-line func-names
        this.promise.then((cancel) => {
          if (!token._listeners) return;

          let i = token._listeners.length;

          while (i-- > 0) {
            token._listeners[i](cancel);
          }
          token._listeners = null;
        });

        // eslint-disable-next-line func-names
        this.promise.then = (onfulfilled) => {
          let _resolve;
          // eslint-disable-next-line func-names
          const promise = new Promise((resolve) => {
            token.subscribe(resolve);
            _resolve = resolve;
          }).then(onfulfilled);

          promise.cancel = function reject() {
            token.unsubscribe(_resolve);
          };

          return promise;
        };

        executor(function cancel(message, config, request) {
          if (token.reason) {
            // Cancellation has already been requested
            return;
          }

          token.reason = new CanceledError$1(message, config, request);
          resolvePromise(token.reason);
        });
      }

      /**
       * Throws a `CanceledError` if cancellation has been requested.
       */
      throwIfRequested() {
        if (this.reason) {
          throw this.reason;
        }
      }

      /**
       * Subscribe to the cancel signal
       */

      subscribe(listener) {
        if (this.reason) {
          listener(this.reason);
          return;
        }

        if (this._listeners) {
          this._listeners.push(listener);
        } else {
          this._listeners = [listener];
        }
      }

      /**
       * Unsubscribe from the cancel signal
       */

      unsubscribe(listener) {
        if (!this._listeners) {
          return;
        }
        const index = this._listeners.indexOf(listener);
        if (index !== -1) {
          this._listeners.splice(index, 1);
        }
      }

      toAbortSignal() {
        const controller = new AbortController();

        const abort = (err) => {
          controller.abort(err);
        };

        this.subscribe(abort);

        controller.signal.unsubscribe = () => this.unsubscribe(abort);

        return controller.signal;
      }

      /**
       * Returns an object that contains a new `CancelToken` and a function that, when called,
       * cancels the `CancelToken`.
       */
      static source() {
        let cancel;
        const token = new CancelToken(function executor(c) {
          cancel = c;
        });
        return {
          token,
          cancel,
        };
      }
    };

    /**
     * Syntactic sugar for invoking a function and expanding an array for arguments.
     *
     * Common use case would be to use `Function.prototype.apply`.
     *
     *  ```js
     *  function f(x, y, z) {}
     *  const args = [1, 2, 3];
     *  f.apply(null, args);
     *  ```
     *
     * With `spread` this example can be re-written.
     *
     *  ```js
     *  spread(function(x, y, z) {})([1, 2, 3]);
     *  ```
     *
     * @param {Function} callback
     *
     * @returns {Function}
     */
    function spread$1(callback) {
      return function wrap(arr) {
        return callback.apply(null, arr);
      };
    }

    /**
     * Determines whether the payload is an error thrown by Axios
     *
     * @param {*} payload The value to test
     *
     * @returns {boolean} True if the payload is an error thrown by Axios, otherwise false
     */
    function isAxiosError$1(payload) {
      return utils$1.isObject(payload) && payload.isAxiosError === true;
    }

    const HttpStatusCode$1 = {
      Continue: 100,
      SwitchingProtocols: 101,
      Processing: 102,
      EarlyHints: 103,
      Ok: 200,
      Created: 201,
      Accepted: 202,
      NonAuthoritativeInformation: 203,
      NoContent: 204,
      ResetContent: 205,
      PartialContent: 206,
      MultiStatus: 207,
      AlreadyReported: 208,
      ImUsed: 226,
      MultipleChoices: 300,
      MovedPermanently: 301,
      Found: 302,
      SeeOther: 303,
      NotModified: 304,
      UseProxy: 305,
      Unused: 306,
      TemporaryRedirect: 307,
      PermanentRedirect: 308,
      BadRequest: 400,
      Unauthorized: 401,
      PaymentRequired: 402,
      Forbidden: 403,
      NotFound: 404,
      MethodNotAllowed: 405,
      NotAcceptable: 406,
      ProxyAuthenticationRequired: 407,
      RequestTimeout: 408,
      Conflict: 409,
      Gone: 410,
      LengthRequired: 411,
      PreconditionFailed: 412,
      /**
       * @deprecated Use `ContentTooLarge` instead.
       */
      PayloadTooLarge: 413,
      ContentTooLarge: 413,
      UriTooLong: 414,
      UnsupportedMediaType: 415,
      RangeNotSatisfiable: 416,
      ExpectationFailed: 417,
      ImATeapot: 418,
      MisdirectedRequest: 421,
      /**
       * @deprecated Use `UnprocessableContent` instead.
       */
      UnprocessableEntity: 422,
      UnprocessableContent: 422,
      Locked: 423,
      FailedDependency: 424,
      TooEarly: 425,
      UpgradeRequired: 426,
      PreconditionRequired: 428,
      TooManyRequests: 429,
      RequestHeaderFieldsTooLarge: 431,
      UnavailableForLegalReasons: 451,
      InternalServerError: 500,
      NotImplemented: 501,
      BadGateway: 502,
      ServiceUnavailable: 503,
      GatewayTimeout: 504,
      HttpVersionNotSupported: 505,
      VariantAlsoNegotiates: 506,
      InsufficientStorage: 507,
      LoopDetected: 508,
      NotExtended: 510,
      NetworkAuthenticationRequired: 511,
      WebServerReturnsAnUnknownError: 520,
      WebServerIsDown: 521,
      ConnectionTimedOut: 522,
      OriginIsUnreachable: 523,
      TimeoutOccurred: 524,
      SslHandshakeFailed: 525,
      InvalidSslCertificate: 526,
    };

    Object.entries(HttpStatusCode$1).forEach(([key, value]) => {
      if (HttpStatusCode$1[value] === undefined) {
        HttpStatusCode$1[value] = key;
      }
    });

    /**
     * Create an instance of Axios
     *
     * @param {Object} defaultConfig The default config for the instance
     *
     * @returns {Axios} A new instance of Axios
     */
    function createInstance(defaultConfig) {
      const context = new Axios$1(defaultConfig);
      const instance = bind(Axios$1.prototype.request, context);

      // Copy axios.prototype to instance
      utils$1.extend(instance, Axios$1.prototype, context, { allOwnKeys: true });

      // Copy context to instance
      utils$1.extend(instance, context, null, { allOwnKeys: true });

      // Factory for creating new instances
      instance.create = function create(instanceConfig) {
        return createInstance(mergeConfig$1(defaultConfig, instanceConfig));
      };

      return instance;
    }

    // Create the default instance to be exported
    const axios = createInstance(defaults);

    // Expose Axios class to allow class inheritance
    axios.Axios = Axios$1;

    // Expose Cancel & CancelToken
    axios.CanceledError = CanceledError$1;
    axios.CancelToken = CancelToken$1;
    axios.isCancel = isCancel$1;
    axios.VERSION = VERSION$1;
    axios.toFormData = toFormData$1;

    // Expose AxiosError class
    axios.AxiosError = AxiosError$1;

    // alias for CanceledError for backward compatibility
    axios.Cancel = axios.CanceledError;

    // Expose all/spread
    axios.all = function all(promises) {
      return Promise.all(promises);
    };

    axios.spread = spread$1;

    // Expose isAxiosError
    axios.isAxiosError = isAxiosError$1;

    // Expose mergeConfig
    axios.mergeConfig = mergeConfig$1;

    axios.AxiosHeaders = AxiosHeaders$1;

    axios.formToJSON = (thing) => formDataToJSON(utils$1.isHTMLForm(thing) ? new FormData(thing) : thing);

    axios.getAdapter = adapters.getAdapter;

    axios.HttpStatusCode = HttpStatusCode$1;

    axios.default = axios;

    // This module is intended to unwrap Axios default export as named.
    // Keep top-level export same with static properties
    // so that it can keep same with es module or cjs
    const {
      Axios,
      AxiosError,
      CanceledError,
      isCancel,
      CancelToken,
      VERSION,
      all,
      Cancel,
      isAxiosError,
      spread,
      toFormData,
      AxiosHeaders,
      HttpStatusCode,
      formToJSON,
      getAdapter,
      mergeConfig,
      create,
    } = axios;

    var index = /*#__PURE__*/Object.freeze({
        __proto__: null,
        Axios: Axios,
        AxiosError: AxiosError,
        AxiosHeaders: AxiosHeaders,
        Cancel: Cancel,
        CancelToken: CancelToken,
        CanceledError: CanceledError,
        HttpStatusCode: HttpStatusCode,
        VERSION: VERSION,
        all: all,
        create: create,
        default: axios,
        formToJSON: formToJSON,
        getAdapter: getAdapter,
        isAxiosError: isAxiosError,
        isCancel: isCancel,
        mergeConfig: mergeConfig,
        spread: spread,
        toFormData: toFormData
    });

    exports.AbortError = AbortError;
    exports.AuthenticationError = AuthenticationError;
    exports.BadRequestError = BadRequestError;
    exports.CSV_IMPORT_LIMITS = CSV_IMPORT_LIMITS;
    exports.ConflictError = ConflictError;
    exports.ContactsBulkError = ContactsBulkError;
    exports.DEFAULT_BASE_URL = DEFAULT_BASE_URL;
    exports.DEFAULT_OAUTH_REALM = DEFAULT_OAUTH_REALM;
    Object.defineProperty(exports, "Direction", {
        configurable: true,
        enumerable: true,
        get: function () { return exports.HistoryDirection; }
    });
    exports.FaxStatus = FaxStatus;
    Object.defineProperty(exports, "HangUpCause", {
        configurable: true,
        enumerable: true,
        get: function () { return exports.HangupCause; }
    });
    exports.NetworkError = NetworkError;
    exports.NotFoundError = NotFoundError;
    exports.OAuthError = OAuthError;
    exports.OAuthSessionExpiredError = OAuthSessionExpiredError;
    exports.PaginationStalledError = PaginationStalledError;
    exports.PaymentRequiredError = PaymentRequiredError;
    exports.PermissionError = PermissionError;
    exports.RateLimitError = RateLimitError;
    exports.SDK_VERSION = SDK_VERSION;
    exports.ServerError = ServerError;
    exports.SipgateIOError = SipgateIOError;
    exports.SmsSenderRestoreError = SmsSenderRestoreError;
    exports.TimeoutError = TimeoutError;
    exports.VCARD_LIMITS = VCARD_LIMITS;
    exports.ValidationError = ValidationError;
    exports.WebhookResponse = WebhookResponse;
    exports.createCallModule = createCallModule;
    exports.createContactsModule = createContactsModule;
    exports.createDevicesModule = createDevicesModule;
    exports.createFaxModule = createFaxModule;
    exports.createHistoryModule = createHistoryModule;
    exports.createNumbersModule = createNumbersModule;
    exports.createOAuthClient = createOAuthClient;
    exports.createOAuthSession = createOAuthSession;
    exports.createRTCMModule = createRTCMModule;
    exports.createSMSModule = createSMSModule;
    exports.createSettingsModule = createSettingsModule;
    exports.createSmsModule = createSMSModule;
    exports.createVoicemailsModule = createVoicemailsModule;
    exports.sipgateIO = sipgateIO;

}));
