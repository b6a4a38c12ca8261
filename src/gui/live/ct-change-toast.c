/* ct-change-toast.c — what other users changed, in one discreet sentence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-change-toast"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-change-toast.h"

static gboolean
is_own (const CtChange     *change,
        const char * const *own)
{
  if (change->actor == NULL || change->actor[0] == '\0' || own == NULL)
    return FALSE;
  return g_strv_contains (own, change->actor);
}

static const char *
actor_name (const CtChange *change)
{
  return change->actor != NULL && change->actor[0] != '\0' ? change->actor : _("someone");
}

/* "李强", "李强 and 王芳", "李强, 王芳 and others". */
static char *
dup_actors (GPtrArray *changes)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint i = 0; i < changes->len; i++)
    {
      const char *name = actor_name (g_ptr_array_index (changes, i));
      gboolean seen = FALSE;

      for (guint j = 0; j < names->len && !seen; j++)
        seen = g_str_equal (g_ptr_array_index (names, j), name);
      if (!seen)
        g_ptr_array_add (names, (gpointer) name);
    }
  if (names->len == 1)
    return g_strdup (g_ptr_array_index (names, 0));
  if (names->len == 2)
    /* Translators: two people who changed records, "李强 and 王芳" */
    return g_strdup_printf (_("%s and %s"), (char *) g_ptr_array_index (names, 0),
                            (char *) g_ptr_array_index (names, 1));
  /* Translators: three or more people who changed records, "李强, 王芳 and others" */
  return g_strdup_printf (_("%s, %s and others"), (char *) g_ptr_array_index (names, 0),
                          (char *) g_ptr_array_index (names, 1));
}

/* "T-2026-00123 changed by 李强", or NULL for a change without a record of
 * its own (a setting, bulk rows). */
static char *
dup_one (const CtChange *change)
{
  const char *actor = actor_name (change);

  if (change->entity_id == 0)
    return NULL;
  if (g_strcmp0 (change->action, "insert") == 0)
    /* Translators: a record another user added, "T-2026-00124 added by 李强" */
    return g_strdup_printf (_("%s added by %s"), change->label, actor);
  if (g_strcmp0 (change->action, "delete") == 0)
    /* Translators: "T-2026-00124 deleted by 李强" */
    return g_strdup_printf (_("%s deleted by %s"), change->label, actor);
  /* Translators: a record another user changed, "T-2026-00123 changed by 李强" */
  return g_strdup_printf (_("%s changed by %s"), change->label, actor);
}

char *
ct_change_toast_dup_title (GPtrArray          *changes,
                           const char * const *own)
{
  g_autoptr(GPtrArray) theirs = g_ptr_array_new ();
  g_autofree char *actors = NULL;
  gboolean settings_only = TRUE;

  g_return_val_if_fail (changes != NULL, NULL);

  for (guint i = 0; i < changes->len; i++)
    {
      CtChange *change = g_ptr_array_index (changes, i);

      if (g_str_equal (change->entity, CT_CHANGE_ENTITY_DATABASE))
        return g_strdup (_("The file was replaced, perhaps by a restored backup: everything "
                           "shown was read again."));
      if (!is_own (change, own))
        g_ptr_array_add (theirs, change);
    }
  if (theirs->len == 0)
    return NULL;
  if (theirs->len == 1)
    {
      char *one = dup_one (g_ptr_array_index (theirs, 0));

      if (one != NULL)
        return one;
    }

  actors = dup_actors (theirs);
  for (guint i = 0; i < theirs->len; i++)
    settings_only &= g_str_equal (((CtChange *) g_ptr_array_index (theirs, i))->entity, "setting");
  if (settings_only)
    /* Translators: "Settings changed by 李强" */
    return g_strdup_printf (_("Settings changed by %s"), actors);
  /* Translators: "5 records changed by 李强 and 王芳" */
  return g_strdup_printf (ngettext ("%u record changed by %s", "%u records changed by %s",
                                    theirs->len),
                          theirs->len, actors);
}
