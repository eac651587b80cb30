import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 2815:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const formats_1 = __nccwpck_require__(779);
const limit_1 = __nccwpck_require__(1284);
const codegen_1 = __nccwpck_require__(1436);
const fullName = new codegen_1.Name("fullFormats");
const fastName = new codegen_1.Name("fastFormats");
const formatsPlugin = (ajv, opts = { keywords: true }) => {
    if (Array.isArray(opts)) {
        addFormats(ajv, opts, formats_1.fullFormats, fullName);
        return ajv;
    }
    const [formats, exportName] = opts.mode === "fast" ? [formats_1.fastFormats, fastName] : [formats_1.fullFormats, fullName];
    const list = opts.formats || formats_1.formatNames;
    addFormats(ajv, list, formats, exportName);
    if (opts.keywords)
        (0, limit_1.default)(ajv);
    return ajv;
};
formatsPlugin.get = (name, mode = "full") => {
    const formats = mode === "fast" ? formats_1.fastFormats : formats_1.fullFormats;
    const f = formats[name];
    if (!f)
        throw new Error(`Unknown format "${name}"`);
    return f;
};
function addFormats(ajv, list, fs, exportName) {
    var _a;
    var _b;
    (_a = (_b = ajv.opts.code).formats) !== null && _a !== void 0 ? _a : (_b.formats = (0, codegen_1._) `require("ajv-formats/dist/formats").${exportName}`);
    for (const f of list)
        ajv.addFormat(f, fs[f]);
}
module.exports = exports = formatsPlugin;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = formatsPlugin;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 1284:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatLimitDefinition = void 0;
const ajv_1 = __nccwpck_require__(2463);
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    formatMaximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    formatMinimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    formatExclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    formatExclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `should be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
exports.formatLimitDefinition = {
    keyword: Object.keys(KWDs),
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, keyword, it } = cxt;
        const { opts, self } = it;
        if (!opts.validateFormats)
            return;
        const fCxt = new ajv_1.KeywordCxt(it, self.RULES.all.format.definition, "format");
        if (fCxt.$data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fmt = gen.const("fmt", (0, codegen_1._) `${fmts}[${fCxt.schemaCode}]`);
            cxt.fail$data((0, codegen_1.or)((0, codegen_1._) `typeof ${fmt} != "object"`, (0, codegen_1._) `${fmt} instanceof RegExp`, (0, codegen_1._) `typeof ${fmt}.compare != "function"`, compareCode(fmt)));
        }
        function validateFormat() {
            const format = fCxt.schema;
            const fmtDef = self.formats[format];
            if (!fmtDef || fmtDef === true)
                return;
            if (typeof fmtDef != "object" ||
                fmtDef instanceof RegExp ||
                typeof fmtDef.compare != "function") {
                throw new Error(`"${keyword}": format "${format}" does not define "compare" function`);
            }
            const fmt = gen.scopeValue("formats", {
                key: format,
                ref: fmtDef,
                code: opts.code.formats ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(format)}` : undefined,
            });
            cxt.fail$data(compareCode(fmt));
        }
        function compareCode(fmt) {
            return (0, codegen_1._) `${fmt}.compare(${data}, ${schemaCode}) ${KWDs[keyword].fail} 0`;
        }
    },
    dependencies: ["format"],
};
const formatLimitPlugin = (ajv) => {
    ajv.addKeyword(exports.formatLimitDefinition);
    return ajv;
};
exports["default"] = formatLimitPlugin;
//# sourceMappingURL=limit.js.map

/***/ }),

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/simulator/jsonapi.ts
// JSON:API documents and Apple's ErrorResponse, with the codes and wording App Store Connect uses.

/** A refusal: thrown anywhere below a route and turned into an ErrorResponse by the server. */
class ApiError extends Error {
    status;
    errors;
    headers;
    constructor(status, errors, headers = {}) {
        super(errors.map(e => `${e.code}: ${e.detail}`).join('; '));
        this.status = status;
        this.errors = errors;
        this.headers = headers;
    }
}
function errorObject(status, code, title, detail, source) {
    return {
        id: (0,external_node_crypto_namespaceObject.randomUUID)(),
        status: String(status),
        code,
        title,
        detail,
        ...(source ? { source } : {})
    };
}
function apiError(status, code, title, detail, source) {
    return new ApiError(status, [errorObject(status, code, title, detail, source)]);
}
/** Apple's own wording for the errors every endpoint can give. */
const errors = {
    notAuthorized: () => apiError(401, 'NOT_AUTHORIZED', 'Authentication credentials are missing or invalid.', 'Provide a properly configured and signed bearer token, and make sure that it has not expired. Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens'),
    pathNotFound: () => apiError(404, 'NOT_FOUND', 'The specified resource does not exist', 'The path provided does not match a defined resource type.'),
    notFound: (type, id) => apiError(404, 'NOT_FOUND', 'The specified resource does not exist', `There is no resource of type '${type}' with id '${id}'`),
    methodNotAllowed: () => apiError(405, 'METHOD_NOT_ALLOWED', 'The request method is not valid for the resource path.', 'The request method used for this request is not valid for the resource path. Please consult the documentation.'),
    rateLimited: (retryAfterSeconds) => {
        const e = apiError(429, 'RATE_LIMIT_EXCEEDED', 'The request rate limit has been reached.', "We've received too many requests for this API. Please wait and try again or slow down your request rate.");
        if (retryAfterSeconds !== undefined)
            e.headers['Retry-After'] = String(retryAfterSeconds);
        return e;
    },
    unexpected: () => apiError(500, 'UNEXPECTED_ERROR', 'An unexpected error occurred.', 'An unexpected error occurred on the server side. If this issue continues, contact us at https://developer.apple.com/contact/.'),
    unavailable: () => apiError(503, 'SERVICE_UNAVAILABLE', 'The service is temporarily unavailable.', 'The service is temporarily unavailable. Please try again later.'),
    parameterInvalid: (parameter, detail) => apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', detail, {
        parameter
    }),
    parameterIllegal: (parameter) => apiError(400, 'PARAMETER_ERROR.ILLEGAL', 'A parameter is not allowed for this request', `The parameter '${parameter}' can not be used with this request`, { parameter }),
    parameterRequired: (parameter) => apiError(400, 'PARAMETER_ERROR.REQUIRED', 'A required parameter is missing', `The parameter '${parameter}' is required for this request`, { parameter }),
    /** The asset pack identifier rule: letters, digits and hyphens (a dot is the classic mistake). */
    identifierInvalid: (source, values) => apiError(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', `Found invalid values: ${values.map(v => `'${v}'`).join(', ')}. An asset pack identifier can only contain letters, numbers and hyphens.`, source),
    unparsable: (detail) => apiError(422, 'ENTITY_UNPROCESSABLE', 'The request entity is not structurally correct', detail),
    stateError: (detail, pointer) => apiError(409, 'STATE_ERROR', 'The request cannot be fulfilled because of the state of another resource.', detail, pointer ? { pointer } : undefined),
    attributeInvalid: (pointer, detail) => apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'An attribute value is invalid.', detail, {
        pointer
    })
};
/** The identifier rule App Store Connect applies to asset pack identifiers. */
const ASSET_PACK_IDENTIFIER = /^[A-Za-z0-9-]+$/;
/** Applies `fields[type]=a,b` (sparse fieldsets) to a resource. */
function sparse(resource, fields) {
    const wanted = fields.get(resource.type);
    if (!wanted)
        return resource;
    const keep = (o) => o ? Object.fromEntries(Object.entries(o).filter(([k]) => wanted.includes(k))) : undefined;
    const out = { type: resource.type, id: resource.id };
    const attributes = keep(resource.attributes);
    const relationships = keep(resource.relationships);
    if (attributes && Object.keys(attributes).length)
        out.attributes = attributes;
    if (relationships && Object.keys(relationships).length)
        out.relationships = relationships;
    if (resource.links)
        out.links = resource.links;
    return out;
}
function uniqueResources(resources) {
    const seen = new Set();
    return resources.filter(r => {
        const key = `${r.type}/${r.id}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
const DEFAULT_LIMIT = 50;
/** Cursor paging as App Store Connect does it: an opaque `cursor` and `links.next`. */
function paginate(all, limit, cursor) {
    const size = limit ?? DEFAULT_LIMIT;
    let offset = 0;
    if (cursor !== undefined) {
        const decoded = Number(Buffer.from(cursor, 'base64url').toString('utf8'));
        if (!Number.isInteger(decoded) || decoded < 0) {
            throw errors.parameterInvalid('cursor', `'${cursor}' is not a valid cursor for this request`);
        }
        offset = decoded;
    }
    const items = all.slice(offset, offset + size);
    const next = offset + size;
    return {
        items,
        limit: size,
        total: all.length,
        ...(next < all.length ? { nextCursor: Buffer.from(String(next)).toString('base64url') } : {})
    };
}
/** A URL as a valid URI reference: WHATWG URLs leave '[' and ']' raw in the query. */
function uriReference(url) {
    return `${url.origin}${url.pathname}${url.search.replace(/\[/g, '%5B').replace(/\]/g, '%5D')}`;
}
function pagedDocument(data, page, selfUrl, included) {
    const links = { self: uriReference(selfUrl) };
    if (page.nextCursor) {
        const next = new URL(selfUrl);
        next.searchParams.set('cursor', page.nextCursor);
        links.next = uriReference(next);
    }
    return {
        data,
        ...(included && included.length ? { included } : {}),
        links,
        meta: {
            paging: {
                total: page.total,
                limit: page.limit,
                ...(page.nextCursor ? { nextCursor: page.nextCursor } : {})
            }
        }
    };
}

;// CONCATENATED MODULE: ./src/simulator/routes/context.ts
// What a route gets: the request read against its spec operation, and the simulator's parts.

/** A document for one resource, with sparse fieldsets applied. */
function single(ctx, resource, included = [], status = 200) {
    const inc = uniqueResources(included).map(r => sparse(r, ctx.fields));
    return {
        status,
        body: {
            data: sparse(resource, ctx.fields),
            ...(inc.length ? { included: inc } : {}),
            links: { self: status === 201 ? (resource.links?.self ?? selfOf(ctx.url)) : selfOf(ctx.url) }
        }
    };
}
/** A paged list document: `limit`, `cursor`, `links.next`, `meta.paging`. */
function list(ctx, items, toResource) {
    const page = paginate(items, ctx.query.limit, ctx.query.cursor);
    const included = [];
    const data = page.items.map(item => sparse(toResource(item, included), ctx.fields));
    const inc = uniqueResources(included).map(r => sparse(r, ctx.fields));
    return { status: 200, body: pagedDocument(data, page, ctx.url, inc) };
}
/** A paged list of resource linkages (the `/relationships/` endpoints). */
function linkages(ctx, type, ids) {
    const page = paginate(ids, ctx.query.limit, ctx.query.cursor);
    return {
        status: 200,
        body: pagedDocument(page.items.map(id => ({ type, id })), page, ctx.url)
    };
}
function selfOf(url) {
    return `${url.origin}${url.pathname}`;
}
/** The `data` member of a body that has passed schema validation. */
function dataOf(body) {
    return body.data;
}

;// CONCATENATED MODULE: ./src/simulator/routes/packs.ts
// Asset packs: the backgroundAssets resource and an app's list of them.


function packOr404(ctx, id) {
    const pack = ctx.sim.state.packs.get(id);
    if (!pack)
        throw errors.notFound('backgroundAssets', id);
    return pack;
}
function appPacks(ctx) {
    const appId = ctx.params.id ?? '';
    if (!ctx.sim.state.apps.has(appId))
        throw errors.notFound('apps', appId);
    return ctx.sim.state.packsOfApp(appId);
}
const SORT_KEYS = {
    assetPackIdentifier: p => p.assetPackIdentifier,
    createdDate: p => p.createdDate
};
/** GET /v1/apps/{id}/backgroundAssets */
const listAppPacks = ctx => {
    let packs = appPacks(ctx);
    const q = ctx.query.lists;
    const identifiers = q.get('filter[assetPackIdentifier]');
    if (identifiers) {
        const bad = identifiers.filter(v => !ASSET_PACK_IDENTIFIER.test(v));
        if (bad.length)
            throw errors.identifierInvalid({ parameter: 'filter[assetPackIdentifier]' }, bad);
        packs = packs.filter(p => identifiers.includes(p.assetPackIdentifier));
    }
    const archived = q.get('filter[archived]');
    if (archived)
        packs = packs.filter(p => archived.includes(String(p.archived)));
    const platforms = q.get('filter[versions.platforms]');
    if (platforms) {
        packs = packs.filter(p => ctx.sim.state.versionsOfPack(p.id).some(v => v.platforms.some(pl => platforms.includes(pl))));
    }
    const locales = q.get('filter[versions.locale]');
    if (locales) {
        packs = packs.filter(p => ctx.sim.state.versionsOfPack(p.id).some(v => v.locale && locales.includes(v.locale)));
    }
    for (const key of [...(q.get('sort') ?? [])].reverse()) {
        const desc = key.startsWith('-');
        const get = SORT_KEYS[key.replace(/^-/, '')];
        if (!get)
            continue;
        packs = [...packs].sort((a, b) => (desc ? -1 : 1) * get(a).localeCompare(get(b)));
    }
    return list(ctx, packs, (p, included) => ctx.sim.serializer.pack(p, ctx.include, included));
};
/** GET /v1/apps/{id}/relationships/backgroundAssets */
const appPackLinkages = ctx => linkages(ctx, 'backgroundAssets', appPacks(ctx).map(p => p.id));
/** POST /v1/backgroundAssets */
const createPack = ctx => {
    const data = dataOf(ctx.body);
    const identifier = String(data.attributes?.assetPackIdentifier ?? '');
    if (!ASSET_PACK_IDENTIFIER.test(identifier)) {
        throw errors.identifierInvalid({ pointer: '/data/attributes/assetPackIdentifier' }, [
            identifier
        ]);
    }
    const appId = data.relationships?.app?.data?.id ?? '';
    const state = ctx.sim.state;
    if (!state.apps.has(appId)) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${appId}' is not a valid id for the relationship 'app'`, { pointer: '/data/relationships/app' });
    }
    const existing = state.packsOfApp(appId).find(p => p.assetPackIdentifier === identifier);
    if (existing) {
        throw apiError(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE', 'The provided entity includes an attribute with a value that has already been used', existing.archived
            ? `The asset pack identifier '${identifier}' belonged to an archived asset pack and can not be used again.`
            : `An asset pack with the identifier '${identifier}' already exists for this app.`, { pointer: '/data/attributes/assetPackIdentifier' });
    }
    const pack = state.createPack(appId, identifier);
    return single(ctx, ctx.sim.serializer.pack(pack), [], 201);
};
/** GET /v1/backgroundAssets/{id} */
const readPack = ctx => {
    const pack = packOr404(ctx, ctx.params.id ?? '');
    const included = [];
    const resource = ctx.sim.serializer.pack(pack, ctx.include, included);
    return single(ctx, resource, included);
};
/** PATCH /v1/backgroundAssets/{id}: only `archived` exists, and archiving is for good. */
const updatePack = ctx => {
    const id = ctx.params.id ?? '';
    const data = dataOf(ctx.body);
    if (data.id !== id) {
        throw apiError(409, 'ENTITY_ERROR.ID.INVALID', 'The provided entity id is invalid', `The id '${String(data.id)}' in the request body does not match the id '${id}' in the URL`, { pointer: '/data/id' });
    }
    const pack = packOr404(ctx, id);
    const archived = data.attributes?.archived;
    if (archived === false && pack.archived) {
        throw errors.attributeInvalid('/data/attributes/archived', 'An archived asset pack can not be restored.');
    }
    if (archived === true)
        pack.archived = true;
    return single(ctx, ctx.sim.serializer.pack(pack));
};
/** GET /v1/backgroundAssets/{id}/relationships/versions */
const packVersionLinkages = ctx => {
    const pack = packOr404(ctx, ctx.params.id ?? '');
    return linkages(ctx, 'backgroundAssetVersions', ctx.sim.state.versionsOfPack(pack.id).map(v => v.id));
};

;// CONCATENATED MODULE: ./src/simulator/routes/review-submissions.ts
// Review submissions: one in progress per app and platform; submit (PATCH submitted: true) and
// cancel (PATCH canceled: true, CANCELING then COMPLETE).


function submissionOr404(ctx, id) {
    const s = ctx.sim.state.review.submissions.get(id);
    if (!s)
        throw errors.notFound('reviewSubmissions', id);
    return s;
}
/** Refuses a PATCH whose body names another resource than the URL. */
function checkBodyId(ctx) {
    const id = ctx.params.id ?? '';
    const given = dataOf(ctx.body).id;
    if (given !== id) {
        throw apiError(409, 'ENTITY_ERROR.ID.INVALID', 'The provided entity id is invalid', `The id '${String(given)}' in the request body does not match the id '${id}' in the URL`, { pointer: '/data/id' });
    }
}
function filtered(ctx, submissions) {
    const q = ctx.query.lists;
    const platforms = q.get('filter[platform]');
    const states = q.get('filter[state]');
    const chosen = submissions.filter(s => (!platforms || platforms.includes(s.platform)) && (!states || states.includes(s.state)));
    return list(ctx, chosen, (s, included) => ctx.sim.reviewSerializer.submission(s, ctx.include, included));
}
/** GET /v1/reviewSubmissions?filter[app]=… (filter[app] is required: the spec says so) */
const listSubmissions = ctx => {
    const apps = ctx.query.lists.get('filter[app]') ?? [];
    const review = ctx.sim.state.review;
    return filtered(ctx, apps.flatMap(a => review.submissionsOfApp(a)));
};
function appOr404(ctx) {
    const appId = ctx.params.id ?? '';
    if (!ctx.sim.state.apps.has(appId))
        throw errors.notFound('apps', appId);
    return appId;
}
/** GET /v1/apps/{id}/reviewSubmissions */
const listAppSubmissions = ctx => filtered(ctx, ctx.sim.state.review.submissionsOfApp(appOr404(ctx)));
/** GET /v1/apps/{id}/relationships/reviewSubmissions */
const appSubmissionLinkages = ctx => linkages(ctx, 'reviewSubmissions', ctx.sim.state.review.submissionsOfApp(appOr404(ctx)).map(s => s.id));
/** POST /v1/reviewSubmissions */
const createSubmission = ctx => {
    const data = dataOf(ctx.body);
    const appId = data.relationships?.app?.data?.id ?? '';
    const state = ctx.sim.state;
    if (!state.apps.has(appId)) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${appId}' is not a valid id for the relationship 'app'`, { pointer: '/data/relationships/app' });
    }
    // The platform is optional since a recent API version; the simulator assumes iOS without it.
    const platform = data.attributes?.platform ?? 'IOS';
    const open = state.review.openSubmission(appId, platform);
    if (open) {
        throw apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', `There is another reviewSubmissions with id ${open.id} still in progress.`);
    }
    const s = state.review.createSubmission(appId, platform);
    return single(ctx, ctx.sim.reviewSerializer.submission(s), [], 201);
};
/** GET /v1/reviewSubmissions/{id} */
const readSubmission = ctx => {
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    const included = [];
    return single(ctx, ctx.sim.reviewSerializer.submission(s, ctx.include, included), included);
};
/** PATCH /v1/reviewSubmissions/{id}: platform, submitted, canceled. */
const updateSubmission = ctx => {
    checkBodyId(ctx);
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    const attributes = (dataOf(ctx.body).attributes ?? {});
    const review = ctx.sim.state.review;
    if (attributes.canceled === true) {
        if (s.state === 'CANCELING' || s.state === 'COMPLETE' || s.state === 'COMPLETING') {
            throw errors.stateError(`The review submission is ${s.state} and can not be canceled.`, '/data/attributes/canceled');
        }
        ctx.sim.review.cancel(s);
        return single(ctx, ctx.sim.reviewSerializer.submission(s));
    }
    if (attributes.platform && attributes.platform !== s.platform) {
        if (s.state !== 'READY_FOR_REVIEW' || review.activeItemsOf(s.id).length > 0) {
            throw errors.stateError('The platform of a review submission can only change while it is empty and READY_FOR_REVIEW.', '/data/attributes/platform');
        }
        const other = review.openSubmission(s.appId, attributes.platform);
        if (other) {
            throw apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', `There is another reviewSubmissions with id ${other.id} still in progress.`);
        }
        s.platform = attributes.platform;
    }
    if (attributes.submitted === true) {
        if (s.state !== 'READY_FOR_REVIEW' && s.state !== 'UNRESOLVED_ISSUES') {
            throw errors.stateError(`The review submission is ${s.state}; only a submission that is READY_FOR_REVIEW can be submitted.`, '/data/attributes/submitted');
        }
        const ready = review.activeItemsOf(s.id).filter(i => i.state === 'READY_FOR_REVIEW');
        if (ready.length === 0) {
            throw errors.stateError('The review submission has no items ready for review.', '/data/attributes/submitted');
        }
        ctx.sim.review.submit(s);
    }
    return single(ctx, ctx.sim.reviewSerializer.submission(s));
};

;// CONCATENATED MODULE: ./src/simulator/routes/review-items.ts
// Review submission items (background asset versions only: the simulator has no app versions,
// events or in-app purchases) and the App Store release of a submitted version.



