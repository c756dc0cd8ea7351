import { randomBytes } from 'node:crypto';

export interface SessionRecord {
  userId: number;
  createdAt: number;
  lastSeen: number;
  locked: boolean;
}

/** A working day; after that the user signs in again. */
const MAX_SESSION_MS = 14 * 60 * 60 * 1000;

/** Sessions live in memory only: a restart of the app signs everyone out. */
export class SessionStore {
  private readonly sessions = new Map<string, SessionRecord>();

  constructor(private readonly now: () => number = Date.now) {}

  create(userId: number): string {
    const token = randomBytes(32).toString('hex');
    const t = this.now();
    this.sessions.set(token, { userId, createdAt: t, lastSeen: t, locked: false });
    return token;
  }

  /** The session for a token, locked when idle longer than lockMinutes; null when unknown or expired. */
  resolve(token: string | null | undefined, lockMinutes: number): SessionRecord | null {
    if (!token) return null;
    const s = this.sessions.get(token);
    if (!s) return null;
    const t = this.now();
    if (t - s.createdAt > MAX_SESSION_MS) {
      this.sessions.delete(token);
      return null;
    }
    if (t - s.lastSeen > lockMinutes * 60_000) s.locked = true;
    return s;
  }

  touch(token: string): void {
    const s = this.sessions.get(token);
    if (s && !s.locked) s.lastSeen = this.now();
  }

  lock(token: string): void {
    const s = this.sessions.get(token);
    if (s) s.locked = true;
  }

  unlock(token: string): void {
    const s = this.sessions.get(token);
    if (s) {
      s.locked = false;
      s.lastSeen = this.now();
    }
  }

  end(token: string): void {
    this.sessions.delete(token);
  }

  /** After a restore the user ids may mean other people: nobody stays signed in. */
  endAll(): void {
    this.sessions.clear();
  }

  endAllFor(userId: number): void {
    for (const [token, s] of this.sessions) if (s.userId === userId) this.sessions.delete(token);
  }

  /** After a password change: the user's sessions elsewhere end, the one that made the change (if any) stays. */
  endOthersFor(userId: number, keepToken: string | null): void {
    for (const [token, s] of this.sessions) if (s.userId === userId && token !== keepToken) this.sessions.delete(token);
  }
}
