/* ct-assets-cells.c — what each cell of the ledger says: the text, an icon,
 * a style class and a tooltip, from the asset and today's date
 *
 * Status and dates are never told by colour alone: each coloured cell has an
 * icon and words ("Down", a date with the overdue icon).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-assets-page"

#include "config.h"

#include <glib/gi18n.h>

#include "ct-assets-page-private.h"

/* "Due soon" as the query counts it. */
#define SOON_DAYS 30

void
ct_assets_cell_clear (CtAssetsCell *cell)
{
  g_clear_pointer (&cell->text, g_free);
  g_clear_pointer (&cell->tooltip, g_free);
}

/* "3栋 · B1 配电室"; the site when the asset has no building. */
static char *
dup_location_text (CtAssetsPage *self,
                   CtAsset      *asset)
{
  CtOrganisation *org = ct_context_get_organisation (self->context);
  CtRecord *building = ct_record_store_lookup (ct_organisation_get_buildings (org),
                                               ct_record_get_int (CT_RECORD (asset), "building_id"));
  CtRecord *location = ct_record_store_lookup (ct_asset_store_get_locations (self->store),
                                               ct_record_get_int (CT_RECORD (asset), "location_id"));
  CtRecord *site = ct_record_store_lookup (ct_organisation_get_sites (org),
                                           ct_record_get_int (CT_RECORD (asset), "site_id"));
  const char *place = building ? ct_record_get_string (building, "name")
                               : site ? ct_record_get_string (site, "name") : "";

  if (location == NULL)
    return g_strdup (place);
  /* Translators: an asset's place, "3栋 · B1 配电室": building, then floor or room.
   * A CJK font draws "·" wide: "%s·%s" may read better. */
  return g_strdup_printf (_("%s · %s"), place, ct_record_get_string (location, "name"));
}

static void
mark (CtAssetsCell *cell,
      const char   *icon_name,
      const char   *style_class)
{
  cell->icon_name = icon_name;
  cell->style_class = style_class;
}

static void
fill_status (CtAssetsCell *cell,
             const char   *status)
{
  cell->text = g_strdup (ct_asset_status_label (status));
  if (g_strcmp0 (status, "down") == 0)
    mark (cell, "dialog-error-symbolic", "error");
  else if (g_strcmp0 (status, "maintenance") == 0)
    mark (cell, "emblem-system-symbolic", "warning");
  else if (g_strcmp0 (status, "retired") == 0)
    mark (cell, "action-unavailable-symbolic", "dim-label");
  else   /* the usual state: no colour, so that the others stand out */
    mark (cell, "emblem-ok-symbolic", NULL);
}

/* Past: error and the overdue icon; within 30 days: warning and an alarm. */
static void
mark_due (CtAssetsCell *cell,
          const char   *date,
          const char   *today,
          const char   *soon)
{
  if (today == NULL || *date == '\0')
    return;
  if (strcmp (date, today) < 0)
    mark (cell, "task-past-due-symbolic", "error");
  else if (strcmp (date, soon) <= 0)
    mark (cell, "alarm-symbolic", "warning");
}

static void
fill_next_due (CtAssetsCell *cell,
               CtAsset      *asset,
               const char   *today,
               const char   *soon)
{
  const char *due = ct_record_get_string (CT_RECORD (asset), "next_due");

  cell->text = g_strdup (due);
  if (*due == '\0')
    return;
  mark_due (cell, due, today, soon);
  if (g_strcmp0 (cell->style_class, "error") == 0)
    cell->tooltip = g_strdup_printf (_("Maintenance overdue since %s"), due);
  else
    cell->tooltip = g_strdup_printf (_("Next maintenance task due on %s"), due);
}

/* "Next statutory inspection: 2026-03-01\nWarranty until: 2027-05-31". */
static char *
dup_statutory_tooltip (const char *inspection,
                       const char *warranty)
{
  g_autoptr(GString) tooltip = g_string_new (NULL);

  if (*inspection != '\0')
    g_string_append_printf (tooltip, _("Next statutory inspection: %s"), inspection);
  if (*warranty != '\0' && tooltip->len > 0)
    g_string_append_c (tooltip, '\n');
  if (*warranty != '\0')
    g_string_append_printf (tooltip, _("Warranty until: %s"), warranty);
  return tooltip->len > 0 ? g_strdup (tooltip->str) : NULL;
}

