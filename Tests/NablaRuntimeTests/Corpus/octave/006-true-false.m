true
false
t = true
