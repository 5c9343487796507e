% expect: nest
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
for i=1
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end

