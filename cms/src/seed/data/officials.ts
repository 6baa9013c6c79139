import type { OfficialSeed, UnitSeed } from '../types';
import { stripDiacritics } from './contributors';

/**
 * The officials of every unit, from the units' leaders: the first is the head, the others deputies.
 * Their official phone is the unit's, their mailbox on the unit's mail domain named the way the
 * province names them ("tungnt@…" for Nguyễn Thanh Tùng); both are public by law (Nghị định 42/2022/NĐ-CP).
 */
export const buildOfficials = (units: readonly UnitSeed[]): OfficialSeed[] => {
  const mailboxes = new Set<string>();
  const mailbox = (fullName: string, domain: string): string => {
    const parts = stripDiacritics(fullName).toLowerCase().split(/\s+/);
    const given = parts.at(-1) ?? '';
    const base = `${given}${parts
      .slice(0, -1)
      .map((p) => p.charAt(0))
      .join('')}`;
    let address = `${base}@${domain}`;
    for (let n = 2; mailboxes.has(address); n += 1) address = `${base}${n}@${domain}`;
    mailboxes.add(address);
    return address;
  };
  return units.flatMap((unit) => {
    const domain = unit.contact.email?.split('@')[1];
    return unit.leaders.map(
      (leader, i): OfficialSeed => ({
        key: `${unit.slug}|${leader.fullName}`,
        site: unit.site,
        unit: unit.slug,
        name: leader.fullName,
        position: leader.position,
        positionEn: leader.positionEn,
        rank: i === 0 ? 'head' : 'deputy',
        phone: leader.phone ?? unit.contact.phone,
        email: leader.email ?? (domain ? mailbox(leader.fullName, domain) : undefined),
        bio: leader.bio,
        bioEn: leader.bioEn,
        order: leader.order,
      })
    );
  });
};
