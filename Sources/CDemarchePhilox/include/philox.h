// Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as
// easy as 1, 2, 3", SC 2011) as a GSL generator type.
//
// This header names no GSL type, so that GSL's headers stay owned by the
// CDemarcheGSL module: the type is handed out as `const void *` (a
// `const gsl_rng_type *`) and a generator's state as `void *` (`gsl_rng.state`).
#ifndef DEMARCHE_PHILOX_H
#define DEMARCHE_PHILOX_H

#include <stdint.h>

/// The `gsl_rng_type` of Philox4x32-10: 32-bit outputs, 0 … 2³²−1.
/// `gsl_rng_set(r, seed)` sets the key to the 64-bit seed (low word first)
/// and the counter to 0.
const void *demarche_philox4x32_type(void);

/// Restarts a Philox generator's state (`gsl_rng.state`) at a key and the
/// counter (c0, c1, c2, c3) (c0 the least significant word): the next four
/// outputs are the block of that counter, then the counter is incremented by
/// one (carrying across all four words) for every four outputs.
void demarche_philox4x32_restart(void *state, uint64_t key, uint32_t c0, uint32_t c1, uint32_t c2, uint32_t c3);

/// One Philox4x32-10 block: the four words of counter `counter` under `key`
/// (`key[0]` and `counter[0]` least significant), as Random123's `philox4x32`.
void demarche_philox4x32_block(const uint32_t counter[4], const uint32_t key[2], uint32_t output[4]);

#endif
