/** Input checks of the numbers module; each throws a ValidationError naming the field before any request. */
import { validateInteger, validatePagination, type PaginationInput } from '../core/validators';

/** offset/limit are int32 in the spec; no smaller maximum is declared for /numbers. */
export const MAX_NUMBERS_LIMIT = 2147483647;

export function validateNumbersPagination(pagination: PaginationInput | undefined): void {
  validatePagination(pagination, MAX_NUMBERS_LIMIT);
}

export function validatePageSize(pageSize: unknown): number {
  return validateInteger(pageSize, 'pageSize', 1, MAX_NUMBERS_LIMIT);
}
