% expect: hessian: out of memory or dimension too large for Nabla's limit of 1 GiB (this needs 74.5 GiB)
x = rand(1e5,1); hessian(sum(softmax(x)), x)
