// Progress for humans, on stderr so stdout stays the report or the JSON: on a TTY one line with
// the phase in progress and its elapsed time, redrawn in place; otherwise plain lines.
export interface Progress {
  phase(name: string): void;
  line(text: string): void;
  done(): void;
}

export function createProgress(write: (text: string) => void, tty: boolean, now = () => performance.now()): Progress {
  let phase = '';
  let since = now();
  let last = '';
  let timer: NodeJS.Timeout | undefined;
  const draw = () => write(`\r\x1b[K⏳ ${phase} ${((now() - since) / 1000).toFixed(1)}s  ${last.slice(0, 100)}`);
  return {
    phase(name) {
      if (tty && phase) write(`\r\x1b[K✔ ${phase} ${((now() - since) / 1000).toFixed(1)}s\n`);
      phase = name;
      since = now();
      last = '';
      if (tty) {
        timer ??= setInterval(draw, 200);
        timer.unref();
        draw();
      } else write(`execguard: [${name}]\n`);
    },
    line(text) {
      last = text;
      if (tty) draw();
      else write(`execguard: [${phase}] ${text}\n`);
    },
    done() {
      if (timer) clearInterval(timer);
      timer = undefined;
      if (tty && phase) write(`\r\x1b[K✔ ${phase} ${((now() - since) / 1000).toFixed(1)}s\n`);
      phase = '';
    },
  };
}

export const silentProgress: Progress = { phase() {}, line() {}, done() {} };
