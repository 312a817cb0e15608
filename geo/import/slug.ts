/** An id made from an English name: `Saihan District People's Court` → `saihan-district-peoples-court`. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
