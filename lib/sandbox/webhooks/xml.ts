/**
 * A small, forgiving reader for the sipgate.io XML answer vocabulary (Response, Dial, Number, Voicemail,
 * Play, Url, Gather, Reject, Hangup). It accepts any letter case, an XML declaration, comments and CDATA,
 * and reports what it could not understand instead of throwing.
 */
import type { ParsedXmlResponse, XmlAction } from '../types';

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point >= 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function parseAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    attributes[match[1].toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Builds an element tree; unbalanced closing tags are ignored, unclosed elements are closed at the end. */
function parseTree(xml: string): XmlNode {
  const root: XmlNode = { name: '#root', attributes: {}, children: [], text: '' };
  const stack = [root];
  const cleaned = xml
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, data: string) => data.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  let index = 0;
  while (index < cleaned.length) {
    const open = cleaned.indexOf('<', index);
    const textEnd = open < 0 ? cleaned.length : open;
    if (textEnd > index) stack[stack.length - 1].text += decodeEntities(cleaned.slice(index, textEnd));
    if (open < 0) break;
    TAG.lastIndex = open;
    const tag = TAG.exec(cleaned);
    if (!tag) {
      stack[stack.length - 1].text += '<';
      index = open + 1;
      continue;
    }
    index = TAG.lastIndex;
    const name = tag[2].toLowerCase();
    if (tag[1] === '/') {
      const at = stack.map((n) => n.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    const node: XmlNode = { name, attributes: parseAttributes(tag[3]), children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    if (tag[4] !== '/') stack.push(node);
  }
  return root;
}

function child(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((c) => c.name === name);
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(parsed) && parsed >= 1 ? parsed : fallback;
}

function playUrl(node: XmlNode | undefined): string | undefined {
  const url = node ? child(node, 'url')?.text.trim() : undefined;
  return url === '' ? undefined : url;
}

function toAction(node: XmlNode): XmlAction {
  const a = node.attributes;
  switch (node.name) {
    case 'play':
      return { type: 'play', url: playUrl(node) };
    case 'gather':
      return {
        type: 'gather',
        onData: a.ondata || undefined,
        maxDigits: positiveInt(a.maxdigits, 1),
        timeout: positiveInt(a.timeout, 2000),
        playUrl: playUrl(child(node, 'play')),
      };
    case 'dial':
      return {
        type: 'dial',
        callerId: a.callerid || undefined,
        anonymous: a.anonymous === undefined ? undefined : a.anonymous.toLowerCase() === 'true',
        numbers: node.children
          .filter((c) => c.name === 'number')
          .map((c) => c.text.trim())
          .filter((n) => n !== ''),
        voicemail: child(node, 'voicemail') !== undefined,
      };
    case 'reject':
      return { type: 'reject', reason: a.reason?.toLowerCase() === 'busy' ? 'busy' : 'rejected' };
    case 'hangup':
      return { type: 'hangup' };
    default:
      return { type: 'unknown', name: node.name };
  }
}

export function parseXmlResponse(xml: string): ParsedXmlResponse {
  if (xml.trim() === '') return { actions: [], error: 'empty answer' };
  const response = parseTree(xml).children.find((node) => node.name === 'response');
  if (!response) return { actions: [], error: 'no <Response> element' };
  return {
    onAnswer: response.attributes.onanswer || undefined,
    onHangup: response.attributes.onhangup || undefined,
    actions: response.children.map(toAction),
  };
}