/** Apple: up to 10 different asset packs in one review submission. */
const MAX_PACKS_PER_SUBMISSION = 10;
function relationshipInvalid(name, id) {
    return apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${id}' is not a valid id for the relationship '${name}'`, { pointer: `/data/relationships/${name}` });
}
function stateInvalid(detail) {
    return apiError(409, 'STATE_ERROR.ENTITY_STATE_INVALID', 'The request cannot be fulfilled because of the state of another resource.', detail, { pointer: '/data/relationships/backgroundAssetVersion' });
}
function entityError(detail) {
    return apiError(409, 'ENTITY_ERROR', 'The provided entity is invalid', detail, {
        pointer: '/data/relationships/backgroundAssetVersion'
    });
}
/** Every reason to refuse adding this version to this submission (the order is the simulator's). */
function checkAddable(state, s, v) {
    const review = state.review;
    const pack = state.packs.get(v.packId);
    if (!pack || pack.appId !== s.appId)
        throw relationshipInvalid('backgroundAssetVersion', v.id);
    if (s.state !== 'READY_FOR_REVIEW') {
        throw errors.stateError(`The review submission is ${s.state}; items can only be added while it is READY_FOR_REVIEW.`, '/data/relationships/reviewSubmission');
    }
    if (v.state !== 'COMPLETE') {
        throw stateInvalid(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' is ${v.state}; only a COMPLETE version can be submitted for review.`);
    }
    if (pack.archived) {
        throw stateInvalid(`The asset pack '${pack.assetPackIdentifier}' is archived.`);
    }
    if (!v.platforms.includes(s.platform)) {
        throw stateInvalid(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' is not available on ${s.platform}.`);
    }
    const release = review.releaseOfVersion(v.id);
    if (release && (release.state === 'READY_FOR_DISTRIBUTION' || release.state === 'SUPERSEDED')) {
        throw stateInvalid(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' has already been reviewed (${release.state}).`);
    }
    const existing = review.activeItemOfVersion(v.id, s.platform);
    if (existing) {
        throw entityError(`The background asset version ${v.version} of '${pack.assetPackIdentifier}' is already an item of the reviewSubmissions with id ${existing.submissionId}.`);
    }
    const packsIn = new Map();
    for (const item of review.activeItemsOf(s.id)) {
        const other = state.versions.get(item.versionId);
        if (other)
            packsIn.set(other.packId, other.version);
    }
    const sameVersion = packsIn.get(v.packId);
    if (sameVersion !== undefined) {
        throw entityError(`The review submission already holds version ${sameVersion} of '${pack.assetPackIdentifier}'; it can hold one version per asset pack.`);
    }
    if (packsIn.size >= MAX_PACKS_PER_SUBMISSION) {
        throw entityError(`A review submission can hold at most ${MAX_PACKS_PER_SUBMISSION} asset packs; this one holds ${packsIn.size}.`);
    }
}
/** POST /v1/reviewSubmissionItems */
const createItem = ctx => {
    const relationships = dataOf(ctx.body).relationships ?? {};
    const state = ctx.sim.state;
    const submissionId = relationships.reviewSubmission?.data?.id ?? '';
    const s = state.review.submissions.get(submissionId);
    if (!s)
        throw relationshipInvalid('reviewSubmission', submissionId);
    for (const [name, value] of Object.entries(relationships)) {
        if (name === 'reviewSubmission' || name === 'backgroundAssetVersion')
            continue;
        // Schema-valid, but the simulator holds no such resource: no id can be valid.
        throw relationshipInvalid(name, value.data?.id ?? '');
    }
    const versionId = relationships.backgroundAssetVersion?.data?.id;
    if (versionId === undefined) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.REQUIRED', 'The provided entity is missing a required relationship', 'You must provide a value for one item relationship (e.g. backgroundAssetVersion) with this request', { pointer: '/data/relationships' });
    }
    const v = state.versions.get(versionId);
    if (!v)
        throw relationshipInvalid('backgroundAssetVersion', versionId);
    checkAddable(state, s, v);
    const item = state.review.createItem(s.id, v.id);
    return single(ctx, ctx.sim.reviewSerializer.item(item), [], 201);
};
function itemOr404(ctx) {
    const id = ctx.params.id ?? '';
    const item = ctx.sim.state.review.items.get(id);
    if (!item)
        throw errors.notFound('reviewSubmissionItems', id);
    return item;
}
/** Items change only while their submission is a draft (or, `resolved`, has unresolved issues). */
function submissionOfItem(ctx, item, allowed) {
    const s = ctx.sim.state.review.submissions.get(item.submissionId);
    if (!s || !allowed.includes(s.state)) {
        throw errors.stateError(`The review submission is ${s?.state ?? 'gone'}; its items can not be changed now.`);
    }
    return s;
}
/** PATCH /v1/reviewSubmissionItems/{id}: removed, resolved. */
const updateItem = ctx => {
    checkBodyId(ctx);
    const item = itemOr404(ctx);
    const attributes = (dataOf(ctx.body).attributes ?? {});
    if (attributes.removed === true) {
        submissionOfItem(ctx, item, ['READY_FOR_REVIEW']);
        item.state = 'REMOVED';
    }
    else if (attributes.resolved === true) {
        submissionOfItem(ctx, item, ['UNRESOLVED_ISSUES']);
        if (item.state === 'REJECTED')
            item.state = 'READY_FOR_REVIEW';
    }
    return single(ctx, ctx.sim.reviewSerializer.item(item));
};
/** DELETE /v1/reviewSubmissionItems/{id} */
const deleteItem = ctx => {
    const item = itemOr404(ctx);
    submissionOfItem(ctx, item, ['READY_FOR_REVIEW']);
    ctx.sim.state.review.items.delete(item.id);
    return { status: 204, body: undefined };
};
/** GET /v1/reviewSubmissions/{id}/items */
const listSubmissionItems = ctx => {
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    return list(ctx, ctx.sim.state.review.itemsOf(s.id), (i, included) => ctx.sim.reviewSerializer.item(i, ctx.include, included));
};
/** GET /v1/reviewSubmissions/{id}/relationships/items */
const submissionItemLinkages = ctx => {
    const s = submissionOr404(ctx, ctx.params.id ?? '');
    return linkages(ctx, 'reviewSubmissionItems', ctx.sim.state.review.itemsOf(s.id).map(i => i.id));
};
/** GET /v1/backgroundAssetVersionAppStoreReleases/{id} */
const readAppStoreRelease = ctx => {
    const id = ctx.params.id ?? '';
    const r = ctx.sim.state.review.appStoreReleases.get(id);
    if (!r)
        throw errors.notFound('backgroundAssetVersionAppStoreReleases', id);
    const included = [];
    const resource = ctx.sim.reviewSerializer.appStoreRelease(r, ctx.include, included);
    return single(ctx, resource, included);
};

;// CONCATENATED MODULE: ./src/simulator/routes/upload-files.ts
// Upload files: reserve (parts to PUT), read, and commit (PATCH uploaded: true).



function fileOr404(ctx, id) {
    const f = ctx.sim.state.uploadFiles.get(id);
    if (!f)
        throw errors.notFound('backgroundAssetUploadFiles', id);
    return f;
}
/** Refuses a reservation the version's state does not allow. */
function checkReservable(ctx, version, assetType) {
    if (version.state !== 'AWAITING_UPLOAD') {
        throw errors.stateError(`The version ${version.version} is ${version.state}; files can only be uploaded to a version that is AWAITING_UPLOAD.`, '/data/relationships/backgroundAssetVersion');
    }
    const files = ctx.sim.state
        .uploadFilesOfVersion(version.id)
        .filter(f => f.assetType === assetType);
    if (assetType === 'ASSET' && files.some(f => f.committed)) {
        throw errors.stateError(`The version ${version.version} already has an uploaded ASSET.`, '/data/relationships/backgroundAssetVersion');
    }
    if (assetType === 'MANIFEST' &&
        files.some(f => f.state === 'COMPLETE' || f.state === 'UPLOAD_COMPLETE')) {
        throw errors.stateError(`The version ${version.version} already has a MANIFEST that was uploaded.`, '/data/relationships/backgroundAssetVersion');
    }
}
/** POST /v1/backgroundAssetUploadFiles */
const reserveUpload = ctx => {
    const data = dataOf(ctx.body);
    const versionId = data.relationships?.backgroundAssetVersion?.data?.id ?? '';
    const version = ctx.sim.state.versions.get(versionId);
    if (!version) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${versionId}' is not a valid id for the relationship 'backgroundAssetVersion'`, { pointer: '/data/relationships/backgroundAssetVersion' });
    }
    const attributes = data.attributes;
    if (attributes.fileName.trim() === '') {
        throw errors.attributeInvalid('/data/attributes/fileName', 'The fileName must not be empty.');
    }
    checkReservable(ctx, version, attributes.assetType);
    const uploads = ctx.sim.uploads;
    const file = ctx.sim.state.createUploadFile(version.id, {
        assetType: attributes.assetType,
        fileName: attributes.fileName,
        fileSize: attributes.fileSize
    }, f => uploads.planParts(f));
    return single(ctx, ctx.sim.serializer.uploadFile(file), [], 201);
};
/** GET /v1/backgroundAssetUploadFiles/{id} */
const readUploadFile = ctx => single(ctx, ctx.sim.serializer.uploadFile(fileOr404(ctx, ctx.params.id ?? '')));
function normalizeHash(hash) {
    return hash.trim().toLowerCase();
}
/** Compares given checksums with the received bytes; throws Apple-style errors. */
function verifyChecksums(file, checksums) {
    const received = file.received;
    if (!received)
        return;
    const given = checksums.file;
    if (given) {
        if (!given.hash || !given.algorithm) {
            throw errors.attributeInvalid('/data/attributes/sourceFileChecksums/file', 'A file checksum needs both a hash and an algorithm (MD5 or SHA_256).');
        }
        const actual = given.algorithm === 'MD5' ? received.md5 : received.sha256;
        if (normalizeHash(given.hash) !== actual) {
            throw errors.attributeInvalid('/data/attributes/sourceFileChecksums/file/hash', `The ${given.algorithm} checksum '${given.hash}' does not match the uploaded file. Upload the file again.`);
        }
    }
    const composite = checksums.composite;
    if (composite?.hash) {
        const md5 = (0,external_node_crypto_namespaceObject.createHash)('md5');
        for (const p of file.parts)
            md5.update(Buffer.from((p.entityTag ?? '').replace(/"/g, ''), 'hex'));
        const expected = md5.digest('hex');
        const hash = normalizeHash(composite.hash);
        if (hash !== expected && hash !== `${expected}-${file.parts.length}`) {
            throw errors.attributeInvalid('/data/attributes/sourceFileChecksums/composite/hash', `The composite MD5 checksum '${composite.hash}' does not match the uploaded parts.`);
        }
    }
}
/** PATCH /v1/backgroundAssetUploadFiles/{id}: the commit. */
const commitUpload = async (ctx) => {
    const id = ctx.params.id ?? '';
    const data = dataOf(ctx.body);
    if (data.id !== id) {
        throw apiError(409, 'ENTITY_ERROR.ID.INVALID', 'The provided entity id is invalid', `The id '${String(data.id)}' in the request body does not match the id '${id}' in the URL`, { pointer: '/data/id' });
    }
    const file = fileOr404(ctx, id);
    const attributes = (data.attributes ?? {});
    if (file.committed) {
        throw errors.stateError(`The upload file '${file.fileName}' has already been committed.`, '/data/attributes/uploaded');
    }
    const checksums = attributes.sourceFileChecksums ?? undefined;
    if (attributes.uploaded !== true) {
        if (checksums)
            file.sourceFileChecksums = checksums;
        return single(ctx, ctx.sim.serializer.uploadFile(file));
    }
    const version = ctx.sim.state.versions.get(file.versionId);
    if (version && version.state !== 'AWAITING_UPLOAD') {
        throw errors.stateError(`The version ${version.version} is ${version.state}; it takes no more uploads.`, '/data/attributes/uploaded');
    }
    const missing = ctx.sim.uploads.parts.missing(file);
    if (missing.length) {
        throw errors.stateError(`The upload is not complete: part${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of ${file.parts.length} ${missing.length > 1 ? 'have' : 'has'} not been received.`, '/data/attributes/uploaded');
    }
    file.received = await ctx.sim.uploads.parts.assemble(file);
    if (checksums)
        verifyChecksums(file, checksums);
    file.committed = true;
    if (checksums)
        file.sourceFileChecksums = checksums;
    await ctx.sim.uploads.parts.drop(file);
    if (file.assetType === 'MANIFEST')
        ctx.sim.processing.manifestCommitted(file);
    else
        ctx.sim.processing.assetCommitted(file);
    return single(ctx, ctx.sim.serializer.uploadFile(file));
};

;// CONCATENATED MODULE: ./src/simulator/routes/versions.ts
// Versions of an asset pack: Apple numbers them; creating one while another waits is allowed.


function versionOr404(ctx, id) {
    const v = ctx.sim.state.versions.get(id);
    if (!v)
        throw errors.notFound('backgroundAssetVersions', id);
    return v;
}
/** GET /v1/backgroundAssets/{id}/versions */
const listPackVersions = ctx => {
    const state = ctx.sim.state;
    const packId = ctx.params.id ?? '';
    if (!state.packs.has(packId))
        throw errors.notFound('backgroundAssets', packId);
    let versions = state.versionsOfPack(packId);
    const q = ctx.query.lists;
    const filter = (name, value) => {
        const wanted = q.get(name);
        if (wanted)
            versions = versions.filter(v => value(v).some(x => wanted.includes(x)));
    };
    filter('filter[state]', v => [v.state]);
    filter('filter[version]', v => [v.version]);
    filter('filter[platforms]', v => v.platforms);
    filter('filter[locale]', v => (v.locale ? [v.locale] : []));
    filter('filter[internalBetaRelease.state]', v => {
        const r = v.internalBetaReleaseId ? state.releases.get(v.internalBetaReleaseId) : undefined;
        return r ? [r.state] : [];
    });
    filter('filter[externalBetaRelease.state]', v => {
        const r = v.externalBetaReleaseId
            ? state.externalBetaReleases.get(v.externalBetaReleaseId)
            : undefined;
        return r ? [r.state] : [];
    });
    filter('filter[appStoreRelease.state]', v => {
        const r = state.review.releaseOfVersion(v.id);
        return r ? [r.state] : [];
    });
    const sort = q.get('sort')?.[0];
    if (sort === '-version')
        versions = [...versions].reverse();
    return list(ctx, versions, (v, included) => ctx.sim.serializer.version(v, ctx.include, included));
};
/** POST /v1/backgroundAssetVersions */
const createVersion = ctx => {
    const packId = dataOf(ctx.body).relationships?.backgroundAsset?.data?.id ?? '';
    const pack = ctx.sim.state.packs.get(packId);
    if (!pack) {
        throw apiError(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `'${packId}' is not a valid id for the relationship 'backgroundAsset'`, { pointer: '/data/relationships/backgroundAsset' });
    }
    if (pack.archived) {
        throw errors.stateError(`The asset pack '${pack.assetPackIdentifier}' is archived; no version can be added to it.`, '/data/relationships/backgroundAsset');
    }
    const version = ctx.sim.state.createVersion(pack.id);
    return single(ctx, ctx.sim.serializer.version(version), [], 201);
};
/** GET /v1/backgroundAssetVersions/{id} */
const readVersion = ctx => {
    const v = versionOr404(ctx, ctx.params.id ?? '');
    const included = [];
    const resource = ctx.sim.serializer.version(v, ctx.include, included);
    return single(ctx, resource, included);
};
/** GET /v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles */
const listVersionUploadFiles = ctx => {
    const v = versionOr404(ctx, ctx.params.id ?? '');
    return list(ctx, ctx.sim.state.uploadFilesOfVersion(v.id), f => ctx.sim.serializer.uploadFile(f));
};
/** GET /v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles */
const versionUploadFileLinkages = ctx => {
    const v = versionOr404(ctx, ctx.params.id ?? '');
    return linkages(ctx, 'backgroundAssetUploadFiles', ctx.sim.state.uploadFilesOfVersion(v.id).map(f => f.id));
};
/** GET /v1/backgroundAssetVersionInternalBetaReleases/{id} */
const readInternalRelease = ctx => {
    const id = ctx.params.id ?? '';
    const r = ctx.sim.state.releases.get(id);
    if (!r)
        throw errors.notFound('backgroundAssetVersionInternalBetaReleases', id);
    const included = [];
    const resource = ctx.sim.serializer.release(r, ctx.include, included);
    return single(ctx, resource, included);
};
/** GET /v1/backgroundAssetVersionExternalBetaReleases/{id}: seeded (no public API changes it). */
const readExternalRelease = ctx => {
    const type = 'backgroundAssetVersionExternalBetaReleases';
    const id = ctx.params.id ?? '';
    const r = ctx.sim.state.externalBetaReleases.get(id);
    if (!r)
        throw errors.notFound(type, id);
    const included = [];
    return single(ctx, ctx.sim.serializer.storeRelease(type, r, ctx.include, included), included);
};

;// CONCATENATED MODULE: ./src/simulator/routes/index.ts





const ROUTES = {
    apps_backgroundAssets_getToManyRelated: listAppPacks,
    apps_backgroundAssets_getToManyRelationship: appPackLinkages,
    backgroundAssets_createInstance: createPack,
    backgroundAssets_getInstance: readPack,
    backgroundAssets_updateInstance: updatePack,
    backgroundAssets_versions_getToManyRelated: listPackVersions,
    backgroundAssets_versions_getToManyRelationship: packVersionLinkages,
    backgroundAssetVersions_createInstance: createVersion,
    backgroundAssetVersions_getInstance: readVersion,
    backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated: listVersionUploadFiles,
    backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship: versionUploadFileLinkages,
    backgroundAssetUploadFiles_createInstance: reserveUpload,
    backgroundAssetUploadFiles_getInstance: readUploadFile,
    backgroundAssetUploadFiles_updateInstance: commitUpload,
    backgroundAssetVersionInternalBetaReleases_getInstance: readInternalRelease,
    backgroundAssetVersionExternalBetaReleases_getInstance: readExternalRelease,
    backgroundAssetVersionAppStoreReleases_getInstance: readAppStoreRelease,
    reviewSubmissions_getCollection: listSubmissions,
    reviewSubmissions_createInstance: createSubmission,
    reviewSubmissions_getInstance: readSubmission,
    reviewSubmissions_updateInstance: updateSubmission,
    apps_reviewSubmissions_getToManyRelated: listAppSubmissions,
    apps_reviewSubmissions_getToManyRelationship: appSubmissionLinkages,
    reviewSubmissionItems_createInstance: createItem,
    reviewSubmissionItems_updateInstance: updateItem,
    reviewSubmissionItems_deleteInstance: deleteItem,
    reviewSubmissions_items_getToManyRelated: listSubmissionItems,
    reviewSubmissions_items_getToManyRelationship: submissionItemLinkages
};

;// CONCATENATED MODULE: ./spec/background-assets.openapi.json
const background_assets_openapi_namespaceObject = /*#__PURE__*/JSON.parse('{"openapi":"3.0.1","info":{"title":"App Store Connect API","version":"4.5.1","x-platforms":{"app_store_connect_api":"App Store Connect API"},"x-subset":"Background assets (asset packs) subset: every path containing \\"backgroundAsset\\" plus the component schemas they reference transitively. See SOURCE.md."},"servers":[{"url":"https://api.appstoreconnect.apple.com/"}],"paths":{"/v1/backgroundAssetUploadFiles":{"post":{"tags":["BackgroundAssetUploadFiles"],"operationId":"backgroundAssetUploadFiles_createInstance","requestBody":{"description":"BackgroundAssetUploadFile representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single BackgroundAssetUploadFile","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/backgroundAssetUploadFiles/{id}":{"get":{"tags":["BackgroundAssetUploadFiles"],"operationId":"backgroundAssetUploadFiles_getInstance","parameters":[{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetUploadFile","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"patch":{"tags":["BackgroundAssetUploadFiles"],"operationId":"backgroundAssetUploadFiles_updateInstance","requestBody":{"description":"BackgroundAssetUploadFile representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single BackgroundAssetUploadFile","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFileResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersionAppStoreReleases/{id}":{"get":{"tags":["BackgroundAssetVersionAppStoreReleases"],"operationId":"backgroundAssetVersionAppStoreReleases_getInstance","parameters":[{"name":"fields[backgroundAssetVersionAppStoreReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionAppStoreReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAssetVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersionAppStoreRelease","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreReleaseResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersionExternalBetaReleases/{id}":{"get":{"tags":["BackgroundAssetVersionExternalBetaReleases"],"operationId":"backgroundAssetVersionExternalBetaReleases_getInstance","parameters":[{"name":"fields[backgroundAssetVersionExternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionExternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAssetVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersionExternalBetaRelease","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaReleaseResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersionInternalBetaReleases/{id}":{"get":{"tags":["BackgroundAssetVersionInternalBetaReleases"],"operationId":"backgroundAssetVersionInternalBetaReleases_getInstance","parameters":[{"name":"fields[backgroundAssetVersionInternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionInternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAssetVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersionInternalBetaRelease","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaReleaseResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersions":{"post":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_createInstance","requestBody":{"description":"BackgroundAssetVersion representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single BackgroundAssetVersion","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/backgroundAssetVersions/{id}":{"get":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_getInstance","parameters":[{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersionInternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionInternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersionExternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionExternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersionAppStoreReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionAppStoreReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAssetVersion","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssets":{"post":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_createInstance","requestBody":{"description":"BackgroundAsset representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single BackgroundAsset","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/backgroundAssets/{id}":{"get":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_getInstance","parameters":[{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false,"required":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false,"required":false}],"responses":{"200":{"description":"Single BackgroundAsset","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"patch":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_updateInstance","requestBody":{"description":"BackgroundAsset representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single BackgroundAsset","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/relationships/backgroundAssets":{"get":{"tags":["Apps"],"operationId":"apps_backgroundAssets_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/AppBackgroundAssetsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/backgroundAssets":{"get":{"tags":["Apps"],"operationId":"apps_backgroundAssets_getToManyRelated","parameters":[{"name":"filter[archived]","in":"query","description":"filter by attribute \'archived\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[assetPackIdentifier]","in":"query","description":"filter by attribute \'assetPackIdentifier\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[versions.locale]","in":"query","description":"filter by attribute \'versions.locale\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[versions.platforms]","in":"query","description":"filter by attribute \'versions.platforms\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false},{"name":"sort","in":"query","description":"comma-separated list of sort expressions; resources will be sorted as specified","schema":{"type":"array","items":{"type":"string","enum":["assetPackIdentifier","-assetPackIdentifier","createdDate","-createdDate"]}},"style":"form","explode":false},{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false}],"responses":{"200":{"description":"List of BackgroundAssets","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersions/{id}/relationships/backgroundAssetUploadFiles":{"get":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssetVersions/{id}/backgroundAssetUploadFiles":{"get":{"tags":["BackgroundAssetVersions"],"operationId":"backgroundAssetVersions_backgroundAssetUploadFiles_getToManyRelated","parameters":[{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of BackgroundAssetUploadFiles","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetUploadFilesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssets/{id}/relationships/versions":{"get":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_versions_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/backgroundAssets/{id}/versions":{"get":{"tags":["BackgroundAssets"],"operationId":"backgroundAssets_versions_getToManyRelated","parameters":[{"name":"filter[locale]","in":"query","description":"filter by attribute \'locale\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[platforms]","in":"query","description":"filter by attribute \'platforms\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false},{"name":"filter[state]","in":"query","description":"filter by attribute \'state\'","schema":{"type":"array","items":{"type":"string","enum":["AWAITING_UPLOAD","PROCESSING","FAILED","COMPLETE"]}},"style":"form","explode":false},{"name":"filter[version]","in":"query","description":"filter by attribute \'version\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false},{"name":"filter[internalBetaRelease.state]","in":"query","description":"filter by attribute \'internalBetaRelease.state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_TESTING","SUPERSEDED"]}},"style":"form","explode":false},{"name":"filter[externalBetaRelease.state]","in":"query","description":"filter by attribute \'externalBetaRelease.state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_BETA_SUBMISSION","WAITING_FOR_REVIEW","IN_REVIEW","REJECTED","PROCESSING_FOR_TESTING","READY_FOR_TESTING","SUPERSEDED"]}},"style":"form","explode":false},{"name":"filter[appStoreRelease.state]","in":"query","description":"filter by attribute \'appStoreRelease.state\'","schema":{"type":"array","items":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","REJECTED","PROCESSING_FOR_DISTRIBUTION","READY_FOR_DISTRIBUTION","SUPERSEDED"]}},"style":"form","explode":false},{"name":"sort","in":"query","description":"comma-separated list of sort expressions; resources will be sorted as specified","schema":{"type":"array","items":{"type":"string","enum":["version","-version"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false},{"name":"fields[backgroundAssets]","in":"query","description":"the fields to include for returned resources of type backgroundAssets","schema":{"type":"array","items":{"type":"string","enum":["archived","assetPackIdentifier","createdDate","usedBytes","app","versions","appStoreVersion","internalBetaVersion","externalBetaVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersionInternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionInternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersionExternalBetaReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionExternalBetaReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersionAppStoreReleases]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersionAppStoreReleases","schema":{"type":"array","items":{"type":"string","enum":["state","backgroundAssetVersion"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetUploadFiles]","in":"query","description":"the fields to include for returned resources of type backgroundAssetUploadFiles","schema":{"type":"array","items":{"type":"string","enum":["assetDeliveryState","assetToken","assetType","fileName","fileSize","sourceFileChecksum","sourceFileChecksums","uploadOperations"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile"]}},"style":"form","explode":false}],"responses":{"200":{"description":"List of BackgroundAssetVersions","content":{"application/json":{"schema":{"$ref":"#/components/schemas/BackgroundAssetVersionsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]}},"components":{"schemas":{"App":{"type":"object","title":"App","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"accessibilityUrl":{"type":"string","format":"uri"},"name":{"type":"string"},"bundleId":{"type":"string"},"sku":{"type":"string"},"primaryLocale":{"type":"string"},"isOrEverWasMadeForKids":{"type":"boolean"},"subscriptionStatusUrl":{"type":"string","format":"uri"},"subscriptionStatusUrlVersion":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"subscriptionStatusUrlForSandbox":{"type":"string","format":"uri"},"subscriptionStatusUrlVersionForSandbox":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"contentRightsDeclaration":{"type":"string","enum":["DOES_NOT_USE_THIRD_PARTY_CONTENT","USES_THIRD_PARTY_CONTENT"]},"streamlinedPurchasingEnabled":{"type":"boolean"}}},"relationships":{"type":"object","properties":{"accessibilityDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appEncryptionDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEncryptionDeclarations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreIcon":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["buildIcons"]},"id":{"type":"string"}},"required":["id","type"]}}},"ciProduct":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["ciProducts"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaTesters":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appTags":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"preReleaseVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["preReleaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaAppLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"builds":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["builds"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaAppReviewDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppReviewDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appInfos":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appInfos"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appClips":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appClips"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appPricePoints":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"endUserLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["endUserLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"appPriceSchedule":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appAvailabilityV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"inAppPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}},"deprecated":true},"subscriptionGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"gameCenterEnabledVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterEnabledVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"performanceOverviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"perfPowerMetrics":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appCustomProductPages":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"inAppPurchasesV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"promotedPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["promotedPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appEvents":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}}},"reviewSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"subscriptionGracePeriod":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGracePeriods"]},"id":{"type":"string"}},"required":["id","type"]}}},"customerReviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"customerReviewSummarizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"gameCenterDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentsV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"alternativeDistributionKey":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"analyticsReportRequests":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"marketplaceSearchDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"buildUploads":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"backgroundAssets":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"assetLibrary":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackScreenshotSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackCrashSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"searchKeywords":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"webhooks":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"androidToIosAppMappingDetails":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["androidToIosAppMappingDetails"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetUploadFile":{"type":"object","title":"BackgroundAssetUploadFile","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"assetDeliveryState":{"$ref":"#/components/schemas/AppMediaAssetState"},"assetToken":{"type":"string"},"assetType":{"type":"string","enum":["ASSET","MANIFEST"]},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"sourceFileChecksum":{"type":"string","deprecated":true},"sourceFileChecksums":{"$ref":"#/components/schemas/Checksums"},"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/DeliveryFileUploadOperation"}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetUploadFilesResponse":{"type":"object","title":"BackgroundAssetUploadFilesResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetUploadFile"}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetUploadFileResponse":{"type":"object","title":"BackgroundAssetUploadFileResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetUploadFile"},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetUploadFileCreateRequest":{"type":"object","title":"BackgroundAssetUploadFileCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"attributes":{"type":"object","properties":{"assetType":{"type":"string","enum":["ASSET","MANIFEST"]},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1}},"required":["fileName","fileSize","assetType"]},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["backgroundAssetVersion"]}},"required":["relationships","attributes","type"]}},"required":["data"]},"BackgroundAssetUploadFileUpdateRequest":{"type":"object","title":"BackgroundAssetUploadFileUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"sourceFileChecksum":{"type":"string","deprecated":true,"nullable":true},"sourceFileChecksums":{"nullable":true,"$ref":"#/components/schemas/Checksums"},"uploaded":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"BackgroundAssetVersionAppStoreRelease":{"type":"object","title":"BackgroundAssetVersionAppStoreRelease","properties":{"type":{"type":"string","enum":["backgroundAssetVersionAppStoreReleases"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreReleaseState"}}},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionAppStoreReleaseResponse":{"type":"object","title":"BackgroundAssetVersionAppStoreReleaseResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreRelease"},"included":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersionExternalBetaRelease":{"type":"object","title":"BackgroundAssetVersionExternalBetaRelease","properties":{"type":{"type":"string","enum":["backgroundAssetVersionExternalBetaReleases"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaReleaseState"}}},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionExternalBetaReleaseResponse":{"type":"object","title":"BackgroundAssetVersionExternalBetaReleaseResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"},"included":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersionInternalBetaRelease":{"type":"object","title":"BackgroundAssetVersionInternalBetaRelease","properties":{"type":{"type":"string","enum":["backgroundAssetVersionInternalBetaReleases"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"type":"string","enum":["READY_FOR_TESTING","SUPERSEDED"]}}},"relationships":{"type":"object","properties":{"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionInternalBetaReleaseResponse":{"type":"object","title":"BackgroundAssetVersionInternalBetaReleaseResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease"},"included":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersion":{"type":"object","title":"BackgroundAssetVersion","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"createdDate":{"type":"string","format":"date-time"},"platforms":{"type":"array","items":{"$ref":"#/components/schemas/Platform"}},"state":{"$ref":"#/components/schemas/BackgroundAssetVersionState"},"stateDetails":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"infos":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}}}},"version":{"type":"string"},"locale":{"type":"string"}}},"relationships":{"type":"object","properties":{"backgroundAsset":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}}},"internalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionInternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"externalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionExternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionAppStoreReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"assetFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"manifestFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetUploadFiles":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersionsResponse":{"type":"object","title":"BackgroundAssetVersionsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAssetVersion"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/BackgroundAssetUploadFile"},{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAsset"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersionAppStoreReleases":"#/components/schemas/BackgroundAssetVersionAppStoreRelease","backgroundAssetVersionInternalBetaReleases":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease","backgroundAssets":"#/components/schemas/BackgroundAsset","backgroundAssetUploadFiles":"#/components/schemas/BackgroundAssetUploadFile","backgroundAssetVersionExternalBetaReleases":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetVersionResponse":{"type":"object","title":"BackgroundAssetVersionResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAssetVersion"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/BackgroundAssetUploadFile"},{"$ref":"#/components/schemas/BackgroundAssetVersionAppStoreRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease"},{"$ref":"#/components/schemas/BackgroundAsset"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersionAppStoreReleases":"#/components/schemas/BackgroundAssetVersionAppStoreRelease","backgroundAssetVersionInternalBetaReleases":"#/components/schemas/BackgroundAssetVersionInternalBetaRelease","backgroundAssets":"#/components/schemas/BackgroundAsset","backgroundAssetUploadFiles":"#/components/schemas/BackgroundAssetUploadFile","backgroundAssetVersionExternalBetaReleases":"#/components/schemas/BackgroundAssetVersionExternalBetaRelease"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetVersionCreateRequest":{"type":"object","title":"BackgroundAssetVersionCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"relationships":{"type":"object","properties":{"backgroundAsset":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["backgroundAsset"]}},"required":["relationships","type"]}},"required":["data"]},"BackgroundAsset":{"type":"object","title":"BackgroundAsset","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"archived":{"type":"boolean"},"assetPackIdentifier":{"type":"string"},"createdDate":{"type":"string","format":"date-time"},"usedBytes":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":0}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}}},"versions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"internalBetaVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"externalBetaVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetsResponse":{"type":"object","title":"BackgroundAssetsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/BackgroundAsset"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/BackgroundAssetVersion"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetResponse":{"type":"object","title":"BackgroundAssetResponse","properties":{"data":{"$ref":"#/components/schemas/BackgroundAsset"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/BackgroundAssetVersion"}],"discriminator":{"propertyName":"type","mapping":{"backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"BackgroundAssetCreateRequest":{"type":"object","title":"BackgroundAssetCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"attributes":{"type":"object","properties":{"assetPackIdentifier":{"type":"string"}},"required":["assetPackIdentifier"]},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["app"]}},"required":["relationships","attributes","type"]}},"required":["data"]},"BackgroundAssetUpdateRequest":{"type":"object","title":"BackgroundAssetUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"archived":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"AppBackgroundAssetsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetVersionBackgroundAssetUploadFilesLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"BackgroundAssetVersionsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ErrorResponse":{"type":"object","properties":{"errors":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"status":{"type":"string"},"code":{"type":"string"},"title":{"type":"string"},"detail":{"type":"string"},"source":{"oneOf":[{"$ref":"#/components/schemas/ErrorSourcePointer"},{"$ref":"#/components/schemas/ErrorSourceParameter"}]},"links":{"$ref":"#/components/schemas/ErrorLinks"},"meta":{"type":"object","additionalProperties":{}}},"required":["code","detail","status","title"]}}}},"ErrorSourceParameter":{"type":"object","title":"Parameter","properties":{"parameter":{"type":"string"}},"required":["parameter"]},"ErrorSourcePointer":{"type":"object","title":"JsonPointer","properties":{"pointer":{"type":"string"}},"required":["pointer"]},"ErrorLinks":{"type":"object","properties":{"about":{"type":"string","format":"uri-reference"},"associated":{"oneOf":[{"type":"string","format":"uri-reference"},{"type":"object","properties":{"href":{"type":"string","format":"uri-reference"},"meta":{"type":"object","properties":{"source":{"type":"string"}}}}}]}}},"PagedDocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"first":{"type":"string","format":"uri-reference"},"next":{"type":"string","format":"uri-reference"}},"required":["self"]},"PagingInformation":{"type":"object","properties":{"paging":{"type":"object","properties":{"total":{"type":"integer"},"limit":{"type":"integer"},"nextCursor":{"type":"string"}},"required":["limit"]}},"required":["paging"]},"DocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}},"required":["self"]},"ResourceLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}}},"RelationshipLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"related":{"type":"string","format":"uri-reference"}}},"AppMediaAssetState":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"state":{"type":"string","enum":["AWAITING_UPLOAD","UPLOAD_COMPLETE","COMPLETE","FAILED"]}}},"AppMediaStateError":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"BackgroundAssetVersionAppStoreReleaseState":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","REJECTED","PROCESSING_FOR_DISTRIBUTION","READY_FOR_DISTRIBUTION","SUPERSEDED"]},"BackgroundAssetVersionExternalBetaReleaseState":{"type":"string","enum":["READY_FOR_BETA_SUBMISSION","WAITING_FOR_REVIEW","IN_REVIEW","REJECTED","PROCESSING_FOR_TESTING","READY_FOR_TESTING","SUPERSEDED"]},"BackgroundAssetVersionState":{"type":"string","enum":["AWAITING_UPLOAD","PROCESSING","FAILED","COMPLETE"]},"ChecksumAlgorithm":{"type":"string","enum":["MD5","SHA_256"]},"Checksums":{"type":"object","properties":{"file":{"type":"object","properties":{"hash":{"type":"string"},"algorithm":{"$ref":"#/components/schemas/ChecksumAlgorithm"}}},"composite":{"type":"object","properties":{"hash":{"type":"string"},"algorithm":{"type":"string","enum":["MD5"]}}}}},"DeliveryFileUploadOperation":{"type":"object","properties":{"method":{"type":"string"},"url":{"type":"string"},"length":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"offset":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":0},"requestHeaders":{"type":"array","items":{"$ref":"#/components/schemas/HttpHeader"}},"expiration":{"type":"string","format":"date-time"},"partNumber":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"entityTag":{"type":"string"}}},"HttpHeader":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":"string"}}},"Platform":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]},"StateDetail":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"SubscriptionStatusUrlVersion":{"type":"string","enum":["V1","V2"]}},"securitySchemes":{"itc-bearer-token":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},"security":[{"itc-bearer-token":[]}]}');
;// CONCATENATED MODULE: ./spec/review-submissions.openapi.json
const review_submissions_openapi_namespaceObject = /*#__PURE__*/JSON.parse('{"openapi":"3.0.1","info":{"title":"App Store Connect API","version":"4.5.1","x-platforms":{"app_store_connect_api":"App Store Connect API"},"x-subset":"Review submissions subset: the reviewSubmissions and reviewSubmissionItems operations a client needs to submit background asset versions for App Store review (plus the app and review-submission relationship paths), and the component schemas they reference transitively. See SOURCE.md."},"servers":[{"url":"https://api.appstoreconnect.apple.com/"}],"paths":{"/v1/reviewSubmissionItems":{"post":{"tags":["ReviewSubmissionItems"],"operationId":"reviewSubmissionItems_createInstance","requestBody":{"description":"ReviewSubmissionItem representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single ReviewSubmissionItem","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/reviewSubmissionItems/{id}":{"patch":{"tags":["ReviewSubmissionItems"],"operationId":"reviewSubmissionItems_updateInstance","requestBody":{"description":"ReviewSubmissionItem representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single ReviewSubmissionItem","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"delete":{"tags":["ReviewSubmissionItems"],"operationId":"reviewSubmissionItems_deleteInstance","responses":{"204":{"description":"Success (no content)"},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/reviewSubmissions":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_getCollection","parameters":[{"name":"filter[platform]","in":"query","description":"filter by attribute \'platform\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false,"required":false},{"name":"filter[state]","in":"query","description":"filter by attribute \'state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","UNRESOLVED_ISSUES","CANCELING","COMPLETING","COMPLETE"]}},"style":"form","explode":false,"required":false},{"name":"filter[app]","in":"query","description":"filter by id(s) of related \'app\'","schema":{"type":"array","items":{"type":"string"}},"style":"form","explode":false,"required":true},{"name":"fields[reviewSubmissions]","in":"query","description":"the fields to include for returned resources of type reviewSubmissions","schema":{"type":"array","items":{"type":"string","enum":["platform","submittedDate","state","app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false,"required":false},{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false,"required":false},{"name":"fields[actors]","in":"query","description":"the fields to include for returned resources of type actors","schema":{"type":"array","items":{"type":"string","enum":["actorType","userFirstName","userLastName","userEmail","apiKeyId"]}},"style":"form","explode":false,"required":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"limit[items]","in":"query","description":"maximum number of related items returned (when they are included)","schema":{"type":"integer","maximum":50},"style":"form","required":false}],"responses":{"200":{"description":"List of ReviewSubmissions","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"post":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_createInstance","requestBody":{"description":"ReviewSubmission representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionCreateRequest"}}},"required":true},"responses":{"201":{"description":"Single ReviewSubmission","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}}},"/v1/reviewSubmissions/{id}":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_getInstance","parameters":[{"name":"fields[reviewSubmissions]","in":"query","description":"the fields to include for returned resources of type reviewSubmissions","schema":{"type":"array","items":{"type":"string","enum":["platform","submittedDate","state","app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false,"required":false},{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false,"required":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false,"required":false},{"name":"fields[actors]","in":"query","description":"the fields to include for returned resources of type actors","schema":{"type":"array","items":{"type":"string","enum":["actorType","userFirstName","userLastName","userEmail","apiKeyId"]}},"style":"form","explode":false,"required":false},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false,"required":false},{"name":"limit[items]","in":"query","description":"maximum number of related items returned (when they are included)","schema":{"type":"integer","maximum":50},"style":"form","required":false}],"responses":{"200":{"description":"Single ReviewSubmission","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"patch":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_updateInstance","requestBody":{"description":"ReviewSubmission representation","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionUpdateRequest"}}},"required":true},"responses":{"200":{"description":"Single ReviewSubmission","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"409":{"description":"Request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"422":{"description":"Unprocessable request entity error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/relationships/reviewSubmissions":{"get":{"tags":["Apps"],"operationId":"apps_reviewSubmissions_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/AppReviewSubmissionsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/apps/{id}/reviewSubmissions":{"get":{"tags":["Apps"],"operationId":"apps_reviewSubmissions_getToManyRelated","parameters":[{"name":"filter[platform]","in":"query","description":"filter by attribute \'platform\'","schema":{"type":"array","items":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]}},"style":"form","explode":false},{"name":"filter[state]","in":"query","description":"filter by attribute \'state\'","schema":{"type":"array","items":{"type":"string","enum":["READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","UNRESOLVED_ISSUES","CANCELING","COMPLETING","COMPLETE"]}},"style":"form","explode":false},{"name":"fields[reviewSubmissions]","in":"query","description":"the fields to include for returned resources of type reviewSubmissions","schema":{"type":"array","items":{"type":"string","enum":["platform","submittedDate","state","app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false},{"name":"fields[apps]","in":"query","description":"the fields to include for returned resources of type apps","schema":{"type":"array","items":{"type":"string","enum":["accessibilityUrl","name","bundleId","sku","primaryLocale","isOrEverWasMadeForKids","subscriptionStatusUrl","subscriptionStatusUrlVersion","subscriptionStatusUrlForSandbox","subscriptionStatusUrlVersionForSandbox","contentRightsDeclaration","streamlinedPurchasingEnabled","accessibilityDeclarations","appEncryptionDeclarations","appStoreIcon","ciProduct","betaTesters","betaGroups","appStoreVersions","appTags","preReleaseVersions","betaAppLocalizations","builds","betaLicenseAgreement","betaAppReviewDetail","appInfos","appClips","appPricePoints","endUserLicenseAgreement","appPriceSchedule","appAvailabilityV2","inAppPurchases","subscriptionGroups","gameCenterEnabledVersions","performanceOverviews","perfPowerMetrics","appCustomProductPages","inAppPurchasesV2","promotedPurchases","appEvents","reviewSubmissions","subscriptionGracePeriod","customerReviews","customerReviewSummarizations","gameCenterDetail","appStoreVersionExperimentsV2","alternativeDistributionKey","analyticsReportRequests","marketplaceSearchDetail","buildUploads","backgroundAssets","assetLibrary","betaFeedbackScreenshotSubmissions","betaFeedbackCrashSubmissions","searchKeywords","webhooks","androidToIosAppMappingDetails"]}},"style":"form","explode":false},{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false},{"name":"fields[actors]","in":"query","description":"the fields to include for returned resources of type actors","schema":{"type":"array","items":{"type":"string","enum":["actorType","userFirstName","userLastName","userEmail","apiKeyId"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["app","items","appStoreVersionForReview","submittedByActor","lastUpdatedByActor"]}},"style":"form","explode":false},{"name":"limit[items]","in":"query","description":"maximum number of related items returned (when they are included)","schema":{"type":"integer","maximum":50},"style":"form"}],"responses":{"200":{"description":"List of ReviewSubmissions","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/reviewSubmissions/{id}/relationships/items":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_items_getToManyRelationship","parameters":[{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"}],"responses":{"200":{"description":"List of related linkages","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemsLinkagesResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]},"/v1/reviewSubmissions/{id}/items":{"get":{"tags":["ReviewSubmissions"],"operationId":"reviewSubmissions_items_getToManyRelated","parameters":[{"name":"fields[reviewSubmissionItems]","in":"query","description":"the fields to include for returned resources of type reviewSubmissionItems","schema":{"type":"array","items":{"type":"string","enum":["state","appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false},{"name":"fields[appStoreVersions]","in":"query","description":"the fields to include for returned resources of type appStoreVersions","schema":{"type":"array","items":{"type":"string","enum":["platform","versionString","appStoreState","appVersionState","copyright","reviewType","releaseType","earliestReleaseDate","usesIdfa","downloadable","createdDate","app","appStoreVersionLocalizations","build","appStoreVersionPhasedRelease","gameCenterAppVersion","routingAppCoverage","appStoreReviewDetail","appStoreVersionSubmission","appClipDefaultExperience","appStoreVersionExperiments","appStoreVersionExperimentsV2","customerReviews","alternativeDistributionPackage"]}},"style":"form","explode":false},{"name":"fields[appCustomProductPageVersions]","in":"query","description":"the fields to include for returned resources of type appCustomProductPageVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","deepLink","appCustomProductPage","appCustomProductPageLocalizations"]}},"style":"form","explode":false},{"name":"fields[appStoreVersionExperiments]","in":"query","description":"the fields to include for returned resources of type appStoreVersionExperiments","schema":{"type":"array","items":{"type":"string","enum":["name","trafficProportion","state","reviewRequired","startDate","endDate","appStoreVersion","appStoreVersionExperimentTreatments","platform","app","latestControlVersion","controlVersions"]}},"style":"form","explode":false},{"name":"fields[appEvents]","in":"query","description":"the fields to include for returned resources of type appEvents","schema":{"type":"array","items":{"type":"string","enum":["referenceName","badge","eventState","deepLink","purchaseRequirement","primaryLocale","priority","purpose","territorySchedules","archivedTerritorySchedules","localizations"]}},"style":"form","explode":false},{"name":"fields[appAssetLibraryImages]","in":"query","description":"the fields to include for returned resources of type appAssetLibraryImages","schema":{"type":"array","items":{"type":"string","enum":["category","createdDate","lastModifiedDate","fileName","fileSize","imageAsset","referenceName","specId","state","stateDetails","uploadOperations","placements"]}},"style":"form","explode":false},{"name":"fields[appAssetLibraryVideos]","in":"query","description":"the fields to include for returned resources of type appAssetLibraryVideos","schema":{"type":"array","items":{"type":"string","enum":["category","createdDate","lastModifiedDate","fileName","fileSize","previewFrameImage","previewFrameTimeCode","referenceName","specId","state","stateDetails","uploadOperations","videoAsset","placements"]}},"style":"form","explode":false},{"name":"fields[backgroundAssetVersions]","in":"query","description":"the fields to include for returned resources of type backgroundAssetVersions","schema":{"type":"array","items":{"type":"string","enum":["createdDate","platforms","state","stateDetails","version","locale","backgroundAsset","internalBetaRelease","externalBetaRelease","appStoreRelease","assetFile","manifestFile","backgroundAssetUploadFiles"]}},"style":"form","explode":false},{"name":"fields[gameCenterAchievementVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterAchievementVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","achievement","localizations"]}},"style":"form","explode":false},{"name":"fields[gameCenterActivityVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterActivityVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","fallbackUrl","activity","localizations","defaultImage","releases"]}},"style":"form","explode":false},{"name":"fields[gameCenterChallengeVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterChallengeVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","challenge","localizations","releases","defaultImage"]}},"style":"form","explode":false},{"name":"fields[gameCenterLeaderboardSetVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterLeaderboardSetVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","leaderboardSet","localizations"]}},"style":"form","explode":false},{"name":"fields[gameCenterLeaderboardVersions]","in":"query","description":"the fields to include for returned resources of type gameCenterLeaderboardVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","leaderboard","localizations"]}},"style":"form","explode":false},{"name":"fields[inAppPurchaseVersions]","in":"query","description":"the fields to include for returned resources of type inAppPurchaseVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","inAppPurchase","image","images","localizations"]}},"style":"form","explode":false},{"name":"fields[subscriptionVersions]","in":"query","description":"the fields to include for returned resources of type subscriptionVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","subscription","image","images","localizations"]}},"style":"form","explode":false},{"name":"fields[subscriptionGroupVersions]","in":"query","description":"the fields to include for returned resources of type subscriptionGroupVersions","schema":{"type":"array","items":{"type":"string","enum":["version","state","subscriptionGroup","localizations"]}},"style":"form","explode":false},{"name":"limit","in":"query","description":"maximum resources per page","schema":{"type":"integer","maximum":200},"style":"form"},{"name":"include","in":"query","description":"comma-separated list of relationships to include","schema":{"type":"array","items":{"type":"string","enum":["appStoreVersion","appCustomProductPageVersion","appStoreVersionExperiment","appStoreVersionExperimentV2","appEvent","appAssetLibraryImage","appAssetLibraryVideo","backgroundAssetVersion","gameCenterAchievementVersion","gameCenterActivityVersion","gameCenterChallengeVersion","gameCenterLeaderboardSetVersion","gameCenterLeaderboardVersion","inAppPurchaseVersion","subscriptionVersion","subscriptionGroupVersion"]}},"style":"form","explode":false}],"responses":{"200":{"description":"List of ReviewSubmissionItems","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ReviewSubmissionItemsResponse"}}}},"400":{"description":"Parameter error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"401":{"description":"Unauthorized error(s)","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"403":{"description":"Forbidden error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"404":{"description":"Not found error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}},"429":{"description":"Rate limit exceeded error","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ErrorResponse"}}}}}},"parameters":[{"name":"id","in":"path","description":"the id of the requested resource","schema":{"type":"string"},"style":"simple","required":true}]}},"components":{"schemas":{"Actor":{"type":"object","title":"Actor","properties":{"type":{"type":"string","enum":["actors"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"actorType":{"type":"string","enum":["USER","API_KEY","XCODE_CLOUD","APPLE"]},"userFirstName":{"type":"string"},"userLastName":{"type":"string"},"userEmail":{"type":"string"},"apiKeyId":{"type":"string"}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppAssetLibraryImage":{"type":"object","title":"AppAssetLibraryImage","properties":{"type":{"type":"string","enum":["appAssetLibraryImages"]},"id":{"type":"string"},"attributes":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageAwaitingUploadAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageUploadCompleteAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageFailedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageReadyForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageWaitingForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageInReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageAcceptedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageApprovedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageRejectedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryImageArchivedAttributes"}],"discriminator":{"propertyName":"state","mapping":{"UPLOAD_COMPLETE":"#/components/schemas/AppAssetLibraryImageUploadCompleteAttributes","COMPLETE":"#/components/schemas/AppAssetLibraryImageCommonAttributes","IN_REVIEW":"#/components/schemas/AppAssetLibraryImageInReviewAttributes","ACCEPTED":"#/components/schemas/AppAssetLibraryImageAcceptedAttributes","FAILED":"#/components/schemas/AppAssetLibraryImageFailedAttributes","AWAITING_UPLOAD":"#/components/schemas/AppAssetLibraryImageAwaitingUploadAttributes","PREPARE_FOR_SUBMISSION":"#/components/schemas/AppAssetLibraryImageCommonAttributes","READY_FOR_REVIEW":"#/components/schemas/AppAssetLibraryImageReadyForReviewAttributes","ARCHIVED":"#/components/schemas/AppAssetLibraryImageArchivedAttributes","APPROVED":"#/components/schemas/AppAssetLibraryImageApprovedAttributes","WAITING_FOR_REVIEW":"#/components/schemas/AppAssetLibraryImageWaitingForReviewAttributes","REJECTED":"#/components/schemas/AppAssetLibraryImageRejectedAttributes"}}},"relationships":{"type":"object","properties":{"placements":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryPlacements"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppAssetLibraryImageCommonAttributes":{"type":"object","title":"AppAssetLibraryImageCommonAttributes","properties":{"category":{"$ref":"#/components/schemas/AppAssetLibraryAssetCategory"},"createdDate":{"type":"string","format":"date-time"},"lastModifiedDate":{"type":"string","format":"date-time"},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"imageAsset":{"$ref":"#/components/schemas/ImageAsset"},"referenceName":{"type":"string"},"specId":{"type":"string"},"state":{"$ref":"#/components/schemas/AppAssetLibraryAssetState"},"stateDetails":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}}},"required":["state"]},"AppAssetLibraryImageAcceptedAttributes":{"title":"AppAssetLibraryImageAcceptedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageApprovedAttributes":{"title":"AppAssetLibraryImageApprovedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageArchivedAttributes":{"title":"AppAssetLibraryImageArchivedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageAwaitingUploadAttributes":{"title":"AppAssetLibraryImageAwaitingUploadAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryImageFailedAttributes":{"title":"AppAssetLibraryImageFailedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryImageInReviewAttributes":{"title":"AppAssetLibraryImageInReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageReadyForReviewAttributes":{"title":"AppAssetLibraryImageReadyForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageRejectedAttributes":{"title":"AppAssetLibraryImageRejectedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryImageUploadCompleteAttributes":{"title":"AppAssetLibraryImageUploadCompleteAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryImageWaitingForReviewAttributes":{"title":"AppAssetLibraryImageWaitingForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryImageCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideo":{"type":"object","title":"AppAssetLibraryVideo","properties":{"type":{"type":"string","enum":["appAssetLibraryVideos"]},"id":{"type":"string"},"attributes":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoAwaitingUploadAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoUploadCompleteAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoFailedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoReadyForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoWaitingForReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoInReviewAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoAcceptedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoApprovedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoRejectedAttributes"},{"$ref":"#/components/schemas/AppAssetLibraryVideoArchivedAttributes"}],"discriminator":{"propertyName":"state","mapping":{"UPLOAD_COMPLETE":"#/components/schemas/AppAssetLibraryVideoUploadCompleteAttributes","COMPLETE":"#/components/schemas/AppAssetLibraryVideoCommonAttributes","IN_REVIEW":"#/components/schemas/AppAssetLibraryVideoInReviewAttributes","ACCEPTED":"#/components/schemas/AppAssetLibraryVideoAcceptedAttributes","FAILED":"#/components/schemas/AppAssetLibraryVideoFailedAttributes","AWAITING_UPLOAD":"#/components/schemas/AppAssetLibraryVideoAwaitingUploadAttributes","PREPARE_FOR_SUBMISSION":"#/components/schemas/AppAssetLibraryVideoCommonAttributes","READY_FOR_REVIEW":"#/components/schemas/AppAssetLibraryVideoReadyForReviewAttributes","ARCHIVED":"#/components/schemas/AppAssetLibraryVideoArchivedAttributes","APPROVED":"#/components/schemas/AppAssetLibraryVideoApprovedAttributes","WAITING_FOR_REVIEW":"#/components/schemas/AppAssetLibraryVideoWaitingForReviewAttributes","REJECTED":"#/components/schemas/AppAssetLibraryVideoRejectedAttributes"}}},"relationships":{"type":"object","properties":{"placements":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryPlacements"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppAssetLibraryVideoCommonAttributes":{"type":"object","title":"AppAssetLibraryVideoCommonAttributes","properties":{"category":{"$ref":"#/components/schemas/AppAssetLibraryAssetCategory"},"createdDate":{"type":"string","format":"date-time"},"lastModifiedDate":{"type":"string","format":"date-time"},"fileName":{"type":"string"},"fileSize":{"type":"integer","format":"int64","maximum":9007199254740991,"minimum":1},"previewFrameImage":{"$ref":"#/components/schemas/PreviewFrameImage"},"previewFrameTimeCode":{"type":"string"},"referenceName":{"type":"string"},"specId":{"type":"string"},"state":{"$ref":"#/components/schemas/AppAssetLibraryAssetState"},"stateDetails":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"videoAsset":{"type":"string","format":"uri"}},"required":["state"]},"AppAssetLibraryVideoAcceptedAttributes":{"title":"AppAssetLibraryVideoAcceptedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoApprovedAttributes":{"title":"AppAssetLibraryVideoApprovedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoArchivedAttributes":{"title":"AppAssetLibraryVideoArchivedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoAwaitingUploadAttributes":{"title":"AppAssetLibraryVideoAwaitingUploadAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryVideoFailedAttributes":{"title":"AppAssetLibraryVideoFailedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryVideoInReviewAttributes":{"title":"AppAssetLibraryVideoInReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoReadyForReviewAttributes":{"title":"AppAssetLibraryVideoReadyForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoRejectedAttributes":{"title":"AppAssetLibraryVideoRejectedAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppAssetLibraryVideoUploadCompleteAttributes":{"title":"AppAssetLibraryVideoUploadCompleteAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object","properties":{"uploadOperations":{"type":"array","items":{"$ref":"#/components/schemas/UploadOperation"}}}}]},"AppAssetLibraryVideoWaitingForReviewAttributes":{"title":"AppAssetLibraryVideoWaitingForReviewAttributes","allOf":[{"$ref":"#/components/schemas/AppAssetLibraryVideoCommonAttributes"},{"type":"object"}]},"AppCustomProductPageVersion":{"type":"object","title":"AppCustomProductPageVersion","properties":{"type":{"type":"string","enum":["appCustomProductPageVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"string"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED"]},"deepLink":{"type":"string","format":"uri"}}},"relationships":{"type":"object","properties":{"appCustomProductPage":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appCustomProductPageLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPageLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppEvent":{"type":"object","title":"AppEvent","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"referenceName":{"type":"string"},"badge":{"type":"string","enum":["LIVE_EVENT","PREMIERE","CHALLENGE","COMPETITION","NEW_SEASON","MAJOR_UPDATE","SPECIAL_EVENT"]},"eventState":{"type":"string","enum":["DRAFT","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","REJECTED","ACCEPTED","APPROVED","PUBLISHED","PAST","ARCHIVED"]},"deepLink":{"type":"string","format":"uri"},"purchaseRequirement":{"type":"string"},"primaryLocale":{"type":"string"},"priority":{"type":"string","enum":["HIGH","NORMAL"]},"purpose":{"type":"string","enum":["APPROPRIATE_FOR_ALL_USERS","ATTRACT_NEW_USERS","KEEP_ACTIVE_USERS_INFORMED","BRING_BACK_LAPSED_USERS"]},"territorySchedules":{"type":"array","items":{"type":"object","properties":{"territories":{"type":"array","items":{"type":"string"}},"publishStart":{"type":"string","format":"date-time"},"eventStart":{"type":"string","format":"date-time"},"eventEnd":{"type":"string","format":"date-time"}}}},"archivedTerritorySchedules":{"type":"array","items":{"type":"object","properties":{"territories":{"type":"array","items":{"type":"string"}},"publishStart":{"type":"string","format":"date-time"},"eventStart":{"type":"string","format":"date-time"},"eventEnd":{"type":"string","format":"date-time"}}}}}},"relationships":{"type":"object","properties":{"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEventLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppStoreVersionExperiment":{"type":"object","title":"AppStoreVersionExperiment","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"name":{"type":"string"},"trafficProportion":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REJECTED","COMPLETED","STOPPED"]},"reviewRequired":{"type":"boolean"},"startDate":{"type":"string","format":"date-time"},"endDate":{"type":"string","format":"date-time"}}},"relationships":{"type":"object","properties":{"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentTreatments":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperimentTreatments"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"],"deprecated":true},"AppStoreVersion":{"type":"object","title":"AppStoreVersion","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"platform":{"$ref":"#/components/schemas/Platform"},"versionString":{"type":"string"},"appStoreState":{"deprecated":true,"$ref":"#/components/schemas/AppStoreVersionState"},"appVersionState":{"$ref":"#/components/schemas/AppVersionState"},"copyright":{"type":"string"},"reviewType":{"type":"string","enum":["APP_STORE","NOTARIZATION"]},"releaseType":{"type":"string","enum":["MANUAL","AFTER_APPROVAL","SCHEDULED"]},"earliestReleaseDate":{"type":"string","format":"date-time"},"usesIdfa":{"type":"boolean","deprecated":true},"downloadable":{"type":"boolean"},"createdDate":{"type":"string","format":"date-time"}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"build":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["builds"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionPhasedRelease":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionPhasedReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterAppVersion":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAppVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"routingAppCoverage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["routingAppCoverages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreReviewDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreReviewDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionSubmission":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appClipDefaultExperience":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["appClipDefaultExperiences"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperiments":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersionExperimentsV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"customerReviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"alternativeDistributionPackage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["alternativeDistributionPackages"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"App":{"type":"object","title":"App","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"accessibilityUrl":{"type":"string","format":"uri"},"name":{"type":"string"},"bundleId":{"type":"string"},"sku":{"type":"string"},"primaryLocale":{"type":"string"},"isOrEverWasMadeForKids":{"type":"boolean"},"subscriptionStatusUrl":{"type":"string","format":"uri"},"subscriptionStatusUrlVersion":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"subscriptionStatusUrlForSandbox":{"type":"string","format":"uri"},"subscriptionStatusUrlVersionForSandbox":{"$ref":"#/components/schemas/SubscriptionStatusUrlVersion"},"contentRightsDeclaration":{"type":"string","enum":["DOES_NOT_USE_THIRD_PARTY_CONTENT","USES_THIRD_PARTY_CONTENT"]},"streamlinedPurchasingEnabled":{"type":"boolean"}}},"relationships":{"type":"object","properties":{"accessibilityDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appEncryptionDeclarations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEncryptionDeclarations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreIcon":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["buildIcons"]},"id":{"type":"string"}},"required":["id","type"]}}},"ciProduct":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["ciProducts"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaTesters":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appTags":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"preReleaseVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["preReleaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaAppLocalizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"builds":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["builds"]},"id":{"type":"string"}},"required":["id","type"]}}}},"betaLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"betaAppReviewDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["betaAppReviewDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appInfos":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appInfos"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appClips":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appClips"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appPricePoints":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"endUserLicenseAgreement":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["endUserLicenseAgreements"]},"id":{"type":"string"}},"required":["id","type"]}}},"appPriceSchedule":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appAvailabilityV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"inAppPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}},"deprecated":true},"subscriptionGroups":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroups"]},"id":{"type":"string"}},"required":["id","type"]}}}},"gameCenterEnabledVersions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterEnabledVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"performanceOverviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"perfPowerMetrics":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"appCustomProductPages":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"inAppPurchasesV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"promotedPurchases":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["promotedPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appEvents":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}}},"reviewSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"subscriptionGracePeriod":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGracePeriods"]},"id":{"type":"string"}},"required":["id","type"]}}},"customerReviews":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"customerReviewSummarizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"gameCenterDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterDetails"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentsV2":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}}},"alternativeDistributionKey":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"analyticsReportRequests":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"marketplaceSearchDetail":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"buildUploads":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"backgroundAssets":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"assetLibrary":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackScreenshotSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"betaFeedbackCrashSubmissions":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"searchKeywords":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"webhooks":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}},"androidToIosAppMappingDetails":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["androidToIosAppMappingDetails"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"BackgroundAssetVersion":{"type":"object","title":"BackgroundAssetVersion","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"createdDate":{"type":"string","format":"date-time"},"platforms":{"type":"array","items":{"$ref":"#/components/schemas/Platform"}},"state":{"$ref":"#/components/schemas/BackgroundAssetVersionState"},"stateDetails":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}},"infos":{"type":"array","items":{"$ref":"#/components/schemas/StateDetail"}}}},"version":{"type":"string"},"locale":{"type":"string"}}},"relationships":{"type":"object","properties":{"backgroundAsset":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssets"]},"id":{"type":"string"}},"required":["id","type"]}}},"internalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionInternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"externalBetaRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionExternalBetaReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreRelease":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersionAppStoreReleases"]},"id":{"type":"string"}},"required":["id","type"]}}},"assetFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"manifestFile":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetUploadFiles"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetUploadFiles":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterAchievementVersionV2":{"type":"object","title":"GameCenterAchievementVersionV2","properties":{"type":{"type":"string","enum":["gameCenterAchievementVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"achievement":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievements"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievementLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterActivityVersion":{"type":"object","title":"GameCenterActivityVersion","properties":{"type":{"type":"string","enum":["gameCenterActivityVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"},"fallbackUrl":{"type":"string"}}},"relationships":{"type":"object","properties":{"activity":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivities"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"defaultImage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"releases":{"type":"object","properties":{"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityVersionReleases"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterChallengeVersion":{"type":"object","title":"GameCenterChallengeVersion","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"challenge":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallenges"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}},"releases":{"type":"object","properties":{"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersionReleases"]},"id":{"type":"string"}},"required":["id","type"]}}}},"defaultImage":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeImages"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterLeaderboardSetVersionV2":{"type":"object","title":"GameCenterLeaderboardSetVersionV2","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"leaderboardSet":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSets"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"GameCenterLeaderboardVersionV2":{"type":"object","title":"GameCenterLeaderboardVersionV2","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"$ref":"#/components/schemas/GameCenterVersionState"}}},"relationships":{"type":"object","properties":{"leaderboard":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboards"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"InAppPurchaseVersion":{"type":"object","title":"InAppPurchaseVersion","properties":{"type":{"type":"string","enum":["inAppPurchaseVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED","DEVELOPER_REJECTED"]}}},"relationships":{"type":"object","properties":{"inAppPurchase":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchases"]},"id":{"type":"string"}},"required":["id","type"]}}},"image":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"images":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseImages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"ReviewSubmissionItem":{"type":"object","title":"ReviewSubmissionItem","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"state":{"type":"string","enum":["READY_FOR_REVIEW","ACCEPTED","APPROVED","REJECTED","REMOVED"]}}},"relationships":{"type":"object","properties":{"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appCustomProductPageVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPageVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperiment":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentV2":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appEvent":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryImage":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryVideo":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryVideos"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterAchievementVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievementVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterActivityVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterChallengeVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardSetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"inAppPurchaseVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionGroupVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroupVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"ReviewSubmissionItemsResponse":{"type":"object","title":"ReviewSubmissionItemsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/ReviewSubmissionItem"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryImage"},{"$ref":"#/components/schemas/AppAssetLibraryVideo"},{"$ref":"#/components/schemas/AppCustomProductPageVersion"},{"$ref":"#/components/schemas/AppEvent"},{"$ref":"#/components/schemas/AppStoreVersionExperiment"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/BackgroundAssetVersion"},{"$ref":"#/components/schemas/GameCenterAchievementVersionV2"},{"$ref":"#/components/schemas/GameCenterActivityVersion"},{"$ref":"#/components/schemas/GameCenterChallengeVersion"},{"$ref":"#/components/schemas/GameCenterLeaderboardSetVersionV2"},{"$ref":"#/components/schemas/GameCenterLeaderboardVersionV2"},{"$ref":"#/components/schemas/InAppPurchaseVersion"},{"$ref":"#/components/schemas/SubscriptionGroupVersion"},{"$ref":"#/components/schemas/SubscriptionVersion"}],"discriminator":{"propertyName":"type","mapping":{"appAssetLibraryImages":"#/components/schemas/AppAssetLibraryImage","appEvents":"#/components/schemas/AppEvent","gameCenterAchievementVersions":"#/components/schemas/GameCenterAchievementVersionV2","appStoreVersionExperiments":"#/components/schemas/AppStoreVersionExperiment","gameCenterActivityVersions":"#/components/schemas/GameCenterActivityVersion","inAppPurchaseVersions":"#/components/schemas/InAppPurchaseVersion","subscriptionVersions":"#/components/schemas/SubscriptionVersion","gameCenterChallengeVersions":"#/components/schemas/GameCenterChallengeVersion","subscriptionGroupVersions":"#/components/schemas/SubscriptionGroupVersion","appStoreVersions":"#/components/schemas/AppStoreVersion","appAssetLibraryVideos":"#/components/schemas/AppAssetLibraryVideo","backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","gameCenterLeaderboardSetVersions":"#/components/schemas/GameCenterLeaderboardSetVersionV2","appCustomProductPageVersions":"#/components/schemas/AppCustomProductPageVersion","gameCenterLeaderboardVersions":"#/components/schemas/GameCenterLeaderboardVersionV2"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ReviewSubmissionItemResponse":{"type":"object","title":"ReviewSubmissionItemResponse","properties":{"data":{"$ref":"#/components/schemas/ReviewSubmissionItem"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/AppAssetLibraryImage"},{"$ref":"#/components/schemas/AppAssetLibraryVideo"},{"$ref":"#/components/schemas/AppCustomProductPageVersion"},{"$ref":"#/components/schemas/AppEvent"},{"$ref":"#/components/schemas/AppStoreVersionExperiment"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/BackgroundAssetVersion"},{"$ref":"#/components/schemas/GameCenterAchievementVersionV2"},{"$ref":"#/components/schemas/GameCenterActivityVersion"},{"$ref":"#/components/schemas/GameCenterChallengeVersion"},{"$ref":"#/components/schemas/GameCenterLeaderboardSetVersionV2"},{"$ref":"#/components/schemas/GameCenterLeaderboardVersionV2"},{"$ref":"#/components/schemas/InAppPurchaseVersion"},{"$ref":"#/components/schemas/SubscriptionGroupVersion"},{"$ref":"#/components/schemas/SubscriptionVersion"}],"discriminator":{"propertyName":"type","mapping":{"appAssetLibraryImages":"#/components/schemas/AppAssetLibraryImage","appEvents":"#/components/schemas/AppEvent","gameCenterAchievementVersions":"#/components/schemas/GameCenterAchievementVersionV2","appStoreVersionExperiments":"#/components/schemas/AppStoreVersionExperiment","gameCenterActivityVersions":"#/components/schemas/GameCenterActivityVersion","inAppPurchaseVersions":"#/components/schemas/InAppPurchaseVersion","subscriptionVersions":"#/components/schemas/SubscriptionVersion","gameCenterChallengeVersions":"#/components/schemas/GameCenterChallengeVersion","subscriptionGroupVersions":"#/components/schemas/SubscriptionGroupVersion","appStoreVersions":"#/components/schemas/AppStoreVersion","appAssetLibraryVideos":"#/components/schemas/AppAssetLibraryVideo","backgroundAssetVersions":"#/components/schemas/BackgroundAssetVersion","gameCenterLeaderboardSetVersions":"#/components/schemas/GameCenterLeaderboardSetVersionV2","appCustomProductPageVersions":"#/components/schemas/AppCustomProductPageVersion","gameCenterLeaderboardVersions":"#/components/schemas/GameCenterLeaderboardVersionV2"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"ReviewSubmissionItemCreateRequest":{"type":"object","title":"ReviewSubmissionItemCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"relationships":{"type":"object","properties":{"reviewSubmission":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]},"appStoreVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appCustomProductPageVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appCustomProductPageVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperiment":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appStoreVersionExperimentV2":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersionExperiments"]},"id":{"type":"string"}},"required":["id","type"]}}},"appEvent":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appEvents"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryImage":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"appAssetLibraryVideo":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appAssetLibraryVideos"]},"id":{"type":"string"}},"required":["id","type"]}}},"backgroundAssetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["backgroundAssetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterAchievementVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterAchievementVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterActivityVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterActivityVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterChallengeVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterChallengeVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardSetVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardSetVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"gameCenterLeaderboardVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["gameCenterLeaderboardVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"inAppPurchaseVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["inAppPurchaseVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"subscriptionGroupVersion":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroupVersions"]},"id":{"type":"string"}},"required":["id","type"]}}}},"required":["reviewSubmission"]}},"required":["relationships","type"]}},"required":["data"]},"ReviewSubmissionItemUpdateRequest":{"type":"object","title":"ReviewSubmissionItemUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"resolved":{"type":"boolean","nullable":true},"removed":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"ReviewSubmission":{"type":"object","title":"ReviewSubmission","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"platform":{"$ref":"#/components/schemas/Platform"},"submittedDate":{"type":"string","format":"date-time"},"state":{"type":"string","enum":["READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","UNRESOLVED_ISSUES","CANCELING","COMPLETING","COMPLETE"]}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}}},"items":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"}},"required":["id","type"]}}}},"appStoreVersionForReview":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["appStoreVersions"]},"id":{"type":"string"}},"required":["id","type"]}}},"submittedByActor":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["actors"]},"id":{"type":"string"}},"required":["id","type"]}}},"lastUpdatedByActor":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["actors"]},"id":{"type":"string"}},"required":["id","type"]}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"ReviewSubmissionsResponse":{"type":"object","title":"ReviewSubmissionsResponse","properties":{"data":{"type":"array","items":{"$ref":"#/components/schemas/ReviewSubmission"}},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/Actor"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/ReviewSubmissionItem"}],"discriminator":{"propertyName":"type","mapping":{"actors":"#/components/schemas/Actor","reviewSubmissionItems":"#/components/schemas/ReviewSubmissionItem","appStoreVersions":"#/components/schemas/AppStoreVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ReviewSubmissionResponse":{"type":"object","title":"ReviewSubmissionResponse","properties":{"data":{"$ref":"#/components/schemas/ReviewSubmission"},"included":{"type":"array","items":{"oneOf":[{"$ref":"#/components/schemas/Actor"},{"$ref":"#/components/schemas/AppStoreVersion"},{"$ref":"#/components/schemas/App"},{"$ref":"#/components/schemas/ReviewSubmissionItem"}],"discriminator":{"propertyName":"type","mapping":{"actors":"#/components/schemas/Actor","reviewSubmissionItems":"#/components/schemas/ReviewSubmissionItem","appStoreVersions":"#/components/schemas/AppStoreVersion","apps":"#/components/schemas/App"}}}},"links":{"$ref":"#/components/schemas/DocumentLinks"}},"required":["data","links"]},"ReviewSubmissionCreateRequest":{"type":"object","title":"ReviewSubmissionCreateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"attributes":{"type":"object","properties":{"platform":{"nullable":true,"$ref":"#/components/schemas/Platform"}}},"relationships":{"type":"object","properties":{"app":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["apps"]},"id":{"type":"string"}},"required":["id","type"]}},"required":["data"]}},"required":["app"]}},"required":["relationships","type"]}},"required":["data"]},"ReviewSubmissionUpdateRequest":{"type":"object","title":"ReviewSubmissionUpdateRequest","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"platform":{"nullable":true,"$ref":"#/components/schemas/Platform"},"submitted":{"type":"boolean","nullable":true},"canceled":{"type":"boolean","nullable":true}}}},"required":["id","type"]}},"required":["data"]},"SubscriptionGroupVersion":{"type":"object","title":"SubscriptionGroupVersion","properties":{"type":{"type":"string","enum":["subscriptionGroupVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED","DEVELOPER_REJECTED"]}}},"relationships":{"type":"object","properties":{"subscriptionGroup":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroups"]},"id":{"type":"string"}},"required":["id","type"]}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionGroupLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"SubscriptionVersion":{"type":"object","title":"SubscriptionVersion","properties":{"type":{"type":"string","enum":["subscriptionVersions"]},"id":{"type":"string"},"attributes":{"type":"object","properties":{"version":{"type":"integer"},"state":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REPLACED_WITH_NEW_VERSION","REJECTED","DEVELOPER_REJECTED"]}}},"relationships":{"type":"object","properties":{"subscription":{"type":"object","properties":{"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptions"]},"id":{"type":"string"}},"required":["id","type"]}}},"image":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"data":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionImages"]},"id":{"type":"string"}},"required":["id","type"]}}},"images":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionImages"]},"id":{"type":"string"}},"required":["id","type"]}}}},"localizations":{"type":"object","properties":{"links":{"$ref":"#/components/schemas/RelationshipLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"},"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["subscriptionLocalizations"]},"id":{"type":"string"}},"required":["id","type"]}}}}}},"links":{"$ref":"#/components/schemas/ResourceLinks"}},"required":["id","type"]},"AppReviewSubmissionsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissions"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ReviewSubmissionItemsLinkagesResponse":{"type":"object","properties":{"data":{"type":"array","items":{"type":"object","properties":{"type":{"type":"string","enum":["reviewSubmissionItems"]},"id":{"type":"string"}},"required":["id","type"]}},"links":{"$ref":"#/components/schemas/PagedDocumentLinks"},"meta":{"$ref":"#/components/schemas/PagingInformation"}},"required":["data","links"]},"ErrorResponse":{"type":"object","properties":{"errors":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string"},"status":{"type":"string"},"code":{"type":"string"},"title":{"type":"string"},"detail":{"type":"string"},"source":{"oneOf":[{"$ref":"#/components/schemas/ErrorSourcePointer"},{"$ref":"#/components/schemas/ErrorSourceParameter"}]},"links":{"$ref":"#/components/schemas/ErrorLinks"},"meta":{"type":"object","additionalProperties":{}}},"required":["code","detail","status","title"]}}}},"ErrorSourceParameter":{"type":"object","title":"Parameter","properties":{"parameter":{"type":"string"}},"required":["parameter"]},"ErrorSourcePointer":{"type":"object","title":"JsonPointer","properties":{"pointer":{"type":"string"}},"required":["pointer"]},"ErrorLinks":{"type":"object","properties":{"about":{"type":"string","format":"uri-reference"},"associated":{"oneOf":[{"type":"string","format":"uri-reference"},{"type":"object","properties":{"href":{"type":"string","format":"uri-reference"},"meta":{"type":"object","properties":{"source":{"type":"string"}}}}}]}}},"PagedDocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"first":{"type":"string","format":"uri-reference"},"next":{"type":"string","format":"uri-reference"}},"required":["self"]},"PagingInformation":{"type":"object","properties":{"paging":{"type":"object","properties":{"total":{"type":"integer"},"limit":{"type":"integer"},"nextCursor":{"type":"string"}},"required":["limit"]}},"required":["paging"]},"DocumentLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}},"required":["self"]},"ResourceLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"}}},"RelationshipLinks":{"type":"object","properties":{"self":{"type":"string","format":"uri-reference"},"related":{"type":"string","format":"uri-reference"}}},"AppAssetLibraryAssetCategory":{"type":"string","enum":["CREATIVE_ASSETS","APP_SCREENSHOTS_AND_PREVIEWS"]},"AppAssetLibraryAssetState":{"type":"string","enum":["AWAITING_UPLOAD","UPLOAD_COMPLETE","FAILED","COMPLETE","PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","ACCEPTED","APPROVED","REJECTED","ARCHIVED"]},"AppMediaPreviewFrameImageState":{"type":"object","properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/AppMediaStateError"}},"state":{"type":"string","enum":["PROCESSING","COMPLETE","FAILED"]}}},"AppMediaStateError":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"AppStoreVersionState":{"type":"string","enum":["ACCEPTED","DEVELOPER_REMOVED_FROM_SALE","DEVELOPER_REJECTED","IN_REVIEW","INVALID_BINARY","METADATA_REJECTED","PENDING_APPLE_RELEASE","PENDING_CONTRACT","PENDING_DEVELOPER_RELEASE","PREPARE_FOR_SUBMISSION","PREORDER_READY_FOR_SALE","PROCESSING_FOR_APP_STORE","READY_FOR_REVIEW","READY_FOR_SALE","REJECTED","REMOVED_FROM_SALE","WAITING_FOR_EXPORT_COMPLIANCE","WAITING_FOR_REVIEW","REPLACED_WITH_NEW_VERSION","NOT_APPLICABLE"]},"AppVersionState":{"type":"string","enum":["ACCEPTED","DEVELOPER_REJECTED","IN_REVIEW","INVALID_BINARY","METADATA_REJECTED","PENDING_APPLE_RELEASE","PENDING_DEVELOPER_RELEASE","PREPARE_FOR_SUBMISSION","PROCESSING_FOR_DISTRIBUTION","READY_FOR_DISTRIBUTION","READY_FOR_REVIEW","REJECTED","REPLACED_WITH_NEW_VERSION","WAITING_FOR_EXPORT_COMPLIANCE","WAITING_FOR_REVIEW"]},"BackgroundAssetVersionState":{"type":"string","enum":["AWAITING_UPLOAD","PROCESSING","FAILED","COMPLETE"]},"GameCenterVersionState":{"type":"string","enum":["PREPARE_FOR_SUBMISSION","READY_FOR_REVIEW","WAITING_FOR_REVIEW","IN_REVIEW","DEVELOPER_REJECTED","REJECTED","ACCEPTED","PENDING_RELEASE","LIVE","REPLACED_WITH_NEW_VERSION"]},"HttpHeader":{"type":"object","properties":{"name":{"type":"string"},"value":{"type":"string"}}},"ImageAsset":{"type":"object","properties":{"templateUrl":{"type":"string"},"width":{"type":"integer"},"height":{"type":"integer"}}},"Platform":{"type":"string","enum":["IOS","MAC_OS","TV_OS","VISION_OS"]},"PreviewFrameImage":{"type":"object","properties":{"image":{"$ref":"#/components/schemas/ImageAsset"},"state":{"$ref":"#/components/schemas/AppMediaPreviewFrameImageState"}}},"StateDetail":{"type":"object","properties":{"code":{"type":"string"},"description":{"type":"string"}}},"SubscriptionStatusUrlVersion":{"type":"string","enum":["V1","V2"]},"UploadOperation":{"type":"object","properties":{"method":{"type":"string"},"url":{"type":"string"},"length":{"type":"integer"},"offset":{"type":"integer"},"requestHeaders":{"type":"array","items":{"$ref":"#/components/schemas/HttpHeader"}}}}},"securitySchemes":{"itc-bearer-token":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},"security":[{"itc-bearer-token":[]}]}');
;// CONCATENATED MODULE: ./src/simulator/spec/index.ts
// Apple's OpenAPI spec, the simulator's only source of truth for paths, parameters and schemas.
// Everything route- and schema-shaped in the simulator is derived from these files at start-up:
// two subsets of the same spec (4.5.1), whose shared schemas are identical copies.


/** The spec files merged: every path of each, and the union of their component schemas. */
function merge(...files) {
    const [first] = files;
    return {
        ...first,
        paths: Object.assign({}, ...files.map(f => f.paths)),
        components: {
            schemas: Object.assign({}, ...files.map(f => f.components.schemas))
        }
    };
}
const SPEC = merge(background_assets_openapi_namespaceObject, review_submissions_openapi_namespaceObject);
const HTTP_METHODS = new Set(['get', 'post', 'patch', 'put', 'delete', 'head', 'options']);
function schemaName(ref) {
    return ref?.replace('#/components/schemas/', '');
}
const OPERATIONS = Object.entries(SPEC.paths).flatMap(([pathTemplate, item]) => Object.entries(item)
    .filter(([method]) => HTTP_METHODS.has(method))
    .map(([method, value]) => {
    const op = value;
    return {
        method: method.toUpperCase(),
        pathTemplate,
        operationId: op.operationId,
        query: (op.parameters ?? []).filter(p => p.in === 'query'),
        requestSchema: schemaName(op.requestBody?.content['application/json']?.schema.$ref),
        responses: Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [
            status,
            schemaName(r.content?.['application/json']?.schema.$ref)
        ]))
    };
}));
const PATHS = Object.keys(SPEC.paths).map(template => {
    const paramNames = [];
    const pattern = template.replace(/\{(\w+)\}/g, (_m, name) => {
        paramNames.push(name);
        return '([^/]+)';
    });
    return {
        template,
        regex: new RegExp(`^${pattern}$`),
        paramNames,
        operations: OPERATIONS.filter(o => o.pathTemplate === template)
    };
});
/** Finds the spec path a request path belongs to (any method). */
function matchSpecPath(pathname) {
    for (const entry of PATHS) {
        const m = entry.regex.exec(pathname);
        if (!m)
            continue;
        const params = {};
        entry.paramNames.forEach((name, i) => {
            params[name] = decodeURIComponent(m[i + 1] ?? '');
        });
        return { template: entry.template, params, operations: entry.operations };
    }
    return undefined;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/simulator/part-store.ts
// Parts on disk: each part in its own file (a resent part replaces the earlier one atomically,
// a broken one never touches it), assembled and hashed at commit by streaming, so archives of any
// size never sit in memory.






class PartStore {
    dataDir;
    stats;
    constructor(dataDir, stats) {
        this.dataDir = dataDir;
        this.stats = stats;
    }
    dir(file) {
        return external_node_path_default().join(this.dataDir, file.id);
    }
    /** Writes the part to its own file; returns the quoted MD5 ETag, or undefined if the body broke. */
    async write(body, file, part) {
        const dir = this.dir(file);
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        const tmp = external_node_path_default().join(dir, `part-${part.partNumber}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.tmp`);
        const md5 = (0,external_node_crypto_namespaceObject.createHash)('md5');
        let count = 0;
        const stats = this.stats;
        const tap = new external_node_stream_namespaceObject.Transform({
            transform(chunk, _enc, done) {
                stats.bytesReceived += chunk.length;
                count += chunk.length;
                md5.update(chunk);
                done(null, chunk);
            }
        });
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(body, tap, (0,external_node_fs_namespaceObject.createWriteStream)(tmp));
        }
        catch {
            await (0,promises_namespaceObject.rm)(tmp, { force: true });
            return undefined;
        }
        if (count !== part.length) {
            await (0,promises_namespaceObject.rm)(tmp, { force: true });
            return undefined;
        }
        await (0,promises_namespaceObject.rename)(tmp, external_node_path_default().join(dir, `part-${part.partNumber}`));
        stats.bytesStored += count;
        part.received = true;
        part.entityTag = `"${md5.digest('hex')}"`;
        return part.entityTag;
    }
    missing(file) {
        return file.parts.filter(p => !p.received).map(p => p.partNumber);
    }
    /** Concatenates the parts into one file, hashing as it goes. */
    async assemble(file) {
        const dir = this.dir(file);
        await (0,promises_namespaceObject.mkdir)(dir, { recursive: true });
        const target = external_node_path_default().join(dir, `assembled-${file.fileName.replace(/[^A-Za-z0-9._-]/g, '_')}`);
        const sha256 = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        const md5 = (0,external_node_crypto_namespaceObject.createHash)('md5');
        const out = await (0,promises_namespaceObject.open)(target, 'w');
        let size = 0;
        try {
            for (const part of file.parts) {
                for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(external_node_path_default().join(dir, `part-${part.partNumber}`))) {
                    const buf = chunk;
                    sha256.update(buf);
                    md5.update(buf);
                    await out.write(buf);
                    size += buf.length;
                }
            }
        }
        finally {
            await out.close();
        }
        return { path: target, size, sha256: sha256.digest('hex'), md5: md5.digest('hex') };
    }
    /** Removes the part files once the assembled file is kept. */
    async drop(file) {
        const dir = this.dir(file);
        await Promise.all(file.parts.map(p => (0,promises_namespaceObject.rm)(external_node_path_default().join(dir, `part-${p.partNumber}`), { force: true })));
    }
}

;// CONCATENATED MODULE: ./src/simulator/uploads.ts
// The upload host: a second listener (its own origin, like Apple's) that takes the part PUTs of
// reserved upload files at unguessable, expiring URLs. No JWT here: the URL is the credential.
// Each part must come with its operation's method, headers and exact length; faults apply here.


function xmlError(code, message) {
    return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>\n`;
}
class UploadHost {
    baseUrl = '';
    stats = {
        bytesReceived: 0,
        bytesStored: 0,
        requests: 0,
        requestsWithAuthorization: 0
    };
    byToken = new Map();
    options;
    /** Where the parts and the assembled files are kept. */
    parts;
    constructor(options) {
        this.options = options;
        this.parts = new PartStore(options.dataDir, this.stats);
    }
    /** Splits a file into parts of uneven sizes, each with its own URL, headers and expiry. */
    planParts(file) {
        const { partSizeBytes, partJitter, faults } = this.options;
        const size = Math.max(1, Math.floor(partSizeBytes));
        const parts = [];
        let offset = 0;
        const expiresAt = this.options.clock() + this.options.partUrlLifetimeMs();
        while (offset < file.fileSize) {
            const remaining = file.fileSize - offset;
            const r = faults.draw('part-size', `${file.ordinal}:${parts.length}`);
            const wanted = Math.max(1, Math.round(size * (1 - partJitter + 2 * partJitter * r)));
            const length = remaining <= wanted ? remaining : wanted;
            const token = (0,external_node_crypto_namespaceObject.randomBytes)(24).toString('base64url');
            const partNumber = parts.length + 1;
            const part = {
                partNumber,
                offset,
                length,
                token,
                url: `${this.baseUrl}/upload/${token}?partNumber=${partNumber}`,
                expiresAt,
                requestHeaders: [
                    { name: 'Content-Type', value: 'application/octet-stream' },
                    { name: 'x-amz-content-sha256', value: 'UNSIGNED-PAYLOAD' },
                    { name: 'x-amz-meta-part-token', value: (0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex') }
                ],
                received: false,
                attempts: 0
            };
            this.byToken.set(token, { file, part });
            parts.push(part);
            offset += length;
        }
        return parts;
    }
    /** Handles one request to the upload listener. */
    async handle(req, res) {
        this.stats.requests += 1;
        if (req.headers.authorization !== undefined)
            this.stats.requestsWithAuthorization += 1;
        const url = new URL(req.url ?? '/', this.baseUrl);
        const method = req.method ?? 'GET';
        const token = /^\/upload\/([A-Za-z0-9_-]+)$/.exec(url.pathname)?.[1];
        const found = token ? this.byToken.get(token) : undefined;
        const entry = { method, path: url.pathname, status: 0 };
        const answer = async (status, body = '', headers = {}) => {
            await this.drain(req);
            entry.status = status;
            this.options.log(entry);
            res.writeHead(status, {
                ...(body ? { 'Content-Type': 'application/xml' } : {}),
                'Content-Length': String(Buffer.byteLength(body)),
                ...headers
            });
            res.end(body);
        };
        if (!found)
            return answer(404, xmlError('NoSuchUpload', 'The specified upload does not exist.'));
        const { file, part } = found;
        entry.partNumber = part.partNumber;
        entry.uploadFileId = file.id;
        if (method !== 'PUT') {
            return answer(405, xmlError('MethodNotAllowed', `The specified method is not allowed: ${method}`));
        }
        part.attempts += 1;
        const key = `${file.ordinal}:${part.partNumber}:${part.attempts}`;
        const faults = this.options.faults;
        const injected = faults.take({
            listener: 'upload',
            method,
            path: url.pathname,
            partNumber: part.partNumber,
            uploadFileId: file.id
        });
        if (injected?.type === 'delay')
            await sleep(injected.ms);
        if (injected?.type === 'hold')
            await injected.released;
        if (injected?.type === 'expired' || this.options.clock() > part.expiresAt) {
            entry.fault = injected ? 'expired' : undefined;
            return answer(403, xmlError('AccessDenied', 'Request has expired'));
        }
        if (injected?.type === 'status') {
            entry.fault = `status ${injected.status}`;
            return answer(injected.status, xmlError('InternalError', 'Injected failure.'));
        }
        if (file.committed) {
            return answer(409, xmlError('InvalidRequest', 'The upload has already been committed.'));
        }
        if (!injected && faults.hits('part5xx', key)) {
            const status = faults.serverErrorStatus(key);
            entry.fault = `part5xx ${status}`;
            return answer(status, xmlError(status === 503 ? 'SlowDown' : 'InternalError', 'Please try again.'));
        }
        if (injected?.type === 'reset' || (!injected && faults.hits('partReset', key))) {
            entry.fault = 'reset';
            entry.status = 0;
            this.options.log(entry);
            return this.resetMidBody(req, part.length);
        }
        if (!injected && faults.hits('slowPart', key)) {
            entry.fault = 'slow';
            req.pause();
            await sleep(faults.options.slowPartMs ?? 200);
        }
        for (const h of part.requestHeaders) {
            if (req.headers[h.name.toLowerCase()] !== h.value) {
                return answer(400, xmlError('InvalidRequest', `Missing or wrong header ${h.name}: expected '${h.value}'.`));
            }
        }
        const declared = req.headers['content-length'];
        if (declared === undefined) {
            return answer(411, xmlError('MissingContentLength', 'You must provide the Content-Length HTTP header.'));
        }
        if (Number(declared) !== part.length) {
            return answer(400, xmlError('InvalidRequest', `Content-Length ${declared} does not match the part length ${part.length}.`));
        }
        const stored = await this.parts.write(req, file, part);
        if (!stored) {
            entry.status = 0;
            entry.fault = entry.fault ?? 'client aborted';
            this.options.log(entry);
            return;
        }
        return answer(200, '', { ETag: stored });
    }
    /** Reads about half the body, then drops the connection. */
    resetMidBody(req, length) {
        let seen = 0;
        req.on('data', (chunk) => {
            this.stats.bytesReceived += chunk.length;
            seen += chunk.length;
            if (seen >= length / 2)
                req.socket.destroy();
        });
        req.on('end', () => req.socket.destroy());
    }
    async drain(req) {
        if (req.readableEnded)
            return;
        req.resume();
        await new Promise(resolve => {
            req.on('data', (chunk) => {
                this.stats.bytesReceived += chunk.length;
            });
            req.on('end', resolve);
            req.on('close', resolve);
            req.on('error', () => resolve());
        });
    }
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __nccwpck_require__(2815);
var dist_default = /*#__PURE__*/__nccwpck_require__.n(dist);
;// CONCATENATED MODULE: ./src/simulator/validation.ts
// Request validation straight from the spec: query parameters against the operation's parameter
// list, JSON bodies against the operation's component schema (ajv), refusals in Apple's words.




const SPEC_ID = 'https://simulator.invalid/background-assets.openapi.json';
/** OpenAPI 3.0 → JSON Schema: `nullable`, `discriminator` and component refs. */
function toJsonSchema(node) {
    if (Array.isArray(node))
        return node.map(toJsonSchema);
    if (!node || typeof node !== 'object')
        return node;
    const source = node;
    const out = {};
    for (const [key, value] of Object.entries(source)) {
        if (key === 'discriminator' || key === 'nullable')
            continue;
        out[key] =
            key === '$ref' && typeof value === 'string'
                ? value.replace('#/components/schemas/', '#/definitions/')
                : toJsonSchema(value);
    }
    if (source.nullable === true) {
        if (typeof out.type === 'string')
            out.type = [out.type, 'null'];
        else if (out.$ref)
            return { anyOf: [{ $ref: out.$ref }, { type: 'null' }] };
    }
    return out;
}
// ajv-formats is CommonJS with a default export; under NodeNext the namespace may be the function.
const addFormats = ((dist_default())["default"] ??
    (dist_default()));
const validation_ajv = new ajv.Ajv({ allErrors: true, strict: false });
addFormats(validation_ajv);
validation_ajv.addSchema({ $id: SPEC_ID, definitions: toJsonSchema(SPEC.components.schemas) });
const validators = new Map();
function validatorFor(schemaName) {
    let v = validators.get(schemaName);
    if (!v) {
        v = validation_ajv.getSchema(`${SPEC_ID}#/definitions/${schemaName}`);
        if (!v)
            throw new Error(`No schema ${schemaName} in the spec`);
        validators.set(schemaName, v);
    }
    return v;
}
function lastSegment(pointer) {
    return pointer.split('/').pop() ?? pointer;
}
function mapAjvError(e, resourceType) {
    const at = e.instancePath;
    if (e.keyword === 'required') {
        const missing = String(e.params.missingProperty);
        const pointer = `${at}/${missing}`;
        if (at.startsWith('/data/relationships')) {
            return errorObject(409, 'ENTITY_ERROR.RELATIONSHIP.REQUIRED', 'The provided entity is missing a required relationship', `You must provide a value for the relationship '${at.split('/')[3] ?? missing}' with this request`, { pointer });
        }
        if (at === '/data/attributes' || missing === 'attributes') {
            return errorObject(409, 'ENTITY_ERROR.ATTRIBUTE.REQUIRED', 'The provided entity is missing a required attribute', `You must provide a value for the attribute '${missing}' with this request`, { pointer });
        }
        return errorObject(409, 'ENTITY_ERROR', 'The provided entity is missing a required field', `You must provide a value for '${missing}' with this request`, { pointer: pointer });
    }
    if (at === '/data/type') {
        return errorObject(409, 'ENTITY_ERROR.TYPE.INVALID', 'The provided entity has an invalid type', `The type of the provided entity must be '${resourceType}'`, { pointer: at });
    }
    if (at.startsWith('/data/relationships')) {
        return errorObject(409, 'ENTITY_ERROR.RELATIONSHIP.INVALID', 'The provided entity includes a relationship with an invalid value', `The relationship '${at.split('/')[3] ?? ''}' ${e.message ?? 'is invalid'}`, { pointer: at });
    }
    if (at.startsWith('/data/attributes/')) {
        return errorObject(409, 'ENTITY_ERROR.ATTRIBUTE.INVALID', 'An attribute value is invalid.', `The attribute '${lastSegment(at)}' ${e.message ?? 'is invalid'}`, { pointer: at });
    }
    return errorObject(409, 'ENTITY_ERROR', 'The provided entity is invalid', `${at || 'The request body'} ${e.message ?? 'is invalid'}`, { pointer: at || '/' });
}
/** Apple refuses attributes and relationships the resource does not have. */
function unknownMembers(body, schemaName, resourceType) {
    const data = body?.data;
    if (!data || typeof data !== 'object')
        return [];
    const dataSchema = SPEC.components.schemas[schemaName].properties?.data;
    const out = [];
    for (const [member, kind, code] of [
        ['attributes', 'an attribute', 'ENTITY_ERROR.ATTRIBUTE.UNKNOWN'],
        ['relationships', 'a relationship', 'ENTITY_ERROR.RELATIONSHIP.UNKNOWN']
    ]) {
        const given = data[member];
        if (!given || typeof given !== 'object' || Array.isArray(given))
            continue;
        const known = Object.keys(dataSchema?.properties?.[member]?.properties ?? {});
        for (const key of Object.keys(given)) {
            if (known.includes(key))
                continue;
            out.push(errorObject(409, code, `The provided entity includes an unknown ${member === 'attributes' ? 'attribute' : 'relationship'}`, `'${key}' is not ${kind} on the resource '${resourceType}'`, { pointer: `/data/${member}/${key}` }));
        }
    }
    return out;
}
/** Validates a parsed JSON body against the operation's request schema; throws ApiError. */
function validateBody(op, body) {
    if (!op.requestSchema)
        return;
    const schema = SPEC.components.schemas[op.requestSchema];
    const resourceType = schema.properties.data.properties.type.enum[0] ?? '';
    const validate = validatorFor(op.requestSchema);
    const found = [];
    if (!validate(body))
        found.push(...(validate.errors ?? []).map(e => mapAjvError(e, resourceType)));
    found.push(...unknownMembers(body, op.requestSchema, resourceType));
    if (found.length)
        throw new ApiError(409, found);
}
/** Checks every query parameter against the spec: name, enum, integer range, required. */
function parseQuery(op, params) {
    const lists = new Map();
    let limit;
    let cursor;
    const byName = new Map(op.query.map(p => [p.name, p]));
    for (const name of new Set(params.keys())) {
        const raw = params.getAll(name).join(',');
        if (name === 'cursor' && byName.has('limit')) {
            cursor = raw;
            continue;
        }
        const def = byName.get(name);
        if (!def)
            throw errors.parameterIllegal(name);
        if (def.schema.type === 'integer') {
            const n = Number(raw);
            const max = def.schema.maximum;
            if (!/^\d+$/.test(raw) || n < 1 || (max !== undefined && n > max)) {
                throw errors.parameterInvalid(name, `'${raw}' is not a valid value for '${name}'${max !== undefined ? `: it must be between 1 and ${max}` : ''}`);
            }
            if (name === 'limit')
                limit = n;
            continue;
        }
        const values = raw.split(',').filter(v => v !== '');
        const allowed = def.schema.items?.enum;
        const bad = allowed ? values.filter(v => !allowed.includes(v)) : [];
        if (bad.length) {
            throw errors.parameterInvalid(name, `'${bad.join(',')}' is not a valid value for '${name}'. Expected one of: ${allowed?.join(', ')}`);
        }
        lists.set(name, values);
    }
    for (const def of op.query) {
        if (def.required === true && !lists.has(def.name))
            throw errors.parameterRequired(def.name);
    }
    return {
        lists,
        ...(limit !== undefined ? { limit } : {}),
        ...(cursor !== undefined ? { cursor } : {})
    };
}
/** `fields[type]` parameters of a query, for sparse fieldsets. */
function fieldsOf(query) {
    const out = new Map();
    for (const [name, values] of query.lists) {
        const m = /^fields\[(\w+)\]$/.exec(name);
        if (m?.[1])
            out.set(m[1], values);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/simulator/api.ts





const MAX_BODY = 1024 * 1024;
/** PATCH /v1/backgroundAssets/{id}: the one change a pack takes (archived). */
const ARCHIVE_OPERATION = 'backgroundAssets_updateInstance';
async function readBody(req) {
    const chunks = [];
    let size = 0;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_BODY)
            throw errors.unparsable('The request body is too large.');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function createApiHandler(deps) {
    const { url, auth, limiter, faults, requests, sim } = deps;
    const calls = new Map();
    return async function handleApi(req, res) {
        const reqUrl = new URL(req.url ?? '/', url);
        const method = req.method ?? 'GET';
        const entry = {
            listener: 'api',
            method,
            path: reqUrl.pathname,
            search: reqUrl.search,
            status: 0
        };
        let rateKey = 'anonymous';
        let thenFail = false;
        const send = (status, body, headers = {}) => {
            entry.status = status;
            requests.push(entry);
            if (body === undefined) {
                // 204 No Content (a DELETE): no body, no Content-Type.
                res.writeHead(status, { 'X-Rate-Limit': limiter.header(rateKey), ...headers });
                res.end();
                return;
            }
            const text = JSON.stringify(body);
            res.writeHead(status, {
                'Content-Type': 'application/json',
                'Content-Length': String(Buffer.byteLength(text)),
                'X-Rate-Limit': limiter.header(rateKey),
                ...headers
            });
            res.end(text);
        };
        try {
            if (!reqUrl.pathname.startsWith('/v1/'))
                throw errors.pathNotFound();
            const verdict = await auth.verify(req.headers.authorization);
            if (verdict.keyId)
                rateKey = verdict.keyId;
            if (!verdict.ok) {
                entry.authFailure = verdict.reason;
                throw errors.notAuthorized();
            }
            const match = matchSpecPath(reqUrl.pathname);
            if (!match)
                throw errors.pathNotFound();
            const op = match.operations.find(o => o.method === method);
            if (!op)
                throw errors.methodNotAllowed();
            entry.operationId = op.operationId;
            const n = (calls.get(op.operationId) ?? 0) + 1;
            calls.set(op.operationId, n);
            const key = `${op.operationId}#${n}`;
            const injected = faults.take({
                listener: 'api',
                method,
                path: reqUrl.pathname,
                operationId: op.operationId
            });
            if (injected) {
                entry.fault = injected.type;
                switch (injected.type) {
                    case 'reset':
                        requests.push(entry);
                        req.socket.destroy();
                        return;
                    case 'delay':
                        await sleep(injected.ms);
                        break;
                    case 'hold':
                        await injected.released;
                        break;
                    case 'unauthorized':
                        throw errors.notAuthorized();
                    case 'committedThen500':
                        thenFail = true;
                        break;
                    case 'status':
                        throw injectedStatus(injected.status, injected.retryAfterSeconds);
                    case 'expired':
                        break;
                }
            }
            else {
                const burst = faults.rateLimitBurst(key);
                if (burst) {
                    entry.fault = 'rateLimitBurst';
                    throw errors.rateLimited(burst.retryAfterSeconds);
                }
                const write = method === 'POST' || method === 'PATCH';
                if (faults.hits(write ? 'write5xx' : 'read5xx', key)) {
                    const status = faults.serverErrorStatus(key);
                    entry.fault = `${write ? 'write' : 'read'}5xx`;
                    throw status === 500 ? errors.unexpected() : errors.unavailable();
                }
                if (write && faults.commitThen500(op.operationId, method)) {
                    entry.fault = 'committedThen500';
                    thenFail = true;
                }
            }
            if (!limiter.take(rateKey))
                throw errors.rateLimited();
            const query = parseQuery(op, reqUrl.searchParams);
            let body;
            if (op.requestSchema) {
                const text = await readBody(req);
                try {
                    body = JSON.parse(text);
                }
                catch {
                    throw errors.unparsable('The request body is not valid JSON.');
                }
                validateBody(op, body);
            }
            if (op.operationId === ARCHIVE_OPERATION) {
                const slow = faults.options.slowArchiveMs ?? 0;
                if (slow > 0) {
                    entry.fault = 'slowArchive';
                    await sleep(slow);
                }
                if (faults.archiveThen500()) {
                    entry.fault = 'archiveThen500';
                    thenFail = true;
                }
            }
            const route = ROUTES[op.operationId];
            if (!route)
                throw errors.methodNotAllowed();
            const ctx = {
                op,
                params: match.params,
                query,
                fields: fieldsOf(query),
                include: query.lists.get('include') ?? [],
                body,
                url: reqUrl,
                sim
            };
            const result = await route(ctx);
            if (thenFail)
                throw errors.unexpected();
            send(result.status, result.body);
        }
        catch (e) {
            if (e instanceof ApiError)
                return send(e.status, { errors: e.errors }, e.headers);
            entry.fault = `internal: ${e.message}`;
            const unexpected = errors.unexpected();
            send(unexpected.status, { errors: unexpected.errors });
        }
    };
}
function injectedStatus(status, retryAfterSeconds) {
    if (status === 429)
        return errors.rateLimited(retryAfterSeconds);
    if (status === 401)
        return errors.notAuthorized();
    if (status === 500)
        return errors.unexpected();
    if (status === 503)
        return errors.unavailable();
    return apiError(status, status >= 500 ? 'UNEXPECTED_ERROR' : 'INJECTED_ERROR', `HTTP ${status}`, `An error with status ${status} injected by the simulator.`);
}

;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/errors.js
class JOSEError extends Error {
  static code = "ERR_JOSE_GENERIC";
  code = "ERR_JOSE_GENERIC";
  constructor(message, options) {
    super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
  }
}
class JWTClaimValidationFailed extends JOSEError {
  static code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  code = "ERR_JWT_CLAIM_VALIDATION_FAILED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JWTExpired extends JOSEError {
  static code = "ERR_JWT_EXPIRED";
  code = "ERR_JWT_EXPIRED";
  claim;
  reason;
  payload;
  constructor(message, payload, claim = "unspecified", reason = "unspecified") {
    super(message, { cause: { claim, reason, payload } }), this.claim = claim, this.reason = reason, this.payload = payload;
  }
}
class JOSEAlgNotAllowed extends JOSEError {
  static code = "ERR_JOSE_ALG_NOT_ALLOWED";
  code = "ERR_JOSE_ALG_NOT_ALLOWED";
}
class JOSENotSupported extends JOSEError {
  static code = "ERR_JOSE_NOT_SUPPORTED";
  code = "ERR_JOSE_NOT_SUPPORTED";
}
class JWEDecryptionFailed extends JOSEError {
  static code = "ERR_JWE_DECRYPTION_FAILED";
  code = "ERR_JWE_DECRYPTION_FAILED";
  constructor(message = "decryption operation failed", options) {
    super(message, options);
  }
}
class JWEInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWE_INVALID"));
  code = "ERR_JWE_INVALID";
}
class errors_JWSInvalid extends JOSEError {
  static code = "ERR_JWS_INVALID";
  code = "ERR_JWS_INVALID";
}
class JWTInvalid extends JOSEError {
  static code = "ERR_JWT_INVALID";
  code = "ERR_JWT_INVALID";
}
class JWKInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWK_INVALID"));
  code = "ERR_JWK_INVALID";
}
class JWKSInvalid extends (/* unused pure expression or super */ null && (JOSEError)) {
  static code = (/* unused pure expression or super */ null && ("ERR_JWKS_INVALID"));
  code = "ERR_JWKS_INVALID";
}
class JWKSNoMatchingKey extends JOSEError {
  static code = "ERR_JWKS_NO_MATCHING_KEY";
  code = "ERR_JWKS_NO_MATCHING_KEY";
  constructor(message = "no applicable key found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSMultipleMatchingKeys extends JOSEError {
  [Symbol.asyncIterator] = async function* () {
  };
  static code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  code = "ERR_JWKS_MULTIPLE_MATCHING_KEYS";
  constructor(message = "multiple matching keys found in the JSON Web Key Set", options) {
    super(message, options);
  }
}
class JWKSTimeout extends JOSEError {
  static code = "ERR_JWKS_TIMEOUT";
  code = "ERR_JWKS_TIMEOUT";
  constructor(message = "request timed out", options) {
    super(message, options);
  }
}
class JWSSignatureVerificationFailed extends JOSEError {
  static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
  constructor(message = "signature verification failed", options) {
    super(message, options);
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/buffer_utils.js
const buffer_utils_encoder = new TextEncoder(), decoder = new TextDecoder(), strictDecoder = new TextDecoder("utf-8", { fatal: !0 }), UINT32_RANGE = (/* unused pure expression or super */ null && (2 ** 32));
function concat(...buffers) {
  const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
  let i = 0;
  for (const buffer of buffers)
    buf.set(buffer, i), i += buffer.length;
  return buf;
}
function writeUInt32BE(buf, value, offset) {
  if (value < 0 || value >= UINT32_RANGE)
    throw new RangeError(`value must be >= 0 and <= ${UINT32_RANGE - 1}. Received ${value}`);
  buf.set([value >>> 24, value >>> 16, value >>> 8, value & 255], offset);
}
function uint64be(value) {
  const high = Math.floor(value / UINT32_RANGE), low = value % UINT32_RANGE, buf = new Uint8Array(8);
  return writeUInt32BE(buf, high, 0), writeUInt32BE(buf, low, 4), buf;
}
function uint32be(value) {
  const buf = new Uint8Array(4);
  return writeUInt32BE(buf, value), buf;
}
const NON_ASCII = /[^\x00-\x7f]/;
function encode(string) {
  if (typeof string == "string" && string.length >= 128) {
    if (NON_ASCII.test(string))
      throw new TypeError("non-ASCII string encountered in encode()");
    return buffer_utils_encoder.encode(string);
  }
  const bytes = new Uint8Array(string.length);
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code > 127)
      throw new TypeError("non-ASCII string encountered in encode()");
    bytes[i] = code;
  }
  return bytes;
}
function buffer_utils_encodeBase64(input, url = !1) {
  if (Uint8Array.prototype.toBase64)
    return input.toBase64({ alphabet: url ? "base64url" : "base64", omitPadding: url });
  const CHUNK_SIZE = 32768, arr = [];
  for (let i = 0; i < input.length; i += CHUNK_SIZE)
    arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
  const encoded = btoa(arr.join(""));
  return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
  if (Uint8Array.fromBase64)
    return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
  if (url) {
    if (encoded.includes("+") || encoded.includes("/"))
      throw new TypeError("Invalid base64url");
    encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
  }
  const binary = atob(encoded), bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++)
    bytes[i] = binary.charCodeAt(i);
  return bytes;
}
async function digest(algorithm, data) {
  const subtleDigest = `SHA-${algorithm.slice(-3)}`;
  return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/base64url.js

const invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
  try {
    return decodeBase64(typeof input == "string" ? input : decoder.decode(input), !0);
  } catch (cause) {
    throw new TypeError(invalid, { cause });
  }
}
function base64url_encode(input) {
  return encodeBase64(typeof input == "string" ? encoder.encode(input) : input, !0);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/validate.js



function assertUint8Array(input, label) {
  if (!(input instanceof Uint8Array))
    throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function validate_isObject(input) {
  if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]")
    return !1;
  const prototype = Object.getPrototypeOf(input);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isJwkSet(input) {
  return validate_isObject(input) && Array.isArray(input.keys) && Array.from(input.keys).every(validate_isObject);
}
function isDisjoint(...headers) {
  const parameters = /* @__PURE__ */ new Set();
  for (const header of headers)
    if (header)
      for (const parameter of Object.keys(header)) {
        if (parameters.has(parameter))
          return !1;
        parameters.add(parameter);
      }
  return !0;
}
function assertNotSet(value, name) {
  if (value !== void 0)
    throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
  try {
    return decode(value);
  } catch (cause) {
    throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
  }
}
function encodeAsciiMember(value, label, ErrorClass) {
  try {
    return encode(value);
  } catch (cause) {
    throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
  }
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
  let parsed;
  try {
    parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
  } catch (cause) {
    throw new ErrorClass(message, { cause });
  }
  if (!validate_isObject(parsed))
    throw new ErrorClass(message);
  return parsed;
}
const JWS_RECOGNIZED = { __proto__: null, b64: !0 }, JWE_RECOGNIZED = { __proto__: null };
function validateAlgorithms(option, algorithms) {
  if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string")))
    throw new TypeError(`"${option}" option must be an array of strings`);
  return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
  const { crit } = protectedHeader ?? {};
  if (Array.isArray(crit) && new Set(crit).size !== crit.length)
    throw new Err('"crit" (Critical) Header Parameter MUST NOT contain duplicate values');
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
  if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0)
    throw new Err('"crit" (Critical) Header Parameter MUST be integrity protected');
  if (!protectedHeader || protectedHeader.crit === void 0)
    return [];
  if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0))
    throw new Err('"crit" (Critical) Header Parameter MUST be an array of non-empty strings when present');
  const recognized = recognizedOption === void 0 ? recognizedDefault : { __proto__: null, ...recognizedOption, ...recognizedDefault };
  for (const parameter of protectedHeader.crit) {
    if (!(parameter in recognized))
      throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
    if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0)
      throw new Err(`Extension Header Parameter "${parameter}" is missing`);
    if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0))
      throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
  }
  return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
  if (extensions.includes("b64")) {
    const b64 = protectedHeader.b64;
    if (typeof b64 != "boolean")
      throw new errors_JWSInvalid('The "b64" (base64url-encode payload) Header Parameter must be a boolean');
    return b64;
  }
  return !0;
}
function serializeJoseHeader(Err, header) {
  let serialized, parsed;
  try {
    serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
  } catch (cause) {
    throw new Err("JOSE Header is not valid JSON", { cause });
  }
  if (!validate_isObject(parsed))
    throw new Err("JOSE Header is not a JSON object");
  return [parsed, serialized];
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/util/decode_protected_header.js

function decodeProtectedHeader(token) {
  let encodedProtectedHeader;
  if (typeof token == "string") {
    const parts = token.split(".");
    (parts.length === 3 || parts.length === 5) && ([encodedProtectedHeader] = parts);
  } else if (typeof token == "object" && token)
    if ("protected" in token)
      encodedProtectedHeader = token.protected;
    else
      throw new TypeError("Token does not contain a Protected Header");
  const invalid = "Invalid Token or Protected Header formatting";
  if (typeof encodedProtectedHeader != "string" || !encodedProtectedHeader)
    throw new TypeError(invalid);
  return parseJoseHeader(encodedProtectedHeader, TypeError, invalid);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
  const out = { __proto__: null };
  for (const alg in entries)
    out[alg] = { ...entries[alg], alg };
  return out;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_algorithms.js


const sig = [["verify"], ["sign"]];
function hmac(bits) {
  const subtle = { name: "HMAC", hash: `SHA-${bits}` };
  return { kty: ["oct"], secret: !0, subtle, signing: subtle, usages: sig };
}
function rsa(bits, saltLength) {
  const subtle = { name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5", hash: `SHA-${bits}` };
  return {
    kty: ["RSA"],
    subtle,
    signing: saltLength ? { ...subtle, saltLength } : subtle,
    usages: sig,
    minRsaBits: 2048
  };
}
function ecdsa(crv, bits) {
  return {
    kty: ["EC"],
    crv,
    subtle: { name: "ECDSA", namedCurve: crv },
    signing: { name: "ECDSA", hash: `SHA-${bits}` },
    usages: sig
  };
}
function eddsa() {
  const subtle = { name: "Ed25519" };
  return {
    kty: ["OKP"],
    crv: "Ed25519",
    subtle,
    signing: subtle,
    usages: sig
  };
}
function mldsa(parameterSet) {
  const subtle = { name: `ML-DSA-${parameterSet}` };
  return {
    kty: ["AKP"],
    subtle,
    signing: subtle,
    usages: sig
  };
}
const JWS = table({
  HS256: hmac(256),
  HS384: hmac(384),
  HS512: hmac(512),
  RS256: rsa(256),
  RS384: rsa(384),
  RS512: rsa(512),
  PS256: rsa(256, 32),
  PS384: rsa(384, 48),
  PS512: rsa(512, 64),
  ES256: ecdsa("P-256", 256),
  ES384: ecdsa("P-384", 384),
  ES512: ecdsa("P-521", 512),
  EdDSA: eddsa(),
  Ed25519: eddsa(),
  "ML-DSA-44": mldsa(44),
  "ML-DSA-65": mldsa(65),
  "ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
  const entry = typeof alg == "string" ? JWS[alg] : void 0;
  if (!entry)
    throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
  return entry;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/key.js



const tag = (key) => key[Symbol.toStringTag], jwkMatchesOp = (entry, key, usage) => {
  const { alg } = entry;
  if (key.use !== void 0) {
    const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
    if (key.use !== expected)
      throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
  }
  if (key.kty === "AKP" && key.alg === void 0)
    throw new TypeError('missing "alg" (Algorithm) Parameter value');
  if (key.alg !== void 0 && key.alg !== alg)
    throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
  if (Array.isArray(key.key_ops)) {
    const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
    if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp))
      throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
  }
};
async function prepareKey(entry, key, usage) {
  const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
  if (secret && key instanceof Uint8Array)
    return key;
  let normalized, keyObject;
  if (validate_isObject(key)) {
    if (normalized = normalizeJwk(key), typeof normalized.kty != "string")
      throw invalidKeyType(alg, key, secret);
    if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0)))
      throw new TypeError(secret ? 'JSON Web Key for symmetric algorithms must have JWK "kty" (Key Type) equal to "oct" and the JWK "k" (Key Value) present' : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
    if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct")
      return decode(normalized.k);
    if (!Object.isFrozen(key)) {
      const { key_ops } = key;
      Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
    }
  } else {
    if (!isKeyLike(key))
      throw invalidKeyType(alg, key, secret);
    const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
    if (key.type !== expectedType && (secret || ["secret", "public", "private"].includes(key.type)))
      throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
    if (isCryptoKey(key))
      return key;
    if (keyObject = key, keyObject.type === "secret")
      return keyObject.export();
  }
  cache ||= /* @__PURE__ */ new WeakMap();
  const cacheKey = key;
  let cached = cache.get(cacheKey);
  if (cached?.[alg])
    return cached[alg];
  if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
    const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({ crv, asymmetricKeyType: keyObject.asymmetricKeyType }) ?? entry.subtle;
    return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
  }
  return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
let cache;
const nist = {
  __proto__: null,
  prime256v1: "P-256",
  secp384r1: "P-384",
  secp521r1: "P-521"
};
function assertCryptoKey(key) {
  if (!isCryptoKey(key))
    throw new Error("CryptoKey instance expected");
}
const isCryptoKey = (key) => {
  if (key?.[Symbol.toStringTag] === "CryptoKey")
    return !0;
  try {
    return key instanceof CryptoKey;
  } catch {
    return !1;
  }
}, isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject", isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
  if (types.length > 2) {
    const last = types.pop();
    msg += `one of type ${types.join(", ")}, or ${last}.`;
  } else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
  return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
const invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
  const types = ["CryptoKey", "KeyObject", "JSON Web Key"];
  return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
const unusable = (name, prop = "algorithm.name") => new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
  if (usage && !key.usages.includes(usage))
    throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
  const { modulusLength } = key.algorithm;
  if (typeof modulusLength != "number" || modulusLength < 2048)
    throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
  const algorithm = key.algorithm;
  if (algorithm.name !== expected.name)
    throw unusable(expected.name);
  if (expected.hash && algorithm.hash?.name !== expected.hash)
    throw unusable(expected.hash, "algorithm.hash");
  if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve)
    throw unusable(expected.namedCurve, "algorithm.namedCurve");
  if (expected.length !== void 0 && algorithm.length !== expected.length)
    throw unusable(expected.length, "algorithm.length");
  checkUsage(key, usage);
}
function snapshotJwk(jwk) {
  return { __proto__: null, ...jwk };
}
function normalizeJwk(jwk) {
  const normalized = snapshotJwk(jwk);
  if (normalized.ext !== void 0 && typeof normalized.ext != "boolean")
    throw new TypeError('"ext" (Extractable) Parameter must be a boolean');
  if (normalized.key_ops !== void 0) {
    const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
    if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length)
      throw new TypeError('"key_ops" (Key Operations) Parameter must be an array of unique strings');
    normalized.key_ops = keyOps;
  }
  return normalized;
}
function validateExtractableOption(extractable) {
  if (extractable !== void 0 && typeof extractable != "boolean")
    throw new TypeError('"extractable" option must be a boolean');
  return extractable;
}
async function jwkToKey(entry, jwk, extractable) {
  if (!entry.kty.includes(jwk.kty))
    throw new JOSENotSupported('Invalid or unsupported JWK "alg" (Algorithm) Parameter value');
  const algorithm = entry.resolve?.({ kty: jwk.kty, crv: jwk.crv }) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = { ...jwk, ext: extractable ?? jwk.ext };
  return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
  return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jws_verify.js





function snapshotJws(jws, sharedPayload) {
  const encodedProtectedHeader = jws.protected, inputHeader = jws.header, header = isObject(inputHeader) ? { ...inputHeader } : inputHeader;
  let payload = sharedPayload ? sharedPayload[0] : jws.payload;
  !sharedPayload && payload instanceof Uint8Array && (payload = new Uint8Array(payload));
  const signature = jws.signature, snapshot = { payload, signature };
  if (encodedProtectedHeader !== void 0 && (snapshot.protected = encodedProtectedHeader), inputHeader !== void 0 && (snapshot.header = header), encodedProtectedHeader === void 0 && header === void 0)
    throw new JWSInvalid('Flattened JWS must have either of the "protected" or "header" members');
  if (encodedProtectedHeader !== void 0 && typeof encodedProtectedHeader != "string")
    throw new JWSInvalid("JWS Protected Header incorrect type");
  if (payload === void 0)
    throw new JWSInvalid("JWS Payload missing");
  if (typeof signature != "string")
    throw new JWSInvalid("JWS Signature missing or incorrect type");
  if (header !== void 0 && !isObject(header))
    throw new JWSInvalid("JWS Unprotected Header incorrect type");
  return snapshot;
}
function prepareVerify(options) {
  return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
  return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, errors_JWSInvalid, "JWS Protected Header is invalid");
}
function encodeJsonUnencodedPayload(payload) {
  const invalid = /[\p{Cs}\p{Cn}]/u.exec(payload)?.[0];
  if (invalid !== void 0)
    throw new JWSInvalid(/\p{Cs}/u.test(invalid) ? "JWS Payload must be a well-formed Unicode string" : "JWS Payload must not contain unassigned Unicode code points");
  return encoder.encode(payload);
}
function encodeCompactUnencodedPayload(payload) {
  try {
    return encode(payload);
  } catch (cause) {
    throw new errors_JWSInvalid("JWS Compact Serialization payload must use only ASCII characters", {
      cause
    });
  }
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
  const { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
  if (!isDisjoint(protectedHeader, header))
    throw new errors_JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
  const joseHeader = { ...protectedHeader, ...header }, b64 = validateB64(protectedHeader, validateCrit(errors_JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
  if (typeof alg != "string" || !alg)
    throw new errors_JWSInvalid('JWS "alg" (Algorithm) Header Parameter missing or invalid');
  if (shared[0] && !shared[0].has(alg))
    throw new JOSEAlgNotAllowed('"alg" (Algorithm) Header Parameter value not allowed');
  if (b64) {
    if (typeof inputPayload != "string")
      throw new errors_JWSInvalid("JWS Payload must be a string");
  } else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array))
    throw new errors_JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
  const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
  let resolvedKey = !1;
  typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = !0);
  const entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode(encodedProtectedHeader) : new Uint8Array(), encode("."), typeof signingPayload == "string" ? shared[2] ??= encodeAsciiMember(signingPayload, "payload", errors_JWSInvalid) : signingPayload), signature = decodeBase64url(jws.signature, "signature", errors_JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
  entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
  let verified = !1;
  try {
    verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
  } catch (cause) {
    throw new JWSSignatureVerificationFailed(void 0, { cause });
  }
  if (!verified)
    throw new JWSSignatureVerificationFailed();
  const result = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", errors_JWSInvalid) : signingPayload };
  return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header !== void 0 && (result.unprotectedHeader = header), resolvedKey ? [{ ...result, key: verificationKey }, b64] : [result, b64];
}
async function verifyCompact(jws, shared, key) {
  if (jws instanceof Uint8Array && (jws = decoder.decode(jws)), typeof jws != "string")
    throw new errors_JWSInvalid("Compact JWS must be a string or Uint8Array");
  const { 0: protectedHeader, 1: payload, 2: signature, length } = jws.split(".");
  if (length !== 3)
    throw new errors_JWSInvalid("Invalid Compact JWS");
  return verifySignature({ payload, protected: protectedHeader, signature }, shared, key, encodeCompactUnencodedPayload);
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/lib/jwt_claims_set.js



const epoch = (date) => Math.floor(date.getTime() / 1e3), multipliers = {
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
  w: 604800,
  y: 31557600
}, REGEX = /^(\+|\-)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: (ago|from now))?$/i, checkFailed = "check_failed";
function invalidDuration() {
  throw new TypeError("Invalid time period format");
}
function secs(str) {
  typeof str != "string" && invalidDuration();
  const matched = REGEX.exec(str);
  (!matched || matched[4] && matched[1]) && invalidDuration();
  const value = parseFloat(matched[2]), durationSeconds = Math.round(value * multipliers[matched[3][0].toLowerCase()]);
  return Number.isFinite(durationSeconds) || invalidDuration(), matched[1] === "-" || matched[4]?.toLowerCase() === "ago" ? -durationSeconds : durationSeconds;
}
function validateInput(label, input) {
  if (!Number.isFinite(input))
    throw new TypeError(`Invalid ${label} input`);
  return input;
}
function validateStringClaim(claim, value) {
  if (typeof value != "string")
    throw new TypeError(`"${claim}" claim must be a string`);
}
function validateAudienceClaim(value) {
  if (typeof value != "string" && (!Array.isArray(value) || Array.from(value).some((member) => typeof member != "string")))
    throw new TypeError('"aud" claim must be a string or an array of strings');
}
function numericDate(value, label) {
  return typeof value == "number" ? validateInput(label, value) : value instanceof Date ? validateInput(label, epoch(value)) : epoch(/* @__PURE__ */ new Date()) + secs(value);
}
const normalizeTyp = (value) => {
  const normalized = value.toLowerCase();
  return value.includes("/") ? normalized : `application/${normalized}`;
}, checkAudiencePresence = (audPayload, audOption) => typeof audPayload == "string" ? audOption.includes(audPayload) : Array.isArray(audPayload) ? audOption.some((aud) => audPayload.includes(aud)) : !1;
function validateNumericDate(claimsSet, claim, required = !1) {
  const value = claimsSet[claim];
  if (!(value === void 0 && !required)) {
    if (typeof value != "number")
      throw new JWTClaimValidationFailed(`"${claim}" claim must be a number`, claimsSet, claim, "invalid");
    return value;
  }
}
function unexpectedClaim(claimsSet, claim) {
  throw new JWTClaimValidationFailed(`unexpected "${claim}" claim value`, claimsSet, claim, checkFailed);
}
function validateClaimsSet(protectedHeader, claimsSetBytes, options = {}) {
  let claimsSet;
  try {
    claimsSet = JSON.parse(strictDecoder.decode(claimsSetBytes));
  } catch (cause) {
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object", { cause });
  }
  if (!validate_isObject(claimsSet))
    throw new JWTInvalid("JWT Claims Set must be a top-level JSON object");
  const { typ } = options;
  if (typ !== void 0 && (typeof protectedHeader.typ != "string" || normalizeTyp(protectedHeader.typ) !== normalizeTyp(typ)))
    throw new JWTClaimValidationFailed('unexpected "typ" JWT header value', claimsSet, "typ", checkFailed);
  const { requiredClaims = [], issuer, subject, audience, maxTokenAge } = options, presenceCheck = [...requiredClaims];
  maxTokenAge !== void 0 && presenceCheck.push("iat"), audience !== void 0 && presenceCheck.push("aud"), subject !== void 0 && presenceCheck.push("sub"), issuer !== void 0 && presenceCheck.push("iss");
  for (const claim of new Set(presenceCheck.reverse()))
    if (!Object.hasOwn(claimsSet, claim))
      throw new JWTClaimValidationFailed(`missing required "${claim}" claim`, claimsSet, claim, "missing");
  issuer !== void 0 && !(Array.isArray(issuer) ? issuer : [issuer]).includes(claimsSet.iss) && unexpectedClaim(claimsSet, "iss"), subject !== void 0 && claimsSet.sub !== subject && unexpectedClaim(claimsSet, "sub"), audience !== void 0 && !checkAudiencePresence(claimsSet.aud, typeof audience == "string" ? [audience] : audience) && unexpectedClaim(claimsSet, "aud");
  const { clockTolerance } = options;
  let tolerance = 0;
  if (typeof clockTolerance == "string")
    tolerance = secs(clockTolerance);
  else if (clockTolerance !== void 0) {
    if (typeof clockTolerance != "number")
      throw new TypeError("Invalid clockTolerance option type");
    tolerance = clockTolerance;
  }
  if (validateInput("clockTolerance option", tolerance), tolerance < 0)
    throw new TypeError("Invalid clockTolerance option input");
  const { currentDate } = options, now = validateInput("currentDate option", epoch(currentDate === void 0 ? /* @__PURE__ */ new Date() : currentDate)), iat = validateNumericDate(claimsSet, "iat", maxTokenAge !== void 0), nbf = validateNumericDate(claimsSet, "nbf");
  if (nbf !== void 0 && nbf > now + tolerance)
    throw new JWTClaimValidationFailed('"nbf" claim timestamp check failed', claimsSet, "nbf", checkFailed);
  const exp = validateNumericDate(claimsSet, "exp");
  if (exp !== void 0 && exp <= now - tolerance)
    throw new JWTExpired('"exp" claim timestamp check failed', claimsSet, "exp", checkFailed);
  if (maxTokenAge !== void 0) {
    const age = now - iat, max = validateInput("maxTokenAge option", typeof maxTokenAge == "number" ? maxTokenAge : secs(maxTokenAge));
    if (max < 0)
      throw new TypeError("Invalid maxTokenAge option input");
    if (age - tolerance > max)
      throw new JWTExpired('"iat" claim timestamp check failed (too far in the past)', claimsSet, "iat", checkFailed);
    if (age < -tolerance)
      throw new JWTClaimValidationFailed('"iat" claim timestamp check failed (it should be in the past)', claimsSet, "iat", checkFailed);
  }
  return claimsSet;
}
let producerClaimsSets;
function producerClaimsSet(producer) {
  return producerClaimsSets.get(producer);
}
function jwtClaimsSetBytes(producer) {
  const claimsSet = producerClaimsSet(producer);
  for (const claim of ["iat", "nbf", "exp"]) {
    const value = claimsSet[claim];
    if (typeof value == "number" && !Number.isFinite(value))
      throw new TypeError(`"${claim}" claim must be a finite number`);
  }
  return encoder.encode(JSON.stringify(claimsSet));
}
function jwtClaim(producer, claim) {
  return producerClaimsSet(producer)[claim];
}
class JWTClaimsBuilder {
  constructor(claimsSet = {}) {
    if (!isObject(claimsSet))
      throw new TypeError("JWT Claims Set MUST be an object");
    (producerClaimsSets ||= /* @__PURE__ */ new WeakMap()).set(this, structuredClone(claimsSet));
  }
  setIssuer(value) {
    return validateStringClaim("iss", value), producerClaimsSet(this).iss = value, this;
  }
  setSubject(value) {
    return validateStringClaim("sub", value), producerClaimsSet(this).sub = value, this;
  }
  setAudience(value) {
    return validateAudienceClaim(value), producerClaimsSet(this).aud = value, this;
  }
  setJti(value) {
    return validateStringClaim("jti", value), producerClaimsSet(this).jti = value, this;
  }
  setNotBefore(value) {
    return producerClaimsSet(this).nbf = numericDate(value, "setNotBefore"), this;
  }
  setExpirationTime(value) {
    return producerClaimsSet(this).exp = numericDate(value, "setExpirationTime"), this;
  }
  setIssuedAt(value) {
    const claimsSet = producerClaimsSet(this);
    return value === void 0 ? claimsSet.iat = epoch(/* @__PURE__ */ new Date()) : typeof value == "string" ? claimsSet.iat = validateInput("setIssuedAt", epoch(/* @__PURE__ */ new Date()) + secs(value)) : claimsSet.iat = numericDate(value, "setIssuedAt"), this;
  }
}


