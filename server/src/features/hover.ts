import { Hover, HoverParams } from 'vscode-languageserver/node';
import { toHover } from '../convert';
import { hover } from '../ide/hover';
import { Workspace } from '../workspace';
import { at } from './context';

export function onHover(ws: Workspace) {
  return (p: HoverParams): Hover | null => {
    const c = at(ws, p.textDocument, p.position);
    const h = c && hover(c.a, c.offset);
    return h ? toHover(c.lines, h) : null;
  };
}
