double('A')
double('hi')
double(true)
x = double([true false]) * 3
