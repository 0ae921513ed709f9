/**
 * Progress of long jobs on stderr: a redrawn bar on a terminal, plain lines when piped (one per step, so logs
 * stay readable), nothing with --quiet. Small on purpose: the progress-bar packages on npm either pull in
 * several dependencies (cli-progress: string-width and its tree) or are no longer maintained (progress).
 */
export interface ProgressSink {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** `total` may be unknown (undefined) until the first page arrives. */
  update(done: number, total?: number, detail?: string): void;
  /** Ends the display: clears the bar on a terminal. */
  finish(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 80;

export function createProgress(label: string, sink: ProgressSink, options: { quiet?: boolean } = {}): Progress {
  if (options.quiet) return { update() {}, finish() {} };
  if (!sink.isTTY) {
    let last = '';
    return {
      update(done, total, detail) {
        const line = `${label}: ${done}${total !== undefined ? `/${total}` : ''}${detail ? ` ${detail}` : ''}`;
        if (line !== last) sink.write(`${line}\n`);
        last = line;
      },
      finish() {},
    };
  }
  let drawnAt = 0;
  let drawn = false;
  return {
    update(done, total, detail) {
      const now = Date.now();
      const complete = total !== undefined && done >= total;
      if (!complete && now - drawnAt < REDRAW_MS) return;
      drawnAt = now;
      const count = total !== undefined ? `${done}/${total}` : `${done}`;
      const rest = ` ${count}${detail ? ` ${detail}` : ''}`;
      const width = (sink.columns && sink.columns > 0 ? sink.columns : 80) - 1;
      // The bar shrinks on a narrow terminal; the numbers always stay visible.
      const barWidth = Math.min(BAR_WIDTH, width - label.length - rest.length - 3);
      const ratio = total ? Math.min(1, done / total) : 0;
      const filled = Math.round(ratio * Math.max(0, barWidth));
      const bar =
        total !== undefined && barWidth >= 5 ? ` [${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]` : '';
      const text = `${label}${bar}${rest}`;
      sink.write(`\r\x1b[K${text.slice(0, width)}`);
      drawn = true;
    },
    finish() {
      if (drawn) sink.write('\r\x1b[K');
      drawn = false;
    },
  };
}
