/* ct-asset-dialog-private.h — shared by the asset dialogs' files and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-asset-dialog.h"

G_BEGIN_DECLS

/* Reads the form and saves; sets self->result (and self->stay_open for a
 * window that takes the next entry). */
typedef gboolean (*CtAssetDialogSave) (CtAssetDialog  *self,
                                       GError        **error);

struct _CtAssetDialog
{
  AdwWindow            parent_instance;

  CtContext           *context;
  CtAsset             *asset;        /* the asset concerned; NULL for a new one */
  CtRecord            *target;       /* the versioned record saved: asset, task or plan */
  CtAssetDialogSave    save_func;
  GObject             *result;       /* for "saved" */
  gboolean             stay_open;
  GTimeZone           *tz;           /* the database's zone */
  GHashTable          *fields;       /* name → CtAssetField */
  GtkWidget           *group;        /* AdwPreferencesGroup the next rows go to */
  AdwMessageDialog    *conflict_dialog;  /* weak */
  CtRecord            *theirs;       /* while the conflict dialog is open */
  GArray              *ids;          /* a dialog's own list of ids (sites …) */
  GtkLabel            *caption;      /* from ct_asset_dialog_add_caption() */

  /* Template widgets */
  GtkWidget           *cancel_button;
  GtkWidget           *save_button;
  GtkLabel            *intro_label;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkWidget           *note_box;
  GtkImage            *note_icon;
  GtkLabel            *note_label;
  GtkBox              *form;
};

/* ct-asset-dialog.c: the frame */
CtAssetDialog *ct_asset_dialog_new_form     (GtkWindow         *parent,
                                             CtContext         *ctx,
                                             const char        *title,
                                             const char        *save_label,
                                             CtAssetDialogSave  save_func);
/* "E-01 · 1号楼1号客梯" above the form. */
void        ct_asset_dialog_set_intro       (CtAssetDialog *self,
                                             const char    *text);
void        ct_asset_dialog_show_error      (CtAssetDialog *self,
                                             const char    *message);
/* A line with an icon above the form (a saved reading's verdict); NULL hides. */
void        ct_asset_dialog_show_note       (CtAssetDialog *self,
                                             const char    *icon_name,
                                             const char    *style_class,
                                             const char    *text);
void        ct_asset_dialog_set_asset       (CtAssetDialog *self,
                                             CtAsset       *asset);
void        ct_asset_dialog_set_target      (CtAssetDialog *self,
                                             CtRecord      *target);
/* Sets the "saved" result (takes a reference; NULL allowed). */
void        ct_asset_dialog_set_result      (CtAssetDialog *self,
                                             gpointer       result);
/* Sets @error (CT_STORE_ERROR_INVALID, @message) and returns FALSE. */
gboolean    ct_asset_dialog_fail            (GError       **error,
                                             const char    *message);

/* ct-asset-dialog-fields.c: rows in groups, read and set by name */
void        ct_asset_dialog_add_group       (CtAssetDialog *self,
                                             const char    *title,
                                             const char    *description);
GtkWidget  *ct_asset_dialog_add_entry       (CtAssetDialog *self,
                                             const char    *name,
                                             const char    *label,
                                             const char    *text);
GtkWidget  *ct_asset_dialog_add_text        (CtAssetDialog *self,
                                             const char    *name,
                                             const char    *label,
                                             const char    *text);
/* A drop-down of @labels whose value is the matching key of @keys; emits
 * "field-changed::NAME" when the choice changes. */
GtkWidget  *ct_asset_dialog_add_choice      (CtAssetDialog     *self,
                                             const char        *name,
                                             const char        *label,
                                             const char *const *keys,
                                             const char *const *labels,
                                             const char        *selected);
void        ct_asset_dialog_set_choices     (CtAssetDialog     *self,
                                             const char        *name,
                                             const char *const *keys,
                                             const char *const *labels,
                                             const char        *selected);
/* Value "true" or "false". */
GtkWidget  *ct_asset_dialog_add_switch      (CtAssetDialog *self,
                                             const char    *name,
                                             const char    *label,
                                             const char    *subtitle,
                                             gboolean       active);
/* A wrapping caption under the current group (a rule's next dates). */
GtkLabel   *ct_asset_dialog_add_caption     (CtAssetDialog *self);
/* The subtitle of a choice or switch row. */
void        ct_asset_dialog_set_hint        (CtAssetDialog *self,
                                             const char    *name,
                                             const char    *hint);
void        ct_asset_dialog_set_field_visible (CtAssetDialog *self,
                                             const char    *name,
                                             gboolean       visible);
/* The text (stripped), the chosen key, "true"/"false"; "" when empty. */
char       *ct_asset_dialog_dup_value       (CtAssetDialog *self,
                                             const char    *name);
/* Sets a field as the user would; FALSE when the field or key is unknown. */
gboolean    ct_asset_dialog_set_value       (CtAssetDialog *self,
                                             const char    *name,
                                             const char    *value);
