/** localStorage key that switches this browser into example mode (see storage/db.ts). */
export const EXAMPLE_FLAG_KEY = 'eblomladan.example';
