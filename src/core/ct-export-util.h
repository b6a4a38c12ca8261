/* ct-export-util.h — what the exports to spreadsheets share: cells that are
 * safe to open, and workbooks that replace a file only when complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

/* The most characters an Excel cell holds. */
#define CT_EXPORT_XLSX_CELL_MAX 32767

/* @text for an Excel cell: a ' in front when a spreadsheet would read it as a
 * formula (ct_ticket_io_neutralise ()), cut to what a cell holds. */
char     *ct_export_xlsx_text       (const char  *text);
/* Sets "Could not write “@path”: why" unless @rc is LXW_NO_ERROR. */
gboolean  ct_export_xlsx_check      (lxw_error    rc,
                                     const char  *path,
                                     GError     **error);
/* A new empty file beside @path to write to, so that a failure or a cancel
 * leaves @path as it was (an unwritable folder is reported here, in words). */
char     *ct_export_create_beside   (const char  *path,
                                     GError     **error);
/* Moves @tmp over @path; removes @tmp when that fails. */
gboolean  ct_export_move_into_place (const char  *tmp,
                                     const char  *path,
                                     GError     **error);

G_END_DECLS
