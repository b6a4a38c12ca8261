/* ct-cli-print.c — caretaker-cli print work-order|visit-form
 *
 * Writes the same forms as the app's print dialog, one page per ticket, to a
 * PDF file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-cli.h"
#include "ct-ticket-print.h"

static gboolean
parse_form (const char        *text,
            CtTicketPrintForm *form)
{
  if (g_strcmp0 (text, "work-order") == 0)
    *form = CT_TICKET_FORM_WORK_ORDER;
  else if (g_strcmp0 (text, "visit-form") == 0)
    *form = CT_TICKET_FORM_RETURN_VISIT;
  else
    return FALSE;
  return TRUE;
}

/* "T-1,T-2" and repeated --ticket options: one list of codes, in order. */
static GPtrArray *
split_codes (char **tickets)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; tickets != NULL && tickets[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (tickets[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          char *code = g_strstrip (parts[j]);

          if (*code != '\0')
            g_ptr_array_add (codes, g_strdup (code));
        }
    }
  return codes;
}

static GPtrArray *
load_datas (CtTicketStore  *store,
            GPtrArray      *codes,
            GError        **error)
{
  g_autoptr(GPtrArray) datas = g_ptr_array_new_with_free_func ((GDestroyNotify) ct_ticket_print_data_free);

  for (guint i = 0; i < codes->len; i++)
    {
      g_autoptr(CtTicket) ticket = ct_ticket_store_find_code (store, codes->pdata[i], error);
      CtTicketPrintData *data;

      if (ticket == NULL || !(data = ct_ticket_print_data_new (store, ticket, error)))
        return NULL;
      g_ptr_array_add (datas, data);
    }
  return g_steal_pointer (&datas);
}

static void
print_result (CtCliCommon *common,
              const char  *form,
              const char  *pdf,
              GPtrArray   *codes)
{
  g_autoptr(JsonBuilder) builder = NULL;

  if (!common->json)
    {
      printf (ngettext ("Wrote %u page to “%s”.\n", "Wrote %u pages to “%s”.\n", codes->len),
              codes->len, pdf);
      return;
    }
  builder = ct_cli_json_new ();
  ct_cli_json_add_string (builder, "form", form);
  ct_cli_json_add_string (builder, "pdf", pdf);
  ct_cli_json_add_int (builder, "pages", codes->len);
  json_builder_set_member_name (builder, "tickets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < codes->len; i++)
    json_builder_add_string_value (builder, codes->pdata[i]);
  json_builder_end_array (builder);
  ct_cli_print_json (builder);
}

static gboolean
write_forms (CtCliCommon        *common,
             CtTicketPrintForm   form,
             GPtrArray          *codes,
             const char         *pdf,
             GError            **error)
{
  g_autoptr(CtDatabase) db = NULL;
  g_autoptr(CtOrganisation) org = NULL;
  g_autoptr(CtTicketStore) store = NULL;
  g_autoptr(GPtrArray) datas = NULL;

  if (!(db = ct_database_open (common->db, CT_DATABASE_OPEN_DEFAULT, NULL, error)) ||
      !(org = ct_organisation_new (db, error)) ||
      !(store = ct_ticket_store_new (org, error)) ||
      !(datas = load_datas (store, codes, error)))
    return FALSE;
  return ct_ticket_print_pdf (pdf, form, datas, error);
}

static int
usage (const char *message)
{
  fprintf (stderr, "caretaker-cli: %s\n", message);
  return CT_CLI_EXIT_USAGE;
}

int
ct_cli_print (int    argc,
              char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) tickets = NULL;
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  CtTicketPrintForm form;
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING_ARRAY, &tickets,
      N_("The tickets to print, by number (repeat or separate with commas)"), N_("CODE[,CODE…]") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf,
      N_("The PDF file to write, one page per ticket"), N_("FILE") },
    { NULL }
  };

  ct_cli_common_init (&common, "print", "work-order|visit-form",
                      _("Writes printed forms of tickets to a PDF file: work-order is the "
                        "work order (派工单) with signature lines, visit-form the return-visit "
                        "record (回访记录表)."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, 1))
    return CT_CLI_EXIT_USAGE;
  if (!parse_form (common.args[1], &form))
    return usage (_("The form must be “work-order” or “visit-form”."));
  codes = split_codes (tickets);
  if (codes->len == 0)
    return usage (_("Missing --ticket CODE: which tickets to print?"));
  if (pdf == NULL || *pdf == '\0')
    return usage (_("Missing --pdf FILE: where to write the forms?"));
  if (!write_forms (&common, form, codes, pdf, &error))
    return ct_cli_fail (error);
  print_result (&common, common.args[1], pdf, codes);
  return CT_CLI_EXIT_OK;
}
