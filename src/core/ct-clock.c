/* ct-clock.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-clock"

#include "config.h"

#include "ct-clock.h"

struct _CtClock
{
  GObject  parent_instance;
  gboolean fixed;
  gint64   now;
};

G_DEFINE_FINAL_TYPE (CtClock, ct_clock, G_TYPE_OBJECT)

static void
ct_clock_class_init (CtClockClass *klass)
{
}

static void
ct_clock_init (CtClock *self)
{
}

CtClock *
ct_clock_new_system (void)
{
  return g_object_new (CT_TYPE_CLOCK, NULL);
}

CtClock *
ct_clock_new_fixed (gint64 unix_seconds)
{
  CtClock *self = g_object_new (CT_TYPE_CLOCK, NULL);

  self->fixed = TRUE;
  self->now = unix_seconds;
  return self;
}

gboolean
ct_clock_is_fixed (CtClock *self)
{
  g_return_val_if_fail (CT_IS_CLOCK (self), FALSE);
  return self->fixed;
}

gint64
ct_clock_now (CtClock *self)
{
  g_return_val_if_fail (CT_IS_CLOCK (self), 0);

  if (self->fixed)
    return self->now;
  return g_get_real_time () / G_USEC_PER_SEC;
}

GDateTime *
ct_clock_now_utc (CtClock *self)
{
  return g_date_time_new_from_unix_utc (ct_clock_now (self));
}

void
ct_clock_set (CtClock *self,
              gint64   unix_seconds)
{
  g_return_if_fail (CT_IS_CLOCK (self));
  g_return_if_fail (self->fixed);
  self->now = unix_seconds;
}

void
ct_clock_advance (CtClock *self,
                  gint64   seconds)
{
  g_return_if_fail (CT_IS_CLOCK (self));
  g_return_if_fail (self->fixed);
  self->now += seconds;
}
