// The first draws of every Demarche distribution, by GSL, from a generator
// that serves 32-bit words read from standard input (one per line): fed
// randomgen's Philox4x32-10 words by philox_reference.py, it pins what
// RandomStream(seed: 42, algorithm: .philox4x32) must draw without using
// Demarche's own Philox. The Swift-coded samplers (triangular, truncated
// normal, empirical, categorical) are transcribed as they are in Swift.
#include <math.h>
#include <stdio.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_statistics_double.h>

static unsigned long words[4096];
static size_t next_word;

static void table_set(void *state, unsigned long seed) { (void)state; (void)seed; next_word = 0; }
static unsigned long table_get(void *state) { (void)state; return words[next_word++]; }
static double table_get_double(void *state) { return table_get(state) / 4294967296.0; }
static const gsl_rng_type table_type = {"table", 0xFFFFFFFFUL, 0, 0, &table_set, &table_get, &table_get_double};

static void print3(const char *name, double a, double b, double c) { printf("%s: [%.17g, %.17g, %.17g]\n", name, a, b, c); }

int main(void) {
    for (size_t i = 0; i < 4096 && scanf("%lu", &words[i]) == 1; i++) {}
    gsl_rng *r = gsl_rng_alloc(&table_type);
    double x[3];
#define DRAWS(name, expression) \
    do { gsl_rng_set(r, 0); for (int i = 0; i < 3; i++) x[i] = (expression); print3(name, x[0], x[1], x[2]); } while (0)
    DRAWS("uniform", gsl_ran_flat(r, -1, 3));
    DRAWS("normal", 10 + gsl_ran_gaussian_ziggurat(r, 2));
    DRAWS("lognormal", gsl_ran_lognormal(r, 5.03, 1.66));
    DRAWS("gamma", gsl_ran_gamma(r, 2.5, 30));
    DRAWS("beta", gsl_ran_beta(r, 2, 5));
    DRAWS("weibull", gsl_ran_weibull(r, 100, 1.5));
    DRAWS("exponential", gsl_ran_exponential(r, 90));
    DRAWS("triangular", ({
        double u = gsl_rng_uniform(r), width = 90, split = 20.0 / width;
        u < split ? 10 + sqrt(u * width * 20) : 100 - sqrt((1 - u) * width * 70);
    }));
    DRAWS("truncated normal", ({
        double lo = gsl_cdf_ugaussian_Q(0.5), hi = gsl_cdf_ugaussian_Q(3.0);
        double z = gsl_cdf_ugaussian_Qinv(lo + gsl_rng_uniform_pos(r) * (hi - lo));
        fmin(fmax(z, 0.5), 3.0);
    }));
    static const double sorted[] = {1, 3, 5, 9};
    DRAWS("empirical", gsl_stats_quantile_from_sorted_data(sorted, 1, 4, gsl_rng_uniform(r)));
    DRAWS("bernoulli", gsl_ran_bernoulli(r, 0.3));
    DRAWS("poisson", gsl_ran_poisson(r, 4.5));
    DRAWS("categorical", ({
        double u = gsl_rng_uniform(r);
        u < 0.1 ? 0 : u < 0.3 ? 1 : 2;
    }));
    gsl_rng_free(r);
    return 0;
}
