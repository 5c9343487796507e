log(exp(2))
exp(0)
exp(-Inf)
log(Inf)
