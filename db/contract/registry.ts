import type { MethodTable } from './method';
import type { Module, Routine } from './module';
import type { BackgroundWorker } from '../platform/workers';

type Union<T extends readonly Module[]> = T[number]['methods'];
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The one method table of the house: every module's methods, refusing a name two modules both claim. */
export function registerMethods<T extends readonly Module[]>(modules: T): Intersection<Union<T>> {
  const table: MethodTable = {};
  const owner = new Map<string, string>();
  for (const module of modules) {
    for (const [name, spec] of Object.entries(module.methods)) {
      const first = owner.get(name);
      if (first) throw new Error(`Method ${name} is registered twice: by ${first} and by ${module.name}`);
      owner.set(name, module.name);
      table[name] = spec;
    }
  }
  return table as Intersection<Union<T>>;
}

/** Which module owns each method: for docs/API.md's sections. */
export function moduleOf(modules: readonly Module[]): Map<string, Module> {
  return new Map(modules.flatMap((m) => Object.keys(m.methods).map((name) => [name, m] as const)));
}

export function routinesOf(modules: readonly Module[]): Routine[] {
  return modules.flatMap((m) => m.routines ?? []);
}

export function workersOf(modules: readonly Module[]): BackgroundWorker[] {
  return modules.flatMap((m) => m.workers ?? []);
}
