/** The English pack as one value, for `DetectOptions.pack` (see ../pack.ts). */
import type { LanguagePack } from '../pack';
import * as carry from './carry';
import * as category from './category';
import * as cues from './cues';
import * as drop from './drop';
import * as gate from './gate';
import * as scope from './scope';

export const EN: LanguagePack = { id: 'en', gate, cues, category, drop, carry, scope };
