/* ct-cli-print.c — caretaker-cli print work-order|visit-form|label|maintenance-form
 *
 * Writes the same forms as the app's print dialog, one page per ticket, to a
 * PDF file. Asset labels and the maintenance record form are in
 * ct-cli-print-assets.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "ct-cli-print-private.h"
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
GPtrArray *
ct_cli_print_split_codes (char *const *values)
{
  GPtrArray *codes = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (values[i], ",", -1);

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

int
ct_cli_print_usage (const char *message)
{
  fprintf (stderr, "caretaker-cli: %s\n", message);
  return CT_CLI_EXIT_USAGE;
}

static void
options_clear (CtCliPrintOptions *options)
{
  g_clear_pointer (&options->tickets, g_strfreev);
  g_clear_pointer (&options->pdf, g_free);
  g_clear_pointer (&options->site, g_free);
  g_clear_pointer (&options->rest, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CtCliPrintOptions, options_clear)

static int
print_tickets (CtCliCommon       *common,
               CtCliPrintOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) codes = NULL;
  CtTicketPrintForm form;

  if (!parse_form (options->rest[0], &form))
    return ct_cli_print_usage (_("The form must be “work-order”, “visit-form”, “label” or "
                                 "“maintenance-form”."));
  if (g_strv_length (options->rest) > 1)
    return ct_cli_print_usage (_("Too many arguments: give the tickets with --ticket CODE."));
  codes = ct_cli_print_split_codes (options->tickets);
  if (codes->len == 0)
    return ct_cli_print_usage (_("Missing --ticket CODE: which tickets to print?"));
  if (options->pdf == NULL || *options->pdf == '\0')
    return ct_cli_print_usage (_("Missing --pdf FILE: where to write the forms?"));
  if (!write_forms (common, form, codes, options->pdf, &error))
    return ct_cli_fail (error);
  print_result (common, options->rest[0], options->pdf, codes);
  return CT_CLI_EXIT_OK;
}

int
ct_cli_print (int    argc,
              char **argv)
{
  g_auto(CtCliCommon) common = { 0 };
  g_auto(CtCliPrintOptions) options = { 0 };
  const GOptionEntry entries[] = {
    { "ticket", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.tickets,
      N_("The tickets to print, by number (repeat or separate with commas)"), N_("CODE[,CODE…]") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &options.pdf,
      N_("The PDF file to write"), N_("FILE") },
    { "all", 0, 0, G_OPTION_ARG_NONE, &options.all,
      N_("label: every asset that is not retired"), NULL },
    { "site", 0, 0, G_OPTION_ARG_STRING, &options.site,
      N_("label: every asset of a site (not retired), by name or code"), N_("NAME") },
    { "task", 0, 0, G_OPTION_ARG_INT64, &options.task,
      N_("maintenance-form: the maintenance task, for its plan and instructions"), N_("ID") },
    { "record", 0, 0, G_OPTION_ARG_INT64, &options.record,
      N_("maintenance-form: fill the form in from this maintenance record"), N_("ID") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.rest, NULL, NULL },
    { NULL }
  };

  ct_cli_common_init (&common, "print", "work-order|visit-form|label|maintenance-form [CODE…]",
                      _("Writes printed forms to a PDF file. work-order is the work order (派工单) "
                        "with signature lines and visit-form the return-visit record (回访记录表) "
                        "of the tickets given with --ticket. label writes asset labels with a QR "
                        "code, ten to an A4 page, for the asset codes given, or --all, or --site "
                        "NAME. maintenance-form writes the maintenance record form (维保记录表) "
                        "of one asset CODE, with the plan of --task ID, filled in from --record "
                        "ID."));
  g_option_context_add_main_entries (common.context, entries, GETTEXT_PACKAGE);
  if (!ct_cli_parse (&common, argc, argv, 0))
    return CT_CLI_EXIT_USAGE;
  if (options.rest == NULL || options.rest[0] == NULL)
    return ct_cli_print_usage (_("Missing the form: “work-order”, “visit-form”, “label” or "
                                 "“maintenance-form”."));
  if (g_strcmp0 (options.rest[0], "label") == 0)
    return ct_cli_print_labels (&common, &options);
  if (g_strcmp0 (options.rest[0], "maintenance-form") == 0)
    return ct_cli_print_form (&common, &options);
  return print_tickets (&common, &options);
}
