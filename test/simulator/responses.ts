/** XML API reply bodies, shaped like the recorded ones in test/fixtures/panos-captures. */
import { renderXml, type XmlElement } from "../../lib/xmlspec/xml";

/** An HTTP answer, or a connection dropped without one. */
export type Reply =
  | {
      readonly kind: "reply";
      readonly status: number;
      readonly body: string;
      readonly contentType: string;
      readonly headers?: Readonly<Record<string, string>>;
    }
  | { readonly kind: "reset" };

function cdata(text: string): string {
  return `<![CDATA[${text.split("]]>").join("]]]]><![CDATA[>")}]]>`;
}

function xml(body: string, status = 200): Reply {
  return { kind: "reply", status, body, contentType: "application/xml; charset=UTF-8" };
}

function codeAttribute(code: number | undefined): string {
  return code === undefined ? "" : ` code="${code}"`;
}

/** `<response status="success" [code]><result [attributes]>…</result></response>` */
export function success(
  result: string | XmlElement | readonly XmlElement[] | undefined,
  code?: number,
  resultAttributes: Readonly<Record<string, string>> = {},
): Reply {
  const inner = result === undefined ? "" : typeof result === "string" ? result : renderXml(result);
  const attributes = Object.entries(resultAttributes)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");
  return xml(`<response status="success"${codeAttribute(code)}><result${attributes}>${inner}</result></response>`);
}

/** `<response status="success" code="N"><msg>text</msg></response>` */
export function successMessage(message: string, code?: number): Reply {
  return xml(`<response status="success"${codeAttribute(code)}><msg>${cdata(message)}</msg></response>`);
}

/** `<response status="error" [code]><msg><line><![CDATA[…]]></line>…</msg></response>` */
export function failure(lines: readonly string[], code?: number): Reply {
  const body = lines.map((l) => `<line>${cdata(l)}</line>`).join("");
  return xml(`<response status="error"${codeAttribute(code)}><msg>${body}</msg></response>`);
}

/** A reply the operational renderer built in full. */
export function raw(body: string): Reply {
  return xml(body);
}

/** HTTP 403, formatted exactly as recorded from devices (odd spacing and quotes included). */
export function forbidden(): Reply {
  return xml(
    `<response status = 'error' code = '403'><result><msg>Invalid credentials.</msg></result></response>`,
    403,
  );
}

/** HTTP 400 for a request the API cannot interpret. */
export function badRequest(message: string): Reply {
  return xml(`<response status = 'error' code = '400'><result><msg>${cdata(message)}</msg></result></response>`, 400);
}

/** The web server's page while the management server behind it is down. */
export function badGateway(): Reply {
  const body =
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n" +
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
  return { kind: "reply", status: 502, body, contentType: "text/html" };
}

/** HTTP 503 with a short HTML body, and `Retry-After` when given. */
export function serviceUnavailable(retryAfter?: string): Reply {
  const body = "<html><head><title>503 Service Unavailable</title></head><body>Service Unavailable</body></html>";
  const headers = retryAfter !== undefined ? { "retry-after": retryAfter } : undefined;
  return { kind: "reply", status: 503, body, contentType: "text/html", ...(headers ? { headers } : {}) };
}