/* The statutory inspection, or the warranty's end when it comes first (an
 * ended warranty only when nothing else is due). */
static void
fill_statutory (CtAssetsCell *cell,
                CtAsset      *asset,
                const char   *today,
                const char   *soon)
{
  const char *inspection = ct_record_get_string (CT_RECORD (asset), "statutory_due");
  const char *warranty = ct_record_get_string (CT_RECORD (asset), "warranty_until");
  gboolean warranty_running = *warranty != '\0' && (today == NULL || strcmp (warranty, today) >= 0);

  cell->tooltip = dup_statutory_tooltip (inspection, warranty);
  if (*inspection != '\0' && !(warranty_running && strcmp (warranty, inspection) < 0))
    {
      /* Translators: the Inspection / Warranty column: the next statutory inspection */
      cell->text = g_strdup_printf (C_("asset due", "Inspection %s"), inspection);
      mark_due (cell, inspection, today, soon);
    }
  else if (warranty_running)
    {
      /* Translators: the Inspection / Warranty column: the warranty ends on %s */
      cell->text = g_strdup_printf (C_("asset due", "Warranty until %s"), warranty);
      mark_due (cell, warranty, today, soon);
    }
  else if (*warranty != '\0')
    {
      /* Translators: the Inspection / Warranty column: the warranty ended on %s */
      cell->text = g_strdup_printf (C_("asset due", "Warranty ended %s"), warranty);
      cell->style_class = "dim-label";
    }
  else
    cell->text = g_strdup ("");
}


static void
fill_dates (CtAssetsPage   *self,
            CtAssetsColumn  column,
            CtAsset        *asset,
            CtAssetsCell   *cell)
{
  g_autofree char *today = NULL;
  g_autofree char *soon = NULL;

  /* A retired asset is due nothing. */
  if (g_strcmp0 (ct_asset_get_status (asset), "retired") != 0)
    {
      today = ct_assets_page_dup_day (self, 0);
      soon = ct_assets_page_dup_day (self, SOON_DAYS);
    }
  if (column == CT_ASSETS_COLUMN_NEXT_DUE)
    fill_next_due (cell, asset, today, soon);
  else
    fill_statutory (cell, asset, today, soon);
}

void
ct_assets_page_fill_cell (CtAssetsPage   *self,
                          CtAssetsColumn  column,
                          CtAsset        *asset,
                          CtAssetsCell   *cell)
{
  memset (cell, 0, sizeof *cell);
  if (asset == NULL || ct_record_get_id (CT_RECORD (asset)) == 0 || self->context == NULL)
    {
      cell->text = g_strdup ("");
      return;
    }
  switch (column)
    {
    case CT_ASSETS_COLUMN_CODE:
      cell->text = g_strdup (ct_asset_get_code (asset));
      break;
    case CT_ASSETS_COLUMN_NAME:
      cell->text = g_strdup (ct_asset_get_name (asset));
      cell->tooltip = g_strdup (cell->text);
      break;
    case CT_ASSETS_COLUMN_CATEGORY:
      cell->text = g_strdup (ct_asset_category_label (ct_asset_get_category (asset)));
      cell->icon_name = ct_asset_category_icon (ct_asset_get_category (asset));
      cell->tooltip = g_strdup (cell->text);
      break;
    case CT_ASSETS_COLUMN_LOCATION:
      cell->text = dup_location_text (self, asset);
      cell->tooltip = g_strdup (cell->text);
      break;
    case CT_ASSETS_COLUMN_STATUS:
      fill_status (cell, ct_asset_get_status (asset));
      cell->tooltip = g_strdup (cell->text);
      break;
    case CT_ASSETS_COLUMN_NEXT_DUE:
    case CT_ASSETS_COLUMN_STATUTORY:
    default:
      fill_dates (self, column, asset, cell);
      break;
    }
}
