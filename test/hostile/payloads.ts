/**
 * The XSS corpus: each payload, if it ever ran, would call the canary with its own number
 * (`__hostileCanary(n)`, `top.__hostileCanary(n)` from a frame, `top.postMessage('xss:n','*')` from an opaque
 * origin, or `alert(n)`). `X` in a template is replaced by the call; `N` by the number.
 *
 * Groups: script tags, event-handler attributes, `javascript:`/`vbscript:` URLs, `data:` URLs, SVG (`<script>`,
 * `<foreignObject>`, animation), CSS (`url()`, `expression()`, `@import`, bindings), unicode and HTML-entity
 * obfuscation, mutation-XSS (parser differentials), template/markup-marker injection, prototype-pollution keys,
 * and http(s) URLs that carry markup.
 */

const TEMPLATES: [group: string, template: string][] = [
  // ——— script tags
  ['script', '<script>X</script>'],
  ['script', '<SCRIPT>X</SCRIPT>'],
  ['script', '<script type="module">X</script>'],
  ['script', '<script src="data:text/javascript,X"></script>'],
  ['script', '<script/src=data:,X></script>'],
  ['script', '"><script>X</script>'],
  ["script", "'><script>X</script>"],
  ['script', '</title><script>X</script>'],
  ['script', '</textarea><script>X</script>'],
  ['script', '</style><script>X</script>'],
  ['script', '</script><script>X</script>'],
  ['script', '<scr<script>ipt>X</scr</script>ipt>'],
  ['script', '<script>/*</script>*/X</script>'],
  ['script', '<!--<script>X</script>-->'],
  ['script', '<script\x20type="text/javascript">X;</script>'],
  ['script', '<script>X//'],
  ['script', '<<script>X//<</script>'],
  ['script', '<script>eval(atob("dG9wLl9faG9zdGlsZUNhbmFyeSgnYjY0Jyk="));X</script>'],
  // ——— event handlers
  ['handler', '<img src=x onerror=X>'],
  ['handler', '<img src="x" onerror="X">'],
  ['handler', '<img/src=x/onerror=X>'],
  ['handler', '<IMG SRC=x ONERROR=X>'],
  ['handler', '<img src=x onerror=X//'],
  ['handler', '<svg onload=X>'],
  ['handler', '<svg/onload=X>'],
  ['handler', '<body onload=X>'],
  ['handler', '<iframe onload=X></iframe>'],
  ['handler', '<input autofocus onfocus=X>'],
  ['handler', '<select autofocus onfocus=X></select>'],
  ['handler', '<textarea autofocus onfocus=X></textarea>'],
  ['handler', '<details open ontoggle=X>'],
  ['handler', '<video><source onerror=X></video>'],
  ['handler', '<audio src=x onerror=X>'],
  ['handler', '<marquee onstart=X>x</marquee>'],
  ['handler', '<object data=x onerror=X></object>'],
  ['handler', '<div onmouseover=X>hover me</div>'],
  ['handler', '<a onclick=X>click me</a>'],
  ['handler', '<x contenteditable onfocus=X autofocus>x</x>'],
  ['handler', '<style onload=X></style>'],
  ['handler', '<link rel=stylesheet href=x onerror=X>'],
  ['handler', '<input type=image src=x onerror=X>'],
  ['handler', '" onmouseover="X" x="'],
  ["handler", "' onfocus='X' autofocus x='"],
  ['handler', '<img src=x:alert(N) onerror=eval(src)>'],
  ['handler', '<image src=x onerror=X>'],
  ['handler', '<body onpageshow=X>'],
  // ——— javascript: and other scheme URLs
  ['js-url', 'javascript:X'],
  ['js-url', 'JaVaScRiPt:X'],
  ['js-url', ' javascript:X'],
  ['js-url', '\tjavascript:X'],
  ['js-url', 'java\nscript:X'],
  ['js-url', 'java\tscript:X'],
  ['js-url', 'java\rscript:X'],
  ['js-url', '\u0000javascript:X'],
  ['js-url', '\u0001javascript:X'],
  ['js-url', 'javascript://comment%0a(X)'],
  ['js-url', 'javascript:/**/X'],
  ['js-url', 'javascript:void(X)'],
  ['js-url', 'vbscript:msgbox(N)'],
  ['js-url', 'livescript:X'],
  ['js-url', '<a href="javascript:X">link</a>'],
  ['js-url', '<iframe src="javascript:X"></iframe>'],
  ['js-url', '<form action="javascript:X"><button>go</button></form>'],
  ['js-url', '<button formaction="javascript:X">go</button>'],
  ['js-url', '<meta http-equiv="refresh" content="0;url=javascript:X">'],
  ['js-url', '<base href="javascript:X//">'],
  ['js-url', '<embed src="javascript:X">'],
  // ——— data: URLs
  ['data-url', 'data:text/html,<script>top.postMessage("xss:N","*")</script>'],
  ['data-url', 'data:text/html;base64,PHNjcmlwdD50b3AucG9zdE1lc3NhZ2UoInhzczpkYXRhIiwiKiIpPC9zY3JpcHQ+'],
  ['data-url', 'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="top.postMessage(\'xss:N\',\'*\')"/>'],
  ['data-url', 'data:application/javascript,X'],
  ['data-url', ' DATA:text/html,<script>top.postMessage("xss:N","*")</script>'],
  ['data-url', '<iframe src="data:text/html,<script>top.postMessage(\'xss:N\',\'*\')</script>"></iframe>'],
  ['data-url', '<object data="data:text/html,<script>top.postMessage(\'xss:N\',\'*\')</script>"></object>'],
  ['data-url', '<iframe srcdoc="<script>top.__hostileCanary(N)</script>"></iframe>'],
  // ——— SVG
  ['svg', '<svg><script>X</script></svg>'],
  ['svg', '<svg><script href="data:,X"/></svg>'],
  ['svg', '<svg><foreignObject><body onload=X></body></foreignObject></svg>'],
  ['svg', '<svg><foreignObject><iframe srcdoc="<script>top.__hostileCanary(N)</script>"></iframe></foreignObject></svg>'],
  ['svg', '<svg><foreignObject><img src=x onerror=X></foreignObject></svg>'],
  ['svg', '<svg><animate onbegin=X attributeName=x dur=1s>'],
  ['svg', '<svg><set attributeName=onload to=X /></svg>'],
  ['svg', '<svg><a xlink:href="javascript:X"><text x=20 y=20>x</text></a></svg>'],
  ['svg', '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=X /></svg>#x"/></svg>'],
  ['svg', '<svg><image href=x onerror=X /></svg>'],
  ['svg', '</text><script>X</script><text>'],
  // ——— CSS
  ['css', 'url(javascript:X)'],
  ['css', 'background:url("javascript:X")'],
  ['css', 'expression(X)'],
  ['css', 'width: expression(X);'],
  ['css', 'red;background-image:url(javascript:X)'],
  ['css', 'x");background:url("javascript:X'],
  ['css', '@import "javascript:X";'],
  ['css', '<style>@import "data:,*%7bx:expression(X)%7d";</style>'],
  ['css', '-moz-binding:url("data:text/xml,<x/>#X")'],
  ['css', 'behavior:url(#default#time2) X'],
  ['css', '}</style><img src=x onerror=X>'],
  ['css', '--conflict-timeline-category-x: url(javascript:X)'],
  ['css', '<div style="background:url(javascript:X)">x</div>'],
  ['css', '<div style="width:expression(X)">x</div>'],
  // ——— unicode obfuscation
  ['unicode', '\uFF1Cscript\uFF1EX\uFF1C/script\uFF1E'],
  ['unicode', '\uFF1Cimg src=x onerror=X\uFF1E'],
  ['unicode', 'java\u200Bscript:X'],
  ['unicode', '\uFEFFjavascript:X'],
  ['unicode', '\u0458avascript:X'],
  ['unicode', '\u202Ejavascript:X'],
  ['unicode', '<scr\u0131pt>X</scr\u0131pt>'],
  ['unicode', '\u2028<script>X</script>\u2029'],
  ['unicode', '\uD800<script>X</script>\uDFFF'],
  ['unicode', '<img src=x o\u0000nerror=X>'],
  ['unicode', '\u003cscript\u003eX\u003c/script\u003e'],
  ['unicode', 'e\u0301\u0301\u0301<svg onload=X>'],
  // ——— HTML entities
  ['entity', '&lt;script&gt;X&lt;/script&gt;'],
  ['entity', '&#60;script&#62;X&#60;/script&#62;'],
  ['entity', '&#x3C;img src=x onerror=X&#x3E;'],
  ['entity', '&#0000060script&#0000062;X&#0000060/script&#0000062;'],
  ['entity', '&#106;avascript:X'],
  ['entity', '&#x6A;avascript:X'],
  ['entity', 'javascript&#58;X'],
  ['entity', 'javascript&colon;X'],
  ['entity', 'jav&#x09;ascript:X'],
  ['entity', '%6A%61vascript:X'],
  ['entity', '&amp;lt;script&amp;gt;X'],
  ['entity', '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;X">x</a>'],
  // ——— mutation XSS and parser differentials
  ['mxss', '<noscript><p title="</noscript><img src=x onerror=X>">'],
  ['mxss', '<math><mtext><table><mglyph><style><img src=x onerror=X>'],
  ['mxss', '<svg></p><style><a id="</style><img src=1 onerror=X>">'],
  ['mxss', '<form><math><mtext></form><form><mglyph><style></math><img src onerror=X>'],
  ['mxss', '<![CDATA[<script>X</script>]]>'],
  ['mxss', '<?xml version="1.0"?><script>X</script>'],
  ['mxss', '<template><script>X</script></template>'],
  // ——— template and marker injection
  ['template', '${X}'],
  ['template', '{{constructor.constructor("X")()}}'],
  ['template', '<!--?lit$123456789$-->X'],
  ['template', 'lit$1234$<img src=x onerror=X>'],
  ['template', '<%= X %>'],
  ['template', '#{X}'],
  ['template', '{N}{title}{count}'],
  // ——— prototype-pollution keys and names of built-ins (as ids, categories, titles)
  ['proto', '__proto__'],
  ['proto', 'constructor'],
  ['proto', 'prototype'],
  ['proto', 'hasOwnProperty'],
  ['proto', 'toString'],
  ['proto', '__defineGetter__'],
  ['proto', '__proto__[polluted]=N'],
  ['proto', 'constructor.prototype.polluted'],
  // ——— http(s) URLs that carry markup: allowed as links, never as markup
  ['http-url', 'https://example.org/"><script>X</script>'],
  ['http-url', 'https://example.org/#"onmouseover="X'],
  ['http-url', "http://example.org/?q='><img src=x onerror=X>"],
  ['http-url', 'https://javascript:X@example.org/'],
  ['http-url', 'https://example.org/?u=javascript:X'],
  ['http-url', '  https://example.org/padded?N  '],
  ['http-url', 'HTTPS://EXAMPLE.ORG/upper?N'],
];

export interface Payload {
  n: number;
  group: string;
  text: string;
}

/** Every payload, numbered from 1 (the canary reports the number). */
export const PAYLOADS: Payload[] = TEMPLATES.map(([group, template], i) => {
  const n = i + 1;
  const call = `top.__hostileCanary(${n})`;
  // Placeholders stand alone: the X of EXAMPLE and the N of ONERROR or of base64 text stay as they are.
  const text = template.replace(/(?<![A-Za-z0-9])X(?![A-Za-z0-9])/g, call).replace(/(?<![A-Za-z0-9])N(?![A-Za-z0-9])/g, String(n));
  return { n, group, text };
});

/** The groups, for a readable failure message. */
export const GROUPS = [...new Set(PAYLOADS.map((p) => p.group))];

/** Escapes text for HTML content or a double-quoted attribute (the test's own markup, not the component's). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
