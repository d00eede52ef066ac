/**
 * Vitest setup: property tests run from a fixed seed, so a CI run is reproducible and a
 * failure can be replayed. Change the seed here to explore new cases locally.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261121 });
