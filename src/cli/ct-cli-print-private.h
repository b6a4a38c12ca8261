/* ct-cli-print-private.h — the options of `caretaker-cli print`, shared by
 * its ticket forms (ct-cli-print.c) and asset forms (ct-cli-print-assets.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "ct-cli.h"

G_BEGIN_DECLS

typedef struct
{
  GStrv    tickets;   /* --ticket, repeated or with commas */
  char    *pdf;
  gboolean all;       /* label: every asset in service */
  char    *site;      /* label: every asset of a site, by name or code */
  gint64   task;      /* maintenance-form */
  gint64   record;    /* maintenance-form */
  GStrv    rest;      /* the form's name, then the asset codes */
} CtCliPrintOptions;

/* "A,B" and repeated values: one list of trimmed, non-empty codes in order. */
GPtrArray *ct_cli_print_split_codes (char *const *values);

/* Prints "caretaker-cli: @message" on stderr; returns CT_CLI_EXIT_USAGE. */
int        ct_cli_print_usage       (const char        *message);

/* `print label` and `print maintenance-form`; return the exit code. */
int        ct_cli_print_labels      (CtCliCommon       *common,
                                     CtCliPrintOptions *options);
int        ct_cli_print_form        (CtCliCommon       *common,
                                     CtCliPrintOptions *options);

G_END_DECLS
