import type { BoardHome } from '../../../../shared/contracts';
import { sharedHomeRequest } from '../sharedHomeRequest';

/** The three board widgets read one answer, `GET /workflow/board/home`. */
export const useBoardHome = sharedHomeRequest<BoardHome>('/workflow/board/home');
