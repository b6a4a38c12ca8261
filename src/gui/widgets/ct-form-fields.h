/* ct-form-fields.h — the inputs of the editor forms (asset editor, ticket
 * action forms): made, read and set as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An AdwEntryRow titled @label (with a mnemonic) showing @text (NULL: ""). */
GtkWidget  *ct_form_field_new_entry        (const char        *label,
                                            const char        *text);
/* An AdwComboRow titled @label (with a mnemonic); see ct_form_field_set_choices (). */
GtkWidget  *ct_form_field_new_combo        (const char        *label);
/* A wrapping GtkTextView showing @text (NULL: ""), in a card-like scrolled
 * window @min_height high, returned in @scrolled. */
GtkWidget  *ct_form_field_new_text_view    (const char        *text,
                                            int                min_height,
                                            GtkWidget        **scrolled);
/* A box of a mnemonic heading @label, for @mnemonic_widget, above @widget. */
GtkWidget  *ct_form_field_new_labelled     (const char        *label,
                                            GtkWidget         *widget,
                                            GtkWidget         *mnemonic_widget);
/* Shows @labels in @combo, which then reads and sets @keys (as long); selects
 * the key @selected, else the first. */
void        ct_form_field_set_choices      (AdwComboRow       *combo,
                                            const char *const *keys,
                                            const char *const *labels,
                                            const char        *selected);
/* The value of @input (an AdwEntryRow or GtkTextView: stripped text; an
 * AdwComboRow: its key, "" for none; a GtkSwitch: "true" or "false"). */
char       *ct_form_field_dup_value        (GtkWidget         *input);
/* Sets @input to @value, as ct_form_field_dup_value () reads it; FALSE when
 * @value is not one of a choice's keys or a switch's values. */
gboolean    ct_form_field_set_value        (GtkWidget         *input,
                                            const char        *value);

G_END_DECLS
