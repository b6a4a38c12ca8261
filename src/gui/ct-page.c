/* ct-page.c — base class of the window's tabs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-page.h"

/* Staged rows (ct_page_stage_rows ()). GTK 4.8's list views make the
 * widgets of up to 200 rows as soon as they get a model, seen or not: for a
 * long list that was about a third of the app's first frame, where a
 * screenful is some 30 rows. A row of one line of text is 20 px high; the
 * window's height in rows of STAGE_ROW_HEIGHT leaves out its header bars. */
#define STAGE_ROW_HEIGHT 24
#define STAGE_MIN_ROWS   16
#define STAGE_STEP       20     /* rows added by one later frame: ~5 ms */
#define STAGE_FULL       256    /* past the rows GTK makes widgets for */

typedef struct
{
  CtContext     *context;
  char          *title;
  char          *icon_name;
  guint          badge;
  gboolean       refresh_pending;  /* changed by others while hidden */
  GdkFrameClock *after_clock;      /* ct_page_after_frame (): the frame awaited */
  gulong         after_paint_id;
  CtPageFunc     after_func;
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
cancel_after_frame (CtPage *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);

  /* A window destroyed before its frame took the handler with its clock. */
  if (priv->after_clock != NULL
      && g_signal_handler_is_connected (priv->after_clock, priv->after_paint_id))
    g_signal_handler_disconnect (priv->after_clock, priv->after_paint_id);
  priv->after_paint_id = 0;
  g_clear_object (&priv->after_clock);
  priv->after_func = NULL;
}

static void
ct_page_dispose (GObject *object)
{
  CtPage *self = (CtPage *) object;
  CtPagePrivate *priv = ct_page_get_instance_private (self);
  GtkWidget *child;

  cancel_after_frame (self);
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
  cancel_after_frame (self);       /* it was for the old file */
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

static void
after_paint_cb (GdkFrameClock *clock,
                CtPage        *self)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);
  CtPageFunc func = priv->after_func;

  cancel_after_frame (self);
  func (self);
}

/**
 * ct_page_after_frame:
 * @self: a #CtPage
 * @func: what to run
 *
 * Runs @func (@self) once the window has painted its next frame: for work
 * that the first frame of a file need not wait for. Runs it at once when the
 * window is not realized yet (a page outside a shown window, as in tests),
 * so that it is done when that window first draws. A page has one such
 * function at a time: a later call replaces it, and a new context drops it.
 */
void
ct_page_after_frame (CtPage     *self,
                     CtPageFunc  func)
{
  CtPagePrivate *priv = ct_page_get_instance_private (self);
  GtkRoot *root;

  g_return_if_fail (CT_IS_PAGE (self));
  g_return_if_fail (func != NULL);

  cancel_after_frame (self);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  /* The window's clock: a hidden tab's page has none of its own. */
  if (root == NULL || !gtk_widget_get_realized (GTK_WIDGET (root)))
    {
      func (self);
      return;
    }
  priv->after_func = func;
  priv->after_clock = g_object_ref (gtk_widget_get_frame_clock (GTK_WIDGET (root)));
  priv->after_paint_id = g_signal_connect (priv->after_clock, "after-paint",
                                           G_CALLBACK (after_paint_cb), self);
  gtk_widget_queue_draw (GTK_WIDGET (root));
}

typedef struct
{
  GWeakRef slice;    /* the staged model, while the list has it */
  gboolean shown;    /* the frame showing the first rows has begun */
} Stage;

static void
stage_free (gpointer data)
{
  Stage *stage = data;

  g_weak_ref_clear (&stage->slice);
  g_free (stage);
}

/* The height of the page's window, or of its default size before it has one. */
static int
window_height (CtPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GdkSurface *surface = root != NULL ? gtk_native_get_surface (GTK_NATIVE (root)) : NULL;
  int width, height = surface != NULL ? gdk_surface_get_height (surface) : 0;

  if (height <= 0 && GTK_IS_WINDOW (root))
    gtk_window_get_default_size (GTK_WINDOW (root), &width, &height);
  return height;
}

/* Frames after the first add STAGE_STEP rows, until the list view has all
 * the rows it makes widgets for; then the whole list is there. */
static gboolean
stage_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  Stage *stage = user_data;
  g_autoptr(GtkSliceListModel) slice = g_weak_ref_get (&stage->slice);
  guint size;

  if (slice == NULL)   /* the list has another model now */
    return G_SOURCE_REMOVE;
  if (!stage->shown)
    {
      /* The first frame that shows the list (a tab shown later, in a window
       * that has its size now): a screenful, before it is laid out. */
      guint fit = (guint) window_height (CT_PAGE (widget)) / STAGE_ROW_HEIGHT;

      if (gtk_slice_list_model_get_size (slice) < fit)
        gtk_slice_list_model_set_size (slice, fit);
      stage->shown = TRUE;
      return G_SOURCE_CONTINUE;
    }
  size = gtk_slice_list_model_get_size (slice);
  if (size >= STAGE_FULL)
    {
      gtk_slice_list_model_set_size (slice, G_MAXUINT);
      return G_SOURCE_REMOVE;
    }
  gtk_slice_list_model_set_size (slice, size + STAGE_STEP);
  return G_SOURCE_CONTINUE;
}

/**
 * ct_page_stage_rows:
 * @self: a #CtPage
 * @model: (transfer none): the list's model
 *
 * Wraps @model for a list view of the page so that the first frame makes
 * the widgets of the rows that fit in the window only: the staged model shows
 * the first rows of @model, then more with each frame, soon all. Positions
 * are those of @model; ct_page_show_rows () shows a far row at once.
 *
 * Returns: (transfer full): the staged model
 */
GListModel *
ct_page_stage_rows (CtPage     *self,
                    GListModel *model)
{
  GtkSliceListModel *slice;
  Stage *stage;

  g_return_val_if_fail (CT_IS_PAGE (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  slice = gtk_slice_list_model_new (g_object_ref (model), 0,
                                    MAX (STAGE_MIN_ROWS, window_height (self) / STAGE_ROW_HEIGHT));
  stage = g_new0 (Stage, 1);
  g_weak_ref_init (&stage->slice, slice);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), stage_tick_cb, stage, stage_free);
  return G_LIST_MODEL (slice);
}

/**
 * ct_page_show_rows:
 * @staged: a model from ct_page_stage_rows ()
 * @position: a row of the list
 *
 * Makes @staged show all its rows now when @position is not among those
 * shown yet, so that it can be selected or scrolled to.
 */
void
ct_page_show_rows (GListModel *staged,
                   guint       position)
{
  g_return_if_fail (GTK_IS_SLICE_LIST_MODEL (staged));

  if (position >= g_list_model_get_n_items (staged))
    gtk_slice_list_model_set_size (GTK_SLICE_LIST_MODEL (staged), G_MAXUINT);
}
