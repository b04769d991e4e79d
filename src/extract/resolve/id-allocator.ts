import type { EntityType } from '../types.js';
import { slugify } from '../entities/names.js';

/**
 * Unique ids from names as the in-document ids are made (slug, then slug-type, then slug-2,
 * -3…), remembering the next number per slug so that a thousand "yesterday"s cost a
 * thousand steps, not half a million.
 */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  /** `withType`: try slug-type before numbering (names); values go straight to numbers. */
  allocate(name: string, type: EntityType, withType: boolean): string {
    const slug = slugify(name);
    if (this.take(slug)) return slug;
    if (withType && this.take(`${slug}-${type.toLowerCase()}`)) return `${slug}-${type.toLowerCase()}`;
    let n = this.nextNumber.get(slug) ?? 2;
    while (!this.take(`${slug}-${n}`)) n++;
    this.nextNumber.set(slug, n + 1);
    return `${slug}-${n}`;
  }

  private take(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }
}
