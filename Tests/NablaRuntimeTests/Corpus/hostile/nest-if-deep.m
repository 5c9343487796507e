% expect: nest
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
if 1
x = 1;
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end

