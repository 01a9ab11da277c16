// Philox4x32-10 as a GSL generator type; see include/philox.h.
#include "philox.h"

#include <gsl/gsl_rng.h>

typedef demarche_philox4x32_state philox_state;

enum {
    philox_m0 = 0xD2511F53u,
    philox_m1 = 0xCD9E8D57u,
    philox_w0 = 0x9E3779B9u,  // the golden ratio's fraction
    philox_w1 = 0xBB67AE85u,  // √3 − 1
};

/// Ten rounds: each multiplies two words into high and low halves, mixes
/// them with the other two and the round key, then bumps the key (Weyl).
static inline void philox_rounds(const uint32_t counter[4], const uint32_t key[2], uint32_t out[4]) {
    uint32_t c0 = counter[0], c1 = counter[1], c2 = counter[2], c3 = counter[3];
    uint32_t k0 = key[0], k1 = key[1];
    for (int round = 0; round < 10; round++) {
        uint64_t p0 = (uint64_t)philox_m0 * c0;
        uint64_t p1 = (uint64_t)philox_m1 * c2;
        uint32_t n0 = (uint32_t)(p1 >> 32) ^ c1 ^ k0;
        uint32_t n2 = (uint32_t)(p0 >> 32) ^ c3 ^ k1;
        c1 = (uint32_t)p1;
        c3 = (uint32_t)p0;
        c0 = n0;
        c2 = n2;
        k0 += philox_w0;
        k1 += philox_w1;
    }
    out[0] = c0;
    out[1] = c1;
    out[2] = c2;
    out[3] = c3;
}

void demarche_philox4x32_block(const uint32_t counter[4], const uint32_t key[2], uint32_t output[4]) {
    philox_rounds(counter, key, output);
}

void demarche_philox4x32_refill(philox_state *s) {
    philox_rounds(s->counter, s->key, s->output);
    s->used = 0;
    for (int word = 0; word < 4; word++) {
        if (++s->counter[word] != 0) break;
    }
}

static unsigned long philox_get(void *state) {
    philox_state *s = state;
    if (s->used == 4) demarche_philox4x32_refill(s);
    return s->output[s->used++];
}

/// 32 bits of resolution in [0, 1), as GSL's other 32-bit generators.
static double philox_get_double(void *state) { return demarche_philox4x32_uniform(state); }

void demarche_philox4x32_restart(void *state, uint64_t key, uint32_t c0, uint32_t c1, uint32_t c2, uint32_t c3) {
    philox_state *s = state;
    s->key[0] = (uint32_t)key;
    s->key[1] = (uint32_t)(key >> 32);
    s->counter[0] = c0;
    s->counter[1] = c1;
    s->counter[2] = c2;
    s->counter[3] = c3;
    s->used = 4;
}

static void philox_set(void *state, unsigned long seed) { demarche_philox4x32_restart(state, (uint64_t)seed, 0, 0, 0, 0); }

static const gsl_rng_type philox_type = {
    "philox4x32-10", 0xFFFFFFFFUL, 0, sizeof(philox_state), &philox_set, &philox_get, &philox_get_double,
};

const void *demarche_philox4x32_type(void) { return &philox_type; }
