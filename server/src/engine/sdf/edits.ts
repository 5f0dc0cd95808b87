import type { Finding, SpanEdit } from '../finding';
import type { Fix, SdfFixContext } from '../rules/types';
import type { Span } from '../text';
import type { XmlDocument, XmlElement } from './xml';

export function replaceSpan(span: Span, newText: string): SpanEdit {
  return { span: { start: span.start, end: span.end }, newText };
}

/** Removes an element; when it stands alone on its line, the whole line goes, so no blank line is left. */
export function removeElement(doc: XmlDocument, el: XmlElement): SpanEdit {
  const t = doc.text;
  let start = el.span.start;
  let end = el.span.end;
  let ls = start;
  while (ls > 0 && (t[ls - 1] === ' ' || t[ls - 1] === '\t')) ls--;
  let le = end;
  while (le < t.length && (t[le] === ' ' || t[le] === '\t')) le++;
  const aloneOnLine = (ls === 0 || t[ls - 1] === '\n' || t[ls - 1] === '\r') && (le === t.length || t[le] === '\n' || t[le] === '\r');
  if (aloneOnLine) {
    start = ls;
    end = le;
    if (t[end] === '\r') end++;
    if (t[end] === '\n') end++;
  }
  return { span: { start, end }, newText: '' };
}

/** Inserts lines of XML right after an element, each on its own line with the element's indentation. */
export function insertAfter(doc: XmlDocument, el: XmlElement, lines: string[]): SpanEdit {
  const indent = indentOf(doc, el.span.start);
  return { span: { start: el.span.end, end: el.span.end }, newText: lines.map((l) => newline(doc) + indent + l).join('') };
}

/** Inserts lines of XML as the first children of an element. */
export function insertFirstChild(doc: XmlDocument, parent: XmlElement, lines: string[]): SpanEdit {
  const indent = indentOf(doc, parent.span.start) + indentUnit(doc);
  const at = parent.openSpan.end;
  return { span: { start: at, end: at }, newText: lines.map((l) => newline(doc) + indent + l).join('') };
}

/** One level of indentation as the file uses it: the first child's indent beyond the root's. */
export function indentUnit(doc: XmlDocument): string {
  const root = doc.root;
  const child = root?.children.find((c): c is XmlElement => c.kind === 'element');
  if (!root || !child) return '    ';
  const unit = indentOf(doc, child.span.start).slice(indentOf(doc, root.span.start).length);
  return unit || '    ';
}

/** The blanks before `offset` on its line, if only blanks precede it. */
export function indentOf(doc: XmlDocument, offset: number): string {
  let i = offset;
  while (i > 0 && (doc.text[i - 1] === ' ' || doc.text[i - 1] === '\t')) i--;
  const atStart = i === 0 || doc.text[i - 1] === '\n' || doc.text[i - 1] === '\r';
  return atStart ? doc.text.slice(i, offset) : '';
}

function newline(doc: XmlDocument): string {
  return doc.text.includes('\r\n') ? '\r\n' : '\n';
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The quick fixes an SDF rule's check computed with its finding (`data.kind` 'sdf-edits'). Not
 * `auto`: fix-all stays in role files, so saving never rewrites XML that SuiteCloud deploys.
 */
export function sdfEditFixes({ file }: SdfFixContext, f: Finding): Fix[] {
  if (f.data?.kind !== 'sdf-edits') return [];
  return f.data.fixes.map((x) => ({ title: x.title, edits: x.edits.map((e) => ({ file, span: e.span, newText: e.newText })), preferred: x.preferred }));
}
