import { SaxesParser } from 'saxes';
import { LineIndex, type Span } from '../text';
import { describeXmlError } from './xml-errors';

/** An attribute with the exact places of its name and of its value between the quotes. */
export interface XmlAttribute {
  name: string;
  /** The value with entities resolved. */
  value: string;
  nameSpan: Span;
  valueSpan: Span;
}

/** Character data (text or CDATA); `span` covers the raw source, entities included. */
export interface XmlText {
  kind: 'text';
  value: string;
  span: Span;
}

export interface XmlElement {
  kind: 'element';
  name: string;
  nameSpan: Span;
  /** From the `<` of the start tag to the `>` of the end tag (or of `/>`). */
  span: Span;
  /** The start tag, `<name …>`. */
  openSpan: Span;
  /** The end tag `</name>`; absent for `<name/>` and for an element left open. */
  closeSpan?: Span;
  attributes: XmlAttribute[];
  children: (XmlElement | XmlText)[];
}

export interface XmlComment {
  value: string;
  span: Span;
}

/** The first well-formedness error: later ones are usually consequences of it. */
export interface XmlProblem {
  message: string;
  span: Span;
}

/** A parsed XML text. Parsing never throws; after the first error the tree stops growing. */
export interface XmlDocument {
  text: string;
  lines: LineIndex;
  root?: XmlElement;
  comments: XmlComment[];
  problem?: XmlProblem;
}

/** Parses XML with exact offsets for every element, attribute value and text. */
export function parseXml(text: string): XmlDocument {
  const doc: XmlDocument = { text, lines: new LineIndex(text), comments: [] };
  const b = new Builder(doc);
  try {
    b.run();
  } catch (e) {
    // saxes reports through the error handler; a throw here would be a bug in it or in us.
    b.fail({ message: `The XML cannot be read: ${(e as Error).message}`, span: { start: 0, end: 0 } });
  }
  return doc;
}

class Builder {
  private readonly p = new SaxesParser({ position: true });
  private readonly text: string;
  private readonly stack: XmlElement[] = [];
  /** End of the last markup; character data starts here. */
  private cursor = 0;
  private done = false;

  constructor(private readonly doc: XmlDocument) {
    this.text = doc.text;
  }

  run(): void {
    const p = this.p;
    p.on('opentagstart', (tag) => this.live() && this.openStart(tag.name));
    p.on('attribute', (a) => this.live() && this.attribute(a.name, a.value));
    p.on('opentag', () => this.live() && this.openEnd());
    p.on('closetag', (tag) => this.live() && this.close(tag.name, tag.isSelfClosing));
    p.on('text', (t) => this.live() && this.chars(t));
    p.on('cdata', (t) => this.live() && this.cdata(t));
    p.on('comment', (c) => this.live() && this.comment(c));
    p.on('processinginstruction', () => this.live() && this.markup());
    p.on('xmldecl', () => this.live() && this.markup());
    p.on('doctype', () => this.live() && this.markup());
    p.on('error', (e) => this.live() && this.fail(describeXmlError(e.message, this.errorContext())));
    p.write(this.text).close();
  }

  private live(): boolean {
    return !this.done;
  }

  /** Records the problem and closes what is open at its place, so the partial tree has sane spans. */
  fail(problem: XmlProblem): void {
    if (this.done) return;
    this.done = true;
    this.doc.problem = problem;
    // Open elements reach at least to the last complete markup.
    for (const el of this.stack) el.span.end = Math.max(el.span.end, this.cursor);
  }

  private errorContext() {
    return { text: this.text, lines: this.doc.lines, position: this.p.position, cursor: this.cursor, open: [...this.stack], root: this.doc.root };
  }

  private markup(): void {
    this.cursor = this.p.position;
  }

  private openStart(name: string): void {
    const start = Math.max(this.cursor, this.text.lastIndexOf(`<${name}`, this.p.position - 1));
    const el: XmlElement = {
      kind: 'element',
      name,
      nameSpan: { start: start + 1, end: start + 1 + name.length },
      span: { start, end: start + 1 + name.length },
      openSpan: { start, end: start + 1 + name.length },
      attributes: [],
      children: [],
    };
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(el);
    else this.doc.root ??= el;
    this.stack.push(el);
  }