;// CONCATENATED MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js



async function jwtVerify(jwt, key, options) {
  const [verified, b64] = await verifyCompact(jwt, prepareVerify(options), key);
  if (!b64)
    throw new JWTInvalid("JWTs MUST NOT use unencoded payload");
  const payload = validateClaimsSet(verified.protectedHeader, verified.payload, options);
  return { ...verified, payload };
}


;// CONCATENATED MODULE: ./src/simulator/auth.ts
// Bearer JWT verification, the way App Store Connect documents it: ES256 signed by the key named in
// `kid`, `iss` = the issuer ID (team keys) or `sub` = "user" (individual keys), `aud` =
// "appstoreconnect-v1", not expired, and never valid for more than 20 minutes.


const KEY_ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** A throwaway EC P-256 key, shaped like an App Store Connect API key. */
function generateKey(individual = false) {
    const { privateKey, publicKey } = (0,external_node_crypto_namespaceObject.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const keyId = Array.from((0,external_node_crypto_namespaceObject.randomBytes)(10), b => KEY_ID_ALPHABET[b % KEY_ID_ALPHABET.length]).join('');
    return {
        keyId,
        issuerId: individual ? null : (0,external_node_crypto_namespaceObject.randomUUID)(),
        publicKey,
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    };
}
/** Apple refuses tokens that live longer than this. */
const MAX_TOKEN_LIFETIME_SECONDS = 20 * 60;
class Authenticator {
    keys = new Map();
    firstSeen = new Map();
    options;
    constructor(options) {
        this.options = options;
    }
    addKey(key) {
        const publicKey = typeof key.publicKey === 'string' ? (0,external_node_crypto_namespaceObject.createPublicKey)(key.publicKey) : key.publicKey;
        this.keys.set(key.keyId, { issuerId: key.issuerId, publicKey });
    }
    /** Checks an Authorization header. The reason is for the simulator's log, never the client. */
    async verify(authorization) {
        const m = /^Bearer ([A-Za-z0-9._-]+)$/.exec(authorization?.trim() ?? '');
        if (!m?.[1])
            return { ok: false, keyId: undefined, reason: 'no Bearer token' };
        const token = m[1];
        let header;
        try {
            header = decodeProtectedHeader(token);
        }
        catch {
            return { ok: false, keyId: undefined, reason: 'malformed token' };
        }
        const keyId = typeof header.kid === 'string' ? header.kid : undefined;
        const fail = (reason) => ({ ok: false, keyId, reason });
        if (header.alg !== 'ES256')
            return fail(`alg ${String(header.alg)} is not ES256`);
        const key = keyId ? this.keys.get(keyId) : undefined;
        if (!keyId || !key)
            return fail(`unknown kid ${String(keyId)}`);
        const now = this.options.clock();
        const nowSeconds = Math.floor(now / 1000);
        const tolerance = this.options.clockToleranceSeconds ?? 5;
        let payload;
        try {
            ;
            ({ payload } = await jwtVerify(token, key.publicKey, {
                algorithms: ['ES256'],
                audience: 'appstoreconnect-v1',
                requiredClaims: ['exp'],
                currentDate: new Date(now),
                clockTolerance: tolerance
            }));
        }
        catch (e) {
            const reason = e instanceof JOSEError ? `${e.code}: ${e.message}` : 'verification failed';
            return fail(reason);
        }
        if (key.issuerId === null) {
            if (payload.sub !== 'user')
                return fail('individual key: sub must be "user"');
            if (payload.iss !== undefined)
                return fail('individual key: token must not carry iss');
        }
        else if (payload.iss !== key.issuerId) {
            return fail(`iss ${String(payload.iss)} is not the key's issuer`);
        }
        const exp = payload.exp;
        if (exp - nowSeconds > MAX_TOKEN_LIFETIME_SECONDS + tolerance) {
            return fail('exp is more than 20 minutes away');
        }
        if (payload.iat !== undefined) {
            if (exp - payload.iat > MAX_TOKEN_LIFETIME_SECONDS)
                return fail('exp - iat is over 20 minutes');
            if (payload.iat > nowSeconds + tolerance)
                return fail('iat is in the future');
        }
        const maxAge = this.options.tokenMaxAgeSeconds?.();
        if (maxAge !== undefined) {
            if (!this.firstSeen.has(token))
                this.firstSeen.set(token, now);
            const born = payload.iat !== undefined ? payload.iat * 1000 : (this.firstSeen.get(token) ?? now);
            if (now - born > maxAge * 1000)
                return fail(`token older than ${maxAge}s (fault)`);
        }
        return { ok: true, keyId };
    }
}

;// CONCATENATED MODULE: ./src/simulator/faults.ts
// Faults, all reproducible from a seed. Random faults are decided by hashing (seed, kind, a stable
// key such as "operation #n" or "part 3, attempt 2"), not by one shared stream, so concurrent
// requests arriving in another order still get the same faults. Tests can also inject exact faults:
// "the next N requests matching X get Y".
/** mulberry32: a small, good-enough PRNG for reproducible tests. */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** FNV-1a, to turn (seed, kind, key) into a PRNG seed. */
function hashString(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
const DEFAULT_MANIFEST_FAILURE = [
    {
        code: 'SIMULATED_MANIFEST_FAILURE',
        description: 'The manifest could not be validated (a failure injected by the simulator).'
    }
];
const DEFAULT_PROCESSING_FAILURE = [
    {
        code: 'SIMULATED_PROCESSING_FAILURE',
        description: 'The asset pack could not be processed (a failure injected by the simulator).'
    }
];
class Faults {
    options;
    rules = [];
    burstLeft = 0;
    burstRetryAfter;
    bursts = 0;
    createsFailed = 0;
    archivesFailed = 0;
    constructor(options = {}) {
        this.options = options;
    }
    get seed() {
        return this.options.seed ?? 1;
    }
    /** A number in [0, 1) that depends only on the seed, the kind of decision and the key. */
    draw(kind, key) {
        return mulberry32(hashString(`${this.seed}|${kind}|${key}`))();
    }
    /** Whether a random fault of this kind hits the request identified by `key`. */
    hits(kind, key) {
        const rate = this.options.rates?.[kind] ?? 0;
        return rate > 0 && this.draw(kind, key) < rate;
    }
    /** 500 or 503, chosen from the seed. */
    serverErrorStatus(key) {
        return this.draw('5xx-status', key) < 0.5 ? 500 : 503;
    }
    /** Injects an exact fault for the next `times` matching requests. */
    inject(rule) {
        let release;
        const released = new Promise(resolve => (release = resolve));
        const live = { ...rule, left: rule.times ?? 1, released, release };
        this.rules.push(live);
        return {
            remaining: () => live.left,
            release: () => {
                live.left = 0;
                release();
            }
        };
    }
    clear() {
        for (const rule of this.rules)
            rule.release();
        this.rules.length = 0;
        this.burstLeft = 0;
    }
    /** Takes the first injected fault matching the request, if any. */
    take(facts) {
        const rule = this.rules.find(r => r.left > 0 && matches(r.match ?? {}, facts));
        if (!rule)
            return undefined;
        rule.left -= 1;
        return rule.fault.type === 'hold' ? { ...rule.fault, released: rule.released } : rule.fault;
    }
    /** Whether this API request falls in a 429 burst, and the burst's Retry-After (undefined: none). */
    rateLimitBurst(key) {
        if (this.burstLeft === 0) {
            if (!this.hits('rateLimitBurst', key))
                return undefined;
            const cfg = this.options.rateLimitBurst ?? {};
            this.bursts += 1;
            this.burstLeft = Math.max(1, cfg.length ?? 3);
            const mode = cfg.retryAfter ?? 'mixed';
            const withHeader = mode === 'always' ||
                (mode === 'mixed' && this.draw('burst-retry-after', String(this.bursts)) < 0.5);
            this.burstRetryAfter = withHeader ? (cfg.retryAfterSeconds ?? 1) : undefined;
        }
        this.burstLeft -= 1;
        return { retryAfterSeconds: this.burstRetryAfter };
    }
    /** Whether this create must be carried out and then answered 500. */
    commitThen500(operationId, method) {
        const cfg = this.options.createCommittedThen500;
        if (!cfg || this.createsFailed >= cfg.count)
            return false;
        const applies = cfg.operations ? cfg.operations.includes(operationId) : method === 'POST';
        if (!applies)
            return false;
        this.createsFailed += 1;
        return true;
    }
    /** Whether this archive PATCH must be carried out and then answered 500. */
    archiveThen500() {
        if (this.archivesFailed >= (this.options.archiveThen500 ?? 0))
            return false;
        this.archivesFailed += 1;
        return true;
    }
    manifestFailure() {
        const f = this.options.manifestFailure;
        if (!f)
            return undefined;
        return f === true ? DEFAULT_MANIFEST_FAILURE : f;
    }
    processingFailure() {
        const f = this.options.processingFailure;
        if (!f)
            return undefined;
        return f === true ? DEFAULT_PROCESSING_FAILURE : f;
    }
}
function matches(m, f) {
    if (m.listener && m.listener !== f.listener)
        return false;
    if (m.method && m.method.toUpperCase() !== f.method)
        return false;
    if (m.operationId && m.operationId !== f.operationId)
        return false;
    if (m.partNumber !== undefined && m.partNumber !== f.partNumber)
        return false;
    if (m.uploadFileId && m.uploadFileId !== f.uploadFileId)
        return false;
    if (m.path !== undefined) {
        if (typeof m.path === 'string' ? m.path !== f.path : !m.path.test(f.path))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/simulator/archive-check.ts
// What processing looks at in an uploaded ASSET: is it an Apple Archive container, is the block
// structure whole, and (where blocks are stored uncompressed) what its Manifest.json says.
// The simulator cannot decompress LZFSE/LZ4/LZMA/zlib blocks; it then just checks the structure.

const ARCHIVE_MAGICS = ['pbze', 'pbz4', 'pbzx', 'pbzz', 'pbzb', 'AA01', 'YAA1'];
const MAX_SCAN = 4 * 1024 * 1024;
/** Reads the start of the uncompressed stream, if the container lets us. */
async function inspectContainer(path, size) {
    const fh = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const head = Buffer.alloc(Math.min(12, size));
        await fh.read(head, 0, head.length, 0);
        const magic = head.subarray(0, 4).toString('latin1');
        if (magic === 'AEA1') {
            return {
                errors: [archive_check_invalid('The file is an encrypted Apple Archive (AEA1), not an asset pack.')]
            };
        }
        if (!ARCHIVE_MAGICS.includes(magic)) {
            return {
                errors: [
                    archive_check_invalid(`The file is not an Apple Archive: it starts with ${JSON.stringify(magic)}.`)
                ]
            };
        }
        if (magic === 'AA01' || magic === 'YAA1') {
            const stream = Buffer.alloc(Math.min(size, MAX_SCAN));
            await fh.read(stream, 0, stream.length, 0);
            return { errors: [], stream };
        }
        if (size < 12)
            return { errors: [archive_check_invalid('The archive is truncated: no block size.')] };
        // pbz?: u64 BE block size, then blocks of {u64 BE raw size, u64 BE stored size, payload}.
        const chunks = [];
        let readable = true;
        let scanned = 0;
        let pos = 12;
        const blockHead = Buffer.alloc(16);
        while (pos < size) {
            if (size - pos < 16)
                return { errors: [archive_check_invalid(`The archive is truncated at byte ${pos}.`)] };
            await fh.read(blockHead, 0, 16, pos);
            const raw = Number(blockHead.readBigUInt64BE(0));
            const stored = Number(blockHead.readBigUInt64BE(8));
            if (stored === 0 || stored > raw || pos + 16 + stored > size) {
                return { errors: [archive_check_invalid(`The archive has a broken block at byte ${pos}.`)] };
            }
            if (readable && scanned < MAX_SCAN) {
                if (stored === raw) {
                    const payload = Buffer.alloc(Math.min(stored, MAX_SCAN - scanned));
                    await fh.read(payload, 0, payload.length, pos + 16);
                    chunks.push(payload);
                    scanned += payload.length;
                }
                else {
                    readable = false;
                }
            }
            pos += 16 + stored;
        }
        return { errors: [], ...(chunks.length ? { stream: Buffer.concat(chunks) } : {}) };
    }
    finally {
        await fh.close();
    }
}
function archive_check_invalid(description) {
    return { code: 'ASSET_PACK_INVALID_ARCHIVE', description };
}
const FIXED_SIZES = {
    '*': 0,
    '1': 1,
    '2': 2,
    '4': 4,
    '8': 8,
    F: 4,
    G: 20,
    H: 32,
    I: 48,
    J: 64,
    S: 8,
    T: 12
};
const BLOB_SIZES = { A: 2, B: 4, C: 8 };
/** Walks AA01 entries and returns the DAT blob of `Manifest.json`, if it is in the buffer. */
function findManifestEntry(stream) {
    let pos = 0;
    while (pos + 6 <= stream.length) {
        const magic = stream.subarray(pos, pos + 4).toString('latin1');
        if (magic !== 'AA01' && magic !== 'YAA1')
            return undefined;
        const headerSize = stream.readUInt16LE(pos + 4);
        if (headerSize < 6 || pos + headerSize > stream.length)
            return undefined;
        let f = pos + 6;
        let entryPath;
        let blobTotal = 0;
        let dataOffset = -1;
        let dataSize = 0;
        while (f < pos + headerSize) {
            const key = stream.subarray(f, f + 3).toString('latin1');
            const type = stream.subarray(f + 3, f + 4).toString('latin1');
            f += 4;
            if (type === 'P') {
                const len = stream.readUInt16LE(f);
                if (key === 'PAT')
                    entryPath = stream.subarray(f + 2, f + 2 + len).toString('utf8');
                f += 2 + len;
            }
            else if (type in BLOB_SIZES) {
                const width = BLOB_SIZES[type];
                const blob = Number(width === 8 ? stream.readBigUInt64LE(f) : stream.readUIntLE(f, width));
                if (key === 'DAT') {
                    dataOffset = blobTotal;
                    dataSize = blob;
                }
                blobTotal += blob;
                f += width;
            }
            else if (type in FIXED_SIZES) {
                f += FIXED_SIZES[type];
            }
            else {
                return undefined;
            }
        }
        const blobsStart = pos + headerSize;
        if (entryPath === 'Manifest.json' && dataOffset >= 0) {
            const start = blobsStart + dataOffset;
            if (start + dataSize > stream.length)
                return undefined;
            return stream.subarray(start, start + dataSize);
        }
        pos = blobsStart + blobTotal;
    }
    return undefined;
}
/** Checks an uploaded archive the way processing would. */
async function inspectArchive(path, size) {
    const { errors, stream } = await inspectContainer(path, size);
    if (errors.length || !stream)
        return { errors };
    const entry = findManifestEntry(stream);
    if (!entry)
        return { errors };
    try {
        return { errors, manifest: JSON.parse(entry.toString('utf8')) };
    }
    catch {
        return {
            errors: [archive_check_invalid("The archive's Manifest.json is not valid JSON.")]
        };
    }
}

;// CONCATENATED MODULE: ./src/simulator/manifest-check.ts
const MANIFEST_PLATFORMS = {
    iOS: 'IOS',
    macOS: 'MAC_OS',
    tvOS: 'TV_OS',
    visionOS: 'VISION_OS'
};
const EVENT_TYPES = ['firstInstallation', 'subsequentUpdate'];
const KNOWN_KEYS = [
    'assetPackID',
    'downloadPolicy',
    'fileSelectors',
    'platforms',
    'language',
    'sourceRoot',
    'toolsVersion'
];
const SELECTOR_FORMS = [
    ['file'],
    ['directory'],
    ['filePattern'],
    ['fileExclusion'],
    ['fileSource', 'fileDestination'],
    ['directorySource', 'directoryDestination']
];
/** Language, optional script, optional region: Background Assets supports nothing more. */
const LANGUAGE = /^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$/;
function manifest_check_isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function badPath(p) {
    if (typeof p !== 'string' || p.trim() === '')
        return 'must be a non-empty string';
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p))
        return 'must be a relative path';
    if (p === '.' || p === './')
        return "must not be '.'";
    if (p.split(/[\\/]/).includes('..'))
        return "must not contain '..'";
    return undefined;
}
function checkDownloadPolicy(policy, err) {
    if (!manifest_check_isObject(policy))
        return err('MANIFEST_DOWNLOAD_POLICY', 'downloadPolicy must be an object.');
    const keys = Object.keys(policy);
    if (keys.length !== 1) {
        return err('MANIFEST_DOWNLOAD_POLICY', `downloadPolicy must have exactly one of essential, prefetch or onDemand; found ${keys.length ? keys.join(', ') : 'none'}.`);
    }
    const kind = keys[0];
    const value = policy[kind];
    if (kind === 'onDemand') {
        if (!manifest_check_isObject(value) || Object.keys(value).length) {
            err('ITMS-91140', 'Invalid download policy: onDemand must be an empty object ({}).');
        }
        return;
    }
    if (kind !== 'essential' && kind !== 'prefetch') {
        return err('MANIFEST_DOWNLOAD_POLICY', `Unknown download policy '${kind}'.`);
    }
    const events = manifest_check_isObject(value) ? value.installationEventTypes : undefined;
    if (!Array.isArray(events) ||
        events.length === 0 ||
        events.some(e => typeof e !== 'string' || !EVENT_TYPES.includes(e))) {
        err('MANIFEST_DOWNLOAD_POLICY', `downloadPolicy.${kind}.installationEventTypes must be a non-empty list of ${EVENT_TYPES.join(', ')}.`);
    }
}
function checkSelectors(selectors, err) {
    if (!Array.isArray(selectors) || selectors.length === 0) {
        return err('MANIFEST_FILE_SELECTORS', 'fileSelectors must be a non-empty list.');
    }
    selectors.forEach((sel, i) => {
        if (!manifest_check_isObject(sel))
            return err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}] must be an object.`);
        const keys = Object.keys(sel);
        const form = SELECTOR_FORMS.find(f => f.length === keys.length && f.every(k => keys.includes(k)));
        if (!form) {
            return err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}] must be {file}, {directory}, {filePattern}, {fileExclusion}, {fileSource, fileDestination} or {directorySource, directoryDestination}.`);
        }
        for (const k of form) {
            const problem = badPath(sel[k]);
            if (problem)
                err('MANIFEST_FILE_SELECTORS', `fileSelectors[${i}].${k} ${problem}.`);
        }
    });
}
/** Checks the bytes of a MANIFEST upload. */
function checkManifest(bytes, input) {
    const errors = [];
    const warnings = [];
    const err = (code, description) => errors.push({ code, description });
    let manifest;
    try {
        manifest = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    }
    catch (e) {
        err('MANIFEST_NOT_JSON', `The manifest is not valid JSON: ${e.message}`);
        return { errors, warnings };
    }
    if (!manifest_check_isObject(manifest)) {
        err('MANIFEST_NOT_JSON', 'The manifest must be a JSON object.');
        return { errors, warnings };
    }
    const id = manifest.assetPackID;
    if (typeof id !== 'string' || id === '') {
        err('MANIFEST_ASSET_PACK_ID', 'assetPackID must be a non-empty string.');
    }
    else if (id !== input.assetPackIdentifier) {
        err('MANIFEST_ASSET_PACK_ID', `The manifest's assetPackID '${id}' does not match the asset pack '${input.assetPackIdentifier}'.`);
    }
    checkDownloadPolicy(manifest.downloadPolicy, err);
    checkSelectors(manifest.fileSelectors, err);
    if ('sourceRoot' in manifest && typeof manifest.sourceRoot !== 'string') {
        err('MANIFEST_SOURCE_ROOT', 'sourceRoot must be a string.');
    }
    if ('userInfo' in manifest) {
        err('MANIFEST_USER_INFO', 'userInfo is supported by self-hosted asset packs only.');
    }
    const language = manifest.language;
    if (language !== undefined && (typeof language !== 'string' || !LANGUAGE.test(language))) {
        err('MANIFEST_LANGUAGE', `language '${String(language)}' must be a language code with an optional script and region.`);
    }
    let platforms;
    const given = manifest.platforms;
    if (!Array.isArray(given)) {
        err('MANIFEST_PLATFORMS', 'platforms must be a list of iOS, macOS, tvOS, visionOS.');
    }
    else if (given.length === 0) {
        platforms = [...input.appPlatforms]; // documented: an empty list means every platform
    }
    else {
        const unknown = given.filter(p => typeof p !== 'string' || !(p in MANIFEST_PLATFORMS));
        if (unknown.length) {
            err('MANIFEST_PLATFORMS', `Unsupported platforms: ${unknown.map(String).join(', ')}.`);
        }
        else if (new Set(given).size !== given.length) {
            err('MANIFEST_PLATFORMS', 'platforms must not repeat a platform.');
        }
        else {
            platforms = given.map(p => MANIFEST_PLATFORMS[p]);
            const missing = platforms.filter(p => !input.appPlatforms.includes(p));
            if (missing.length) {
                err('ITMS-91139', `The manifest names platforms the app does not support: ${missing.join(', ')}.`);
            }
        }
    }
    for (const key of Object.keys(manifest)) {
        if (!KNOWN_KEYS.includes(key)) {
            warnings.push({
                code: 'MANIFEST_UNKNOWN_KEY',
                description: `Unknown key '${key}' was ignored.`
            });
        }
    }
    if (errors.length)
        return { errors, warnings };
    return {
        errors,
        warnings,
        ...(platforms ? { platforms } : {}),
        ...(typeof language === 'string' ? { locale: language } : {})
    };
}

