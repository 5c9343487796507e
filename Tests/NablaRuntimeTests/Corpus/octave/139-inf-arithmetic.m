Inf + 1
Inf - Inf
0 * Inf
-Inf * -2
1 / Inf
