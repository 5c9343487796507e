1 | 0 & 0
(1 | 0) & 0
true || false && false
