/* ct-page.c — base class of the window's tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-page.h"

typedef struct
{
  CtContext *context;
  char      *title;
  char      *icon_name;
  guint      badge;
  gboolean   refresh_pending;  /* changed by others while hidden */
} CtPagePrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (CtPage, ct_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_TITLE,
  PROP_ICON_NAME,
  PROP_BADGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static void
ct_page_dispose (GObject *object)
{
  CtPage *self = (CtPage *) object;
  CtPagePrivate *priv = ct_page_get_instance_private (self);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&priv->context);

  G_OBJECT_CLASS (ct_page_parent_class)->dispose (object);
}

static void
ct_page_finalize (GObject *object)
{
  CtPage *self = (CtPage *) object;
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->icon_name, g_free);

  G_OBJECT_CLASS (ct_page_parent_class)->finalize (object);
}

static void
ct_page_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  CtPage *self = CT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, ct_page_get_context (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, ct_page_get_title (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, ct_page_get_icon_name (self));
      break;
    case PROP_BADGE:
      g_value_set_uint (value, ct_page_get_badge (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_page_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  CtPage *self = CT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      ct_page_set_context (self, g_value_get_object (value));
      break;
    case PROP_TITLE:
      ct_page_set_title (self, g_value_get_string (value));
      break;
    case PROP_ICON_NAME:
      ct_page_set_icon_name (self, g_value_get_string (value));
      break;
    case PROP_BADGE:
      ct_page_set_badge (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ct_page_map (GtkWidget *widget)
{
  CtPage *self = CT_PAGE (widget);
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  GTK_WIDGET_CLASS (ct_page_parent_class)->map (widget);
  if (priv->refresh_pending)
    ct_page_refresh (self);
}

static void
ct_page_class_init (CtPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ct_page_dispose;
  object_class->finalize = ct_page_finalize;
  object_class->get_property = ct_page_get_property;
  object_class->set_property = ct_page_set_property;
  widget_class->map = ct_page_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, CT_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BADGE] =
    g_param_spec_uint ("badge", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ct_page_init (CtPage *self)
{
}

CtContext *
ct_page_get_context (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_val_if_fail (CT_IS_PAGE (self), NULL);
  return priv->context;
}

void
ct_page_set_context (CtPage    *self,
                     CtContext *context)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_if_fail (CT_IS_PAGE (self));
  g_return_if_fail (!context || CT_IS_CONTEXT (context));

  if (!g_set_object (&priv->context, context))
    return;

  priv->refresh_pending = FALSE;   /* the page reads the new file anyway */
  if (CT_PAGE_GET_CLASS (self)->context_changed)
    CT_PAGE_GET_CLASS (self)->context_changed (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTEXT]);
}

const char *
ct_page_get_title (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_val_if_fail (CT_IS_PAGE (self), NULL);
  return priv->title;
}

void
ct_page_set_title (CtPage     *self,
                   const char *title)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_if_fail (CT_IS_PAGE (self));

  if (set_string (&priv->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
ct_page_get_icon_name (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_val_if_fail (CT_IS_PAGE (self), NULL);
  return priv->icon_name;
}

void
ct_page_set_icon_name (CtPage     *self,
                       const char *icon_name)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_if_fail (CT_IS_PAGE (self));

  if (set_string (&priv->icon_name, icon_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ICON_NAME]);
}

guint
ct_page_get_badge (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_val_if_fail (CT_IS_PAGE (self), 0);
  return priv->badge;
}

void
ct_page_set_badge (CtPage *self,
                   guint   badge)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_if_fail (CT_IS_PAGE (self));

  if (priv->badge == badge)
    return;

  priv->badge = badge;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BADGE]);
}

/**
 * ct_page_show_toast:
 * @self: a #CtPage
 * @toast: (transfer full): the toast
 *
 * Shows @toast in the AdwToastOverlay around the page. Without one (a page
 * outside a window, in a test) the toast is dropped with a debug message.
 */
void
ct_page_show_toast (CtPage   *self,
                    AdwToast *toast)
{
  GtkWidget *overlay;

  g_return_if_fail (CT_IS_PAGE (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay == NULL)
    {
      g_debug ("No toast overlay for “%s”", adw_toast_get_title (toast));
      g_object_unref (toast);
      return;
    }

  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * ct_page_refresh:
 * @self: a #CtPage
 *
 * Runs the page's refresh (other apps changed the file) when the page is
 * mapped, otherwise remembers it for the next map.
 */
void
ct_page_refresh (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_if_fail (CT_IS_PAGE (self));

  if (CT_PAGE_GET_CLASS (self)->refresh == NULL || priv->context == NULL)
    return;
  priv->refresh_pending = !gtk_widget_get_mapped (GTK_WIDGET (self));
  if (!priv->refresh_pending)
    CT_PAGE_GET_CLASS (self)->refresh (self);
}

gboolean
ct_page_get_refresh_pending (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  g_return_val_if_fail (CT_IS_PAGE (self), FALSE);
  return priv->refresh_pending;
}
