// The GNU Scientific Library as Demarche uses it.
//
// GSL publishes its generator and minimiser types as mutable globals (`gsl_rng_mt19937`, ...),
// which Swift 6 strict concurrency rejects. The inline accessors below return
// them by value instead; this header adds no behaviour of its own.
#ifndef DEMARCHE_GSL_SHIM_H
#define DEMARCHE_GSL_SHIM_H

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_integration.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_qrng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_version.h>

static inline const gsl_rng_type *demarche_gsl_rng_mt19937(void) { return gsl_rng_mt19937; }
static inline const gsl_rng_type *demarche_gsl_rng_ranlxd2(void) { return gsl_rng_ranlxd2; }
static inline const gsl_rng_type *demarche_gsl_rng_taus2(void) { return gsl_rng_taus2; }
static inline const gsl_qrng_type *demarche_gsl_qrng_sobol(void) { return gsl_qrng_sobol; }
static inline const gsl_multimin_fdfminimizer_type *demarche_gsl_multimin_vector_bfgs2(void) {
    return gsl_multimin_fdfminimizer_vector_bfgs2;
}
static inline const char *demarche_gsl_version(void) { return GSL_VERSION; }

#endif
