import { strict as assert } from 'assert';
import fc from 'fast-check';
import { closest } from '../../server/src/engine';
import { nearMiss } from '../../server/src/engine/nearMiss';
import { ATM, findPermission, LOGIN, PERMISSIONS, type TbaPermissionId, UAT } from '../../server/src/engine/permissions';
import { fuzz } from '../helpers/fuzz';
import { load } from '../helpers/memory';

// Every name and ID of NetSuite's permission list, and their aliases: what an unknown name is compared with.
const HANDLES = PERMISSIONS.flatMap((p) => [p.name, ...(p.id ? [p.id] : []), ...p.aliases]);
const TBA: TbaPermissionId[] = [ATM, UAT, LOGIN];

/** A slip of the keys in `s`: dropped, doubled, swapped or changed characters, or another case. */
const slipped = fc
  .tuple(fc.constantFrom(...HANDLES), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.string({ minLength: 1, maxLength: 1 })), { maxLength: 4 }))
  .map(([h, slips]) => {
    const cs = [...h];
    for (const [at, kind, c] of slips) {
      const i = at % Math.max(1, cs.length);
      if (kind === 0) cs.splice(i, 1);
      else if (kind === 1) cs.splice(i, 0, cs[i] ?? c);
      else if (kind === 2 && i + 1 < cs.length) [cs[i], cs[i + 1]] = [cs[i + 1], cs[i]];
      else if (kind === 3) cs[i] = c;
      else cs[i] = (cs[i] ?? '').toUpperCase();
    }
    return cs.join('').replace(/["\\\n\r]/g, 'x');
  });
const nearTba = fc.constantFrom(...HANDLES.filter((h) => TBA.includes(findPermission(h)?.id as TbaPermissionId)));

describe('near misses of the TBA permissions', () => {
  it('a permission line is a near miss of a TBA permission exactly when that permission has its closest name', () => {
    let misses = 0;
    fc.assert(
      fc.property(
        fc.oneof(
          slipped,
          nearTba.chain((h) => slipped.map((s) => (s.length % 2 ? h.slice(0, -1) : s))),
        ),
        (ref) => {
          const role = load(`role "R" { permission "${ref}" }`).model.roles[0];
          const grant = role.permissions[0];
          if (grant.info) return; // a known name is no near miss of a name
          const nearest = findPermission(closest(ref, HANDLES, 1)[0] ?? '');
          for (const id of TBA) {
            const near = nearMiss(role, id, new Map());
            assert.equal(near?.kind === 'name', nearest?.id === id, `${ref} for ${id}: closest is ${nearest?.name}`);
            if (near) misses++;
          }
        },
      ),
      fuzz(400, 777, 2),
    );
    assert.ok(misses > 20, `near misses seen: ${misses}`);
  });
});
