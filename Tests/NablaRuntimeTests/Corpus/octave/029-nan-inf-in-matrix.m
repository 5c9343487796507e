[1 NaN Inf]
[1.5 -Inf NaN]
[NaN; 2; -Inf]
