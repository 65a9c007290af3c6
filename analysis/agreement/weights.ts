// Agreement weights between ordered categories (Cohen 1968; Gwet 2014): 1 on the diagonal, less the
// further apart two ratings are. "Adjacent" counts ratings one level apart as agreeing.

export type WeightScheme = 'identity' | 'linear' | 'quadratic' | 'adjacent';

export function weightMatrix(scheme: WeightScheme, categories: number): number[][] {
  const span = categories - 1;
  return Array.from({ length: categories }, (_, k) =>
    Array.from({ length: categories }, (_, l) => {
      const distance = Math.abs(k - l);
      switch (scheme) {
        case 'identity':
          return distance === 0 ? 1 : 0;
        case 'linear':
          return 1 - distance / span;
        case 'quadratic':
          return 1 - (distance * distance) / (span * span);
        case 'adjacent':
          return distance <= 1 ? 1 : 0;
      }
    }),
  );
}
