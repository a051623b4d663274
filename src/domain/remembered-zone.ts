import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

/** Offsets change only on a quarter hour (every transition of the tz database since 1970 falls on one). */
const QUARTER_HOUR_MS = 15 * 60_000;
/** About a year of quarter hours; a zone that has seen more starts again rather than grow without end. */
const MAX_REMEMBERED = 40_000;

/**
 * An IANA zone that remembers its offset per quarter hour. Luxon asks Intl for the offset of every
 * DateTime it makes (each set, plus and startOf): a tenth of the rules' time went there. Luxon sees an
 * ordinary IANA zone (type `iana`, the same name), so formatting and comparisons are unchanged.
 */
class RememberedZone extends Zone {
  private readonly offsets = new Map<number, number>();

  constructor(private readonly inner: IANAZone) {
    super();
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.inner.name;
  }

  /** Luxon's own getter (for toISO's extended zone), not in its type declarations. */
  get ianaName(): string {
    return this.inner.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.inner.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.inner.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.inner.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const quarter = Math.floor(ts / QUARTER_HOUR_MS);
    let offset = this.offsets.get(quarter);
    if (offset === undefined) {
      if (this.offsets.size >= MAX_REMEMBERED) this.offsets.clear();
      offset = this.inner.offset(ts);
      this.offsets.set(quarter, offset);
    }
    return offset;
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const zones = new Map<string, Zone>();

/** The zone of this IANA name, remembering its offsets; an unknown name gives luxon's invalid zone, as the name itself would. */
export function zoneNamed(timeZone: string): Zone {
  let zone = zones.get(timeZone);
  if (!zone) {
    const inner = IANAZone.create(timeZone);
    zone = inner.isValid ? new RememberedZone(inner) : inner;
    zones.set(timeZone, zone);
  }
  return zone;
}