;// CONCATENATED MODULE: ./src/simulator/processing.ts
// What App Store Connect does after a commit, on a timer: check a MANIFEST (the upload file goes
// COMPLETE or FAILED), or process an ASSET (the version goes PROCESSING, then COMPLETE with its
// platforms and a READY_FOR_TESTING internal beta release, or FAILED with stateDetails.errors).



const MAX_MANIFEST_BYTES = 1024 * 1024;
class Processing {
    timers = new Map();
    running = new Set();
    state;
    options;
    constructor(state, options) {
        this.state = state;
        this.options = options;
    }
    /** Runs `job` after `ms`; settled() waits for it, stop() drops it (App Review uses it too). */
    later(ms, job) {
        let done;
        const finished = new Promise(resolve => (done = resolve));
        this.running.add(finished);
        const finish = () => {
            this.running.delete(finished);
            done();
        };
        const timer = setTimeout(() => {
            this.timers.delete(timer);
            job()
                .catch(() => undefined)
                .finally(finish);
        }, ms);
        this.timers.set(timer, finish);
    }
    /** Resolves once every scheduled check and processing job has run. */
    async settled() {
        while (this.running.size)
            await Promise.all([...this.running]);
    }
    /** Cancels what has not started yet (and releases anyone waiting in settled()). */
    stop() {
        for (const [timer, finish] of this.timers) {
            clearTimeout(timer);
            finish();
        }
        this.timers.clear();
    }
    manifestCommitted(file) {
        file.state = 'UPLOAD_COMPLETE';
        this.later(this.options.manifestCheckDelayMs, () => this.checkManifest(file));
    }
    async checkManifest(file) {
        const version = this.state.versions.get(file.versionId);
        const pack = version ? this.state.packs.get(version.packId) : undefined;
        const app = pack ? this.state.apps.get(pack.appId) : undefined;
        let errors;
        let warnings = [];
        let platforms;
        let locale;
        const injected = this.options.faults.manifestFailure();
        if (injected) {
            errors = injected.map(e => ({ ...e }));
        }
        else if (!file.received || file.received.size > MAX_MANIFEST_BYTES) {
            errors = [{ code: 'MANIFEST_TOO_LARGE', description: 'The manifest is larger than 1 MiB.' }];
        }
        else {
            const result = checkManifest(await (0,promises_namespaceObject.readFile)(file.received.path), {
                assetPackIdentifier: pack?.assetPackIdentifier ?? '',
                appPlatforms: app?.platforms ?? []
            });
            ({ errors, warnings, platforms, locale } = result);
        }
        file.errors = errors;
        file.warnings = warnings;
        file.state = errors.length ? 'FAILED' : 'COMPLETE';
        if (platforms)
            file.manifestPlatforms = platforms;
        if (locale && version)
            version.locale = locale;
        if (errors.length && version)
            version.stateDetails.errors.push(...errors.map(e => ({ ...e })));
    }
    assetCommitted(file) {
        file.state = 'UPLOAD_COMPLETE';
        const version = this.state.versions.get(file.versionId);
        if (!version)
            return;
        version.state = 'PROCESSING';
        if (this.options.faults.options.processingNeverFinishes)
            return;
        this.later(this.options.processingDelayMs, () => this.process(file));
    }
    async process(file) {
        const version = this.state.versions.get(file.versionId);
        const pack = version ? this.state.packs.get(version.packId) : undefined;
        if (!version || !pack || !file.received)
            return;
        const errors = [];
        const report = await inspectArchive(file.received.path, file.received.size);
        errors.push(...report.errors);
        let archivePlatforms;
        if (report.manifest !== undefined) {
            const m = report.manifest;
            if (m.assetPackID !== pack.assetPackIdentifier) {
                errors.push({
                    code: 'ASSET_PACK_ID_MISMATCH',
                    description: `The archive's assetPackID '${String(m.assetPackID)}' does not match the asset pack '${pack.assetPackIdentifier}'.`
                });
            }
            if (Array.isArray(m.platforms)) {
                archivePlatforms = m.platforms.flatMap(p => {
                    const mapped = typeof p === 'string' ? MANIFEST_PLATFORMS[p] : undefined;
                    return mapped ? [mapped] : [];
                });
            }
        }
        const manifestFile = version.manifestFileId
            ? this.state.uploadFiles.get(version.manifestFileId)
            : undefined;
        if (manifestFile?.state === 'FAILED')
            errors.push(...manifestFile.errors.map(e => ({ ...e })));
        const injected = this.options.faults.processingFailure();
        if (injected)
            errors.push(...injected.map(e => ({ ...e })));
        const extra = this.options.faults.options.processingDetails;
        version.stateDetails.warnings.push(...(extra?.warnings ?? []).map(e => ({ ...e })));
        version.stateDetails.infos.push(...(extra?.infos ?? []).map(e => ({ ...e })));
        if (errors.length) {
            version.state = 'FAILED';
            version.stateDetails.errors = dedupe([...version.stateDetails.errors, ...errors]);
            file.state = 'FAILED';
            file.errors = errors;
            return;
        }
        version.platforms = (manifestFile?.state === 'COMPLETE'
            ? manifestFile.manifestPlatforms
            : undefined) ??
            (archivePlatforms?.length ? archivePlatforms : undefined) ?? [
            ...this.options.defaultPlatforms
        ];
        // Apple processes the archive's own manifest: where it can be read, its language is the
        // version's locale, whatever the MANIFEST upload said.
        if (report.manifest !== undefined) {
            const language = report.manifest.language;
            version.locale = typeof language === 'string' ? language : undefined;
        }
        version.state = 'COMPLETE';
        file.state = 'COMPLETE';
        this.state.release(version);
    }
}
function dedupe(details) {
    const seen = new Set();
    return details.filter(d => {
        const key = `${d.code}\n${d.description}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/simulator/rate-limit.ts
// App Store Connect's quota: a number of requests per key over a rolling hour, shown on every
// response as `X-Rate-Limit: user-hour-lim:3500;user-hour-rem:N;`.
const HOUR_MS = 60 * 60 * 1000;
class RateLimiter {
    limit;
    clock;
    served = new Map();
    constructor(limit, clock) {
        this.limit = limit;
        this.clock = clock;
    }
    window(key) {
        const since = this.clock() - HOUR_MS;
        const times = (this.served.get(key) ?? []).filter(t => t > since);
        this.served.set(key, times);
        return times;
    }
    /** Counts a request against the key's quota; false when the quota is used up. */
    take(key) {
        const times = this.window(key);
        if (times.length >= this.limit)
            return false;
        times.push(this.clock());
        return true;
    }
    remaining(key) {
        return Math.max(0, this.limit - this.window(key).length);
    }
    header(key) {
        return `user-hour-lim:${this.limit};user-hour-rem:${this.remaining(key)};`;
    }
}

;// CONCATENATED MODULE: ./src/simulator/review-resources.ts
/** An App Store release (resources.ts includes it in a version too). */
function appStoreReleaseResource(base, r, versionData) {
    return {
        type: 'backgroundAssetVersionAppStoreReleases',
        id: r.id,
        attributes: { state: r.state },
        ...(versionData
            ? {
                relationships: {
                    backgroundAssetVersion: { data: { type: 'backgroundAssetVersions', id: r.versionId } }
                }
            }
            : {}),
        links: { self: `${base}/v1/backgroundAssetVersionAppStoreReleases/${r.id}` }
    };
}
class ReviewSerializer {
    state;
    base;
    serializer;
    constructor(state, baseUrl, serializer) {
        this.state = state;
        this.base = baseUrl;
        this.serializer = serializer;
    }
    submission(s, include = [], included = []) {
        const self = `${this.base}/v1/reviewSubmissions/${s.id}`;
        const items = {
            links: { self: `${self}/relationships/items`, related: `${self}/items` }
        };
        const relationships = {};
        if (include.includes('app')) {
            const app = this.state.apps.get(s.appId);
            if (app) {
                relationships.app = { data: { type: 'apps', id: app.id } };
                included.push(this.serializer.app(app));
            }
        }
        if (include.includes('items')) {
            const list = this.state.review.itemsOf(s.id);
            items.data = list.map(i => ({ type: 'reviewSubmissionItems', id: i.id }));
            included.push(...list.map(i => this.item(i)));
        }
        relationships.items = items;
        return {
            type: 'reviewSubmissions',
            id: s.id,
            attributes: {
                platform: s.platform,
                ...(s.submittedDate ? { submittedDate: s.submittedDate } : {}),
                state: s.state
            },
            relationships,
            links: { self }
        };
    }
    item(i, include = [], included = []) {
        const relationships = {};
        if (include.includes('backgroundAssetVersion')) {
            const v = this.state.versions.get(i.versionId);
            if (v) {
                relationships.backgroundAssetVersion = {
                    data: { type: 'backgroundAssetVersions', id: v.id }
                };
                included.push(this.serializer.version(v));
            }
        }
        return {
            type: 'reviewSubmissionItems',
            id: i.id,
            attributes: { state: i.state },
            ...(Object.keys(relationships).length ? { relationships } : {}),
            links: { self: `${this.base}/v1/reviewSubmissionItems/${i.id}` }
        };
    }
    appStoreRelease(r, include = [], included = []) {
        const withVersion = include.includes('backgroundAssetVersion');
        const v = withVersion ? this.state.versions.get(r.versionId) : undefined;
        if (v)
            included.push(this.serializer.version(v));
        return appStoreReleaseResource(this.base, r, v !== undefined);
    }
}

;// CONCATENATED MODULE: ./src/simulator/resources.ts

class Serializer {
    state;
    base;
    constructor(state, baseUrl) {
        this.state = state;
        this.base = baseUrl;
    }
    self(type, id) {
        return { self: `${this.base}/v1/${type}/${id}` };
    }
    toMany(type, id, name) {
        return {
            links: {
                self: `${this.base}/v1/${type}/${id}/relationships/${name}`,
                related: `${this.base}/v1/${type}/${id}/${name}`
            }
        };
    }
    /** Adds `{data}` for each included to-one relationship that is set; collects what to include. */
    toOne(include, relationships, links, included) {
        for (const [name, link] of Object.entries(links)) {
            if (!include.includes(name) || !link.id)
                continue;
            const resource = link.resource();
            if (!resource)
                continue;
            relationships[name] = { data: { type: link.type, id: link.id } };
            included.push(resource);
        }
    }
    app(app) {
        return {
            type: 'apps',
            id: app.id,
            attributes: {
                name: app.name,
                bundleId: app.bundleId,
                sku: app.sku,
                primaryLocale: app.primaryLocale
            },
            links: this.self('apps', app.id)
        };
    }
    pack(pack, include = [], included = []) {
        const relationships = {
            versions: this.toMany('backgroundAssets', pack.id, 'versions')
        };
        const version = (id) => () => {
            const v = id ? this.state.versions.get(id) : undefined;
            return v ? this.version(v) : undefined;
        };
        this.toOne(include, relationships, {
            app: {
                type: 'apps',
                id: pack.appId,
                resource: () => {
                    const a = this.state.apps.get(pack.appId);
                    return a ? this.app(a) : undefined;
                }
            },
            internalBetaVersion: {
                type: 'backgroundAssetVersions',
                id: pack.internalBetaVersionId,
                resource: version(pack.internalBetaVersionId)
            },
            appStoreVersion: {
                type: 'backgroundAssetVersions',
                id: pack.appStoreVersionId,
                resource: version(pack.appStoreVersionId)
            },
            externalBetaVersion: {
                type: 'backgroundAssetVersions',
                id: this.state.externalBetaVersionId(pack),
                resource: version(this.state.externalBetaVersionId(pack))
            }
        }, included);
        return {
            type: 'backgroundAssets',
            id: pack.id,
            attributes: {
                archived: pack.archived,
                assetPackIdentifier: pack.assetPackIdentifier,
                createdDate: pack.createdDate,
                usedBytes: this.state.usedBytes(pack)
            },
            relationships,
            links: this.self('backgroundAssets', pack.id)
        };
    }
    version(v, include = [], included = []) {
        const relationships = {};
        const file = (id) => () => {
            const f = id ? this.state.uploadFiles.get(id) : undefined;
            return f ? this.uploadFile(f) : undefined;
        };
        this.toOne(include, relationships, {
            backgroundAsset: {
                type: 'backgroundAssets',
                id: v.packId,
                resource: () => {
                    const p = this.state.packs.get(v.packId);
                    return p ? this.pack(p) : undefined;
                }
            },
            internalBetaRelease: {
                type: 'backgroundAssetVersionInternalBetaReleases',
                id: v.internalBetaReleaseId,
                resource: () => {
                    const r = v.internalBetaReleaseId
                        ? this.state.releases.get(v.internalBetaReleaseId)
                        : undefined;
                    return r ? this.release(r) : undefined;
                }
            },
            externalBetaRelease: {
                type: 'backgroundAssetVersionExternalBetaReleases',
                id: v.externalBetaReleaseId,
                resource: () => {
                    const r = v.externalBetaReleaseId
                        ? this.state.externalBetaReleases.get(v.externalBetaReleaseId)
                        : undefined;
                    return r
                        ? this.storeRelease('backgroundAssetVersionExternalBetaReleases', r)
                        : undefined;
                }
            },
            appStoreRelease: {
                type: 'backgroundAssetVersionAppStoreReleases',
                id: this.state.review.releaseOfVersion(v.id)?.id,
                resource: () => {
                    const r = this.state.review.releaseOfVersion(v.id);
                    return r ? appStoreReleaseResource(this.base, r) : undefined;
                }
            },
            assetFile: {
                type: 'backgroundAssetUploadFiles',
                id: v.assetFileId,
                resource: file(v.assetFileId)
            },
            manifestFile: {
                type: 'backgroundAssetUploadFiles',
                id: v.manifestFileId,
                resource: file(v.manifestFileId)
            }
        }, included);
        relationships.backgroundAssetUploadFiles = this.toMany('backgroundAssetVersions', v.id, 'backgroundAssetUploadFiles');
        return {
            type: 'backgroundAssetVersions',
            id: v.id,
            attributes: {
                createdDate: v.createdDate,
                ...(v.platforms.length ? { platforms: [...v.platforms] } : {}),
                ...(v.locale ? { locale: v.locale } : {}),
                state: v.state,
                stateDetails: structuredClone(v.stateDetails),
                version: v.version,
                ...(v.locale ? { locale: v.locale } : {})
            },
            relationships,
            links: this.self('backgroundAssetVersions', v.id)
        };
    }
    uploadFile(f) {
        const attributes = {
            assetDeliveryState: {
                state: f.state,
                errors: structuredClone(f.errors),
                warnings: structuredClone(f.warnings)
            },
            assetToken: f.assetToken,
            assetType: f.assetType,
            fileName: f.fileName,
            fileSize: f.fileSize
        };
        if (f.sourceFileChecksums)
            attributes.sourceFileChecksums = structuredClone(f.sourceFileChecksums);
        if (!f.committed) {
            attributes.uploadOperations = f.parts.map(p => ({
                method: 'PUT',
                url: p.url,
                length: p.length,
                offset: p.offset,
                requestHeaders: p.requestHeaders.map(h => ({ ...h })),
                expiration: new Date(p.expiresAt).toISOString(),
                partNumber: p.partNumber,
                ...(p.entityTag ? { entityTag: p.entityTag } : {})
            }));
        }
        return {
            type: 'backgroundAssetUploadFiles',
            id: f.id,
            attributes,
            links: this.self('backgroundAssetUploadFiles', f.id)
        };
    }
    release(r, include = [], included = []) {
        return this.storeRelease('backgroundAssetVersionInternalBetaReleases', r, include, included);
    }
    /** Any of the three release resources: {state} and the version it belongs to. */
    storeRelease(type, r, include = [], included = []) {
        const relationships = {};
        this.toOne(include, relationships, {
            backgroundAssetVersion: {
                type: 'backgroundAssetVersions',
                id: r.versionId,
                resource: () => {
                    const v = this.state.versions.get(r.versionId);
                    return v ? this.version(v) : undefined;
                }
            }
        }, included);
        return {
            type,
            id: r.id,
            attributes: { state: r.state },
            ...(Object.keys(relationships).length ? { relationships } : {}),
            links: this.self(type, r.id)
        };
    }
}

;// CONCATENATED MODULE: ./src/simulator/review.ts
class AppReview {
    state;
    processing;
    faults;
    options;
    constructor(state, processing, faults, options) {
        this.state = state;
        this.processing = processing;
        this.faults = faults;
        this.options = options;
    }
    /** `submitted: true`: the items go to App Review, each version gets its App Store release. */
    submit(s) {
        const review = this.state.review;
        s.state = 'WAITING_FOR_REVIEW';
        s.submittedDate = this.state.now();
        for (const item of review.activeItemsOf(s.id)) {
            if (item.state !== 'READY_FOR_REVIEW')
                continue;
            item.state = 'ACCEPTED';
            review.releaseFor(item.versionId, 'WAITING_FOR_REVIEW');
        }
        this.processing.later(this.options.startDelayMs ?? 1000, async () => this.start(s));
    }
    start(s) {
        if (s.state !== 'WAITING_FOR_REVIEW')
            return;
        s.state = 'IN_REVIEW';
        this.setReleases(s, 'IN_REVIEW');
        if (this.options.neverDecides)
            return;
        this.processing.later(this.options.decisionDelayMs ?? 2000, async () => this.decide(s));
    }
    decide(s) {
        if (s.state !== 'IN_REVIEW')
            return;
        const review = this.state.review;
        const rate = this.options.rejectRate ?? 0;
        const rejectAll = rate > 0 && this.faults.draw('review', String(s.ordinal)) < rate;
        let rejected = 0;
        for (const item of review.activeItemsOf(s.id)) {
            if (item.state !== 'ACCEPTED')
                continue;
            const version = this.state.versions.get(item.versionId);
            const pack = version ? this.state.packs.get(version.packId) : undefined;
            const release = review.releaseOfVersion(item.versionId);
            if (rejectAll || (pack && this.options.rejectPacks?.includes(pack.assetPackIdentifier))) {
                item.state = 'REJECTED';
                if (release)
                    release.state = 'REJECTED';
                rejected++;
                continue;
            }
            item.state = 'APPROVED';
            if (!release || !pack)
                continue;
            // The approved version replaces the pack's earlier one for every App Store user.
            const earlier = pack.appStoreVersionId
                ? review.releaseOfVersion(pack.appStoreVersionId)
                : undefined;
            if (earlier && earlier !== release)
                earlier.state = 'SUPERSEDED';
            release.state = 'READY_FOR_DISTRIBUTION';
            pack.appStoreVersionId = item.versionId;
        }
        s.state = rejected > 0 ? 'UNRESOLVED_ISSUES' : 'COMPLETE';
    }
    /** `canceled: true`: CANCELING now, COMPLETE a moment later; what was not approved is removed. */
    cancel(s) {
        s.state = 'CANCELING';
        this.processing.later(this.options.cancelDelayMs ?? 500, async () => {
            const review = this.state.review;
            for (const item of review.itemsOf(s.id)) {
                if (item.state === 'APPROVED' || item.state === 'REMOVED')
                    continue;
                item.state = 'REMOVED';
                const release = review.releaseOfVersion(item.versionId);
                if (release && release.state !== 'READY_FOR_DISTRIBUTION') {
                    release.state = 'PREPARE_FOR_SUBMISSION';
                }
            }
            s.state = 'COMPLETE';
        });
    }
    setReleases(s, state) {
        const review = this.state.review;
        for (const item of review.activeItemsOf(s.id)) {
            const release = review.releaseOfVersion(item.versionId);
            if (release)
                release.state = state;
        }
    }
}

;// CONCATENATED MODULE: ./src/simulator/seed.ts

function seedState(state, seed, defaultAppId, planParts) {
    for (const app of seed.apps ?? [])
        state.addApp(app);
    for (const sp of seed.packs ?? []) {
        const appId = sp.appId ?? defaultAppId;
        if (!state.apps.has(appId))
            state.addApp({ id: appId });
        const pack = state.createPack(appId, sp.assetPackIdentifier, sp.id);
        pack.archived = sp.archived ?? false;
        if (sp.createdDate)
            pack.createdDate = sp.createdDate;
        for (const sv of sp.versions ?? [])
            seedVersion(state, pack, sv, planParts);
    }
}
function seedVersion(state, pack, sv, planParts) {
    const v = state.createVersion(pack.id, sv.id, sv.version);
    v.state = sv.state ?? 'AWAITING_UPLOAD';
    if (sv.createdDate)
        v.createdDate = sv.createdDate;
    if (sv.locale)
        v.locale = sv.locale;
    v.platforms = sv.platforms ?? (v.state === 'COMPLETE' ? ['IOS'] : []);
    if (sv.locale)
        v.locale = sv.locale;
    v.stateDetails = { errors: [], warnings: [], infos: [], ...sv.stateDetails };
    for (const sf of sv.uploadFiles ?? []) {
        const delivery = sf.state ?? 'AWAITING_UPLOAD';
        const file = state.createUploadFile(v.id, sf, f => (delivery === 'AWAITING_UPLOAD' ? planParts(f) : []), sf.id);
        file.state = delivery;
        file.committed = delivery !== 'AWAITING_UPLOAD';
        file.errors = sf.errors ?? [];
        if (sf.sourceFileChecksums)
            file.sourceFileChecksums = sf.sourceFileChecksums;
    }
    const rel = sv.internalBetaRelease;
    if (rel !== false && (rel || v.state === 'COMPLETE')) {
        state.release(v, rel ? rel.id : undefined, rel ? rel.state : undefined);
    }
    if (sv.externalBetaRelease) {
        const { id = (0,external_node_crypto_namespaceObject.randomUUID)(), state: s } = sv.externalBetaRelease;
        state.externalBetaReleases.set(id, { id, versionId: v.id, state: s });
        v.externalBetaReleaseId = id;
    }
    if (sv.appStoreRelease) {
        state.review.releaseFor(v.id, sv.appStoreRelease.state, sv.appStoreRelease.id);
        if (sv.appStoreRelease.state === 'READY_FOR_DISTRIBUTION')
            pack.appStoreVersionId = v.id;
    }
}

;// CONCATENATED MODULE: ./src/simulator/review-state.ts
// App Store review in the simulator's store: review submissions, their items, and the App Store
// release each submitted background asset version gets. Held in SimState as `state.review`.

/** Apple: a submission is "still in progress" until it is COMPLETE. */
function inProgress(s) {
    return s.state !== 'COMPLETE';
}
class ReviewState {
    submissions = new Map();
    items = new Map();
    appStoreReleases = new Map();
    ordinal = 0;
    createSubmission(appId, platform, id = (0,external_node_crypto_namespaceObject.randomUUID)()) {
        const s = {
            id,
            appId,
            platform,
            state: 'READY_FOR_REVIEW',
            ordinal: ++this.ordinal
        };
        this.submissions.set(id, s);
        return s;
    }
    submissionsOfApp(appId) {
        return [...this.submissions.values()].filter(s => s.appId === appId);
    }
    /** The app's submission for this platform that is still in progress, if any. */
    openSubmission(appId, platform) {
        return this.submissionsOfApp(appId).find(s => s.platform === platform && inProgress(s));
    }
    createItem(submissionId, versionId, id = (0,external_node_crypto_namespaceObject.randomUUID)()) {
        const item = {
            id,
            submissionId,
            versionId,
            state: 'READY_FOR_REVIEW',
            ordinal: ++this.ordinal
        };
        this.items.set(id, item);
        return item;
    }
    itemsOf(submissionId) {
        return [...this.items.values()]
            .filter(i => i.submissionId === submissionId)
            .sort((a, b) => a.ordinal - b.ordinal);
    }
    /** Items that still count: not removed. */
    activeItemsOf(submissionId) {
        return this.itemsOf(submissionId).filter(i => i.state !== 'REMOVED');
    }
    /**
     * The version's item in a submission for this platform still in progress, if any. A version on
     * several platforms goes into each platform's submission.
     */
    activeItemOfVersion(versionId, platform) {
        return [...this.items.values()].find(i => {
            const s = this.submissions.get(i.submissionId);
            return (i.versionId === versionId &&
                i.state !== 'REMOVED' &&
                s !== undefined &&
                s.platform === platform &&
                inProgress(s));
        });
    }
    releaseOfVersion(versionId) {
        return [...this.appStoreReleases.values()].find(r => r.versionId === versionId);
    }
    /** The version's App Store release, created on its first submission. */
    releaseFor(versionId, state, id = (0,external_node_crypto_namespaceObject.randomUUID)()) {
        const existing = this.releaseOfVersion(versionId);
        if (existing) {
            existing.state = state;
            return existing;
        }
        const r = { id, versionId, state };
        this.appStoreReleases.set(id, r);
        return r;
    }
    snapshot() {
        return structuredClone({
            submissions: [...this.submissions.values()],
            items: [...this.items.values()],
            appStoreReleases: [...this.appStoreReleases.values()]
        });
    }
}

;// CONCATENATED MODULE: ./src/simulator/state.ts
// The simulator's in-memory App Store Connect: apps, packs, versions, upload files, releases.
// Seedable (e.g. a version left AWAITING_UPLOAD by an earlier failed run) and readable by tests.


const ALL_PLATFORMS = ['IOS', 'MAC_OS', 'TV_OS', 'VISION_OS'];
function defaultApp(id) {
    return {
        id,
        name: 'Simulated App',
        bundleId: 'com.example.simulated',
        sku: `SIM-${id}`,
        primaryLocale: 'en-US',
        platforms: [...ALL_PLATFORMS]
    };
}
class SimState {
    apps = new Map();
    packs = new Map();
    versions = new Map();
    uploadFiles = new Map();
    releases = new Map();
    /** Review submissions, their items, App Store releases. */
    review = new ReviewState();
    externalBetaReleases = new Map();
    clock;
    ordinal = 0;
    constructor(clock) {
        this.clock = clock;
    }
    now() {
        return new Date(this.clock()).toISOString();
    }
    addApp(app) {
        const full = { ...defaultApp(app.id), ...app };
        this.apps.set(full.id, full);
        return full;
    }
    packsOfApp(appId) {
        return [...this.packs.values()].filter(p => p.appId === appId);
    }
    createPack(appId, assetPackIdentifier, id = (0,external_node_crypto_namespaceObject.randomUUID)()) {
        const pack = {
            id,
            appId,
            assetPackIdentifier,
            archived: false,
            createdDate: this.now()
        };
        this.packs.set(id, pack);
        return pack;
    }
    versionsOfPack(packId) {
        return [...this.versions.values()]
            .filter(v => v.packId === packId)
            .sort((a, b) => Number(a.version) - Number(b.version));
    }
    /** Apple assigns version numbers: one more than the pack's highest. */
    createVersion(packId, id = (0,external_node_crypto_namespaceObject.randomUUID)(), version) {
        const highest = Math.max(0, ...this.versionsOfPack(packId).map(v => Number(v.version) || 0));
        const v = {
            id,
            packId,
            version: version ?? String(highest + 1),
            state: 'AWAITING_UPLOAD',
            createdDate: this.now(),
            platforms: [],
            stateDetails: { errors: [], warnings: [], infos: [] }
        };
        this.versions.set(id, v);
        return v;
    }
    uploadFilesOfVersion(versionId) {
        return [...this.uploadFiles.values()]
            .filter(f => f.versionId === versionId)
            .sort((a, b) => a.ordinal - b.ordinal);
    }
    createUploadFile(versionId, input, planParts, id = (0,external_node_crypto_namespaceObject.randomUUID)()) {
        const file = {
            id,
            versionId,
            ...input,
            state: 'AWAITING_UPLOAD',
            errors: [],
            warnings: [],
            assetToken: `SimulatorPurple/v4/${id.slice(0, 2)}/${id}/${input.fileName}`,
            parts: [],
            committed: false,
            ordinal: ++this.ordinal,
            createdAt: this.clock()
        };
        file.parts = planParts(file);
        this.uploadFiles.set(id, file);
        const version = this.versions.get(versionId);
        if (version) {
            if (input.assetType === 'MANIFEST')
                version.manifestFileId = id;
            else
                version.assetFileId = id;
        }
        return file;
    }
    /**
     * Makes the version the pack's internal beta: a READY_FOR_TESTING release, the pack's previous
     * one SUPERSEDED.
     */
    release(version, id = (0,external_node_crypto_namespaceObject.randomUUID)(), state = 'READY_FOR_TESTING') {
        if (state === 'READY_FOR_TESTING') {
            for (const other of this.versionsOfPack(version.packId)) {
                const r = other.internalBetaReleaseId
                    ? this.releases.get(other.internalBetaReleaseId)
                    : undefined;
                if (r && r.state === 'READY_FOR_TESTING')
                    r.state = 'SUPERSEDED';
            }
            const pack = this.packs.get(version.packId);
            if (pack)
                pack.internalBetaVersionId = version.id;
        }
        const release = { id, versionId: version.id, state };
        this.releases.set(id, release);
        version.internalBetaReleaseId = id;
        return release;
    }
    /**
     * Apple's usedBytes: the archive size of the pack's largest eligible version (apple-facts.md,
     * "Managing packs"). Eligible here: processed (COMPLETE). An archived pack has no versions left.
     */
    usedBytes(pack) {
        if (pack.archived)
            return 0;
        const sizes = this.versionsOfPack(pack.id)
            .filter(v => v.state === 'COMPLETE')
            .flatMap(v => this.uploadFilesOfVersion(v.id))
            .filter(f => f.assetType === 'ASSET' && f.committed)
            .map(f => f.received?.size ?? f.fileSize);
        return Math.max(0, ...sizes);
    }
    /** The newest version with an external beta release READY_FOR_TESTING. */
    externalBetaVersionId(pack) {
        return this.versionsOfPack(pack.id)
            .filter(v => {
            const r = v.externalBetaReleaseId
                ? this.externalBetaReleases.get(v.externalBetaReleaseId)
                : undefined;
            return r?.state === 'READY_FOR_TESTING';
        })
            .at(-1)?.id;
    }
    snapshot() {
        return structuredClone({
            apps: [...this.apps.values()],
            packs: [...this.packs.values()],
            versions: [...this.versions.values()],
            uploadFiles: [...this.uploadFiles.values()],
            releases: [...this.releases.values()],
            review: this.review.snapshot(),
            externalBetaReleases: [...this.externalBetaReleases.values()]
        });
    }
}

;// CONCATENATED MODULE: ./src/simulator/server.ts
// The App Store Connect simulator: an API listener (JWT, rate limit, JSON:API, the spec's
// operations) and an upload listener on its own port (pre-signed part URLs), both on loopback.

















function listen(server, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve(server.address().port));
    });
}
function matchesFilter(e, f) {
    if (f.listener && e.listener !== f.listener)
        return false;
    if (f.method && e.method !== f.method.toUpperCase())
        return false;
    if (f.operationId && e.operationId !== f.operationId)
        return false;
    if (f.status !== undefined && e.status !== f.status)
        return false;
    if (f.path !== undefined &&
        (typeof f.path === 'string' ? e.path !== f.path : !f.path.test(e.path))) {
        return false;
    }
    return true;
}
async function createSimulator(options = {}) {
    const clock = options.clock ?? Date.now;
    const appId = options.appId ?? '1234567890';
    const faults = new Faults(options.faults ?? {});
    const ownDataDir = !options.dataDir;
    const dataDir = options.dataDir ?? (await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'asc-simulator-')));
    const requests = [];
    const state = new SimState(clock);
    state.addApp({ id: appId, platforms: options.appPlatforms ?? [...ALL_PLATFORMS] });
    const key = generateKey(options.individualKey ?? false);
    const auth = new Authenticator({
        clock,
        clockToleranceSeconds: options.clockToleranceSeconds ?? 5,
        tokenMaxAgeSeconds: () => faults.options.tokenMaxAgeSeconds
    });
    auth.addKey(key);
    for (const k of options.keys ?? [])
        auth.addKey(k);
    const limiter = new RateLimiter(options.rateLimitPerHour ?? 3500, clock);
    const uploads = new UploadHost({
        dataDir,
        partSizeBytes: options.partSizeBytes ?? 5 * 1024 * 1024,
        partJitter: options.partJitter ?? 0.25,
        partUrlLifetimeMs: () => faults.options.expirePartUrlsAfterMs ?? 24 * 60 * 60 * 1000,
        clock,
        faults,
        log: e => requests.push({ listener: 'upload', search: '', ...e })
    });
    const processing = new Processing(state, {
        processingDelayMs: options.processingDelayMs ?? 2000,
        manifestCheckDelayMs: options.manifestCheckDelayMs ?? 500,
        defaultPlatforms: options.defaultPlatforms ?? ['IOS'],
        faults
    });
    const apiServer = (0,external_node_http_namespaceObject.createServer)();
    const uploadServer = (0,external_node_http_namespaceObject.createServer)();
    const apiPort = await listen(apiServer, options.port ?? 0);
    const uploadPort = await listen(uploadServer, options.uploadPort ?? 0);
    const url = `http://127.0.0.1:${apiPort}`;
    uploads.baseUrl = `http://127.0.0.1:${uploadPort}`;
    const serializer = new Serializer(state, url);
    const sim = {
        state,
        serializer,
        uploads,
        processing,
        review: new AppReview(state, processing, faults, options.review ?? {}),
        reviewSerializer: new ReviewSerializer(state, url, serializer)
    };
    if (options.state)
        seedState(state, options.state, appId, f => uploads.planParts(f));
    const handleApi = createApiHandler({ url, auth, limiter, faults, requests, sim });
    apiServer.on('request', (req, res) => {
        void handleApi(req, res);
    });
    uploadServer.on('request', (req, res) => {
        uploads.handle(req, res).catch(() => {
            if (!res.headersSent)
                res.writeHead(500).end();
        });
    });
    let closed = false;
    return {
        url,
        uploadUrl: uploads.baseUrl,
        appId,
        key,
        state,
        faults,
        review: sim.review,
        requests,
        uploadStats: uploads.stats,
        count: filter => requests.filter(e => matchesFilter(e, filter)).length,
        receivedFile: id => state.uploadFiles.get(id)?.received,
        snapshot: () => state.snapshot(),
        addKey: k => auth.addKey(k),
        settled: () => processing.settled(),
        close: async () => {
            if (closed)
                return;
            closed = true;
            processing.stop();
            faults.clear();
            await Promise.all([apiServer, uploadServer].map(s => new Promise(resolve => {
                s.close(() => resolve());
                s.closeAllConnections();
            })));
            if (ownDataDir)
                await (0,promises_namespaceObject.rm)(dataDir, { recursive: true, force: true });
        }
    };
}
/** Every spec operation has a route (checked by a test and at import). */
const UNROUTED_OPERATIONS = OPERATIONS.filter(o => !ROUTES[o.operationId]).map(o => o.operationId);

;// CONCATENATED MODULE: ./src/simulator/cli.ts
// The simulator's command line: flags → options, the announcement line, the throwaway .p8 key,
// and a clean stop on SIGINT/SIGTERM.





const USAGE = `Usage: simulator [options]

  --port <n>                    API port (default: any free port)
  --upload-port <n>             upload host port (default: any free port)
  --app-id <digits>             the app's Apple ID (default 1234567890)
  --app-platforms <list>        platforms of the app record, e.g. IOS,MAC_OS (default all)
  --individual-key              generate an individual key (no issuer ID)
  --processing-delay-ms <n>     ASSET commit to COMPLETE (default 2000)
  --manifest-check-delay-ms <n> MANIFEST commit to checked (default 500)
  --part-size <bytes>           nominal upload part size (default 5242880)
  --rate-limit <n>              requests per key per rolling hour (default 3500)
  --seed <n>                    seed of all random faults (default 1)
  --faults <json|@file>         fault options, e.g. '{"rates":{"read5xx":0.1}}'
  --review <json|@file>         App Review delays and outcomes, e.g. '{"decisionDelayMs":5000,"rejectPacks":["Levels"]}'
  --state <file.json>           initial packs and versions to seed
  --log                         log each request to stderr
  --help                        show this help
`;
async function jsonArg(value, what) {
    if (value === undefined)
        return undefined;
    const text = value.startsWith('@') ? await (0,promises_namespaceObject.readFile)(value.slice(1), 'utf8') : value;
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new Error(`Invalid ${what}: ${e.message}`, { cause: e });
    }
}
function intArg(value, name) {
    if (value === undefined)
        return undefined;
    if (!/^\d+$/.test(value))
        throw new Error(`Invalid --${name} '${value}'. Expected a whole number.`);
    return Number(value);
}
async function optionsFromArgs(argv) {
    const { values } = (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        strict: true,
        options: {
            port: { type: 'string' },
            'upload-port': { type: 'string' },
            'app-id': { type: 'string' },
            'app-platforms': { type: 'string' },
            'individual-key': { type: 'boolean' },
            'processing-delay-ms': { type: 'string' },
            'manifest-check-delay-ms': { type: 'string' },
            'part-size': { type: 'string' },
            'rate-limit': { type: 'string' },
            seed: { type: 'string' },
            faults: { type: 'string' },
            review: { type: 'string' },
            state: { type: 'string' },
            log: { type: 'boolean' },
            help: { type: 'boolean' }
        }
    });
    if (values.help)
        return 'help';
    const faults = (await jsonArg(values.faults, '--faults JSON')) ?? {};
    const seed = intArg(values.seed, 'seed');
    if (seed !== undefined)
        faults.seed = seed;
    const state = values.state
        ? await jsonArg(`@${values.state}`, '--state file')
        : undefined;
    const opt = (k, v) => v === undefined ? {} : { [k]: v };
    return {
        ...opt('port', intArg(values.port, 'port')),
        ...opt('uploadPort', intArg(values['upload-port'], 'upload-port')),
        ...opt('appId', values['app-id']),
        ...opt('appPlatforms', values['app-platforms']?.split(',').map(p => p.trim())),
        ...opt('individualKey', values['individual-key']),
        ...opt('processingDelayMs', intArg(values['processing-delay-ms'], 'processing-delay-ms')),
        ...opt('manifestCheckDelayMs', intArg(values['manifest-check-delay-ms'], 'manifest-check-delay-ms')),
        ...opt('partSizeBytes', intArg(values['part-size'], 'part-size')),
        ...opt('rateLimitPerHour', intArg(values['rate-limit'], 'rate-limit')),
        ...opt('state', state),
        ...opt('review', await jsonArg(values.review, '--review JSON')),
        faults
    };
}
const processIo = {
    write: text => process.stdout.write(text),
    writeError: text => process.stderr.write(text),
    exit: code => process.exit(code),
    signals: process
};
async function runCli(argv, io = processIo) {
    const options = await optionsFromArgs(argv);
    if (options === 'help') {
        io.write(USAGE);
        return undefined;
    }
    const sim = await createSimulator(options);
    const keyDir = await (0,promises_namespaceObject.mkdtemp)(external_node_path_default().join(external_node_os_default().tmpdir(), 'asc-simulator-key-'));
    const privateKeyPath = external_node_path_default().join(keyDir, `AuthKey_${sim.key.keyId}.p8`);
    await (0,promises_namespaceObject.writeFile)(privateKeyPath, sim.key.privateKeyPem, { mode: 0o600 });
    io.write(`${JSON.stringify({
        url: sim.url,
        appId: sim.appId,
        keyId: sim.key.keyId,
        issuerId: sim.key.issuerId,
        privateKeyPath,
        uploadUrl: sim.uploadUrl
    })}\n`);
    let logTimer;
    if (argv.includes('--log')) {
        let shown = 0;
        logTimer = setInterval(() => {
            for (; shown < sim.requests.length; shown++) {
                const r = sim.requests[shown];
                if (!r)
                    continue;
                io.writeError(`${r.listener} ${r.method} ${r.path}${r.search} → ${r.status || 'dropped'}${r.fault ? ` [${r.fault}]` : ''}\n`);
            }
        }, 200);
        logTimer.unref();
    }
    let stopping;
    const stop = () => {
        stopping ??= (async () => {
            if (logTimer)
                clearInterval(logTimer);
            await sim.close();
            await (0,promises_namespaceObject.rm)(keyDir, { recursive: true, force: true });
        })();
        return stopping;
    };
    const onSignal = () => {
        void stop().then(() => io.exit(0));
    };
    io.signals.once('SIGINT', onSignal);
    io.signals.once('SIGTERM', onSignal);
    return { sim, privateKeyPath, stop };
}

;// CONCATENATED MODULE: ./src/simulator/main.ts
// `npm run simulator` (dist/simulator/index.js): starts the App Store Connect simulator on loopback,
// prints one JSON line that says how to reach it, then serves until SIGINT/SIGTERM.

runCli(process.argv.slice(2)).catch((error) => {
    process.exitCode = 1;
    console.error(error instanceof Error ? error.message : String(error));
});


//# sourceMappingURL=index.js.map