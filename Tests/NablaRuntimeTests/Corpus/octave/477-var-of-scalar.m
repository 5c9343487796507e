var(5)
std(5)
var([1 1 1])
