import type { Logger } from '../../shared/src/runtime/logger';

/** Keeps every line; for tests and for collecting what an operation said. */
export class MemoryLogger implements Logger {
  readonly lines: { level: 'debug' | 'info' | 'warning' | 'error'; message: string }[] = [];
  readonly secrets = new Set<string>();
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message });
  }
  setSecret(value: string): void {
    if (value) this.secrets.add(value);
  }
  text(): string {
    return this.lines.map((l) => `${l.level}: ${l.message}`).join('\n');
  }
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  setSecret: () => undefined,
};
