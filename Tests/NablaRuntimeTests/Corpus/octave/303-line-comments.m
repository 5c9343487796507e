% a percent comment
# a hash comment
x = 1 % end-of-line comment
y = 2 # another one
