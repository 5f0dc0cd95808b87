import type { LineIndex, Span } from '../text';
import type { XmlElement, XmlProblem } from './xml';

/** What the parser knew when the error came: enough to point at the cause, not the symptom. */
export interface XmlErrorContext {
  text: string;
  lines: LineIndex;
  /** saxes' position: just after the character that failed. */
  position: number;
  /** End of the last complete markup. */
  cursor: number;
  /** Open elements, outermost first. */
  open: XmlElement[];
  root?: XmlElement;
  /** For a mismatched end tag: where it is. */
  closeSpan?: Span;
}

// An '&' that starts no entity or character reference.
const BARE_AMP = /&(?![A-Za-z_:][\w.:-]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)/g;

/** Turns a saxes message into one clear sentence at the place to fix. */
export function describeXmlError(raw: string, c: XmlErrorContext): XmlProblem {
  const msg = raw.replace(/^\d+:\d+: /, '');
  const at = Math.min(c.position, c.text.length);
  // saxes reads past a bare '&' looking for ';' and then blames something later.
  const amp = bareAmpersand(c.text, c.cursor, at);
  if (amp !== undefined) return { message: "Unescaped '&': write &amp; ('&' starts an entity in XML).", span: { start: amp, end: amp + 1 } };
  const line = (offset: number) => c.lines.position(offset).line + 1;
  const inner = c.open[c.open.length - 1];

  let m = /^unexpected close tag: (.*)$/.exec(msg);
  if (m && inner && c.closeSpan) {
    const written = m[1];
    if (c.open.some((e) => e.name === written)) {
      return {
        message: `<${inner.name}> (line ${line(inner.span.start)}) is never closed: add </${inner.name}> before </${written}> on line ${line(c.closeSpan.start)}.`,
        span: inner.nameSpan,
      };
    }
    return { message: `</${written}> does not match the open <${inner.name}> (line ${line(inner.span.start)}): write </${inner.name}>.`, span: c.closeSpan };
  }
  if (/^unclosed tag: /.test(msg) || (msg === 'unexpected end.' && inner)) {
    if (inner) return { message: `<${inner.name}> (line ${line(inner.span.start)}) is never closed: add </${inner.name}>.`, span: inner.nameSpan };
  }
  m = /^duplicate attribute: (.*?)\.?$/.exec(msg);
  if (m && inner) {
    const dup = inner.attributes.filter((a) => a.name === m![1]).pop();
    if (dup) return { message: `The attribute '${m[1]}' is given twice; keep one.`, span: dup.nameSpan };
  }
  if (msg.startsWith('text data outside of root node')) {
    const span = textRun(c.text, c.cursor);
    const where = c.root ? `after the end of <${c.root.name}>` : 'before the root element';
    return { message: `Text ${where}: an SDF role object is one <role scriptid="customrole_…"> element; remove the stray text.`, span };
  }
  if (msg.startsWith('document must contain a root element')) {
    return { message: 'The file has no root element: an SDF role object is <role scriptid="customrole_…"> … </role>.', span: { start: 0, end: 0 } };
  }
  if (msg.startsWith('documents may contain only one root')) {
    const lt = c.text.lastIndexOf('<', at - 1);
    const name = /^<([^\s/>]*)/.exec(c.text.slice(lt))?.[1] ?? '';
    return {
      message: `A second root element <${name}>: a file holds one role object; remove it or move it to its own file.`,
      span: { start: lt, end: lt + 1 + name.length },
    };
  }
  if (/entity/.test(msg)) {
    const amp2 = c.text.lastIndexOf('&', at - 1);
    const semi = c.text.indexOf(';', amp2);
    const end = semi >= 0 && semi < at + 1 ? semi + 1 : at;
    const written = c.text.slice(amp2, end);
    return {
      message: `Unknown entity '${written}': XML knows only &amp; &lt; &gt; &quot; &apos; and numeric references such as &#160;.`,
      span: { start: amp2, end },
    };
  }
  if (msg.startsWith('disallowed character in tag name')) {
    const lt = c.text.lastIndexOf('<', at - 1);
    return { message: "'<' must start a tag here; in text write &lt;.", span: { start: lt, end: lt + 1 } };
  }
  if (/quoted|without value|value required/.test(msg)) {
    return { message: 'Attribute values must be in quotes, e.g. scriptid="customrole_x".', span: charAt(c.text, at - 1) };
  }
  if (msg.startsWith('disallowed character in closing tag')) {
    const lt = c.text.lastIndexOf('</', at - 1);
    // The tag runs to its '>', or, when that is missing, up to the next '<'.
    let end = lt + 2;
    while (end < c.text.length && c.text[end] !== '>' && c.text[end] !== '<') end++;
    if (c.text[end] === '>') end++;
    else while (end > lt + 2 && /\s/.test(c.text[end - 1])) end--;
    const expected = inner ? `: write </${inner.name}>` : '';
    const written = c.text.slice(lt, end).replace(/\s+/g, ' ').slice(0, 60);
    return { message: `Broken end tag '${written}': an end tag holds only the element name${expected}.`, span: { start: lt, end } };
  }
  if (msg.includes(']]>')) {
    return { message: "']]>' is not allowed in text: write ]]&gt;.", span: { start: Math.max(0, at - 3), end: at } };
  }
  if (/forward-slash in opening tag|attribute name|no whitespace between attributes/.test(msg)) {
    const what = msg.startsWith('forward-slash') ? "a '/' in a start tag must be followed by '>'" : 'attributes are written name="value", separated by spaces';
    return { message: `Broken start tag: ${what}.`, span: charAt(c.text, at - 1) };
  }
  if (/XML declaration must be at the start|must appear at the start/.test(msg)) {
    const decl = c.text.lastIndexOf('<?xml', at);
    return {
      message: 'The <?xml …?> declaration must come first in the file, with nothing before it.',
      span: { start: Math.max(0, decl), end: Math.max(0, decl) + 5 },
    };
  }
  const sentence = msg.charAt(0).toUpperCase() + msg.slice(1).replace(/\.?$/, '.');
  return { message: `Malformed XML: ${sentence}`, span: charAt(c.text, at - 1) };
}

function bareAmpersand(text: string, from: number, to: number): number | undefined {
  BARE_AMP.lastIndex = from;
  const m = BARE_AMP.exec(text);
  return m && m.index < to ? m.index : undefined;
}

/** The non-blank run of text starting at or after `from`, up to the next '<'. */
function textRun(text: string, from: number): Span {
  let start = from;
  while (start < text.length && /\s/.test(text[start])) start++;
  let end = text.indexOf('<', start);
  if (end < 0) end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** One character at `i`, or the last non-blank one when `i` is past the end. */
function charAt(text: string, i: number): Span {
  let at = Math.max(0, Math.min(i, text.length - 1));
  while (at > 0 && at >= text.length - 1 && /\s/.test(text[at])) at--;
  return text.length ? { start: at, end: at + 1 } : { start: 0, end: 0 };
}