  private attribute(name: string, value: string): void {
    const el = this.stack[this.stack.length - 1];
    if (!el) return;
    // The event fires after the closing quote; walk back to it, then to the opening one.
    let close = this.p.position - 1;
    while (close > el.openSpan.start && this.text[close] !== '"' && this.text[close] !== "'") close--;
    const open = this.text.lastIndexOf(this.text[close], close - 1);
    let eq = open - 1;
    while (eq > el.openSpan.start && /\s/.test(this.text[eq])) eq--;
    let nameEnd = eq; // `eq` is at '='
    while (nameEnd > el.openSpan.start && /\s/.test(this.text[nameEnd - 1])) nameEnd--;
    el.attributes.push({
      name,
      value,
      nameSpan: { start: nameEnd - name.length, end: nameEnd },
      valueSpan: { start: open + 1, end: close },
    });
  }

  /** The start tag is complete; for `<x/>` the closetag event follows at once. */
  private openEnd(): void {
    const el = this.stack[this.stack.length - 1];
    if (!el) return;
    el.openSpan.end = this.p.position;
    el.span.end = this.p.position;
    this.markup();
  }

  private close(name: string, selfClosing: boolean): void {
    const el = this.stack[this.stack.length - 1];
    if (!el) return;
    const end = this.p.position;
    if (!selfClosing) {
      const start = this.text.lastIndexOf('</', end - 1);
      const written = /^<\/\s*([^\s>]*)/.exec(this.text.slice(start, end))?.[1] ?? '';
      if (written !== name) {
        // saxes pops elements until the names match; the first mismatch is the real error.
        this.fail(describeXmlError(`unexpected close tag: ${written}`, { ...this.errorContext(), closeSpan: { start, end } }));
        return;
      }
      el.closeSpan = { start, end };
    }
    el.span.end = end;
    this.stack.pop();
    this.markup();
  }

  private chars(value: string): void {
    const pos = this.p.position;
    // Text is reported when the next '<' has been read (or at the end of input).
    const end = pos > 0 && this.text[pos - 1] === '<' ? pos - 1 : Math.min(pos, this.text.length);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push({ kind: 'text', value, span: { start: this.cursor, end } });
  }

  private cdata(value: string): void {
    const end = this.p.position;
    const start = this.text.lastIndexOf('<![CDATA[', end - 1);
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push({ kind: 'text', value, span: { start: start + 9, end: end - 3 } });
    this.markup();
  }

  private comment(value: string): void {
    // The event can come before the final '>' is read; find the real end.
    const start = this.text.lastIndexOf('<!--', this.p.position - 1);
    const close = this.text.indexOf('-->', start + 4);
    const end = close < 0 ? this.p.position : close + 3;
    this.doc.comments.push({ value, span: { start, end } });
    this.cursor = end;
  }
}

/** The element's child elements, optionally only those with this name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => c.kind === 'element' && (name === undefined || c.name === name));
}

export function childElement(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => c.kind === 'element' && c.name === name);
}

/** An element's text content, trimmed, with the span of the trimmed raw text. */
export interface ElementText {
  value: string;
  /** The trimmed source text; empty (start = end) just after the start tag when there is none. */
  span: Span;
}

export function elementText(doc: XmlDocument, el: XmlElement): ElementText {
  const texts = el.children.filter((c): c is XmlText => c.kind === 'text');
  const value = texts
    .map((t) => t.value)
    .join('')
    .trim();
  const first = texts.find((t) => t.value.trim() !== '');
  const last = [...texts].reverse().find((t) => t.value.trim() !== '');
  if (!first || !last) {
    const at = el.closeSpan ? el.closeSpan.start : el.openSpan.end;
    return { value, span: { start: at, end: at } };
  }
  let start = first.span.start;
  let end = last.span.end;
  while (start < end && /\s/.test(doc.text[start])) start++;
  while (end > start && /\s/.test(doc.text[end - 1])) end--;
  return { value, span: { start, end } };
}

/** The innermost element whose span contains the offset, with its ancestors (outermost first). */
export function elementPathAt(root: XmlElement | undefined, offset: number): XmlElement[] {
  const path: XmlElement[] = [];
  let cur = root;
  while (cur && cur.span.start <= offset && offset <= cur.span.end) {
    path.push(cur);
    cur = childElements(cur).find((c) => c.span.start <= offset && offset <= c.span.end);
  }
  return path;
}

/**
 * The name of the first element of an XML text, read without parsing the whole file: enough
 * to tell a SuiteCloud role object (`<role …>`) from other XML, even when it is malformed.
 */
export function sniffRootElement(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text.startsWith('<?', i)) i = skipPast(text, i, '?>');
    else if (text.startsWith('<!--', i)) i = skipPast(text, i, '-->');
    else if (text.startsWith('<!', i)) i = skipPast(text, i, '>');
    else break;
    if (i < 0) return undefined;
  }
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 200));
  return m?.[1];
}

function skipPast(text: string, from: number, end: string): number {
  const j = text.indexOf(end, from);
  return j < 0 ? -1 : j + end.length;
}
