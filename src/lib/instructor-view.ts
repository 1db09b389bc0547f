/**
 * The "Instructor view" switch: on, it shows every instructor note on the page. The choice is
 * remembered in localStorage (all lessons share it); a link with `?instructor=1` (or `=0`) turns
 * it on (or off) too, so the instructor guide can open a lesson with its notes showing. When
 * storage is blocked the switch still works, for this page only, and says so.
 */
export const INSTRUCTOR_KEY = 'nn-instructor-view';

/** The switch's state on load: the link's `instructor` parameter first, then what was remembered. */
export function initialInstructorView(search: string, stored: string | null): boolean {
  const asked = new URLSearchParams(search).get('instructor');
  if (asked === '1' || asked === '0') return asked === '1';
  return stored === '1';
}

/** Reads the remembered choice; null when nothing is stored or storage is blocked. */
export function readStoredView(storage: () => Storage): {
  value: string | null;
  available: boolean;
} {
  try {
    return { value: storage().getItem(INSTRUCTOR_KEY), available: true };
  } catch {
    return { value: null, available: false };
  }
}

/** Remembers the choice; false when storage is blocked. */
export function storeView(storage: () => Storage, on: boolean): boolean {
  try {
    storage().setItem(INSTRUCTOR_KEY, on ? '1' : '0');
    return true;
  } catch {
    return false;
  }
}
