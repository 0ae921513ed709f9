/**
 * Fault injection: latency, error statuses (429 with Retry-After, 5xx) and dropped connections, each consumed
 * by the matching requests it was meant for.
 */
import type { FaultSpec } from './types';

interface ArmedFault {
  spec: FaultSpec;
  remaining: number;
}

export class FaultTable {
  private faults: ArmedFault[] = [];

  add(spec: FaultSpec): void {
    if (typeof spec?.path !== 'string' && !(spec?.path instanceof RegExp))
      throw new TypeError('fault.path must be a string or RegExp');
    if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 100 || spec.status > 599)) {
      throw new RangeError('fault.status must be an HTTP status code');
    }
    const times = spec.times ?? 1;
    if (!(times > 0)) throw new RangeError('fault.times must be positive');
    this.faults.push({ spec, remaining: times });
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault matching the request, with one use consumed. */
  take(method: string, path: string): FaultSpec | undefined {
    const index = this.faults.findIndex(({ spec }) => {
      if (spec.method && spec.method.toUpperCase() !== method) return false;
      if (spec.path instanceof RegExp) {
        spec.path.lastIndex = 0; // a /g RegExp would otherwise remember the last match
        return spec.path.test(path);
      }
      const wanted = spec.path.startsWith('/v2/') || spec.path === '/v2' ? spec.path.slice(3) || '/' : spec.path;
      return wanted === path;
    });
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault.spec;
  }

  get pending(): number {
    return this.faults.length;
  }
}
