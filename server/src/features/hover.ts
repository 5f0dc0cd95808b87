import type { Hover, HoverParams } from 'vscode-languageserver/node';
import { toHover } from '../convert';
import { hover, type HoverLinks } from '../ide/hover';
import { sdfHover } from '../ide/sdf';
import type { Workspace } from '../workspace';
import { at } from './context';

export function onHover(ws: Workspace, links: HoverLinks = {}) {
  return (p: HoverParams): Hover | null => {
    const c = at(ws, p.textDocument, p.position);
    if (!c) return null;
    // In a role object: permkey, permlevel and field hovers; the role's name and scriptid get the role hover.
    const sdf = c.a.loaded.sdf?.get(c.a.file);
    const h = (sdf && sdfHover(sdf, c.offset, links)) || hover(c.a, c.offset, links);
    return h ? toHover(c.lines, h) : null;
  };
}
