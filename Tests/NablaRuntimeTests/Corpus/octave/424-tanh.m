tanh(0)
tanh([-1 0 1])
tanh(100)
