mod(-1, 5)
mod(10, 5)
mod(-10, 3)
rem(-10, 3)
