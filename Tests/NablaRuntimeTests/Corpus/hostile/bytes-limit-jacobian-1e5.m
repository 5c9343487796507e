% expect: jacobian: out of memory or dimension too large for Nabla's limit of 1 GiB
x = rand(1e5,1); jacobian(sigmoid(x), x)
