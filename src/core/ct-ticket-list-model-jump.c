/* ct-ticket-list-model-jump.c — finding where a far page of the ticket list
 * starts
 *
 * A page is read from the cursor where it starts (its first row's keys). Next
 * to a page already read that cursor is known; for a far page it is found by
 * skipping rows with OFFSET from the nearest known page start, before or
 * after it, or from the end of the list. Every chunk_pages-th page start is
 * noted on the way, and at the first far jump all of them at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ct-ticket-list-model"

#include "config.h"

#include "ct-ticket-list-model-private.h"

#define PAGE_SIZE CT_TICKET_LIST_MODEL_PAGE_SIZE

void
ct_ticket_list_model_set_boundary (CtTicketListModel *self,
                                   guint              index,
                                   CtListCursor      *cursor)
{
  g_assert (index < self->boundaries->len);

  ct_list_cursor_free (g_ptr_array_index (self->boundaries, index));
  g_ptr_array_index (self->boundaries, index) = cursor;
}

#define BOUNDARY(self, i) ((const CtListCursor *) g_ptr_array_index ((self)->boundaries, (i)))

/* Skips from the known start of page @from to page @to (either side), noting
 * the start of every chunk_pages-th page on the way (CHUNK_PAGES, fewer in
 * tests): a later jump nearby then skips few rows. FALSE when the rows
 * changed under the model or with @error set. */
static gboolean
skip_pages (CtTicketListModel  *self,
            guint               from,
            guint               to,
            GError            **error)
{
  while (from != to)
    {
      guint next = from < to ? MIN (to, (from / self->chunk_pages + 1) * self->chunk_pages)
                             : MAX (to, (from - 1) / self->chunk_pages * self->chunk_pages);
      guint rows = (from < to ? next - from : from - next) * PAGE_SIZE;
      CtListCursor *cursor = ct_ticket_list_model_skip (self, BOUNDARY (self, from), rows,
                                                        from > to, error);

      if (cursor == NULL)
        return FALSE;
      ct_ticket_list_model_set_boundary (self, next, cursor);
      from = next;
    }
  return TRUE;
}

/* Notes the start of every chunk_pages-th page in one pass from the start of
 * the list. At the first far jump: a pass steps over every row once, inside
 * SQLite (about 15 ms at a million tickets), after which any jump skips
 * less than a chunk. Without it each of the first jumps into a part not seen
 * yet stepped over up to half the list, and those were the slowest pages. */
static gboolean
map_chunks (CtTicketListModel  *self,
            GError            **error)
{
  guint last = self->boundaries->len - 1;
  guint known = 0;

  for (guint c = self->chunk_pages; c < last; c += self->chunk_pages)
    {
      if (BOUNDARY (self, c) == NULL && !skip_pages (self, known, c, error))
        return FALSE;
      known = c;
    }
  self->chunks_mapped = TRUE;
  return TRUE;
}

const CtListCursor *
ct_ticket_list_model_find_boundary (CtTicketListModel  *self,
                                    guint               index,
                                    GError            **error)
{
  guint last = self->boundaries->len - 1;
  guint below = index, above = index + 1, from_end, to, nearest;
  g_autoptr(CtListCursor) end = NULL;
  CtListCursor *cursor;

  if (BOUNDARY (self, index) != NULL)
    return BOUNDARY (self, index);
  while (BOUNDARY (self, below) == NULL)   /* page 0's is always known */
    below--;
  while (above <= last && BOUNDARY (self, above) == NULL)
    above++;
  nearest = above <= last ? MIN (index - below, above - index) : index - below;
  if (!self->chunks_mapped && nearest > 2 * self->chunk_pages)
    return map_chunks (self, error) ? ct_ticket_list_model_find_boundary (self, index, error)
                                    : NULL;
  from_end = self->n_items - index * PAGE_SIZE + 1;   /* the row before the page */
  if ((index - below) * PAGE_SIZE <= MIN (from_end, (above - index) * PAGE_SIZE))
    return skip_pages (self, below, index, error) ? BOUNDARY (self, index) : NULL;
  if (above <= last && (above - index) * PAGE_SIZE <= from_end)
    return skip_pages (self, above, index, error) ? BOUNDARY (self, index) : NULL;
  /* From the end to a chunk's page start, then as from a known one. */
  to = MAX (index, (last - 1) / self->chunk_pages * self->chunk_pages);
  end = ct_list_cursor_new_start (self, TRUE);
  cursor = ct_ticket_list_model_skip (self, end, self->n_items - to * PAGE_SIZE + 1, TRUE, error);
  if (cursor == NULL)
    return NULL;
  ct_ticket_list_model_set_boundary (self, to, cursor);
  return skip_pages (self, to, index, error) ? BOUNDARY (self, index) : NULL;
}
