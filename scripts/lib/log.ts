// Prefixed, coloured log lines so the output of several processes stays readable when interleaved.

const useColor = process.stdout.isTTY === true && process.env.NO_COLOR === undefined;

const colors = {
  red: 31,
  green: 32,
  yellow: 33,
  blue: 34,
  magenta: 35,
  cyan: 36,
  gray: 90,
} as const;
export type Color = keyof typeof colors;

export function paint(color: Color, text: string): string {
  return useColor ? `\u001b[${colors[color]}m${text}\u001b[0m` : text;
}

export function bold(text: string): string {
  return useColor ? `\u001b[1m${text}\u001b[22m` : text;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/**
 * A logger whose lines start with a coloured `[tag]`, padded so that the columns line up. `infoStream` stderr
 * keeps a wrapper's own messages out of the stdout of the command it wraps.
 */
export function prefixedLogger(tag: string, color: Color, infoStream: NodeJS.WriteStream = process.stdout): Logger {
  const prefix = paint(color, `[${tag}]`.padEnd(7));
  const write = (stream: NodeJS.WriteStream, message: string): void => {
    for (const line of message.replace(/\n$/, "").split("\n")) stream.write(`${prefix} ${line}\n`);
  };
  return {
    info: (message) => write(infoStream, message),
    warn: (message) => write(process.stderr, paint("yellow", message)),
    error: (message) => write(process.stderr, paint("red", message)),
  };
}

/** Calls `onLine` for every complete line of a stream (a child's stdout, say), and for a final partial one. */
export function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const lines = (pending + chunk).split(/\r?\n/);
    pending = lines.pop() ?? "";
    for (const line of lines) onLine(line);
  });
  stream.on("end", () => {
    if (pending !== "") onLine(pending);
    pending = "";
  });
}