gboolean    ct_asset_dialog_get_switch      (CtAssetDialog *self,
                                             const char    *name);
/* The field's label as shown, without the mnemonic underscore. */
char       *ct_asset_dialog_dup_label       (CtAssetDialog *self,
                                             const char    *name);

/* ct-asset-dialog-choices.c: keys and labels of a choice, NULL-terminated at
 * all times. */
typedef struct
{
  GPtrArray *keys;
  GPtrArray *labels;
} CtAssetChoices;

CtAssetChoices *ct_asset_choices_new        (void);
CtAssetChoices *ct_asset_choices_new_vocab  (const char *const  *keys,
                                             const char        *(*label) (const char *key));
/* "0" = @none_label, then the records of @records (those whose @field is
 * @value, when @field is not NULL) by id and label. */
CtAssetChoices *ct_asset_choices_new_records (GListModel    *records,
                                             const char     *none_label,
                                             const char     *field,
                                             gint64          value);
void        ct_asset_choices_free           (CtAssetChoices *choices);
void        ct_asset_choices_add            (CtAssetChoices *choices,
                                             const char     *key,
                                             const char     *label);
void        ct_asset_choices_add_id         (CtAssetChoices *choices,
                                             gint64          id,
                                             const char     *label);
GtkWidget  *ct_asset_dialog_add_choices     (CtAssetDialog  *self,
                                             const char     *name,
                                             const char     *label,
                                             CtAssetChoices *choices,
                                             const char     *selected);
void        ct_asset_dialog_set_choices_from (CtAssetDialog *self,
                                             const char     *name,
                                             CtAssetChoices *choices,
                                             const char     *selected);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CtAssetChoices, ct_asset_choices_free)

/* ct-asset-dialog-parse.c: reading typed values, with messages that say which
 * field and how to type it */
char       *ct_asset_dialog_dup_required    (CtAssetDialog *self,
                                             const char    *name,
                                             const char    *message,
                                             GError       **error);
gint64      ct_asset_dialog_get_id          (CtAssetDialog *self,
                                             const char    *name);
/* "YYYY-MM-DD HH:MM" in the database's zone; "" is @fallback. */
gboolean    ct_asset_dialog_get_time        (CtAssetDialog *self,
                                             const char    *name,
                                             gint64         fallback,
                                             gint64        *out,
                                             GError       **error);
/* The same, now when empty, refused when later than now (a reading, a
 * record, a status change happened already). */
gboolean    ct_asset_dialog_get_past_time   (CtAssetDialog *self,
                                             const char    *name,
                                             gint64        *out,
                                             GError       **error);
/* A date "YYYY-MM-DD" or ""; @out gets the normalised text. */
gboolean    ct_asset_dialog_get_date        (CtAssetDialog *self,
                                             const char    *name,
                                             char         **out,
                                             GError       **error);
/* A whole number of minutes ≥ 0 ("" = 0). */
gboolean    ct_asset_dialog_get_minutes       (CtAssetDialog *self,
                                             const char    *name,
                                             gint64        *out,
                                             GError       **error);
/* Yuan with up to two decimals ("1,280.50", "" = 0) as fen. */
gboolean    ct_asset_dialog_get_cents       (CtAssetDialog *self,
                                             const char    *name,
                                             gint64        *out,
                                             GError       **error);
/* A number (meter value). */
gboolean    ct_asset_dialog_get_number      (CtAssetDialog *self,
                                             const char    *name,
                                             double        *out,
                                             GError       **error);
/* Now in the database's zone, as typed in the time fields. */
char       *ct_asset_dialog_dup_now_text    (CtAssetDialog *self);
/* Today "YYYY-MM-DD" in the database's zone. */
char       *ct_asset_dialog_dup_today       (CtAssetDialog *self);

/* ct-asset-dialog.c: after a conflict, @theirs (the stored version) becomes
 * the record the form saves onto; emits "reloaded". */
void        ct_asset_dialog_reloaded        (CtAssetDialog *self,
                                             CtRecord      *theirs);

/* ct-asset-dialog-conflict.c */
void        ct_asset_dialog_show_conflict   (CtAssetDialog *self);
/* The stored version of @record (asset, task or plan), or NULL. */
CtRecord   *ct_asset_dialog_load_stored     (CtAssetDialog *self,
                                             CtRecord      *record,
                                             GError       **error);

/* Testing API, used by tests/gui/test-asset-detail.c. */
gboolean          ct_asset_dialog_save                 (CtAssetDialog *self);
const char       *ct_asset_dialog_get_error            (CtAssetDialog *self);
const char       *ct_asset_dialog_get_note             (CtAssetDialog *self);
AdwMessageDialog *ct_asset_dialog_get_conflict_dialog  (CtAssetDialog *self);
GtkLabel         *ct_asset_dialog_get_caption          (CtAssetDialog *self);

G_END_DECLS
