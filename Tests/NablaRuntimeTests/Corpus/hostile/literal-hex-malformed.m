% expect: hexadecimal
x = 0x
