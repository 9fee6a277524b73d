/** A mistake the user can fix (bad flag, bad spec field, wrong directory). The CLI prints its message on one line and exits 2; anything else exits 1. */
export class UserError extends Error {
  override name = 'UserError';
}
