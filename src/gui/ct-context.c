/* ct-context.c — what a page needs: database, stores, clock, user, settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-context"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-context.h"

struct _CtContext
{
  GObject         parent_instance;
  CtDatabase     *database;
  CtOrganisation *organisation;
  CtTicketStore  *tickets;
  CtAssetStore   *assets;
  GSettings      *settings;
  char           *user;
};

G_DEFINE_FINAL_TYPE (CtContext, ct_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_ORGANISATION,
  PROP_CLOCK,
  PROP_SETTINGS,
  PROP_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
user_name_changed_cb (CtContext  *self,
                      const char *key,
                      GSettings  *settings)
{
  g_autofree char *user = ct_context_dup_default_user (settings);

  ct_context_set_user (self, user);
}

static void
ct_context_finalize (GObject *object)
{
  CtContext *self = (CtContext *) object;

  g_clear_object (&self->assets);
  g_clear_object (&self->tickets);
  g_clear_object (&self->organisation);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->user, g_free);

  G_OBJECT_CLASS (ct_context_parent_class)->finalize (object);
}

static void
ct_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  CtContext *self = CT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_ORGANISATION:
      g_value_set_object (value, self->organisation);
      break;
    case PROP_CLOCK:
      g_value_set_object (value, ct_context_get_clock (self));
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  CtContext *self = CT_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_USER:
      ct_context_set_user (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_context_class_init (CtContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ct_context_finalize;
  object_class->get_property = ct_context_get_property;
  object_class->set_property = ct_context_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, CT_TYPE_DATABASE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORGANISATION] =
    g_param_spec_object ("organisation", NULL, NULL, CT_TYPE_ORGANISATION,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL, CT_TYPE_CLOCK,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ct_context_init (CtContext *self)
{
}

/**
 * ct_context_new:
 * @db: the open database
 * @settings: (nullable): the application settings
 * @user: (nullable): the acting user; %NULL uses ct_context_dup_default_user()
 *
 * Loads the organisation stores of @db. When @user is %NULL and @settings is
 * given, the user follows the "user-name" setting.
 */
CtContext *
ct_context_new (CtDatabase  *db,
                GSettings   *settings,
                const char  *user,
                GError     **error)
{
  g_autoptr(CtContext) self = NULL;

  g_return_val_if_fail (CT_IS_DATABASE (db), NULL);
  g_return_val_if_fail (!settings || G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (CT_TYPE_CONTEXT, NULL);
  self->database = g_object_ref (db);
  g_set_object (&self->settings, settings);

  self->organisation = ct_organisation_new (db, error);
  if (self->organisation != NULL)
    self->tickets = ct_ticket_store_new (self->organisation, error);
  if (self->tickets != NULL)
    self->assets = ct_asset_store_new (self->organisation, error);
  if (self->organisation == NULL || self->tickets == NULL || self->assets == NULL)
    return NULL;

  if (user != NULL && *user != '\0')
    self->user = g_strdup (user);
  else
    self->user = ct_context_dup_default_user (settings);

  if (settings != NULL && (user == NULL || *user == '\0'))
    g_signal_connect_object (settings, "changed::user-name",
                             G_CALLBACK (user_name_changed_cb), self,
                             G_CONNECT_SWAPPED);

  return g_steal_pointer (&self);
}

CtDatabase *
ct_context_get_database (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->database;
}

CtTicketStore *
ct_context_get_tickets (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->tickets;
}

CtAssetStore *
ct_context_get_assets (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->assets;
}

CtOrganisation *
ct_context_get_organisation (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->organisation;
}

CtClock *
ct_context_get_clock (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->database ? ct_database_get_clock (self->database) : NULL;
}

GSettings *
ct_context_get_settings (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->settings;
}

const char *
ct_context_get_user (CtContext *self)
{
  g_return_val_if_fail (CT_IS_CONTEXT (self), NULL);
  return self->user;
}

void
ct_context_set_user (CtContext  *self,
                     const char *user)
{
  g_return_if_fail (CT_IS_CONTEXT (self));
  g_return_if_fail (user != NULL && *user != '\0');

  if (g_strcmp0 (self->user, user) == 0)
    return;

  g_free (self->user);
  self->user = g_strdup (user);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_USER]);
}

/**
 * ct_context_dup_default_user:
 * @settings: (nullable): the application settings
 *
 * The "user-name" setting when it is not empty, else the real name of the
 * account, else its login name. Never empty.
 */
char *
ct_context_dup_default_user (GSettings *settings)
{
  const char *real_name = g_get_real_name ();

  if (settings != NULL)
    {
      g_autofree char *name = g_settings_get_string (settings, "user-name");

      g_strstrip (name);
      if (*name != '\0')
        return g_steal_pointer (&name);
    }

  if (real_name != NULL && *real_name != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    return g_strdup (real_name);

  return g_strdup (g_get_user_name ());
}
