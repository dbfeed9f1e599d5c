// The seed of the property tests (fast-check), set before every test file (vitest `setupFiles`).
// In CI (`CI=true`, which .ci/run sets) one fixed seed: a run is repeatable, so a commit that
// passed passes again and a failure reproduces on any machine. Elsewhere a fresh seed each run,
// so that local runs keep exploring; fast-check prints the seed of a failure, and `FC_SEED=<n>`
// pins it anywhere. A property that names its own seed keeps it.
import fc from "fast-check";

/** CI's seed: any fixed integer would do; changing it is a change of the tests. */
export const CI_SEED = 20_261_202;

/**
 * The seed the environment asks for: `FC_SEED` when set, else {@link CI_SEED} in CI, else
 * undefined (fast-check draws one).
 */
export function propertySeed(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const pinned = env["FC_SEED"];
  if (pinned !== undefined && pinned !== "") {
    const seed = Number(pinned);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer (the seed fast-check printed), got ${JSON.stringify(pinned)}`);
    return seed;
  }
  return env["CI"] === "true" ? CI_SEED : undefined;
}

const seed = propertySeed(process.env);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
