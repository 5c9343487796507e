x = end + 1
