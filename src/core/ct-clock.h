/* ct-clock.h — an injectable "now"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CT_TYPE_CLOCK (ct_clock_get_type ())
G_DECLARE_FINAL_TYPE (CtClock, ct_clock, CT, CLOCK, GObject)

/* The system clock: now is the real time. */
CtClock   *ct_clock_new_system  (void);
/* A fixed clock for tests: now is @unix_seconds until changed. */
CtClock   *ct_clock_new_fixed   (gint64   unix_seconds);
gboolean   ct_clock_is_fixed    (CtClock *self);
/* Seconds since the epoch, UTC. */
gint64     ct_clock_now         (CtClock *self);
GDateTime *ct_clock_now_utc     (CtClock *self);
/* Fixed clocks only. */
void       ct_clock_set         (CtClock *self,
                                 gint64   unix_seconds);
void       ct_clock_advance     (CtClock *self,
                                 gint64   seconds);

G_END_DECLS
