// How a q-value is printed everywhere (sentences, suggestion reasons, the report, the screen).
export const formatQ = (q: number): string => (q < 0.001 ? 'q < 0.001' : `q = ${q < 0.01 ? q.toFixed(3) : q.toFixed(2)}`);
