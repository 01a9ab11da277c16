// Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as
// easy as 1, 2, 3", SC 2011) as a GSL generator type.
//
// This header names no GSL type, so that GSL's headers stay owned by the
// CDemarcheGSL module: the type is handed out as `const void *` (a
// `const gsl_rng_type *`) and a generator's state as `void *` (`gsl_rng.state`).
#ifndef DEMARCHE_PHILOX_H
#define DEMARCHE_PHILOX_H

#include <stdint.h>

/// A Philox4x32-10 generator's state (what `gsl_rng.state` points to for
/// this type), in the header so that Swift can inline the draws below.
typedef struct {
    uint32_t key[2];
    /// The counter of the next block to compute.
    uint32_t counter[4];
    uint32_t output[4];
    /// Words of `output` already handed out (4: none left).
    unsigned int used;
} demarche_philox4x32_state;

/// Computes the block of the state's counter into `output`, then increments
/// the counter.
void demarche_philox4x32_refill(demarche_philox4x32_state *state);

/// The next word / 2³², in [0, 1): exactly what `gsl_rng_uniform` returns for
/// this type (its `get_double`), without GSL's two calls.
static inline double demarche_philox4x32_uniform(void *state) {
    demarche_philox4x32_state *s = (demarche_philox4x32_state *)state;
    if (s->used == 4) demarche_philox4x32_refill(s);
    return (double)s->output[s->used++] / 4294967296.0;
}

/// As `gsl_rng_uniform_pos`: draws until the value is not 0, in (0, 1).
static inline double demarche_philox4x32_uniform_positive(void *state) {
    double x;
    do { x = demarche_philox4x32_uniform(state); } while (x == 0);
    return x;
}

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
